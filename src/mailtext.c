/* mailtext.c - a mail body as marked lines (include/mailtext.h). */
#include "mailtext.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "util.h"

void
mt_split(const char *body, struct mt_text *t)
{
	const char *s = body ? body : "";

	memset(t, 0, sizeof(*t));
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s), k = n;

		if (k && s[k - 1] == '\r')
			k--;
		t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof(*t->v));
		t->v[t->n++] = (struct mt_line){s, k, MT_KEPT, NULL, 0};
		s += n + (nl ? 1 : 0);
	}
}

void
mt_free(struct mt_text *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].fold);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

void
mt_split_line(struct mt_text *t, size_t i, size_t at)
{
	struct mt_line *l;

	if (i >= t->n || at == 0 || at >= t->v[i].n)
		return;
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof(*t->v));
	memmove(&t->v[i + 2], &t->v[i + 1], (t->n - i - 1) * sizeof(*t->v));
	t->n++;
	l = &t->v[i];
	free(l->fold);
	l->fold = NULL;
	t->v[i + 1] = (struct mt_line){l->s + at, l->n - at, l->mark, NULL, 0};
	l->n = at;
}

static bool
blank_char(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* [*a, *b) without surrounding blanks and no-break spaces. */
static void
trim_span(const char *s, size_t n, size_t *a, size_t *b)
{
	size_t i = 0, j = n;

	for (;;) {
		if (i < j && blank_char(s[i]))
			i++;
		else if (i + 1 < j && (unsigned char)s[i] == 0xC2 &&
			 (unsigned char)s[i + 1] == 0xA0)
			i += 2;
		else
			break;
	}
	for (;;) {
		if (j > i && blank_char(s[j - 1]))
			j--;
		else if (j >= i + 2 && (unsigned char)s[j - 2] == 0xC2 &&
			 (unsigned char)s[j - 1] == 0xA0)
			j -= 2;
		else
			break;
	}
	*a = i;
	*b = j;
}

bool
mt_blank(const struct mt_line *l)
{
	size_t a, b;

	trim_span(l->s, l->n, &a, &b);
	return a == b;
}

const char *
mt_folded(struct mt_line *l, size_t *len)
{
	if (l->fold == NULL) {
		struct buf b = {0};
		size_t a, e;

		trim_span(l->s, l->n, &a, &e);
		if (e - a > MT_FOLD_MAX) {
			e = a + MT_FOLD_MAX;
			while (e > a && ((unsigned char)l->s[e] & 0xC0) == 0x80)
				e--;
		}
		fold_utf8(l->s + a, e - a, &b);
		l->flen = b.len;
		l->fold = buf_steal(&b);
	}
	if (len)
		*len = l->flen;
	return l->fold;
}

char *
mt_trimmed(const struct mt_line *l)
{
	size_t a, b;

	trim_span(l->s, l->n, &a, &b);
	return xstrndup(l->s + a, b - a);
}

bool
mt_quoted(const struct mt_line *l)
{
	size_t i = 0, j = l->n;

	while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t'))
		i++;
	if (i == l->n || l->s[i] != '>')
		return false;
	while (i < l->n && (l->s[i] == '>' || blank_char(l->s[i])))
		i++;
	while (j > i && blank_char(l->s[j - 1]))
		j--;
	/* ">>> >>> http://example.com <<<" is decoration, not a quote */
	return !(j > i && l->s[j - 1] == '<' && j >= i + 2 &&
		 l->s[j - 2] == '<');
}

bool
mt_rule(const struct mt_line *l, size_t min)
{
	size_t count = 0;
	char c = 0;

	for (size_t i = 0; i < l->n; i++) {
		char ch = l->s[i];

		if (blank_char(ch))
			continue;
		if (!strchr("-_=*", ch) || (c && ch != c))
			return false;
		c = ch;
		count++;
	}
	return count >= min;
}

size_t
mt_next_content(const struct mt_text *t, size_t i)
{
	while (i < t->n && mt_blank(&t->v[i]))
		i++;
	return i;
}

bool
mt_kept_content(const struct mt_text *t, size_t from, size_t to)
{
	for (size_t i = from; i < to && i < t->n; i++)
		if (t->v[i].mark == MT_KEPT && !mt_blank(&t->v[i]))
			return true;
	return false;
}

/* A letter or digit: ASCII alphanumerics and the two-byte UTF-8 range
 * (Latin supplements, Greek, Cyrillic, ...); three-byte punctuation
 * such as dashes and box drawing is not. */
static bool
has_word_char(const struct mt_line *l)
{
	for (size_t i = 0; i < l->n; i++) {
		unsigned char ch = (unsigned char)l->s[i];

		if ((ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' &&
						 (ch | 0x20) <= 'z') ||
		    (ch >= 0xc3 && ch <= 0xdf))
			return true;
	}
	return false;
}

bool
mt_kept_words(const struct mt_text *t, size_t from, size_t to)
{
	for (size_t i = from; i < to && i < t->n; i++)
		if (t->v[i].mark == MT_KEPT && has_word_char(&t->v[i]))
			return true;
	return false;
}

void
mt_mark(struct mt_text *t, size_t from, size_t to, enum mt_mark mark)
{
	for (size_t i = from; i < to && i < t->n; i++)
		if (t->v[i].mark == MT_KEPT)
			t->v[i].mark = mark;
}

static bool
selected(const struct mt_line *l, enum mt_mark mark)
{
	if (mark == MT_HISTORY)
		return l->mark != MT_KEPT;
	return l->mark == mark;
}

char *
mt_join(const struct mt_text *t, enum mt_mark mark)
{
	struct buf b = {0};
	size_t first = 0, last = 0;
	bool any = false, last_blank = false, skipped = false;
	char *t0;

	for (size_t i = 0; i < t->n; i++) {
		if (!selected(&t->v[i], mark) || mt_blank(&t->v[i]))
			continue;
		if (!any)
			first = i;
		last = i;
		any = true;
	}
	buf_append(&b, "", 0);
	for (size_t i = first; any && i <= last; i++) {
		bool blank = mt_blank(&t->v[i]);

		if (!selected(&t->v[i], mark)) {
			skipped = true;
			continue;
		}
		/* where lines were taken out between two blank lines, one
		 * blank line is enough */
		if (blank && last_blank && skipped)
			continue;
		skipped = skipped && blank;
		last_blank = blank;
		if (!blank)
			skipped = false;
		buf_append(&b, t->v[i].s, t->v[i].n);
		buf_putc(&b, '\n');
	}
	t0 = str_trim(b.s);
	memmove(b.s, t0, strlen(t0) + 1);
	return buf_steal(&b);
}

bool
mt_rule_char(char c)
{
	return c == '-' || c == '_' || c == '=' || c == '#' || c == '*' ||
	       c == '~';
}

void
mt_core(const char *f, size_t n, size_t *a, size_t *b, size_t *lead,
	size_t *trail)
{
	size_t i = 0, j = n;

	*lead = *trail = 0;
	while (i < j && (mt_rule_char(f[i]) || f[i] == ' ' || f[i] == '\t'))
		*lead += f[i++] != ' ' && f[i - 1] != '\t';
	while (j > i &&
	       (mt_rule_char(f[j - 1]) || f[j - 1] == ' ' || f[j - 1] == '\t'))
		*trail += f[--j] != ' ' && f[j] != '\t';
	*a = i;
	*b = j;
}

size_t
mt_words(const char *s, size_t n)
{
	size_t words = 0;
	bool in = false;

	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ' || s[i] == '\t';

		words += !sp && !in;
		in = !sp;
	}
	return words;
}

bool
mt_has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

bool
mt_cut_colon(const char *s, size_t *n)
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

bool
mt_has_date_part(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		bool d0 = s[i] >= '0' && s[i] <= '9';

		if (d0 && s[i + 1] == ':' && s[i + 2] >= '0' && s[i + 2] <= '9')
			return true;
		if (d0 && i + 3 < n && mt_has_digit(s + i + 1, 1) &&
		    mt_has_digit(s + i + 2, 1) && mt_has_digit(s + i + 3, 1) &&
		    (i == 0 || !mt_has_digit(s + i - 1, 1)))
			return true;
	}
	return false;
}
