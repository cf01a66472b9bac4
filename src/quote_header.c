/* quote_header.c - quoted header blocks ("From: ..." / "Von: ..." /
 * «От: ...» lines) that open a mail's quoted history (include/quote_marks.h). */
#include "quote_marks.h"

#include <string.h>

#include "mailvocab.h"
#include "util.h"

#define FIELD_NAME_MAX 48    /* bytes before the colon of a header field */
#define FIELD_CONTINUATIONS 2 /* wrapped value lines inside a header block */
#define HEADER_BLOCK_LINES 16 /* lines of a quoted header block looked at */

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
	for (size_t k = 0; k < countof(field_sections); k++)
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
	*evidence |= memchr(f + c, '@', n - c) || mt_has_digit(f + c, n - c);
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
size_t
quote_header_block(struct mt_text *t, size_t i, bool rule_before)
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
