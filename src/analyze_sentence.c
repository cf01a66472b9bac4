/* analyze_sentence.c - a message's text cut into sentences for the
 * analysis (analyze_ctx.h): at . ! ? and newlines, not inside numbers,
 * abbreviations, list items or a long line wrapped mid-sentence. */
#include "analyze_ctx.h"
#include "util.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Sentences: split at . ! ? … and newlines, but not inside "25.11.2026",
 * "п. 4.2", "i.e. by", decimals: a dot ends a sentence only when spaces
 * (or the end, or a newline) follow and the next word does not start
 * with a digit or a lower-case letter. */

static bool
is_lower_at(const unsigned char *s, size_t len, size_t i)
{
	unsigned char b = i + 1 < len ? s[i + 1] : 0;

	if (s[i] >= 'a' && s[i] <= 'z')
		return true;
	if (s[i] == 0xd0)
		return b >= 0xb0 && b <= 0xbf;
	if (s[i] == 0xd1)
		return (b >= 0x80 && b <= 0x8f) || b == 0x91;
	return false;
}

static size_t
skip_blanks(const unsigned char *s, size_t len, size_t j)
{
	for (;;) {
		if (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
			j++;
		else if (j + 1 < len && s[j] == 0xc2 && s[j + 1] == 0xa0)
			j += 2;
		else
			return j;
	}
}

/* Abbreviations that a capitalised name follows: an address («ул.
 * Строителей», «г. Вологда»), a title ("Mr. Okafor"), "No. ABC-12". */
static const char *const abbrevs[] = {
	"ул", "г", "пр", "просп", "пер", "пл", "корп", "стр", "кв", "оф",
	"обл", "им", "тел", "mr", "mrs", "ms", "dr", "st", "no",
};

static bool
letter_byte(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       ch >= 0x80;
}

/* Whether the word that ends just before the dot at byte i is one of
 * abbrevs (ASCII letters compared without case). */
static bool
abbrev_before(const unsigned char *s, size_t i)
{
	size_t a = i;

	while (a > 0 && letter_byte(s[a - 1]) && i - a <= 10)
		a--;
	if (a == i || (a > 0 && letter_byte(s[a - 1])))
		return false;
	for (size_t k = 0; k < countof(abbrevs); k++) {
		size_t n = strlen(abbrevs[k]), m = 0;

		while (m < n && a + m < i &&
		       (s[a + m] | (s[a + m] < 0x80 ? 0x20 : 0)) ==
			       (unsigned char)abbrevs[k][m])
			m++;
		if (m == n && a + n == i)
			return true;
	}
	return false;
}

/* Whether the dot (or ellipsis) ending at byte 'i' ends a sentence. */
static bool
dot_ends(const unsigned char *s, size_t len, size_t i)
{
	size_t j = i + 1;

	if (j < len && s[j] == '.')
		return false; /* "...": the last dot decides */
	if (s[i] == '.' && abbrev_before(s, i))
		return false;
	j = skip_blanks(s, len, j);
	if (j >= len || s[j] == '\n')
		return true;
	if (j == i + 1)
		return false; /* "25.11", "i.e.", "example.com" */
	if (s[j] >= '0' && s[j] <= '9')
		return false; /* "п. 4.2" */
	return !is_lower_at(s, len, j);
}

/* A line at least this many characters long that stops without
 * sentence punctuation runs on into the next line (a mail body wrapped
 * at 72 columns). */
#define WRAP_MIN_CHARS 40

static size_t
chars_between(const unsigned char *s, size_t from, size_t to)
{
	size_t n = 0;

	for (size_t i = from; i < to; i++)
		n += (s[i] & 0xc0) != 0x80;
	return n;
}

static bool
list_marker_at(const unsigned char *s, size_t len, size_t j)
{
	if (j >= len)
		return false;
	if (s[j] == '-' || s[j] == '*' || s[j] == '>' ||
	    (j + 2 < len && s[j] == 0xe2 && s[j + 1] == 0x80 &&
	     (s[j + 2] == 0xa2 || s[j + 2] == 0x94)))
		return true; /* -, *, >, bullet, em dash */
	while (j < len && s[j] >= '0' && s[j] <= '9')
		j++;
	/* "2." or "2)" opens an item; "19.11," is a date wrapped onto
	 * the line */
	return j > 0 && j < len && s[j - 1] >= '0' && s[j - 1] <= '9' &&
	       (s[j] == '.' || s[j] == ')') &&
	       !(j + 1 < len && s[j + 1] >= '0' && s[j + 1] <= '9');
}

/* "Subject: Number port stuck - (312) 555-0147": a label of at most
 * three words and a colon opens the line; such lines never wrap. */
static bool
label_line(const unsigned char *s, size_t b, size_t e)
{
	size_t words = 0;
	bool in = false;

	for (size_t i = b; i < e && words <= 3; i++) {
		if (s[i] == ':')
			return i > b && i + 1 < e && s[i + 1] == ' ';
		if (s[i] == ' ' || s[i] == '\t') {
			in = false;
		} else if (!in) {
			in = true;
			words++;
		}
	}
	return false;
}

/* Whether a lower-case letter (Latin or Cyrillic) starts at j. */
static bool
lower_at(const unsigned char *s, size_t len, size_t j)
{
	if (s[j] >= 'a' && s[j] <= 'z')
		return true;
	if (j + 1 >= len)
		return false;
	return (s[j] == 0xd0 && s[j + 1] >= 0xb0 && s[j + 1] <= 0xbf) ||
	       (s[j] == 0xd1 && s[j + 1] >= 0x80 && s[j + 1] <= 0x9f);
}

/* Whether the newline at i only wraps a long line inside a sentence:
 * the line is long, ends without . ! ? : ; and the next line goes on
 * with text (not a blank line, not a list item). */
static bool
soft_wrap(const unsigned char *s, size_t len, size_t i)
{
	size_t b = i, e = i, j = i + 1;

	while (b > 0 && s[b - 1] != '\n')
		b--;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e == b || chars_between(s, b, e) < WRAP_MIN_CHARS)
		return false;
	if (strchr(".!?:;", s[e - 1]) != NULL ||
	    (e >= 3 && s[e - 3] == 0xe2 && s[e - 2] == 0x80 && s[e - 1] == 0xa6))
		return false;
	while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
		j++;
	if (j >= len || s[j] == '\n' || list_marker_at(s, len, j))
		return false;
	/* a label's line ends there, unless its text goes on in lower
	 * case ("Good news: the refund ... has\nbeen credited") */
	return !label_line(s, b, e) || lower_at(s, len, j);
}

/* Whether byte i stands inside a link: the run of non-blank bytes that
 * holds it has "://" or begins with "www." ("survey?c=26" of a wrapped
 * https://... link). */
static bool
in_link(const unsigned char *s, size_t i)
{
	size_t a = i;

	while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n' &&
	       s[a - 1] != '\t' && s[a - 1] != '<' && s[a - 1] != '(')
		a--;
	if (i - a >= 4 && memcmp(s + a, "www.", 4) == 0)
		return true;
	for (size_t k = a; k + 3 <= i; k++)
		if (memcmp(s + k, "://", 3) == 0)
			return true;
	return false;
}

/* Length of a sentence terminator at i, or 0. */
static size_t
terminator_at(const unsigned char *s, size_t len, size_t i)
{
	if (s[i] == '\n')
		return soft_wrap(s, len, i) ? 0 : 1;
	if (s[i] == '?' && in_link(s, i))
		return 0;
	if (s[i] == '!' || s[i] == '?')
		return 1;
	if (s[i] == '.')
		return dot_ends(s, len, i) ? 1 : 0;
	if (i + 2 < len && s[i] == 0xe2 && s[i + 1] == 0x80 && s[i + 2] == 0xa6)
		return dot_ends(s, len, i + 2) ? 3 : 0;
	return 0;
}

static void
push_sentence(struct msgctx *x, size_t start, size_t end)
{
	if (end <= start)
		return;
	x->sent = xgrow(x->sent, &x->cap_sent, x->n_sent + 1,
			sizeof(*x->sent));
	x->sent[x->n_sent].start = start;
	x->sent[x->n_sent].end = end;
	x->n_sent++;
}

void
an_split_sentences(struct msgctx *x)
{
	const unsigned char *s = (const unsigned char *)x->text;
	size_t start = 0;

	for (size_t i = 0; i < x->len; i++) {
		size_t t = terminator_at(s, x->len, i);

		if (t == 0)
			continue;
		push_sentence(x, start, i + t);
		start = i + t;
		i += t - 1;
	}
	push_sentence(x, start, x->len);
}

size_t
an_sentence_of(const struct msgctx *x, size_t pos)
{
	size_t lo = 0, hi = x->n_sent;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->sent[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n_sent ? lo : (x->n_sent ? x->n_sent - 1 : 0);
}
