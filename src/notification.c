/* notification.c - helpdesk notification layouts: banner, comment
 * blocks, footer (include/notification.h). The words are data:
 * src/patterns/mail/helpdesk.txt. */
#include "notification.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fold.h"
#include "mailvocab.h"
#include "page_header.h"
#include "stamp.h"
#include "util.h"

#define HEADER_MAX 160	   /* bytes of a comment header line */
#define NAME_CHARS 60	   /* characters of an author's name */
#define NAME_WORDS 7	   /* words of one */
#define ZONE_TAIL 16	   /* bytes of zone text after a header's time */
#define FOOTER_LINES 8	   /* lines of a footer block */
#define RULE_MIN 10	   /* characters of a rule between comments */
#define AUTHOR_MAX 96	   /* bytes of a folded author name kept */
#define SEGMENTS_MAX 4096  /* comment blocks read; the rest is one */

struct header {
	size_t span; /* lines */
	bool when_set;
	struct esc_time when;
	char author[AUTHOR_MAX]; /* folded, "" when none */
};

struct seg {
	size_t start, end; /* lines [start, end) */
	bool comment;	   /* opened by a rule or a header */
	bool header;
	size_t hstart, hspan; /* the header's lines */
	bool when_set;
	struct esc_time when;
	char author[AUTHOR_MAX];
};

/* ------------------------------------------------------------------ */
/* Names and stamps. */

/* s[0..n) without blanks and the punctuation that joins a name to a
 * stamp (",", "-", "|", "(", ")"). */
static void
strip_joiners(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && strchr(" \t,-|()–—", s[*a]))
		(*a)++;
	while (*b > *a && strchr(" \t,-|()–—:", s[*b - 1]))
		(*b)--;
}

/* Does s[0..n) start with a day name or an attribution's start word
 * ("Tuesday, 24.11.2026", "On Wed, ...")? Then it is a date, not a name. */
static bool
date_words_first(const char *s, size_t n)
{
	struct buf b = {0};
	size_t k, w = 0;
	bool yes;

	while (w < n && s[w] != ' ' && s[w] != ',' && s[w] != '.')
		w++;
	fold_utf8(s, w, &b);
	k = b.len;
	yes = mv_equals(MV_ATTR_WEEKDAY, b.s, k) || mv_equals(MV_ATTR_START, b.s, k);
	buf_free(&b);
	return yes;
}

/* Could s[0..n) be an author's name ("Anna Smith", "John Agent (Acme
 * Support)", «Служба поддержки ОблакоБух»)? A few words, no digits, no
 * sentence end, not a day name. */
static bool
name_like(const char *s, size_t n)
{
	size_t words;

	if (n == 0 || utf8_count(s, n) > NAME_CHARS ||
	    strchr(".!?;", s[n - 1]) || date_words_first(s, n) ||
	    mt_has_digit(s, n))
		return false;
	words = mt_words(s, n);
	return words >= 1 && words <= NAME_WORDS;
}

static void
set_author(char *out, const char *s, size_t n)
{
	struct buf b = {0};
	size_t a = 0, e = n;

	strip_joiners(s, &a, &e);
	fold_utf8(s + a, e - a, &b);
	snprintf(out, AUTHOR_MAX, "%s", b.s ? b.s : "");
	buf_free(&b);
}

/* Zone text after a time: " GMT+3", " MSK", " (UTC)", " +03:00". */
static bool
zone_tail(const char *s, size_t n)
{
	size_t letters = 0;

	if (n > ZONE_TAIL)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			letters++;
		else if (!strchr(" +-:()0123456789", c))
			return false;
	}
	return letters <= 8;
}

/* A digit, ':' and two digits in s[0..n): every clock time a stamp
 * reads ("9:05", "14:30:00") has them, so a line without is not dated
 * and need not be searched for a stamp. */
static bool
has_clock(const char *s, size_t n)
{
	const char *p = s, *end = s + n;

	while (p < end && (p = memchr(p, ':', (size_t)(end - p))) != NULL) {
		if (p > s && end - p > 2 && p[-1] >= '0' && p[-1] <= '9' &&
		    p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9')
			return true;
		p++;
	}
	return false;
}

/* A date and time in s[0..n); *st gets it. */
static bool
dated(const char *s, size_t n, struct stamp *st)
{
	if (!has_clock(s, n)) {
		memset(st, 0, sizeof(*st));
		return false;
	}
	return stamp_find(s, n, st) && st->has_date && st->has_time;
}

static void
set_when(struct header *h, const struct stamp *st)
{
	h->when_set = stamp_time(st, &h->when) && h->when.set;
}

/* ------------------------------------------------------------------ */
/* Comment headers. */

/* "Anna commented:", "Reply from Anna (27.11.2026 10:00):", «Ответ
 * специалиста (Наталья, 17.03.2026 14:30):», "Anna (27.11.2026 10:00):". */
static bool
colon_header(const char *s, size_t n, const char *f, size_t fn,
	     struct header *h)
{
	struct stamp st;
	size_t k, body = n - 1, fbody = fn - 1;

	if (n < 2 || s[n - 1] != ':')
		return false;
	if ((k = mv_prefix(MV_COMMENT_PREFIX, f, fbody)) > 0) {
		size_t a = k, e;

		while (a < fbody && strchr(" (", f[a]))
			a++;
		for (e = a; e < fbody && f[e] != ',' && f[e] != '('; e++)
			;
		set_author(h->author, f + a, e - a);
		if (dated(s, body, &st))
			set_when(h, &st);
		return true;
	}
	if ((k = mv_suffix(MV_COMMENT_VERB, f, fbody)) > 0) {
		size_t a = 0, e = fbody - k;

		strip_joiners(f, &a, &e);
		if (dated(s, body, &st)) {
			set_when(h, &st);
			e = a;
			while (e < fbody - k && f[e] != '(' && f[e] != ',')
				e++;
		}
		if (!name_like(f + a, e - a))
			return false;
		set_author(h->author, f + a, e - a);
		return true;
	}
	/* "Anna Smith (27.11.2026 10:00):" */
	if (body > 0 && s[body - 1] == ')' && dated(s, body, &st) &&
	    st.start > 0 && s[st.start - 1] == '(' &&
	    name_like(s, st.start > 1 ? st.start - 1 : 0)) {
		set_when(h, &st);
		set_author(h->author, s, st.start - 1);
		return true;
	}
	return false;
}

/* "Anna Smith, 27.11.2026 10:00" and "2026-11-27 10:00:00 - Anna Smith
 * (Additional comments)". */
static bool
stamp_header(const char *s, size_t n, struct header *h)
{
	struct stamp st;
	size_t a = 0, e;

	if (!dated(s, n, &st))
		return false;
	if (st.start > 0 && zone_tail(s + st.end, n - st.end)) {
		e = st.start;
		if (!strchr(",-|", s[e - 1 > 0 ? e - 1 : 0]) &&
		    !(e >= 2 && strchr(",-|", s[e - 2])))
			return false;
		strip_joiners(s, &a, &e);
		if (!name_like(s + a, e - a))
			return false;
		set_when(h, &st);
		set_author(h->author, s + a, e - a);
		return true;
	}
	if (st.start == 0 && st.end < n) {
		a = st.end;
		e = n;
		while (a < e && s[a] == ' ')
			a++;
		if (a < e && strchr("-|–—", s[a]))
			a++;
		while (a < e && s[a] == ' ')
			a++;
		/* the author, and a role in parentheses */
		for (size_t i = a; i < e; i++)
			if (s[i] == '(') {
				e = i;
				break;
			}
		strip_joiners(s, &a, &e);
		if (a == e || !name_like(s + a, e - a))
			return false;
		set_when(h, &st);
		set_author(h->author, s + a, e - a);
		return true;
	}
	return false;
}

/* A line that is only a date and a time ("Nov 27, 2026, 10:15 GMT+3",
 * «26 нояб. 2026 г., 14:05 GMT+3»). */
static bool
stamp_only(const char *s, size_t n, struct stamp *st)
{
	return page_header_date_line(s, n, st);
}

/* A comment header at line i; h gets its span, time and author. */
static bool
header_at(struct mt_text *t, size_t i, struct header *h)
{
	struct mt_line *l = &t->v[i];
	size_t fn, n;
	const char *f;
	char *s;
	bool yes = false;

	memset(h, 0, sizeof(*h));
	if (l->mark != MT_KEPT || mt_blank(l) || l->n > HEADER_MAX ||
	    mt_quoted(l))
		return false;
	f = mt_folded(l, &fn);
	s = mt_trimmed(l);
	n = strlen(s);
	h->span = 1;
	if (colon_header(s, n, f, fn, h) || stamp_header(s, n, h)) {
		yes = true;
	} else if (name_like(s, n)) {
		/* a name line, a date line under it (blank lines between) */
		for (size_t j = i + 1; j < t->n && j <= i + 2; j++) {
			struct stamp st;
			char *u;

			if (mt_blank(&t->v[j]))
				continue;
			u = mt_trimmed(&t->v[j]);
			if (t->v[j].mark == MT_KEPT &&
			    stamp_only(u, strlen(u), &st)) {
				set_when(h, &st);
				set_author(h->author, s, n);
				h->span = j - i + 1;
				yes = true;
			}
			free(u);
			break;
		}
	}
	free(s);
	return yes;
}

/* ------------------------------------------------------------------ */
/* Blocks. */

static bool
is_rule(const struct mt_line *l)
{
	return l->mark == MT_KEPT && mt_rule(l, RULE_MIN);
}

/* Has segment g anything but its opening rule and blank lines? */
static bool
has_body(const struct mt_text *t, const struct seg *g, size_t upto)
{
	for (size_t i = g->start; i < upto; i++)
		if (!mt_blank(&t->v[i]) && !is_rule(&t->v[i]))
			return true;
	return false;
}

struct segs {
	struct seg *v;
	size_t n, cap;
};

/* Open a new block at line 'at' (the last one runs on when there are
 * SEGMENTS_MAX already); the current one ends there. */
static struct seg *
open_seg(struct segs *g, size_t at)
{
	struct seg *s;

	if (g->n == SEGMENTS_MAX)
		return &g->v[g->n - 1];
	if (g->n)
		g->v[g->n - 1].end = at;
	g->v = xgrow(g->v, &g->cap, g->n + 1, sizeof(*g->v));
	s = &g->v[g->n++];
	memset(s, 0, sizeof(*s));
	s->start = at;
	return s;
}

static void
segment(struct mt_text *t, size_t from, struct segs *g)
{
	struct seg *cur = open_seg(g, from);

	for (size_t i = from; i < t->n;) {
		struct header h;

		if (is_rule(&t->v[i])) {
			cur = open_seg(g, i);
			cur->comment = true;
			i++;
		} else if (header_at(t, i, &h)) {
			if (!(cur->comment && !cur->header && !has_body(t, cur, i)))
				cur = open_seg(g, i);
			cur->comment = cur->header = true;
			cur->hstart = i;
			cur->hspan = h.span;
			cur->when_set = h.when_set;
			cur->when = h.when;
			memcpy(cur->author, h.author, sizeof(cur->author));
			i += h.span;
		} else {
			i++;
		}
	}
	g->v[g->n - 1].end = t->n;
}

/* Has segment g a line of text besides its header lines? */
static bool
has_text(struct mt_text *t, const struct seg *g)
{
	struct header h;
	size_t i = g->start;

	if (i < g->end && is_rule(&t->v[i]))
		i++;
	while (i < g->end && mt_blank(&t->v[i]))
		i++;
	if (i < g->end && header_at(t, i, &h))
		i += h.span;
	for (; i < g->end; i++)
		if (!mt_blank(&t->v[i]) && !is_rule(&t->v[i]))
			return true;
	return false;
}

/* A last block under a rule, with no header, short, that holds a
 * footer phrase or follows dated comments. */
static bool
is_footer(struct mt_text *t, const struct seg *g, bool after_headers)
{
	size_t lines = 0;
	bool phrase = false;

	if (!g->comment || g->header)
		return false;
	for (size_t i = g->start; i < g->end; i++) {
		size_t fn;
		const char *f;

		if (mt_blank(&t->v[i]) || is_rule(&t->v[i]))
			continue;
		if (++lines > FOOTER_LINES)
			return false;
		f = mt_folded(&t->v[i], &fn);
		phrase |= mv_contains(MV_FOOTER, f, fn);
	}
	return phrase || after_headers || lines == 0;
}

static bool
same_author(const char *author, const char *recipient)
{
	struct buf b = {0};
	bool same;

	if (!recipient || !*recipient || !*author)
		return false;
	fold_utf8(recipient, strlen(recipient), &b);
	same = strstr(author, b.s) != NULL || strstr(b.s, author) != NULL;
	buf_free(&b);
	return same;
}

/* Dated comments with a body, newest first: what a notification lists
 * (a list of dates alone is no comment list). */
static bool
newest_first(struct mt_text *t, const struct seg *v, size_t n,
	     size_t *dated)
{
	const struct esc_time *prev = NULL;

	*dated = 0;
	for (size_t i = 0; i < n; i++) {
		if (!v[i].header || !v[i].when_set)
			continue;
		if (prev && v[i].when.t > prev->t)
			return false;
		prev = &v[i].when;
		*dated += has_text(t, &v[i]);
	}
	return true;
}

static size_t
pick_newest(const struct seg *v, size_t n, size_t last)
{
	size_t pick = n;

	for (size_t i = 0; i < last; i++) {
		if (!v[i].comment)
			continue;
		if (pick == n)
			pick = i;
		else if (v[i].when_set && v[pick].when_set &&
			 v[i].when.t > v[pick].when.t)
			pick = i;
		else if (v[i].when_set && !v[pick].when_set)
			pick = i;
	}
	return pick;
}

size_t
notification_mark(struct mt_text *t, size_t from, const char *recipient,
		  bool marker)
{
	struct segs g = {0};
	struct seg *v;
	size_t n, comments = 0, dated, last, newest, headers = 0;

	segment(t, from, &g);
	v = g.v;
	n = g.n;
	last = n;

	for (size_t i = 0; i < n; i++) {
		comments += v[i].comment;
		headers += v[i].header;
	}
	if (comments == 0 ||
	    (!marker && (!newest_first(t, v, n, &dated) || dated < 2))) {
		free(v);
		return 0;
	}
	if (n > 1 && is_footer(t, &v[n - 1], headers > 0))
		last = n - 1;
	newest = pick_newest(v, n, last);
	if (newest < n && v[newest].header &&
	    same_author(v[newest].author, recipient))
		newest = n; /* the recipient's own text, quoted back */
	for (size_t i = 0; i < n; i++) {
		if (i == newest || !v[i].comment)
			continue;
		mt_mark(t, v[i].start, v[i].end, MT_HISTORY);
	}
	if (newest < n && is_rule(&t->v[v[newest].start]))
		mt_mark(t, v[newest].start, v[newest].start + 1, MT_HISTORY);
	/* the newest comment's header (its author and time) is no text of
	 * its own: a date there is no promise's */
	if (newest < n && v[newest].header)
		mt_mark(t, v[newest].hstart, v[newest].hstart + v[newest].hspan,
			MT_HISTORY);
	free(v);
	return comments;
}
