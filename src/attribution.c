/* attribution.c - attribution lines ("On ..., Bob <b@x> wrote:", "Le ...
 * a écrit :", «... пишет:») that open a mail's quoted history
 * (include/quote_marks.h). */
#include "quote_marks.h"

#include <string.h>

#include "fold.h"
#include "mailvocab.h"
#include "util.h"

#define ATTRIBUTION_MAX 400  /* bytes of a (joined) attribution */
#define ATTRIBUTION_LINES 4  /* non-blank lines of a wrapped attribution */
#define ATTRIBUTION_SPAN 7   /* lines, blanks included, of one */

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

	mt_core(f, n, &a, &b, &lead, &trail);
	if (a == b)
		return false;
	wrapped = lead > 0 && trail > 0;
	/* a date where an attribution has it (first), an address, or a
	 * time or year: "as my colleague wrote:" after "at 10" is text */
	evidence = (attribution_start(f + a, b - a) && mt_has_digit(f + a, b - a)) ||
		   memchr(f + a, '@', b - a) || mt_has_date_part(f + a, b - a);
	k = b - a;
	if (mt_cut_colon(f + a, &k) || wrapped) {
		if (mv_suffix(MV_ATTR_END, f + a, k) > 0)
			return evidence || c->quoted_next || wrapped;
		if (c->start_word && mv_suffix(MV_ATTR_END_WEAK, f + a, k) > 0)
			return evidence;
		/* "..., Анна <a@b.ru>:" and "2011/4/7 Nathan <n@x>" */
		if (k > 0 && f[a + k - 1] == '>' && memchr(f + a, '@', k) &&
		    mt_has_digit(f + a, k))
			return true;
	}
	return c->quoted_next && (f[a] >= '0' && f[a] <= '9') &&
	       f[b - 1] == '>' && memchr(f + a, '@', b - a);
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
	if (k > 40 || !mt_cut_colon(f + a, &k) || k == 0)
		return false;
	return mv_suffix(MV_ATTR_END, f + a, k) == k;
}

/* An attribution starting at line i: the line after its end, or 0. A
 * wrapped attribution is joined forwards only, from a line that can
 * start one; across blank lines only from a start word with a date. */
size_t
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
	blanks_ok = c.start_word && mt_has_digit(f, n);
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
void
attribution_split_line(struct mt_text *t, size_t i)
{
	struct attr_ctx c = {true, false};
	size_t n;
	const char *f = mt_folded(&t->v[i], &n);

	size_t k = n;

	if (n > ATTRIBUTION_MAX || mt_quoted(&t->v[i]) ||
	    starts_with_start_word(f, n))
		return;
	/* only a line that ends like an attribution can hold one */
	while (k && (mt_rule_char(f[k - 1]) || f[k - 1] == ' '))
		k--;
	(void)mt_cut_colon(f, &k);
	if (mv_suffix(MV_ATTR_END, f, k) == 0 &&
	    mv_suffix(MV_ATTR_END_WEAK, f, k) == 0)
		return;
	for (size_t p = 1; p + 1 < n; p++) {
		size_t q = p, at;

		if (f[p - 1] != ' ' && f[p - 1] != '-')
			continue;
		if (!starts_with_start_word(f + p, n - p) ||
		    !mt_has_date_part(f + p, n - p) ||
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
