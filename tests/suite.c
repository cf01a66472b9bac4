/* suite.c - Check suites and test cases built from lists of tests. */
#include "suite.h"

TCase *
unit_case(Suite *s, const char *name, const struct unit_test *tests,
	  size_t n)
{
	TCase *tc = tcase_create(name);

	for (size_t i = 0; i < n; i++)
		tcase_add_loop_test(tc, tests[i].test, tests[i].start,
				    tests[i].end);
	suite_add_tcase(s, tc);
	return tc;
}

Suite *
unit_suite(const char *name, double timeout, const struct unit_test *tests,
	   size_t n)
{
	Suite *s = suite_create(name);
	TCase *tc = unit_case(s, "core", tests, n);

	if (timeout > 0)
		tcase_set_timeout(tc, timeout);
	return s;
}
