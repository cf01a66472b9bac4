/* signature.c - the signature and the closing sign-off at the end of a
 * mail body (include/signature.h). The words are data:
 * src/patterns/mail/signatures.txt. */
#include "signature.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "mailvocab.h"
#include "util.h"

#define SIGNATURE_LINES 15	 /* a "-- " signature is at most this long */
#define RULE_BLOCK_LINES 6	 /* lines under a rule that make a footer */
#define RULE_BLOCK_CHARS 100	 /* characters of one footer line */
#define MOBILE_WORDS 9		 /* words after "Sent from my" */
#define MOBILE_CHARS 100	 /* characters of a mobile line */
#define DASH_NAME_WORDS 3	 /* words of a "-Name" line */
#define DASH_NAME_CHARS 40	 /* characters of one */
#define SIGNOFF_BLOCK_LINES 6	 /* name/title/company/phone lines */
#define SIGNOFF_SPAN_LINES 10	 /* the block with its blank lines */
#define SIGNOFF_LINE_CHARS 60	 /* characters of one block line */
#define SIGNOFF_LINE_WORDS 8	 /* words of one block line */
#define SIGNOFF_NAME_CHARS 40	 /* a name after the phrase on its line */
#define SIGNOFF_SENTENCE_WORDS 3 /* lower-case words that make a sentence */
#define SIGNATURE_ROUNDS 4	 /* signature pieces peeled off the end */
#define FOOTER_LINE_BYTES 200	 /* a longer line is no service footer */
#define FOOTER_BODY_WORDS 3	 /* ... and it closes a line of more words */

/* ------------------------------------------------------------------ */
/* Words and characters. */

/* Does a word start with a lower-case Latin or Cyrillic letter? */
static bool
lower_initial(const unsigned char *w)
{
	if (w[0] >= 'a' && w[0] <= 'z')
		return true;
	return (w[0] == 0xD0 && w[1] >= 0xB0 && w[1] <= 0xBF) ||
	       (w[0] == 0xD1 && w[1] >= 0x80 && w[1] <= 0x9F);
}

/* Words of s[0..n); *lower gets how many start with a lower-case letter. */
static size_t
word_count(const char *s, size_t n, size_t *lower)
{
	size_t w = 0, low = 0;
	bool in = false;

	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ' || s[i] == '\t';

		if (!sp && !in) {
			w++;
			low += lower_initial((const unsigned char *)s + i);
		}
		in = !sp;
	}
	if (lower)
		*lower = low;
	return w;
}

/* The last kept line that is not blank before 'before', or t->n. */
static size_t
last_kept(const struct mt_text *t, size_t before)
{
	for (size_t i = before; i-- > 0;)
		if (t->v[i].mark == MT_KEPT && !mt_blank(&t->v[i]))
			return i;
	return t->n;
}

/* ------------------------------------------------------------------ */
/* "-- " delimiter. */

static bool
is_delimiter(const struct mt_line *l)
{
	return (l->n == 3 && memcmp(l->s, "-- ", 3) == 0) ||
	       (l->n == 2 && memcmp(l->s, "--", 2) == 0);
}

/* The earliest "-- " line with at most SIGNATURE_LINES kept lines
 * after it: the signature runs from there to the end. */
static bool
mark_delimiter(struct mt_text *t)
{
	size_t kept = 0, at = t->n;

	for (size_t i = t->n; i-- > 0 && kept <= SIGNATURE_LINES;) {
		if (t->v[i].mark != MT_KEPT)
			continue;
		if (is_delimiter(&t->v[i]))
			at = i;
		else if (!mt_blank(&t->v[i]))
			kept++;
	}
	if (at == t->n)
		return false;
	mt_mark(t, at, t->n, MT_SIGNATURE);
	return true;
}

/* ------------------------------------------------------------------ */
/* A rule and a short block under it: "---\nRoman", a mailing-list
 * footer. */

/* Is the trimmed line one that may stand in a signature block: short,
 * no ticket marks, no question, not a P.S., not a sentence (ending in
 * '.' or '!' with several lower-case words)? */
static bool
is_block_line(struct mt_line *l, size_t max_chars)
{
	size_t n, lower, words;
	const char *f = mt_folded(l, &n);
	char *t = mt_trimmed(l);
	size_t tn = strlen(t);
	bool ok = true;

	words = word_count(t, tn, &lower);
	if (utf8_count(t, tn) > max_chars || words > SIGNOFF_LINE_WORDS)
		ok = false;
	else if (strchr(t, '#') || strstr(t, "№") || (tn && t[tn - 1] == '?'))
		ok = false;
	else if (strncmp(f, "p.s", 3) == 0 || strncmp(f, "ps:", 3) == 0 ||
		 strncmp(f, "п.с", 4) == 0 || strncmp(f, "p. s", 4) == 0)
		ok = false;
	else if (tn && strchr(".!", t[tn - 1]) && lower >= SIGNOFF_SENTENCE_WORDS)
		ok = false;
	free(t);
	return ok;
}

static bool
mark_rule_block(struct mt_text *t)
{
	size_t lines = 0;

	for (size_t i = t->n; i-- > 0;) {
		struct mt_line *l = &t->v[i];

		if (l->mark != MT_KEPT || mt_blank(l))
			continue;
		if (mt_rule(l, 3) && lines > 0) {
			if (last_kept(t, i) == t->n)
				return false;
			mt_mark(t, i, t->n, MT_SIGNATURE);
			return true;
		}
		if (++lines > RULE_BLOCK_LINES ||
		    !is_block_line(l, RULE_BLOCK_CHARS))
			return false;
	}
	return false;
}

/* ------------------------------------------------------------------ */
/* Mobile mail-app and carrier lines. */

/* After a comma, a lower-case word continues a sentence ("Sent from my
 * desk, is much easier"); a name does not ("my Verizon, Samsung"). */
static bool
sentence_after_comma(const char *f, size_t n, const char *orig)
{
	(void)f;
	for (size_t i = 0; i + 2 < n && orig[i]; i++)
		if (orig[i] == ',' && orig[i + 1] == ' ' &&
		    lower_initial((const unsigned char *)orig + i + 2))
			return true;
	return false;
}

bool
signature_mobile_line(const char *f, size_t n)
{
	size_t k = mv_prefix(MV_MOBILE, f, n);

	if (utf8_count(f, n) > MOBILE_CHARS)
		return false;
	if (k > 0)
		return word_count(f + k, n - k, NULL) <= MOBILE_WORDS;
	return mv_suffix(MV_MOBILE_END, f, n) > 0;
}

static bool
is_mobile(struct mt_line *l)
{
	size_t n;
	const char *f = mt_folded(l, &n);
	char *t;
	bool sentence;

	if (!signature_mobile_line(f, n))
		return false;
	t = mt_trimmed(l);
	sentence = sentence_after_comma(f, n, t);
	free(t);
	return !sentence;
}

static bool
mark_mobile(struct mt_text *t)
{
	size_t last = last_kept(t, t->n), first;

	if (last == t->n || !is_mobile(&t->v[last]))
		return false;
	first = last;
	for (size_t p = last_kept(t, last); p < t->n && is_mobile(&t->v[p]);
	     p = last_kept(t, p))
		first = p;
	if (last_kept(t, first) == t->n)
		return false;
	mt_mark(t, first, t->n, MT_SIGNATURE);
	return true;
}

/* ------------------------------------------------------------------ */
/* "-Name" / "- Name" / "—Name". */

/* The bytes of a leading dash ('-', en or em dash), 0 when none. */
static size_t
dash_at(const char *s, size_t n)
{
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && (memcmp(s, "\xE2\x80\x93", 3) == 0 ||
		       memcmp(s, "\xE2\x80\x94", 3) == 0))
		return 3;
	return 0;
}

static bool
is_dash_name(struct mt_line *l)
{
	size_t n, d, words;
	const char *f = mt_folded(l, &n);

	if ((d = dash_at(f, n)) == 0)
		return false;
	if (d < n && f[d] == ' ')
		d++;
	if (d >= n || dash_at(f + d, n - d) || f[d] == '>' || f[d] == ' ')
		return false;
	words = word_count(f + d, n - d, NULL);
	return words >= 1 && words <= DASH_NAME_WORDS &&
	       utf8_count(f + d, n - d) <= DASH_NAME_CHARS &&
	       !mt_has_digit(f + d, n - d) && !memchr(f + d, '@', n - d) &&
	       !memchr(f + d, ':', n - d);
}

/* Does the line make the next one a list item ("Check:", "- cable")? */
static bool
opens_list(struct mt_line *l)
{
	size_t n;
	const char *f = mt_folded(l, &n);

	return dash_at(f, n) > 0 || (n && f[n - 1] == ':') ||
	       (n >= 3 && memcmp(f + n - 3, "\xEF\xBC\x9A", 3) == 0);
}

static bool
mark_dash_name(struct mt_text *t)
{
	size_t last = last_kept(t, t->n), prev;

	if (last == t->n || !is_dash_name(&t->v[last]))
		return false;
	prev = last_kept(t, last);
	if (prev == t->n || opens_list(&t->v[prev]))
		return false;
	mt_mark(t, last, t->n, MT_SIGNATURE);
	return true;
}

/* ------------------------------------------------------------------ */
/* The writer's name right above the rule that opens the quoted message
 * ("Bob\n______\nFrom: ..."), as Outlook lays a reply out. */

static bool
is_name_line(struct mt_line *l)
{
	char *t = mt_trimmed(l);
	size_t n = strlen(t), words = 0;
	bool ok = n > 0 && utf8_count(t, n) <= DASH_NAME_CHARS;

	for (size_t i = 0; ok && i < n; i++) {
		unsigned char c = (unsigned char)t[i];

		if (i == 0 || t[i - 1] == ' ') {
			words++;
			ok = (c >= 'A' && c <= 'Z') || c >= 0x80;
		} else {
			ok = c == ' ' || c == '.' || c == '-' || c >= 0x80 ||
			     (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}
	}
	free(t);
	return ok && words <= DASH_NAME_WORDS;
}

static bool
mark_name_above_rule(struct mt_text *t)
{
	size_t last = last_kept(t, t->n);

	if (last == t->n || last + 1 >= t->n ||
	    t->v[last + 1].mark != MT_HISTORY || !mt_rule(&t->v[last + 1], 5) ||
	    !is_name_line(&t->v[last]) || last_kept(t, last) == t->n)
		return false;
	mt_mark(t, last, last + 1, MT_SIGNATURE);
	return true;
}

/* ------------------------------------------------------------------ */
/* Service footers of notifications at the very end ("View request ·
 * Turn off this request's notifications", «Это письмо сформировано
 * автоматически, не отвечайте на него»). */

static bool
is_footer_line(struct mt_line *l)
{
	size_t n;
	const char *f = mt_folded(l, &n);

	return l->n <= FOOTER_LINE_BYTES && mv_contains(MV_FOOTER, f, n);
}

/* Whether a kept line before 'before' has more than FOOTER_BODY_WORDS
 * words: a body for the footer to close ("(Automated)" above the only
 * paragraph is none, and that paragraph is the body). */
static bool
body_before(const struct mt_text *t, size_t before)
{
	for (size_t i = before; i-- > 0;) {
		const struct mt_line *l = &t->v[i];

		if (l->mark == MT_KEPT && mt_words(l->s, l->n) > FOOTER_BODY_WORDS)
			return true;
	}
	return false;
}

static bool
mark_footer(struct mt_text *t)
{
	size_t last = last_kept(t, t->n), first = t->n;

	for (size_t p = last; p < t->n && is_footer_line(&t->v[p]);
	     p = last_kept(t, p))
		first = p;
	if (first == t->n || !body_before(t, first))
		return false;
	mt_mark(t, first, t->n, MT_SIGNATURE);
	return true;
}

/* ------------------------------------------------------------------ */
/* Closing sign-offs ("С уважением,", "Best regards,"). */

/* What may follow a phrase on its line: nothing but ",.!:" and blanks,
 * or (not for thanks) ", " and a short name. */
static bool
signoff_rest(const char *rest, size_t n, bool thanks)
{
	size_t i = 0;

	if (i < n && !strchr(",.! \t", rest[i]))
		return false; /* the phrase is part of a longer word */
	while (i < n && (rest[i] == ' ' || rest[i] == '\t'))
		i++;
	if (i < n && (rest[i] == '!' || rest[i] == '.'))
		i++;
	if (i < n && rest[i] != ',')
		return false;
	if (i < n)
		i++;
	while (i < n && (rest[i] == ' ' || rest[i] == '\t'))
		i++;
	if (i == n)
		return true;
	return !thanks && utf8_count(rest + i, n - i) <= SIGNOFF_NAME_CHARS &&
	       !memchr(rest + i, '?', n - i) && !memchr(rest + i, '#', n - i) &&
	       !memchr(rest + i, '@', n - i) && !memchr(rest + i, ':', n - i) &&
	       !memchr(rest + i, ';', n - i) && !memchr(rest + i, '!', n - i) &&
	       !mt_has_digit(rest + i, n - i) && !strstr(rest + i, "№");
}

/* Is the folded line a sign-off? 'block': lines follow it. */
static bool
is_signoff(const char *f, size_t n, bool block)
{
	size_t k = mv_prefix(MV_SIGNOFF, f, n);

	if (k > 0 && signoff_rest(f + k, n - k, false))
		return true;
	k = block ? mv_prefix(MV_SIGNOFF_THANKS, f, n) : 0;
	return k > 0 && signoff_rest(f + k, n - k, true);
}

/* The sign-off line at the end of what is kept (with its short block
 * under it), or t->n. */
static size_t
find_signoff(struct mt_text *t)
{
	size_t block = 0, span = 0;

	for (size_t i = t->n; i-- > 0;) {
		struct mt_line *l = &t->v[i];
		size_t n;
		const char *f;

		if (l->mark != MT_KEPT)
			continue;
		if (mt_blank(l)) { /* blanks at the very end are free */
			span += block > 0;
			continue;
		}
		if (++span > SIGNOFF_SPAN_LINES || l->n > MT_FOLD_MAX)
			return t->n;
		f = mt_folded(l, &n);
		if (is_signoff(f, n, block > 0))
			return i;
		if (!is_block_line(l, SIGNOFF_LINE_CHARS) ||
		    ++block > SIGNOFF_BLOCK_LINES)
			return t->n;
	}
	return t->n;
}

/* A sign-off goes with the signature only when reply text stands right
 * above it; below quoted history it closes the reply and stays. */
static bool
mark_signoff(struct mt_text *t)
{
	size_t at = find_signoff(t), prev;

	if (at == t->n || (prev = last_kept(t, at)) == t->n)
		return false;
	for (size_t i = prev + 1; i < at; i++)
		if (t->v[i].mark == MT_HISTORY)
			return false;
	mt_mark(t, at, t->n, MT_SIGNATURE);
	return true;
}

/* ------------------------------------------------------------------ */

bool
signature_mark(struct mt_text *t)
{
	bool footer = false;

	for (int round = 0; round < SIGNATURE_ROUNDS; round++) {
		bool any = mark_delimiter(t), f;

		any = mark_rule_block(t) || any;
		any = mark_mobile(t) || any;
		any = mark_dash_name(t) || any;
		any = mark_name_above_rule(t) || any;
		f = mark_footer(t);
		footer |= f;
		any = f || any;
		any = mark_signoff(t) || any;
		if (!any)
			break;
	}
	if (mt_kept_content(t, 0, t->n))
		return footer;
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i].mark == MT_SIGNATURE)
			t->v[i].mark = MT_KEPT;
	return false;
}
