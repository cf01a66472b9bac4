/* check_util.c - the small shared helpers of util.h: hexadecimal digits,
 * trimming an allocated string, comparing without ASCII case, buffers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"
#include "util.h"

static const struct {
	int c, value;
} hexdigits[] = {
	{'0', 0},  {'9', 9},   {'a', 10}, {'f', 15}, {'A', 10}, {'F', 15},
	{'c', 12}, {'D', 13},  {'g', -1}, {'G', -1}, {'/', -1}, {':', -1},
	{'@', -1}, {'`', -1},  {' ', -1}, {'\0', -1},
	{-61, -1}, /* a byte over 0x7f read through a signed char */
	{0xc3, -1},
};

START_TEST(test_hexval)
{
	ck_assert_int_eq(ascii_hexval(hexdigits[_i].c), hexdigits[_i].value);
}
END_TEST

static const struct {
	const char *in, *out; /* out NULL: nothing is left */
} trims[] = {
	{"abc", "abc"},
	{"  a b \r\n", "a b"},
	{"\t\nx", "x"},
	{"y \t", "y"},
	{"   ", NULL},
	{"\r\n\t ", NULL},
	{"", NULL},
};

START_TEST(test_trim_owned)
{
	char *s = str_trim_owned(xstrdup(trims[_i].in));

	if (trims[_i].out == NULL) {
		ck_assert_ptr_null(s);
		return;
	}
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, trims[_i].out);
	free(s);
}
END_TEST

/* ASCII letters compared without case, every other byte as it is, and
 * the lengths must agree. */
static const struct {
	const char *a, *b;
	bool eq;
} caseeq[] = {
	{"", "", true},
	{"Content-Type", "content-type", true},
	{"DIV", "div", true},
	{"div", "divx", false},
	{"divx", "div", false},
	{"", "a", false},
	{"a[", "A{", false},		/* '[' is not 'Z' + 1 folded */
	{"\xd0\x94", "\xd0\xb4", false}, /* Д, д: not ASCII */
	{"\xd0\x94", "\xd0\x94", true},
};

START_TEST(test_caseeq)
{
	ck_assert(ascii_strcaseeq(caseeq[_i].a, caseeq[_i].b) == caseeq[_i].eq);
}
END_TEST

/* A buffer built a byte at a time holds every byte, terminated. */
START_TEST(test_buf_putc)
{
	struct buf b = {0};

	for (int i = 0; i < 1000; i++)
		buf_putc(&b, (char)('a' + i % 26));
	ck_assert_uint_eq(b.len, 1000);
	ck_assert_uint_ge(b.cap, 1001);
	ck_assert_int_eq(b.s[1000], '\0');
	ck_assert_int_eq(b.s[999], 'a' + 999 % 26);
	buf_append(&b, "", 0);
	ck_assert_uint_eq(strlen(b.s), 1000);
	buf_free(&b);
}
END_TEST

UNIT_SUITE(util,
	UNIT_ROWS(test_hexval, hexdigits),
	UNIT_ROWS(test_trim_owned, trims),
	UNIT_ROWS(test_caseeq, caseeq),
	UNIT_TEST(test_buf_putc))
