/* quote.c - split a mail body into the reply and its quoted history
 * (attributions, separators, header blocks, '>' runs, helpdesk
 * "reply above this line" markers); signatures are signature.c's. */
#include "quote.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "mailtext.h"
#include "mailvocab.h"
#include "notification.h"
#include "signature.h"
#include "util.h"

#define ATTRIBUTION_MAX 400  /* bytes of a (joined) attribution */
#define ATTRIBUTION_LINES 4  /* non-blank lines of a wrapped attribution */
#define ATTRIBUTION_SPAN 7   /* lines, blanks included, of one */
#define FIELD_NAME_MAX 48    /* bytes before the colon of a header field */
#define FIELD_CONTINUATIONS 2 /* wrapped value lines inside a header block */
#define HEADER_BLOCK_LINES 16 /* lines of a quoted header block looked at */
#define UNQUOTE_DEPTH 3	     /* levels a quote-only body is read down */
#define HISTORY_INTRO_MAX 80 /* bytes of a "Ticket history:" line */
#define REPLY_ABOVE_MAX 120  /* bytes of a reply-above marker's text */

enum { RULE_CHARS_MIN = 2 };

/* ------------------------------------------------------------------ */
/* Small text helpers on folded lines. */

static bool
is_rule_char(char c)
{
	return c == '-' || c == '_' || c == '=' || c == '#' || c == '*' ||
	       c == '~';
}

/* The core of a folded line between rule characters and blanks;
 * *lead and *trail count the rule characters cut on each side. */
static void
core_of(const char *f, size_t n, size_t *a, size_t *b, size_t *lead,
	size_t *trail)
{
	size_t i = 0, j = n;

	*lead = *trail = 0;
	while (i < j && (is_rule_char(f[i]) || f[i] == ' ' || f[i] == '\t'))
		*lead += f[i++] != ' ' && f[i - 1] != '\t';
	while (j > i &&
	       (is_rule_char(f[j - 1]) || f[j - 1] == ' ' || f[j - 1] == '\t'))
		*trail += f[--j] != ' ' && f[j] != '\t';
	*a = i;
	*b = j;
}

static bool
has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

static bool
has_char(const char *s, size_t n, char c)
{
	return memchr(s, c, n) != NULL;
}

/* Cut a final ':' (or full-width '：') and the blanks before it ("a écrit
 * :"); false when there is none. */
static bool
cut_colon(const char *s, size_t *n)
{
	size_t k = *n;

	if (k >= 1 && s[k - 1] == ':')
		k--;
	else if (k >= 3 && memcmp(s + k - 3, "\xEF\xBC\x9A", 3) == 0)
		k -= 3;
	else
		return false;
	while (k && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	*n = k;
	return true;
}

/* A time ("10:15") or a four-digit year: what a date has. */
static bool
has_date_part(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		bool d0 = s[i] >= '0' && s[i] <= '9';

		if (d0 && s[i + 1] == ':' && s[i + 2] >= '0' && s[i + 2] <= '9')
			return true;
		if (d0 && i + 3 < n && has_digit(s + i + 1, 1) &&
		    has_digit(s + i + 2, 1) && has_digit(s + i + 3, 1) &&
		    (i == 0 || !has_digit(s + i - 1, 1)))
			return true;
	}
	return false;
}

/* ------------------------------------------------------------------ */
/* Separators and helpdesk markers. */

/* "-----Original Message-----", "Begin forwarded message:". */
static bool
is_separator(struct mt_line *l)
{
	size_t n, a, b, k, lead, trail;
	const char *f = mt_folded(l, &n);

	core_of(f, n, &a, &b, &lead, &trail);
	if (a == b)
		return false;
	if (lead + trail >= RULE_CHARS_MIN &&
	    mv_prefix(MV_SEPARATOR, f + a, b - a) > 0)
		return true;
	k = b - a;
	(void)cut_colon(f + a, &k);
	return lead + trail == 0 && mv_equals(MV_SEPARATOR_LINE, f + a, k);
}

/* "Ticket history:", «История обращения № 1234567:»: the earlier
 * messages of a ticket under the reply. */
static bool
is_history_intro(struct mt_line *l)
{
	size_t n, k, words = 0;
	const char *f = mt_folded(l, &n);
	bool in = false;

	if (n > HISTORY_INTRO_MAX || (k = mv_prefix(MV_HISTORY_INTRO, f, n)) == 0)
		return false;
	if (f[n - 1] == ':')
		return true;
	for (size_t i = k; i < n; i++) {
		bool sp = f[i] == ' ';

		words += !sp && !in;
		in = !sp;
	}
	return words <= 3;
}

/* "##- Please type your reply above this line -##". */
static bool
is_reply_above(struct mt_line *l)
{
	size_t n, a, b, lead, trail;
	const char *f = mt_folded(l, &n);

	core_of(f, n, &a, &b, &lead, &trail);
	return b > a && b - a <= REPLY_ABOVE_MAX &&
	       mv_contains(MV_REPLY_ABOVE, f + a, b - a);
}

/* ------------------------------------------------------------------ */
/* Header blocks: "From: ..." / "Von: ..." / «От: ...» lines. */

#define KIND_BIT(k) (1u << (k))
#define FROM_BIT KIND_BIT(MV_HDR_FROM)
#define DATE_BIT KIND_BIT(MV_HDR_DATE)
#define TO_BIT KIND_BIT(MV_HDR_TO)

static const enum mv_section field_sections[] = {
	MV_HDR_FROM, MV_HDR_DATE, MV_HDR_TO, MV_HDR_CC, MV_HDR_SUBJECT,
	MV_HDR_OTHER,
};

/* The kind of the field name f[0..n) (bold '*' and blanks around it
 * cut), or -1. */
static int
field_name_kind(const char *f, size_t n)
{
	size_t a = 0, words = 1;

	while (a < n && (f[a] == '*' || f[a] == '_' || f[a] == ' '))
		a++;
	while (n > a && (f[n - 1] == '*' || f[n - 1] == '_' || f[n - 1] == ' '))
		n--;
	for (size_t i = a; i < n; i++)
		words += f[i] == ' ';
	if (a == n || words > 3)
		return -1;
	for (size_t k = 0; k < sizeof(field_sections) / sizeof(*field_sections);
	     k++)
		if (mv_equals(field_sections[k], f + a, n - a))
			return (int)field_sections[k];
	return -1;
}

/* The position of the first ':' (or '：') in f[0..n) at or after 'from',
 * n when none; *w gets its width. */
static size_t
colon_at(const char *f, size_t n, size_t from, size_t *w)
{
	for (size_t i = from; i < n; i++) {
		if (f[i] == ':') {
			*w = 1;
			return i;
		}
		if (i + 2 < n && memcmp(f + i, "\xEF\xBC\x9A", 3) == 0) {
			*w = 3;
			return i;
		}
	}
	return n;
}

/* Field kinds named inside a value ("From: bob Date: Thu, 24 Mar"). */
static unsigned
inline_fields(const char *v, size_t n)
{
	unsigned kinds = 0;
	size_t w = 1, at = 0;

	while ((at = colon_at(v, n, at, &w)) < n) {
		size_t s = at;
		int k;

		while (s > 0 && v[s - 1] != ' ')
			s--;
		if (s > 0 && (k = field_name_kind(v + s, at - s)) >= 0 &&
		    k != MV_HDR_OTHER)
			kinds |= KIND_BIT(k);
		at += w;
	}
	return kinds;
}

/* The field kind of a line "Field: value", or -1; *kinds gets it and
 * the kinds named inside the value, *evidence whether the value holds
 * an address or a digit. */
static int
field_line(struct mt_line *l, unsigned *kinds, bool *evidence)
{
	size_t n, w = 1, c;
	const char *f = mt_folded(l, &n);
	int k;

	c = colon_at(f, n < FIELD_NAME_MAX ? n : FIELD_NAME_MAX, 0, &w);
	if (c >= n || c >= FIELD_NAME_MAX || (k = field_name_kind(f, c)) < 0)
		return -1;
	c += w;
	if (k != MV_HDR_OTHER)
		*kinds |= KIND_BIT(k);
	*kinds |= inline_fields(f + c, n - c);
	*evidence |= has_char(f + c, n - c, '@') || has_digit(f + c, n - c);
	return k;
}

static unsigned
popcount(unsigned v)
{
	unsigned c = 0;

	for (; v; v &= v - 1)
		c++;
	return c;
}

/* A quoted header block from line i: the end of its last field line, or
 * 0. At least two fields, a from field (or a date and a to field), an
 * address or a digit in a value; one from/date line is enough under a
 * rule ("______\nFrom: ..."). */
static size_t
header_block(struct mt_text *t, size_t i, bool rule_before)
{
	unsigned kinds = 0, dummy = 0;
	bool evidence = false, dummy_e = false;
	size_t j, end = 0, cont = 0;

	for (j = i; j < t->n && j < i + HEADER_BLOCK_LINES; j++) {
		struct mt_line *l = &t->v[j];

		if (mt_blank(l) || mt_quoted(l))
			break;
		if (field_line(l, &kinds, &evidence) >= 0) {
			end = j + 1;
			cont = 0;
		} else if (end > 0 && j + 1 < t->n &&
			   ++cont <= FIELD_CONTINUATIONS &&
			   field_line(&t->v[j + 1], &dummy, &dummy_e) >= 0) {
			continue; /* a wrapped value: "Subject: Two\nline" */
		} else {
			break;
		}
	}
	if (end == 0 || !evidence)
		return 0;
	if (!(kinds & FROM_BIT) &&
	    !((kinds & DATE_BIT) && ((kinds & TO_BIT) || rule_before)))
		return 0;
	if (popcount(kinds) >= 2 || rule_before)
		return end;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Attributions: "On ..., Bob <b@x> wrote:". */

/* Does folded f start with an attribution start word ("on", "le")? */
static bool
starts_with_start_word(const char *f, size_t n)
{
	size_t k = mv_prefix(MV_ATTR_START, f, n);

	return k > 0 && k < n && f[k] == ' ';
}

/* Does f start with a day name and ',' / '.' ("mon,", «пн,»)? */
static bool
starts_with_weekday(const char *f, size_t n)
{
	size_t k = mv_prefix(MV_ATTR_WEEKDAY, f, n);

	return k > 0 && k < n && (f[k] == ',' || f[k] == '.');
}

/* A line an attribution may start with when it wraps: a start word, a
 * date, a day name. */
static bool
attribution_start(const char *f, size_t n)
{
	return starts_with_start_word(f, n) || (n && f[0] >= '0' && f[0] <= '9') ||
	       starts_with_weekday(f, n);
}

struct attr_ctx {
	bool start_word; /* the first line starts with a start word */
	bool quoted_next; /* '>' lines follow */
};

/* Is the folded (joined) text an attribution? */
static bool
is_attribution(const char *f, size_t n, const struct attr_ctx *c)
{
	size_t a, b, lead, trail, k;
	bool wrapped, evidence;

	core_of(f, n, &a, &b, &lead, &trail);
	if (a == b)
		return false;
	wrapped = lead > 0 && trail > 0;
	/* a date where an attribution has it (first), an address, or a
	 * time or year: "as my colleague wrote:" after "at 10" is text */
	evidence = (attribution_start(f + a, b - a) && has_digit(f + a, b - a)) ||
		   has_char(f + a, b - a, '@') || has_date_part(f + a, b - a);
	k = b - a;
	if (cut_colon(f + a, &k) || wrapped) {
		if (mv_suffix(MV_ATTR_END, f + a, k) > 0)
			return evidence || c->quoted_next || wrapped;
		if (c->start_word && mv_suffix(MV_ATTR_END_WEAK, f + a, k) > 0)
			return evidence;
		/* "..., Анна <a@b.ru>:" and "2011/4/7 Nathan <n@x>" */
		if (k > 0 && f[a + k - 1] == '>' && has_char(f + a, k, '@') &&
		    has_digit(f + a, k))
			return true;
	}
	return c->quoted_next && (f[a] >= '0' && f[a] <= '9') &&
	       f[b - 1] == '>' && has_char(f + a, b - a, '@');
}

/* A '>' line that only ends an attribution ("> wrote:": a wrapped
 * address pushed the end of the line to a new one). */
static bool
quoted_attribution_end(struct mt_line *l)
{
	size_t n, a = 0, k;
	const char *f = mt_folded(l, &n);

	while (a < n && (f[a] == '>' || f[a] == ' '))
		a++;
	k = n - a;
	if (k > 40 || !cut_colon(f + a, &k) || k == 0)
		return false;
	return mv_suffix(MV_ATTR_END, f + a, k) == k;
}

/* An attribution starting at line i: the line after its end, or 0. A
 * wrapped attribution is joined forwards only, from a line that can
 * start one; across blank lines only from a start word with a date. */
static size_t
attribution_at(struct mt_text *t, size_t i)
{
	struct attr_ctx c = {0};
	struct buf j = {0};
	size_t n, end = 0, lines = 1;
	const char *f = mt_folded(&t->v[i], &n);
	bool blanks_ok;

	c.start_word = starts_with_start_word(f, n);
	c.quoted_next = mt_next_content(t, i + 1) < t->n &&
			mt_quoted(&t->v[mt_next_content(t, i + 1)]);
	if (n <= ATTRIBUTION_MAX && is_attribution(f, n, &c))
		return i + 1;
	if (!attribution_start(f, n) || n > ATTRIBUTION_MAX)
		return 0;
	blanks_ok = c.start_word && has_digit(f, n);
	buf_append(&j, f, n);
	for (size_t k = i + 1; k < t->n && k <= i + ATTRIBUTION_SPAN; k++) {
		struct mt_line *l = &t->v[k];
		const char *g;
		size_t m;

		if (mt_blank(l)) {
			if (blanks_ok)
				continue;
			break;
		}
		if ((mt_quoted(l) && !quoted_attribution_end(l)) ||
		    ++lines > ATTRIBUTION_LINES)
			break;
		g = mt_folded(l, &m);
		buf_putc(&j, ' ');
		buf_append(&j, g, m);
		if (j.len > ATTRIBUTION_MAX)
			break;
		c.quoted_next = mt_next_content(t, k + 1) < t->n &&
				mt_quoted(&t->v[mt_next_content(t, k + 1)]);
		if (is_attribution(j.s, j.len, &c)) {
			end = k + 1;
			break;
		}
	}
	buf_free(&j);
	return end;
}

/* Byte offset in the original line of the folded offset 'fo'. */
static size_t
orig_offset(const struct mt_line *l, size_t fo)
{
	struct buf b = {0};
	size_t i = 0, lead = 0;

	while (lead < l->n && (l->s[lead] == ' ' || l->s[lead] == '\t'))
		lead++;
	for (i = lead; i < l->n; i++) {
		if (((unsigned char)l->s[i] & 0xC0) == 0x80)
			continue;
		b.len = 0;
		fold_utf8(l->s + lead, i - lead, &b);
		if (b.len >= fo)
			break;
	}
	buf_free(&b);
	return i;
}

/* "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:": the
 * reply and the attribution share a line. Split such a line where the
 * attribution starts (a start word after a blank or a dash, with a date
 * and an address or a time after it), the dashes before it going with
 * the attribution. */
static void
split_shared_line(struct mt_text *t, size_t i)
{
	struct attr_ctx c = {true, false};
	size_t n;
	const char *f = mt_folded(&t->v[i], &n);

	size_t k = n;

	if (n > ATTRIBUTION_MAX || mt_quoted(&t->v[i]) ||
	    starts_with_start_word(f, n))
		return;
	/* only a line that ends like an attribution can hold one */
	while (k && (is_rule_char(f[k - 1]) || f[k - 1] == ' '))
		k--;
	(void)cut_colon(f, &k);
	if (mv_suffix(MV_ATTR_END, f, k) == 0 &&
	    mv_suffix(MV_ATTR_END_WEAK, f, k) == 0)
		return;
	for (size_t p = 1; p + 1 < n; p++) {
		size_t q = p, at;

		if (f[p - 1] != ' ' && f[p - 1] != '-')
			continue;
		if (!starts_with_start_word(f + p, n - p) ||
		    !has_date_part(f + p, n - p) ||
		    !is_attribution(f + p, n - p, &c))
			continue;
		while (q > 0 && (f[q - 1] == '-' || f[q - 1] == ' '))
			q--;
		if (q == 0)
			return;
		while (q < p && f[q] == ' ')
			q++;
		at = orig_offset(&t->v[i], q);
		mt_split_line(t, i, at);
		return;
	}
}

/* ------------------------------------------------------------------ */
/* '>' runs. */

/* A line inside a '>' run that lost its marker when a link wrapped
 * (" (http://example.com/c/x) >", "_nonce=3dd518)"). */
static bool
wrapped_link(struct mt_line *l)
{
	size_t n;
	const char *f = mt_folded(l, &n);

	if (strstr(f, "://") || strstr(f, "mailto:"))
		return true;
	if (n && f[n - 1] == '>')
		return true;
	return !has_char(f, n, ' ') && strpbrk(f, "=&?/%)_") != NULL;
}

/* The end of the '>' run starting at line i: blank lines and wrapped
 * link lines between '>' lines belong to it. */
static size_t
quote_run_end(struct mt_text *t, size_t i)
{
	size_t j = i + 1;

	while (j < t->n) {
		size_t next = mt_next_content(t, j);

		if (next < t->n && mt_quoted(&t->v[next])) {
			j = next + 1;
			continue;
		}
		if (next == j && j + 1 < t->n && mt_quoted(&t->v[j - 1]) &&
		    mt_quoted(&t->v[j + 1]) && wrapped_link(&t->v[j])) {
			j += 2;
			continue;
		}
		break;
	}
	return j;
}

/* ------------------------------------------------------------------ */
/* History. */

/* A quote header at line i: sets [*from, *to) and returns true. An
 * Outlook rule line just above it belongs to it. */
static bool
header_at(struct mt_text *t, size_t i, size_t *from, size_t *to)
{
	size_t end;
	bool rule;

	rule = i > 0 && t->v[i - 1].mark == MT_KEPT && mt_rule(&t->v[i - 1], 5);
	*from = rule ? i - 1 : i;
	/* a history intro only under a reply: a body that opens with
	 * «Переписка по обращению» is that history itself */
	if (is_separator(&t->v[i]) ||
	    (is_history_intro(&t->v[i]) && mt_kept_content(t, 0, i))) {
		*to = i + 1;
		return true;
	}
	if ((end = header_block(t, i, rule)) > 0 ||
	    (end = attribution_at(t, i)) > 0) {
		*to = end;
		if (!rule)
			*from = i;
		return true;
	}
	return false;
}

/* Mark the history of the body. A reply-above marker with the reply
 * above it, or a header with no '>' run after it, makes the rest
 * history; a header followed by a '>' run is an inline reply: the
 * header and the run go, the text between the runs stays. */
/* Marks history; returns whether the body is a helpdesk notification
 * (a reply-above marker with nothing above it, a comment list). */
static bool
mark_history(struct mt_text *t, const char *recipient)
{
	bool notice = false;

	size_t i = 0, from, to;


	while (i < t->n) {
		struct mt_line *l = &t->v[i];

		if (l->mark != MT_KEPT || mt_blank(l)) {
			i++;
		} else if (mt_quoted(l)) {
			/* a rule right above the run opens it (an <hr>) */
			from = i > 0 && mt_rule(&t->v[i - 1], 5) ? i - 1 : i;
			to = quote_run_end(t, i);
			mt_mark(t, from, to, MT_HISTORY);
			i = to;
		} else if (is_reply_above(l)) {
			if (mt_kept_content(t, 0, i)) {
				mt_mark(t, i, t->n, MT_HISTORY);
				return notice;
			}
			notice = true;
			/* a notification: its banner and newest comment */
			mt_mark(t, i, i + 1, MT_HISTORY);
			notification_mark(t, i + 1, recipient, true);
			i++;
		} else if (header_at(t, i, &from, &to)) {
			size_t next = mt_next_content(t, to);

			if (next < t->n && mt_quoted(&t->v[next])) {
				mt_mark(t, from, to, MT_HISTORY);
				i = to;
				continue;
			}
			mt_mark(t, from, t->n, MT_HISTORY);
			return notice;
		} else {
			i++;
		}
	}
	return notice;
}

/* Was the first line of content a '>' line, and nothing kept? */
static bool
only_quote(const struct mt_text *t)
{
	size_t first = mt_next_content(t, 0);

	return first < t->n && mt_quoted(&t->v[first]) &&
	       !mt_kept_content(t, 0, t->n);
}

/* The body one quote level down: "> x" -> "x", ">> x" -> "> x". */
static char *
unquote(const struct mt_text *t)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	for (size_t i = 0; i < t->n; i++) {
		const char *s = t->v[i].s;
		size_t n = t->v[i].n, k = 0;

		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k < n && s[k] == '>') {
			k++;
			if (k < n && s[k] == ' ')
				k++;
		} else {
			k = 0;
		}
		buf_append(&b, s + k, n - k);
		buf_putc(&b, '\n');
	}
	return buf_steal(&b);
}

static char *
nonempty_or_null(char *s)
{
	if (s && !*s) {
		free(s);
		return NULL;
	}
	return s;
}

static void
split_depth(const char *body, const char *recipient, struct quote_parts *out,
	    int depth)
{
	struct mt_text t;

	mt_split(body, &t);
	for (size_t i = 0; i < t.n; i++)
		split_shared_line(&t, i);
	out->notice = mark_history(&t, recipient);
	/* a list of dated comments, newest first, without a marker */
	out->notice |= notification_mark(&t, 0, recipient, false) > 0;
	if (depth < UNQUOTE_DEPTH && only_quote(&t)) {
		char *down = unquote(&t);

		mt_free(&t);
		split_depth(down, recipient, out, depth + 1);
		free(down);
		return;
	}
	out->notice |= signature_mark(&t);
	out->text = mt_join(&t, MT_KEPT);
	out->quoted = nonempty_or_null(mt_join(&t, MT_HISTORY));
	out->signature = nonempty_or_null(mt_join(&t, MT_SIGNATURE));
	mt_free(&t);
}

void
quote_split_mail(const char *body, const char *recipient,
		 struct quote_parts *out)
{
	memset(out, 0, sizeof(*out));
	split_depth(body ? body : "", recipient, out, 0);
}

void
quote_split(const char *body, struct quote_parts *out)
{
	quote_split_mail(body, NULL, out);
}

void
quote_parts_free(struct quote_parts *p)
{
	free(p->text);
	free(p->quoted);
	free(p->signature);
	memset(p, 0, sizeof(*p));
}

bool
quote_opens_history(const char *text)
{
	struct mt_text t;
	size_t first, from, to;
	bool yes = false;

	mt_split(text ? text : "", &t);
	first = mt_next_content(&t, 0);
	if (first < t.n) {
		struct mt_line *l = &t.v[first];

		if (mt_rule(l, 5) && first + 1 < t.n)
			l = &t.v[++first]; /* Outlook's rule over the block */
		yes = mt_quoted(l) ||
		      (!is_reply_above(l) && header_at(&t, first, &from, &to));
	}
	mt_free(&t);
	return yes;
}
