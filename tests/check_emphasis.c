/* check_emphasis.c - chat emphasis marks read as their words. */
#include <check.h>
#include <string.h>

#include "emphasis.h"
#include "suite.h"

static const struct {
	const char *in, *want;
} rows[] = {
	{"We've created ticket *DP-20931* for you.",
	 "We've created ticket DP-20931 for you."},
	{"_Please_ reply by *Friday*.", "Please reply by Friday."},
	{"~old price~ new price", "old price new price"},
	{"(*note*) done", "(note) done"},
	{"Номер заявки: *В-2291*", "Номер заявки: В-2291"},
	/* not emphasis: a USSD code, snake case, arithmetic, a lone mark,
	 * a mark that does not close on its line, a doubled mark */
	{"dial *111*6# to block", "dial *111*6# to block"},
	{"see field user_id_hash", "see field user_id_hash"},
	{"2*3 = 6", "2*3 = 6"},
	{"a * b", "a * b"},
	{"*open\nclosed*", "*open\nclosed*"},
	{"**", "**"},
	{"", ""},
};

START_TEST(test_strip)
{
	char buf[128];
	size_t n = strlen(rows[_i].in);

	memcpy(buf, rows[_i].in, n + 1);
	n = emphasis_strip(buf, n);
	ck_assert_uint_eq(n, strlen(rows[_i].want));
	ck_assert_str_eq(buf, rows[_i].want);
}
END_TEST

UNIT_SUITE(emphasis,
	UNIT_ROWS(test_strip, rows))
