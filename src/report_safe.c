/* report_safe.c - neutralising input text for terminal output. */
#include <stdint.h>
#include <stdio.h>

#include "report.h"

/* Decode one UTF-8 sequence; returns its length, or 0 when invalid
 * (overlong forms, surrogates and code points above U+10FFFF count as
 * invalid). */
static size_t
utf8_next(const unsigned char *s, uint32_t *cp)
{
	size_t n;
	uint32_t c = s[0], min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2, c &= 0x1f, min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3, c &= 0x0f, min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4, c &= 0x07, min = 0x10000;
	} else {
		return 0;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Code points that must not reach a terminal as themselves: C0 and C1
 * controls, DEL, and the bidirectional overrides that can reorder text. */
static bool
dangerous(uint32_t c)
{
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
	       (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void
safe_text_append(struct buf *b, const char *s, bool oneline)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		uint32_t c;
		size_t n = utf8_next(p, &c);

		if (n == 0) {
			buf_puts(b, "\xef\xbf\xbd"); /* U+FFFD */
			p++;
			continue;
		}
		if ((c == '\n' || c == '\t') && !oneline) {
			buf_putc(b, (char)c);
		} else if (c == '\n' || c == '\t' || c == '\r') {
			buf_putc(b, ' ');
		} else if (dangerous(c)) {
			buf_printf(b, c < 0x100 ? "\\x%02X" : "\\u%04X",
				   (unsigned)c);
		} else {
			buf_append(b, (const char *)p, n);
		}
		p += n;
	}
}

char *
utf8_valid_copy(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct buf b = {0};

	buf_puts(&b, "");
	while (*p) {
		uint32_t c;
		size_t n = utf8_next(p, &c);

		if (n == 0) {
			buf_puts(&b, "\xef\xbf\xbd");
			p++;
		} else {
			buf_append(&b, (const char *)p, n);
			p += n;
		}
	}
	return buf_steal(&b);
}
