/* check_util.c - the small shared helpers of util.h: hexadecimal digits
 * and trimming an allocated string. */
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

UNIT_SUITE(util,
	UNIT_ROWS(test_hexval, hexdigits),
	UNIT_ROWS(test_trim_owned, trims))
