/* quote.c - split a mail body into the reply and its quoted history
 * (separators, '>' runs, helpdesk "reply above this line" markers; header
 * blocks are quote_header.c's, attributions attribution.c's); signatures
 * are signature.c's. */
#include "quote.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "mailtext.h"
#include "mailvocab.h"
#include "notification.h"
#include "quote_marks.h"
#include "signature.h"
#include "util.h"

#define UNQUOTE_DEPTH 3	     /* levels a quote-only body is read down */
#define HISTORY_INTRO_MAX 80 /* bytes of a "Ticket history:" line */
#define REPLY_ABOVE_MAX 120  /* bytes of a reply-above marker's text */

enum { RULE_CHARS_MIN = 2 };

/* ------------------------------------------------------------------ */
/* Separators and helpdesk markers. */

/* "-----Original Message-----", "Begin forwarded message:". */
static bool
is_separator(struct mt_line *l)
{
	size_t n, a, b, k, lead, trail;
	const char *f = mt_folded(l, &n);

	mt_core(f, n, &a, &b, &lead, &trail);
	if (a == b)
		return false;
	if (lead + trail >= RULE_CHARS_MIN &&
	    mv_prefix(MV_SEPARATOR, f + a, b - a) > 0)
		return true;
	k = b - a;
	(void)mt_cut_colon(f + a, &k);
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

	mt_core(f, n, &a, &b, &lead, &trail);
	return b > a && b - a <= REPLY_ABOVE_MAX &&
	       mv_contains(MV_REPLY_ABOVE, f + a, b - a);
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
	return !memchr(f, ' ', n) && strpbrk(f, "=&?/%)_") != NULL;
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
	if ((end = quote_header_block(t, i, rule)) > 0 ||
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
			if (mt_kept_words(t, 0, i)) {
				mt_mark(t, i, t->n, MT_HISTORY);
				return notice;
			}
			notice = true;
			/* a notification: its banner (and any rule of dashes
			 * above it) and newest comment */
			mt_mark(t, 0, i + 1, MT_HISTORY);
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
		attribution_split_line(&t, i);
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
