/* check_calendar.c - holiday files, working-day arithmetic, week ends. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "embedded.h"
#include "holiday_rules.h"
#include "suite.h"
#include "timeutil.h"

#define HOLIDAYS_DIR "tests/data/holidays/"

static int64_t
D(int y, int m, int d)
{
	return days_from_civil(y, m, d);
}

static struct calendar *
load_cal(const char *which)
{
	struct calendar *cal = calendar_new();
	char *err = NULL;
	int rc = 0;

	if (strcmp(which, "ru") == 0 || strcmp(which, "uk") == 0 ||
	    strcmp(which, "us") == 0)
		rc = calendar_load_builtin(cal, which, &err);
	else if (strcmp(which, "plain") != 0)
		rc = calendar_load_file(cal, which, &err);
	ck_assert_msg(rc == 0, "loading %s: %s", which, err ? err : "");
	free(err);
	return cal;
}

/* Holiday-file parse errors: the message names the file and line. */
static const struct {
	const char *text;
	const char *err;
} bad_rows[] = {
	{"2026-11-3\n", "buf:1: bad date '2026-11-3'"},
	{"# c\n\n2026-02-30\n", "buf:3: bad date '2026-02-30'"},
	{"2026-11-30\n2026/12/01\n", "buf:2: bad date '2026/12/01'"},
	{"2026-11-30x\n", "buf:1: bad date '2026-11-30x'"},
	{"+ 2026-11-30\n", "buf:1: bad date '+ 2026-11-30'"},
	{"++2026-11-30\n", "buf:1: bad date '++2026-11-30'"},
	{"-2026-11-30\n", "buf:1: bad date '-2026-11-30'"},
	{"2026-11-30 2026-12-01\n", "buf:1: bad date '2026-11-30 2026-12-01'"},
	{"\n\n\n\nhello # world\n", "buf:5: bad date 'hello'"},
	{"2026-13-01", "buf:1: bad date '2026-13-01'"},
	{"0000-01-01\n", "buf:1: bad date '0000-01-01'"},
	{"2026-1\x01-01\n", "buf:1: bad date '2026-1?-01'"},
	{"2026-11-30\n+\n", "buf:2: bad date '+'"},
	{"2026-11-30\n\xef\xbb\xbf" "2026-12-01\n",
	 "buf:2: bad date '???2026-12-01'"},
	{"\xd0\xb4\xd0\xb0\n", "buf:1: bad date '?\?\?\?'"},
};

START_TEST(test_bad_lines)
{
	struct calendar *cal = calendar_new();
	char *err = NULL;

	for (size_t i = 0; i < sizeof(bad_rows) / sizeof(bad_rows[0]); i++) {
		int rc = calendar_load_buffer(cal, "buf", bad_rows[i].text,
					      strlen(bad_rows[i].text), &err);

		ck_assert_msg(rc == -1, "'%s' should fail", bad_rows[i].text);
		ck_assert_msg(err != NULL && strcmp(err, bad_rows[i].err) == 0,
			      "'%s': error '%s', want '%s'", bad_rows[i].text,
			      err ? err : "(null)", bad_rows[i].err);
		free(err);
		err = NULL;
	}
	/* nothing of the bad buffers stayed: 2026-11-30 is a Monday */
	ck_assert(calendar_is_working(cal, D(2026, 11, 30)));
	calendar_free(cal);
}
END_TEST

START_TEST(test_bad_file)
{
	struct calendar *cal = calendar_new();
	char *err = NULL;

	ck_assert_int_eq(calendar_load_file(cal, HOLIDAYS_DIR "bad.txt", &err),
			 -1);
	ck_assert_str_eq(err, HOLIDAYS_DIR "bad.txt:3: bad date '2026-02-30'");
	free(err);
	err = NULL;
	/* line 2 of the bad file was not kept either */
	ck_assert(calendar_is_working(cal, D(2026, 12, 31)));
	ck_assert_int_eq(calendar_load_file(cal, HOLIDAYS_DIR "missing.txt",
					    &err),
			 -1);
	ck_assert_msg(strncmp(err, HOLIDAYS_DIR "missing.txt: ",
			      strlen(HOLIDAYS_DIR "missing.txt: ")) == 0,
		      "error '%s'", err);
	free(err);
	err = NULL;
	ck_assert_int_eq(calendar_load_builtin(cal, "xx", &err), -1);
	ck_assert_str_eq(err, "unknown calendar 'xx'");
	free(err);
	calendar_free(cal);
}
END_TEST

/* The built-in calendars are the data files src/calendars/NAME.txt:
 * --calendar ru and --holidays src/calendars/ru.txt give the same days. */
START_TEST(test_builtin_is_data_file)
{
	struct calendar *a = calendar_new(), *b = calendar_new();
	char *err = NULL;
	int64_t from = days_from_civil(2024, 1, 1);

	ck_assert_int_eq(calendar_load_builtin(a, "ru", &err), 0);
	ck_assert_int_eq(calendar_load_file(b, "src/calendars/ru.txt", &err), 0);
	for (int64_t d = from; d < days_from_civil(2028, 1, 1); d++)
		ck_assert_msg(calendar_is_working(a, d) ==
				      calendar_is_working(b, d),
			      "day %lld", (long long)(d - from));
	/* 2026-01-09 is a day off moved by the decree, 2024-04-27 a working
	 * Saturday: both come from the file */
	ck_assert(!calendar_is_working(b, days_from_civil(2026, 1, 9)));
	ck_assert(calendar_is_working(b, days_from_civil(2024, 4, 27)));
	for (size_t i = 0; i < 3; i++) {
		static const char *const names[] = {"calendars/ru.txt",
						    "calendars/uk.txt",
						    "calendars/us.txt"};

		ck_assert_msg(embedded_find(names[i]) != NULL, "%s", names[i]);
	}
	calendar_free(a);
	calendar_free(b);
}
END_TEST

/* Is-working on named days: calendar, date, expected. */
static const struct {
	const char *cal;
	int y, m, d;
	bool working;
} working_rows[] = {
	{"plain", 2026, 11, 27, true},
	{"plain", 2026, 11, 28, false},
	{"plain", 2026, 11, 29, false},
	{"plain", 2026, 11, 30, true},
	{"plain", 2026, 1, 1, true},
	{HOLIDAYS_DIR "ok.txt", 2026, 11, 30, false},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 26, true},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 27, false},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 31, false},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 30, true},
	{HOLIDAYS_DIR "override.txt", 2026, 11, 30, true},
	{HOLIDAYS_DIR "override.txt", 2026, 12, 1, false},
	{"ru", 2026, 1, 1, false},
	{"ru", 2026, 1, 9, false},
	{"ru", 2026, 1, 12, true},
	{"ru", 2026, 2, 23, false},
	{"ru", 2026, 3, 9, false},
	{"ru", 2026, 3, 10, true},
	{"ru", 2026, 5, 1, false},
	{"ru", 2026, 5, 8, true},
	{"ru", 2026, 5, 11, false},
	{"ru", 2026, 6, 12, false},
	{"ru", 2026, 11, 4, false},
	{"ru", 2026, 11, 3, true},
	{"ru", 2026, 12, 31, false},
	{"ru", 2026, 12, 30, true},
};

START_TEST(test_is_working)
{
	for (size_t i = 0; i < sizeof(working_rows) / sizeof(working_rows[0]);
	     i++) {
		struct calendar *cal = load_cal(working_rows[i].cal);
		int64_t day = D(working_rows[i].y, working_rows[i].m,
				working_rows[i].d);

		ck_assert_msg(calendar_is_working(cal, day) ==
				      working_rows[i].working,
			      "%s: %04d-%02d-%02d working should be %d",
			      working_rows[i].cal, working_rows[i].y,
			      working_rows[i].m, working_rows[i].d,
			      working_rows[i].working);
		calendar_free(cal);
	}
	/* NULL is the plain calendar */
	ck_assert(calendar_is_working(NULL, D(2026, 11, 27)));
	ck_assert(!calendar_is_working(NULL, D(2026, 11, 28)));
}
END_TEST

/* Working days per year of the built-in Russian calendar: the official
 * totals 248 (2024), 247 (2025), 247 (2026); 2027 is 249 until the
 * decree moves the two January days that fall on a weekend. */
static const struct {
	int year, days;
} ru_counts[] = {
	{2024, 248}, {2025, 247}, {2026, 247}, {2027, 249},
};

START_TEST(test_ru_counts)
{
	struct calendar *cal = load_cal("ru");

	for (size_t i = 0; i < sizeof(ru_counts) / sizeof(ru_counts[0]); i++) {
		int y = ru_counts[i].year, n = 0;

		for (int64_t d = D(y, 1, 1); d <= D(y, 12, 31); d++)
			n += calendar_is_working(cal, d);
		ck_assert_msg(n == ru_counts[i].days, "ru %d: %d working days, "
			      "want %d", y, n, ru_counts[i].days);
	}
	calendar_free(cal);
}
END_TEST

/* n-th working day strictly after a date. */
static const struct {
	const char *cal;
	int y, m, d;
	int64_t n;
	int ey, em, ed;
} add_rows[] = {
	{"plain", 2026, 11, 27, 1, 2026, 11, 30}, /* Fri -> Mon */
	{"plain", 2026, 11, 27, 3, 2026, 12, 2},
	{"plain", 2026, 11, 28, 1, 2026, 11, 30}, /* Sat -> Mon */
	{"plain", 2026, 11, 29, 1, 2026, 11, 30}, /* Sun -> Mon */
	{"plain", 2026, 11, 30, 5, 2026, 12, 7},
	{"plain", 2026, 11, 23, 4, 2026, 11, 27},
	{"plain", 2026, 12, 30, 2, 2027, 1, 1},
	{"plain", 2026, 11, 27, 10, 2026, 12, 11},
	{"plain", 2026, 11, 27, 0, 2026, 11, 27}, /* n < 1: the day itself */
	{"plain", 2028, 2, 25, 2, 2028, 2, 29},
	{HOLIDAYS_DIR "ok.txt", 2026, 11, 27, 1, 2026, 12, 1},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 24, 2, 2026, 12, 26},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 30, 1, 2027, 1, 1},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 25, 1, 2026, 12, 26},
	{"ru", 2026, 1, 5, 1, 2026, 1, 12},
	{"ru", 2025, 12, 31, 1, 2026, 1, 12},
	{"ru", 2026, 2, 20, 1, 2026, 2, 24},
	{"ru", 2026, 3, 6, 1, 2026, 3, 10},
	{"ru", 2026, 4, 30, 1, 2026, 5, 4},
	{"ru", 2026, 5, 7, 2, 2026, 5, 12},
	{"ru", 2026, 6, 11, 1, 2026, 6, 15},
	{"ru", 2026, 11, 3, 1, 2026, 11, 5},
	{"ru", 2026, 2, 20, 3, 2026, 2, 26},
	{"ru", 2026, 12, 30, 1, 2027, 1, 11}, /* 2027-01-01..08 by law */
	/* 10 working days from 29 December, over the New Year holidays:
	 * 2025-12-30 (1); 31.12 and 1-11.01 off; 12.01 (2) .. 22.01 (10) */
	{"ru", 2025, 12, 29, 10, 2026, 1, 22},
	/* 2024-12-28 is a working Saturday, 30-31.12 off; 2025-01-09 (2) */
	{"ru", 2024, 12, 27, 10, 2025, 1, 21},
	{"ru", 2024, 12, 29, 10, 2025, 1, 22},
	/* 2026-12-30 (1); 31.12 and 1-10.01 off; 11.01 (2) .. 21.01 (10) */
	{"ru", 2026, 12, 29, 10, 2027, 1, 21},
	{"plain", 2025, 12, 29, 10, 2026, 1, 12},
	{"ru", 2025, 4, 30, 1, 2025, 5, 5},  /* May 1-4 off */
	{"ru", 2025, 10, 31, 1, 2025, 11, 1}, /* a working Saturday */
	{"ru", 2025, 11, 1, 1, 2025, 11, 5},
	{"ru", 2025, 2, 21, 1, 2025, 2, 25},  /* Feb 23 (Sun) -> Feb 24 */
	{"ru", 2025, 3, 7, 1, 2025, 3, 11},   /* Mar 8 (Sat) -> Mar 10 */
	{"ru", 2027, 4, 30, 1, 2027, 5, 4},   /* May 1 (Sat) -> May 3 */
	{"ru", 2027, 6, 11, 1, 2027, 6, 15},  /* Jun 12 (Sat) -> Jun 14 */
	{"ru", 2027, 3, 5, 1, 2027, 3, 9},    /* Mar 8 (Mon) */
	/* Fri 28 Aug 2026 + 2 under uk: Mon 31 Aug is the summer bank
	 * holiday, Tue 1 Sep (1), Wed 2 Sep (2) */
	{"uk", 2026, 8, 28, 2, 2026, 9, 2},
	{"uk", 2026, 4, 2, 1, 2026, 4, 7},    /* Good Friday, Easter Mon */
	{"uk", 2026, 12, 24, 1, 2026, 12, 29}, /* 25 Dec, 28 Dec (Boxing) */
	{"uk", 2027, 12, 24, 1, 2027, 12, 29}, /* 27 and 28 Dec substitutes */
	{"uk", 2022, 6, 1, 1, 2022, 6, 6},    /* 2 and 3 June 2022 */
	/* Wed 25 Nov 2026 + 1 under us: Thu 26 Nov is Thanksgiving */
	{"us", 2026, 11, 25, 1, 2026, 11, 27},
	{"us", 2026, 7, 2, 1, 2026, 7, 6},    /* Fri 3 Jul observed */
	{"us", 2021, 12, 30, 1, 2022, 1, 3},  /* Fri 31 Dec observed */
	{"plain", 2026, 8, 28, 2, 2026, 9, 1},
	{"plain", 2026, 11, 25, 1, 2026, 11, 26},
};

START_TEST(test_add_working)
{
	for (size_t i = 0; i < sizeof(add_rows) / sizeof(add_rows[0]); i++) {
		struct calendar *cal = load_cal(add_rows[i].cal);
		int64_t got = calendar_add_working(
			cal, D(add_rows[i].y, add_rows[i].m, add_rows[i].d),
			add_rows[i].n);
		int64_t want = D(add_rows[i].ey, add_rows[i].em, add_rows[i].ed);
		int y, m, d;

		civil_from_days(got, &y, &m, &d);
		ck_assert_msg(got == want,
			      "%s: %04d-%02d-%02d + %lld working = %04d-%02d-%02d, want %04d-%02d-%02d",
			      add_rows[i].cal, add_rows[i].y, add_rows[i].m,
			      add_rows[i].d, (long long)add_rows[i].n, y, m, d,
			      add_rows[i].ey, add_rows[i].em, add_rows[i].ed);
		calendar_free(cal);
	}
}
END_TEST

/* n is capped at 3660 working days; a calendar full of days off still
 * terminates (plain weekdays resume after the last entry). */
START_TEST(test_add_working_bounds)
{
	struct calendar *cal = calendar_new();
	char *text;
	size_t len = 0, cap = 400 * 11 + 1;
	char *err = NULL;
	int64_t start = D(2026, 1, 1);

	ck_assert_int_eq(calendar_add_working(cal, start, 1000000000),
			 calendar_add_working(cal, start, 3660));
	ck_assert_int_eq(calendar_add_working(cal, start, -5), start);
	text = malloc(cap);
	ck_assert_ptr_nonnull(text);
	for (int64_t d = start; d < start + 400; d++) {
		int y, m, dd;

		civil_from_days(d, &y, &m, &dd);
		len += (size_t)snprintf(text + len, cap - len,
					"%04d-%02d-%02d\n", y, m, dd);
	}
	ck_assert_int_eq(calendar_load_buffer(cal, "all", text, len, &err),
			 0);
	/* 2026-01-01 + 400 days = 2027-02-05 (a Friday) */
	ck_assert_int_eq(calendar_add_working(cal, start - 1, 1),
			 D(2027, 2, 5));
	free(text);
	calendar_free(cal);
}
END_TEST

/* Last working day of the Mon-Sun week. */
static const struct {
	const char *cal;
	int y, m, d;
	int ey, em, ed;
} week_rows[] = {
	{"plain", 2026, 11, 23, 2026, 11, 27},
	{"plain", 2026, 11, 27, 2026, 11, 27},
	{"plain", 2026, 11, 28, 2026, 11, 27},
	{"plain", 2026, 11, 29, 2026, 11, 27},
	{"plain", 2026, 11, 30, 2026, 12, 4},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 22, 2026, 12, 26},
	{HOLIDAYS_DIR "ok.txt", 2026, 12, 28, 2027, 1, 1},
	{"ru", 2026, 6, 10, 2026, 6, 11},
	{"ru", 2026, 5, 1, 2026, 4, 30},
	{"ru", 2026, 12, 28, 2026, 12, 30},
};

START_TEST(test_week_last)
{
	for (size_t i = 0; i < sizeof(week_rows) / sizeof(week_rows[0]); i++) {
		struct calendar *cal = load_cal(week_rows[i].cal);
		int64_t got = calendar_week_last_working(
			cal, D(week_rows[i].y, week_rows[i].m, week_rows[i].d));
		int64_t want = D(week_rows[i].ey, week_rows[i].em,
				 week_rows[i].ed);
		int y, m, d;

		civil_from_days(got, &y, &m, &d);
		ck_assert_msg(got == want,
			      "%s: week of %04d-%02d-%02d ends %04d-%02d-%02d, want %04d-%02d-%02d",
			      week_rows[i].cal, week_rows[i].y, week_rows[i].m,
			      week_rows[i].d, y, m, d, week_rows[i].ey,
			      week_rows[i].em, week_rows[i].ed);
		calendar_free(cal);
	}
}
END_TEST

/* A byte order mark at the start and CRLF line ends are accepted. */
START_TEST(test_bom_crlf)
{
	struct calendar *cal = calendar_new();
	const char *text = "\xef\xbb\xbf" "2026-11-30\r\n+2026-11-28\r\n";
	char *err = NULL;

	ck_assert_int_eq(calendar_load_buffer(cal, NULL, text, strlen(text),
					      &err),
			 0);
	ck_assert(!calendar_is_working(cal, D(2026, 11, 30)));
	ck_assert(calendar_is_working(cal, D(2026, 11, 28)));
	calendar_free(cal);
}
END_TEST

/* A week with no working day at all: its Sunday. */
START_TEST(test_week_all_off)
{
	struct calendar *cal = calendar_new();
	const char *off = "2026-11-23\n2026-11-24\n2026-11-25\n2026-11-26\n"
			  "2026-11-27\n";
	char *err = NULL;

	ck_assert_int_eq(calendar_load_buffer(cal, "off", off, strlen(off),
					      &err),
			 0);
	ck_assert_int_eq(calendar_week_last_working(cal, D(2026, 11, 25)),
			 D(2026, 11, 29));
	calendar_free(cal);
}
END_TEST

/* The weekdays off of a year under a built-in calendar, written out by
 * hand from the official lists: gov.uk "Bank holidays" (England and
 * Wales) and OPM "Federal Holidays". 0-terminated. */
static const struct {
	const char *cal;
	int year;
	int days[16][2]; /* month, day */
} year_rows[] = {
	{"uk", 2026, {{1, 1}, {4, 3}, {4, 6}, {5, 4}, {5, 25}, {8, 31},
		      {12, 25}, {12, 28}}},
	{"uk", 2027, {{1, 1}, {3, 26}, {3, 29}, {5, 3}, {5, 31}, {8, 30},
		      {12, 27}, {12, 28}}},
	/* 2022: New Year substitute 3 Jan; spring holiday moved to 2 June,
	 * Platinum Jubilee 3 June; State Funeral 19 Sep; Christmas (Sun)
	 * substitute 27 Dec */
	{"uk", 2022, {{1, 3}, {4, 15}, {4, 18}, {5, 2}, {6, 2}, {6, 3},
		      {8, 29}, {9, 19}, {12, 26}, {12, 27}}},
	{"uk", 2020, {{1, 1}, {4, 10}, {4, 13}, {5, 8}, {5, 25}, {8, 31},
		      {12, 25}, {12, 28}}},
	{"us", 2026, {{1, 1}, {1, 19}, {2, 16}, {5, 25}, {6, 19}, {7, 3},
		      {9, 7}, {10, 12}, {11, 11}, {11, 26}, {12, 25}}},
	/* 2021: Juneteenth (Sat) on Fri 18 Jun, 4 July (Sun) on Mon 5 Jul,
	 * Christmas (Sat) on Fri 24 Dec, 1 Jan 2022 (Sat) on Fri 31 Dec */
	{"us", 2021, {{1, 1}, {1, 18}, {2, 15}, {5, 31}, {6, 18}, {7, 5},
		      {9, 6}, {10, 11}, {11, 11}, {11, 25}, {12, 24},
		      {12, 31}}},
	{"us", 2027, {{1, 1}, {1, 18}, {2, 15}, {5, 31}, {6, 18}, {7, 5},
		      {9, 6}, {10, 11}, {11, 11}, {11, 25}, {12, 24},
		      {12, 31}}},
};

static size_t
weekdays_off(const struct calendar *cal, int year, int64_t *out,
	     size_t max)
{
	size_t n = 0;

	for (int64_t d = D(year, 1, 1); d <= D(year, 12, 31); d++) {
		if (weekday_from_days(d) < 5 && !calendar_is_working(cal, d) &&
		    n < max)
			out[n++] = d;
	}
	return n;
}

START_TEST(test_year_lists)
{
	for (size_t i = 0; i < sizeof(year_rows) / sizeof(year_rows[0]); i++) {
		struct calendar *cal = load_cal(year_rows[i].cal);
		int64_t got[32];
		size_t n = weekdays_off(cal, year_rows[i].year, got, 32), k = 0;

		for (; k < 16 && year_rows[i].days[k][0] != 0; k++) {
			int64_t want = D(year_rows[i].year,
					 year_rows[i].days[k][0],
					 year_rows[i].days[k][1]);

			ck_assert_msg(k < n && got[k] == want,
				      "%s %d: day off %zu is not %02d-%02d",
				      year_rows[i].cal, year_rows[i].year, k,
				      year_rows[i].days[k][0],
				      year_rows[i].days[k][1]);
		}
		ck_assert_msg(n == k, "%s %d: %zu weekdays off, want %zu",
			      year_rows[i].cal, year_rows[i].year, n, k);
		calendar_free(cal);
	}
}
END_TEST

/* Easter Sunday by hand from published tables. */
static const int easter_rows[][3] = {
	{2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5}, {2027, 3, 28},
	{2038, 4, 25}, {2285, 3, 22}, {2000, 4, 23}, {1818, 3, 22},
};

START_TEST(test_easter)
{
	for (size_t i = 0; i < sizeof(easter_rows) / sizeof(easter_rows[0]);
	     i++) {
		int64_t want = D(easter_rows[i][0], easter_rows[i][1],
				 easter_rows[i][2]);

		ck_assert_msg(holiday_easter(easter_rows[i][0]) == want,
			      "Easter %d", easter_rows[i][0]);
	}
}
END_TEST

/* A holidays file still overrides a rule-made day off. */
START_TEST(test_rules_overridden)
{
	struct calendar *cal = load_cal("uk");
	const char *text = "+2026-08-31\n";
	char *err = NULL;

	ck_assert(!calendar_is_working(cal, D(2026, 8, 31)));
	ck_assert_int_eq(calendar_load_buffer(cal, "f", text, strlen(text),
					      &err),
			 0);
	ck_assert(calendar_is_working(cal, D(2026, 8, 31)));
	/* a year far outside any rule: plain weekdays */
	ck_assert(calendar_is_working(cal, D(1200, 12, 25)) ==
		  (weekday_from_days(D(1200, 12, 25)) < 5));
	calendar_free(cal);
}
END_TEST

/* Counting working days between two dates agrees with stepping day by
 * day, for every calendar kind, over ranges across years, holidays,
 * working Saturdays and a file that overrides a rule. */
static int64_t
count_by_steps(const struct calendar *cal, int64_t from, int64_t to)
{
	int64_t n = 0;

	for (int64_t d = from + 1; d < to; d++)
		n += calendar_is_working(cal, d);
	return n;
}

static const struct {
	const char *cal;
	int y, m, d, y2, m2, d2;
	int64_t want; /* by hand; -1: compare with the steps only */
} count_rows[] = {
	{"plain", 2026, 11, 5, 2026, 11, 28, 16}, /* 6.11 .. 27.11 */
	{"plain", 2026, 11, 5, 2026, 11, 6, 0},
	{"plain", 2026, 11, 5, 2026, 11, 5, 0},
	{"plain", 2026, 11, 6, 2026, 11, 4, 0},
	{"uk", 2026, 8, 27, 2026, 9, 3, 3},  /* 28.08, 1.09, 2.09 */
	{"us", 2026, 11, 24, 2026, 11, 30, 2}, /* 25, 27 (26: Thanksgiving) */
	{"us", 2021, 12, 29, 2022, 1, 4, 2},  /* 30.12, 3.01 (31.12 observed) */
	{"ru", 2025, 12, 29, 2026, 1, 13, 2}, /* 30.12, 12.01 */
	{"ru", 2024, 12, 27, 2025, 1, 10, 2}, /* 28.12 (Sat, worked), 9.01 */
	{"ru", 2023, 1, 1, 2028, 1, 1, -1},
	{"uk", 1990, 1, 1, 2031, 3, 1, -1},
	{"us", 1980, 6, 1, 2030, 7, 1, -1},
	{"plain", 2020, 2, 3, 2029, 5, 17, -1},
	{HOLIDAYS_DIR "ok.txt", 2026, 1, 1, 2027, 6, 1, -1},
};

START_TEST(test_count_working)
{
	for (size_t i = 0; i < sizeof(count_rows) / sizeof(count_rows[0]); i++) {
		struct calendar *cal = load_cal(count_rows[i].cal);
		int64_t from = D(count_rows[i].y, count_rows[i].m, count_rows[i].d);
		int64_t to = D(count_rows[i].y2, count_rows[i].m2,
			       count_rows[i].d2);
		int64_t got = calendar_count_working(cal, from, to);
		int64_t want = count_rows[i].want >= 0 ? count_rows[i].want
						       : count_by_steps(cal, from, to);

		ck_assert_msg(got == want, "%s: row %zu: %lld working days, want "
			      "%lld", count_rows[i].cal, i, (long long)got,
			      (long long)want);
		if (count_rows[i].want >= 0)
			ck_assert_int_eq(count_by_steps(cal, from, to), want);
		calendar_free(cal);
	}
}
END_TEST

/* A file entry on a rule's day: a working bank holiday counts once. */
START_TEST(test_count_overridden)
{
	struct calendar *cal = load_cal("uk");
	const char *text = "+2026-08-31\n2026-09-01\n+2026-08-29\n";
	char *err = NULL;

	ck_assert_int_eq(calendar_load_buffer(cal, "f", text, strlen(text),
					      &err),
			 0);
	/* 28.08, 29.08 (Sat, worked), 31.08 (worked), 2.09; 1.09 off */
	ck_assert_int_eq(calendar_count_working(cal, D(2026, 8, 27),
						D(2026, 9, 3)),
			 4);
	ck_assert_int_eq(calendar_count_working(cal, D(2026, 8, 27),
						D(2026, 9, 3)),
			 count_by_steps(cal, D(2026, 8, 27), D(2026, 9, 3)));
	calendar_free(cal);
}
END_TEST

UNIT_SUITE(calendar,
	UNIT_TEST(test_bad_lines),
	UNIT_TEST(test_builtin_is_data_file),
	UNIT_TEST(test_bad_file),
	UNIT_TEST(test_is_working),
	UNIT_TEST(test_ru_counts),
	UNIT_TEST(test_add_working),
	UNIT_TEST(test_add_working_bounds),
	UNIT_TEST(test_week_last),
	UNIT_TEST(test_week_all_off),
	UNIT_TEST(test_bom_crlf),
	UNIT_TEST(test_year_lists),
	UNIT_TEST(test_easter),
	UNIT_TEST(test_rules_overridden),
	UNIT_TEST(test_count_working),
	UNIT_TEST(test_count_overridden))
