/* fold.c - case folding of UTF-8 text and literals for the prefilter. */
#include "fold.h"

#include "charset.h"
#include "util.h"

/* Characters whose class is not a plain upper -> lower offset. */
static const struct {
	uint32_t from, to;
} special[] = {
	{0x00B5, 0x03BC}, /* MICRO SIGN ~ mu */
	{0x0130, 0x0069}, /* I WITH DOT ABOVE (more than PCRE2: harmless) */
	{0x0131, 0x0069}, /* DOTLESS I (likewise) */
	{0x0178, 0x00FF}, /* Y WITH DIAERESIS */
	{0x017F, 0x0073}, /* LONG S ~ s */
	{0x0345, 0x03B9}, /* COMBINING YPOGEGRAMMENI ~ iota */
	{0x03C2, 0x03C3}, /* FINAL SIGMA */
	{0x03D0, 0x03B2}, {0x03D1, 0x03B8}, {0x03D5, 0x03C6},
	{0x03D6, 0x03C0}, {0x03F0, 0x03BA}, {0x03F1, 0x03C1},
	{0x03F4, 0x03B8}, {0x03F5, 0x03B5},
	{0x1C80, 0x0432}, {0x1C81, 0x0434}, {0x1C82, 0x043E},
	{0x1C83, 0x0441}, {0x1C84, 0x0442}, {0x1C85, 0x0442},
	{0x1C86, 0x044A}, {0x1C87, 0x0463}, {0x1C88, 0xA64B},
	{0x1E9E, 0x00DF}, /* CAPITAL SHARP S */
	{0x1FBE, 0x03B9}, /* GREEK PROSGEGRAMMENI */
	{0x2126, 0x03C9}, /* OHM SIGN */
	{0x212A, 0x006B}, /* KELVIN SIGN */
	{0x212B, 0x00E5}, /* ANGSTROM SIGN */
};

static uint32_t
fold_special(uint32_t c)
{
	size_t lo = 0, hi = countof(special);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (special[mid].from == c)
			return special[mid].to;
		if (special[mid].from < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return c;
}

uint32_t
fold_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0x0430 && c <= 0x045F)
		return c; /* small Cyrillic, the most frequent: no search */
	if (c >= 0x0410 && c <= 0x042F)
		return c + 32;
	if (c >= 0x0400 && c <= 0x040F)
		return c + 80;
	if (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7)
		return c + 32;
	if (c >= 0x0391 && c <= 0x03AB && c != 0x03A2)
		return c + 32;
	if (c == 0x0386)
		return 0x03AC;
	if (c >= 0x0388 && c <= 0x038A)
		return c + 37;
	if (c == 0x038C)
		return 0x03CC;
	if (c == 0x038E || c == 0x038F)
		return c + 63;
	return fold_special(c);
}

bool
fold_known(uint32_t c)
{
	return c < 0x80 || (c >= 0x00A0 && c <= 0x00FF) ||
	       (c >= 0x0386 && c <= 0x03CE) || (c >= 0x0400 && c <= 0x045F) ||
	       (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
	       (c >= 0x20A0 && c <= 0x20C0) || c == 0x2116 || c == 0x2122;
}

size_t
fold_encode(uint32_t c, unsigned char *out)
{
	if (c < 0x80) {
		out[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (unsigned char)(0xC0 | (c >> 6));
		out[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (unsigned char)(0xE0 | (c >> 12));
		out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (unsigned char)(0xF0 | (c >> 18));
	out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

void
fold_utf8(const char *s, size_t len, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	unsigned char tmp[256]; /* folded bytes not appended yet */
	size_t t = 0;

	while (p < end) {
		uint32_t c;
		size_t n;

		if (t + 4 > sizeof(tmp)) {
			buf_append(out, (const char *)tmp, t);
			t = 0;
		}
		if (*p < 0x80) {
			tmp[t++] = (unsigned char)fold_cp(*p++);
			continue;
		}
		if (*p >= 0xC2 && *p <= 0xDF && p + 1 < end &&
		    (p[1] & 0xC0) == 0x80) { /* two bytes: Cyrillic, Latin-1 */
			c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
			p += 2;
			t += fold_encode(fold_cp(c), tmp + t);
			continue;
		}
		if ((n = utf8_decode(p, end, &c)) == 0) {
			tmp[t++] = *p++; /* an invalid byte as it is */
			continue;
		}
		p += n;
		t += fold_encode(fold_cp(c), tmp + t);
	}
	buf_append(out, (const char *)tmp, t);
}
