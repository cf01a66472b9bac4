/* check_charset.c - UTF-8 validation and sanitizing, iconv conversion
 * with aliases, bad bytes and unknown charsets. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "suite.h"

struct valid_case {
	const char *in;
	size_t len;
	bool valid;
	const char *sanitized;
};

#define S(x) x, sizeof(x) - 1

static const struct valid_case valid_cases[] = {
	{S("ascii"), true, "ascii"},
	{S("Привет"), true, "Привет"},
	{S("\xF0\x9F\x98\x80"), true, "\xF0\x9F\x98\x80"},
	{S("a\xFF" "b"), false, "a\xEF\xBF\xBD" "b"},
	{S("\xC0\xAF"), false, "\xEF\xBF\xBD\xEF\xBF\xBD"}, /* overlong */
	{S("\xED\xA0\x80"), false,
	 "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"}, /* surrogate */
	{S("cut \xD0"), false, "cut \xEF\xBF\xBD"},
	{S("nul\0byte"), true, "nulbyte"},
	{S("\0a\0"), true, "a"},			/* NULs at both ends */
	{S("\xD0\x96x\xFF\xFEy\0"), false,		/* runs between bad bytes */
	 "\xD0\x96x\xEF\xBF\xBD\xEF\xBF\xBDy"},
	{S("\xFF"), false, "\xEF\xBF\xBD"},
	{S(""), true, ""},
};

START_TEST(test_valid)
{
	const struct valid_case *c = &valid_cases[_i];
	char *s = utf8_sanitize(c->in, c->len);

	ck_assert_msg(utf8_valid(c->in, c->len) == c->valid, "valid('%s')",
		      c->sanitized);
	ck_assert_msg(strcmp(s, c->sanitized) == 0, "sanitize #%d -> '%s'", _i,
		      s);
	ck_assert(utf8_valid(s, strlen(s)));
	free(s);
}
END_TEST

struct conv_case {
	const char *cs;
	const char *in;
	size_t len;
	const char *out;
	size_t warnings;
};

static const struct conv_case conv_cases[] = {
	{"windows-1251", S("\xCF\xF0\xE8\xE2\xE5\xF2"), "Привет", 0},
	{"win-1251", S("\xCF\xF0\xE8\xE2\xE5\xF2"), "Привет", 0},
	{"CP1251", S("\xCF\xF0\xE8\xE2\xE5\xF2"), "Привет", 0},
	{"koi8-r", S("\xE1\xCC\xC6\xC1\xD7\xC9\xD4"), "Алфавит", 0},
	{"koi8r", S("\xE1\xCC\xC6\xC1\xD7\xC9\xD4"), "Алфавит", 0},
	{"latin1", S("caf\xE9"), "café", 0},
	{"ISO-8859-1", S("caf\xE9"), "café", 0},
	{"utf8", S("\xD0\x94\xFF"), "Д\xEF\xBF\xBD", 0},
	{"us-ascii", S("plain"), "plain", 0},
	{"us-ascii", S("\xD0\x94\xD0\xB0"), "Да", 0}, /* mislabelled */
	{NULL, S("caf\xE9"), "café", 0},		/* 8-bit, no charset */
	{"fakescii", S("Да"), "Да", 1},
	{"fakescii", S("\x80 euro"), "€ euro", 1},
	{"utf-16le", S("A\0\x14\x04"), "AД", 0},
	{"utf-16be", S("\0A\x04"), "A\xEF\xBF\xBD", 0}, /* truncated */
	{"iso-2022-jp", S("\x1B$B$3$s\x1B(B"), "こん", 0},
	{"shift_jis", S("\x82\xA0\xFF\x82\xA2"), "あ\xEF\xBF\xBDい", 0},
	{"gb2312", S("\xC4\xE3\xBA\xC3"), "你好", 0},
	{"ks_c_5601-1987", S("\xC7\xD1"), "한", 0},
	{"x-mac-cyrillic", S("\x80"), "А", 0},
	{"iso-8859-8-i", S("\xE0"), "א", 0},
	{"windows-1251", S("\xD0\x94\xD0\xB0 valid utf-8"), "Да valid utf-8",
	 0},
};

START_TEST(test_convert)
{
	const struct conv_case *c = &conv_cases[_i];
	struct strlist w = {0};
	char *s = charset_to_utf8(c->cs, c->in, c->len, &w);

	ck_assert_msg(strcmp(s, c->out) == 0, "%s #%d -> '%s', want '%s'",
		      c->cs ? c->cs : "(none)", _i, s, c->out);
	ck_assert_msg(w.n == c->warnings, "%s: %zu warnings",
		      c->cs ? c->cs : "(none)", w.n);
	free(s);
	strlist_free(&w);
}
END_TEST

START_TEST(test_canonical)
{
	ck_assert_str_eq(charset_canonical("Win-1251"), "WINDOWS-1251");
	ck_assert_str_eq(charset_canonical("KOI8R"), "KOI8-R");
	ck_assert_str_eq(charset_canonical("UTF8"), "UTF-8");
	ck_assert_str_eq(charset_canonical("latin1"), "ISO-8859-1");
	ck_assert_str_eq(charset_canonical("euc-jp"), "euc-jp");
}
END_TEST

/* A long input crosses the 4 KiB conversion buffer many times. */
START_TEST(test_long)
{
	size_t n = 100000;
	char *in = xmalloc(n), *s;

	memset(in, '\xC0', n); /* cp1251 'А' */
	s = charset_to_utf8("cp1251", in, n, NULL);
	ck_assert_uint_eq(strlen(s), 2 * n);
	ck_assert(memcmp(s, "АА", 4) == 0);
	free(s);
	free(in);
}
END_TEST

UNIT_SUITE(charset,
	UNIT_ROWS(test_valid, valid_cases),
	UNIT_ROWS(test_convert, conv_cases),
	UNIT_TEST(test_canonical),
	UNIT_TEST(test_long))
