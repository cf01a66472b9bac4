/* suite.h - the Check suites of tests/check_*.c built from lists of their
 * tests, so that no suite writes out the creation of its suite and test
 * cases again. Not a suite itself.
 *
 * A list entry is a test run once (UNIT_TEST), a table test run once per
 * row of its table (UNIT_ROWS: _i is the row), or a test run for _i in
 * [start, end) (UNIT_LOOP). UNIT_SUITE defines suite_NAME with one test
 * case "core"; a suite with fixtures or several test cases creates its
 * Suite and adds each case with unit_case(). */
#ifndef ESC_TESTS_SUITE_H
#define ESC_TESTS_SUITE_H

#include <check.h>
#include <stddef.h>

#include "util.h"

/* One test of a test case and the range of _i it runs for. */
struct unit_test {
	const TTest *test;
	int start, end; /* _i runs over [start, end) */
};

#define UNIT_TEST(t) { (t), 0, 1 }
#define UNIT_LOOP(t, start, end) { (t), (start), (end) }
#define UNIT_ROWS(t, table) { (t), 0, (int)countof(table) }

/* Adds test case 'name' holding tests[0..n) to s and returns it (for a
 * fixture or a time limit). */
TCase *unit_case(Suite *s, const char *name, const struct unit_test *tests,
		 size_t n);
#define UNIT_CASE(s, name, tests)                                             \
	unit_case((s), (name), (tests), countof(tests))

/* Suite 'name' of one test case "core" holding tests[0..n); with a time
 * limit of 'timeout' seconds per test unless it is 0 (Check's default). */
Suite *unit_suite(const char *name, double timeout,
		  const struct unit_test *tests, size_t n);

/* Defines suite_NAME (the function tests/check_main.c runs, found by
 * scripts/gen_suites.sh) as unit_suite of the listed tests. */
#define UNIT_SUITE_LIMIT(name, timeout, ...)                                 \
	Suite *suite_##name(void);                                           \
	Suite *suite_##name(void)                                            \
	{                                                                    \
		const struct unit_test tests_[] = { __VA_ARGS__ };           \
		return unit_suite(#name, (timeout), tests_, countof(tests_)); \
	}
#define UNIT_SUITE(name, ...) UNIT_SUITE_LIMIT(name, 0, __VA_ARGS__)

#endif /* ESC_TESTS_SUITE_H */
