/* emphasis.c - inline emphasis marks of chat markup (emphasis.h). */
#include <string.h>

#include "emphasis.h"

static int
is_mark(char c)
{
	return c == '*' || c == '_' || c == '~';
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether a mark at i may open: at the start, or after a space or an
 * opening bracket or quote, and before a non-space. */
static int
opens(const char *s, size_t n, size_t i)
{
	return i + 1 < n && !is_space(s[i + 1]) && s[i + 1] != s[i] &&
	       (i == 0 || is_space(s[i - 1]) || strchr("([\"'", s[i - 1]));
}

/* The closing mark of the one opening at i, on the same line, or 0. */
static size_t
closing(const char *s, size_t n, size_t i)
{
	for (size_t j = i + 2; j < n && s[j] != '\n'; j++) {
		if (s[j] != s[i] || is_space(s[j - 1]))
			continue;
		if (j + 1 == n || is_space(s[j + 1]) ||
		    strchr(".,;:!?)]\"'", s[j + 1]))
			return j;
	}
	return 0;
}

size_t
emphasis_strip(char *s, size_t n)
{
	size_t out = 0;

	for (size_t i = 0; i < n; i++) {
		size_t j;

		if (!is_mark(s[i]) || !opens(s, n, i) ||
		    (j = closing(s, n, i)) == 0) {
			s[out++] = s[i];
			continue;
		}
		memmove(s + out, s + i + 1, j - i - 1);
		out += j - i - 1;
		i = j;
	}
	if (out < n)
		s[out] = '\0';
	return out;
}
