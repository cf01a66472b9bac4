/* charset.c - iconv conversion to UTF-8 with U+FFFD for bad bytes. */
#include "charset.h"
#include "util.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD"

struct alias {
	const char *label; /* lower case, as seen in mail */
	const char *name;  /* what glibc iconv knows */
};

static const struct alias aliases[] = {
	{"utf8", "UTF-8"},
	{"utf-8", "UTF-8"},
	{"unicode-1-1-utf-8", "UTF-8"},
	{"win-1251", "WINDOWS-1251"},
	{"win1251", "WINDOWS-1251"},
	{"windows1251", "WINDOWS-1251"},
	{"cp1251", "WINDOWS-1251"},
	{"cp-1251", "WINDOWS-1251"},
	{"x-cp1251", "WINDOWS-1251"},
	{"windows-1251", "WINDOWS-1251"},
	{"win-1252", "WINDOWS-1252"},
	{"cp1252", "WINDOWS-1252"},
	{"x-cp1252", "WINDOWS-1252"},
	{"koi8r", "KOI8-R"},
	{"koi8", "KOI8-R"},
	{"koi8-r", "KOI8-R"},
	{"koi8u", "KOI8-U"},
	{"koi8-u", "KOI8-U"},
	{"latin1", "ISO-8859-1"},
	{"latin-1", "ISO-8859-1"},
	{"l1", "ISO-8859-1"},
	{"iso8859-1", "ISO-8859-1"},
	{"iso88591", "ISO-8859-1"},
	{"iso-8859-8-i", "ISO-8859-8"},
	{"iso-8859-6-i", "ISO-8859-6"},
	{"ks_c_5601-1987", "CP949"},
	{"ks_c_5601", "CP949"},
	{"gb2312", "GB18030"},
	{"gbk", "GB18030"},
	{"x-gbk", "GB18030"},
	{"x-mac-cyrillic", "MAC-CYRILLIC"},
	{"x-mac-ukrainian", "MAC-CYRILLIC"},
	{"unicode", "UTF-16"},
	{"x-sjis", "SHIFT_JIS"},
};

static bool
is_ascii_label(const char *cs)
{
	static const char *const names[] = {
		"us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us",
		"7bit", "8bit", "default", "x-unknown", "unknown",
	};

	for (size_t i = 0; i < countof(names); i++)
		if (ascii_strcaseeq(cs, names[i]))
			return true;
	return false;
}

const char *
charset_canonical(const char *label)
{
	for (size_t i = 0; i < countof(aliases); i++)
		if (ascii_strcaseeq(label, aliases[i].label))
			return aliases[i].name;
	return label;
}

size_t
utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
	size_t n, avail = (size_t)(end - p);
	uint32_t c;

	if (avail == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		n = 2, c = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		n = 3, c = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		n = 4, c = p[0] & 0x07;
	else
		return 0;
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* Length of the well-formed UTF-8 sequence at p, 0 when malformed. */
static size_t
utf8_seq(const unsigned char *p, const unsigned char *end)
{
	uint32_t c;

	return utf8_decode(p, end, &c);
}

bool
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		size_t n;

		if (*p < 0x80) {
			p++;
			continue;
		}
		if ((n = utf8_seq(p, end)) == 0)
			return false;
		p += n;
	}
	return true;
}

char *
utf8_sanitize(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	const unsigned char *run = p; /* well-formed bytes not copied yet */
	struct buf b = {0};

	buf_append(&b, "", 0);
	while (p < end) {
		size_t n;

		if (*p >= 0x01 && *p < 0x80) {
			p++;
			continue;
		}
		n = utf8_seq(p, end);
		if (n > 0 && *p != '\0') {
			p += n;
			continue;
		}
		buf_append(&b, (const char *)run, (size_t)(p - run));
		if (n == 0)
			buf_puts(&b, REPLACEMENT);
		p += n > 0 ? n : 1; /* a NUL byte is dropped */
		run = p;
	}
	buf_append(&b, (const char *)run, (size_t)(p - run));
	return buf_steal(&b);
}

/* Run the converter over the input; bad bytes -> U+FFFD. */
static void
iconv_all(iconv_t cd, const char *s, size_t len, struct buf *b)
{
	char out[4096], *in = (char *)s, *op;
	size_t inleft = len, outleft;

	while (inleft > 0) {
		op = out;
		outleft = sizeof(out);
		size_t r = iconv(cd, &in, &inleft, &op, &outleft);
		int e = errno;

		buf_append(b, out, (size_t)(op - out));
		if (r != (size_t)-1 || e == E2BIG)
			continue;
		buf_puts(b, REPLACEMENT);
		if (e == EINVAL) /* truncated sequence at the end */
			break;
		in++;
		inleft--;
		iconv(cd, NULL, NULL, NULL, NULL); /* reset shift state */
	}
	op = out;
	outleft = sizeof(out);
	iconv(cd, NULL, NULL, &op, &outleft); /* flush stateful charsets */
	buf_append(b, out, (size_t)(op - out));
}

size_t
utf8_count(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* s[0..len) through cd, which is closed: the bytes iconv wrote (*n of
 * them, NUL-terminated), newly allocated. */
static char *
convert_close(iconv_t cd, const char *s, size_t len, size_t *n)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	iconv_all(cd, s, len, &b);
	iconv_close(cd);
	*n = b.len;
	return buf_steal(&b);
}

/* Valid UTF-8 as is, else Windows-1252. */
static char *
utf8_or_1252(const char *s, size_t len)
{
	iconv_t cd;
	char *raw, *res;
	size_t n;

	if (utf8_valid(s, len))
		return utf8_sanitize(s, len);
	cd = iconv_open("UTF-8", "WINDOWS-1252");
	if (cd == (iconv_t)-1)
		return utf8_sanitize(s, len);
	raw = convert_close(cd, s, len, &n);
	res = utf8_sanitize(raw, n);
	free(raw);
	return res;
}

/* 8-bit text that is valid UTF-8 under a legacy label is UTF-8: real
 * legacy text is almost never well-formed UTF-8 by accident. */
static bool
mislabelled_utf8(const char *name, const char *s, size_t len)
{
	bool high = false;

	if (ascii_strncaseeq(name, "UTF-", 4) || ascii_strncaseeq(name, "UCS", 3))
		return false;
	for (size_t i = 0; i < len && !high; i++)
		high = (unsigned char)s[i] >= 0x80;
	return high && utf8_valid(s, len);
}

char *
charset_to_utf8(const char *cs, const char *s, size_t len,
		struct strlist *warn)
{
	const char *name;
	iconv_t cd;
	char *raw, *res;
	size_t n;

	if (!cs || !*cs || is_ascii_label(cs))
		return utf8_or_1252(s, len);
	name = charset_canonical(cs);
	if (ascii_strcaseeq(name, "UTF-8"))
		return utf8_sanitize(s, len);
	cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1) {
		if (warn) {
			char *label = utf8_sanitize(cs, strnlen(cs, 40));

			strlist_pushf(warn, "unknown charset '%s'", label);
			free(label);
		}
		return utf8_or_1252(s, len);
	}
	if (mislabelled_utf8(name, s, len)) {
		iconv_close(cd);
		return utf8_sanitize(s, len);
	}
	raw = convert_close(cd, s, len, &n);
	/* iconv writes valid UTF-8, kept as it is; NUL bytes (UTF-16 text
	 * with U+0000) must go, so as not to cut the string. */
	if (memchr(raw, '\0', n) == NULL && utf8_valid(raw, n))
		return raw;
	res = utf8_sanitize(raw, n);
	free(raw);
	return res;
}

/* ------------------------------------------------------------------ */
/* Held converters. */

static const char *const held_names[] = {"WINDOWS-1251", "KOI8-R",
					  "WINDOWS-1252"};

#define N_HELD countof(held_names)

struct charset_hold {
	iconv_t cd[N_HELD];
};

struct charset_hold *
charset_hold_open(void)
{
	struct charset_hold *h = xcalloc(1, sizeof(*h));

	for (size_t i = 0; i < N_HELD; i++)
		h->cd[i] = iconv_open("UTF-8", held_names[i]);
	return h;
}

void
charset_hold_close(struct charset_hold *h)
{
	if (h == NULL)
		return;
	for (size_t i = 0; i < N_HELD; i++)
		if (h->cd[i] != (iconv_t)-1)
			iconv_close(h->cd[i]);
	free(h);
}
