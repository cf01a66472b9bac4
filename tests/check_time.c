/* check_time.c - civil dates, weekdays, ISO 8601 parsing and formatting. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "suite.h"
#include "timeutil.h"
#include "util.h"

/* Fixed zones that need no tz database: Moscow-like, and a DST zone. */
#define TZ_MSK "MSK-3"
#define TZ_CET "CET-1CEST,M3.5.0,M10.5.0/3"

static void
set_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

/* Known pairs: day numbers checked against independent sources
 * (1900-01-01 = -25567, 2038-01-19 = 2^31 / 86400, ordinal 1 =
 * 0001-01-01 = -719162, 9999-12-31 = ordinal 3652059). */
static const struct {
	int y, m, d;
	int64_t days;
	int wd; /* 0 = Monday */
} civil_rows[] = {
	{1970, 1, 1, 0, 3},	       {1969, 12, 31, -1, 2},
	{2000, 1, 1, 10957, 5},	       {2000, 2, 29, 11016, 1},
	{2000, 3, 1, 11017, 2},	       {1900, 3, 1, -25508, 3},
	{1900, 1, 1, -25567, 0},       {1, 1, 1, -719162, 0},
	{9999, 12, 31, 2932896, 4},    {2026, 1, 1, 20454, 3},
	{2026, 11, 27, 20784, 4},      {2026, 11, 28, 20785, 5},
	{2026, 11, 29, 20786, 6},      {2028, 2, 29, 21243, 1},
	{2038, 1, 19, 24855, 1},       {2024, 2, 29, 19782, 3},
};

START_TEST(test_civil_pairs)
{
	int y, m, d;

	for (size_t i = 0; i < sizeof(civil_rows) / sizeof(civil_rows[0]);
	     i++) {
		int64_t got = days_from_civil(civil_rows[i].y, civil_rows[i].m,
					      civil_rows[i].d);

		ck_assert_msg(got == civil_rows[i].days,
			      "days_from_civil(%04d-%02d-%02d) = %lld, want %lld",
			      civil_rows[i].y, civil_rows[i].m, civil_rows[i].d,
			      (long long)got, (long long)civil_rows[i].days);
		civil_from_days(civil_rows[i].days, &y, &m, &d);
		ck_assert_msg(y == civil_rows[i].y && m == civil_rows[i].m &&
				      d == civil_rows[i].d,
			      "civil_from_days(%lld) = %d-%d-%d",
			      (long long)civil_rows[i].days, y, m, d);
		ck_assert_msg(weekday_from_days(civil_rows[i].days) ==
				      civil_rows[i].wd,
			      "weekday of %04d-%02d-%02d = %d, want %d",
			      civil_rows[i].y, civil_rows[i].m, civil_rows[i].d,
			      weekday_from_days(civil_rows[i].days),
			      civil_rows[i].wd);
	}
}
END_TEST

/* Every day of years 1600..2399 (two whole 400-year cycles of the
 * Gregorian calendar, so every case of the arithmetic) round-trips, the
 * ends of the range 1..9999 too, and weekdays advance by one. */
START_TEST(test_civil_roundtrip_all)
{
	int64_t first = days_from_civil(1600, 1, 1); /* two 400-year cycles */
	int64_t last = days_from_civil(2399, 12, 31);
	int y, m, d;

	for (int64_t z = first; z <= last; z++) {
		civil_from_days(z, &y, &m, &d);
		ck_assert_msg(civil_valid(y, m, d), "day %lld invalid",
			      (long long)z);
		ck_assert_msg(days_from_civil(y, m, d) == z,
			      "round trip of day %lld", (long long)z);
		ck_assert_int_eq(weekday_from_days(z + 1),
				 (weekday_from_days(z) + 1) % 7);
	}
	civil_from_days(days_from_civil(1, 1, 1), &y, &m, &d);
	ck_assert(y == 1 && m == 1 && d == 1);
	civil_from_days(days_from_civil(9999, 12, 31), &y, &m, &d);
	ck_assert(y == 9999 && m == 12 && d == 31);
}
END_TEST

static const struct {
	int y, m, d;
	bool valid;
	int dim;
} valid_rows[] = {
	{2024, 2, 29, true, 29},  {2026, 2, 29, false, 28},
	{1900, 2, 29, false, 28}, {2000, 2, 29, true, 29},
	{2028, 2, 29, true, 29},  {2026, 4, 31, false, 30},
	{2026, 12, 31, true, 31}, {2026, 13, 1, false, 0},
	{2026, 0, 1, false, 0},	  {0, 1, 1, false, 31},
	{10000, 1, 1, false, 31}, {2026, 11, 0, false, 30},
	{1, 1, 1, true, 31},	  {9999, 12, 31, true, 31},
};

START_TEST(test_civil_valid)
{
	for (size_t i = 0; i < sizeof(valid_rows) / sizeof(valid_rows[0]);
	     i++) {
		ck_assert_msg(civil_valid(valid_rows[i].y, valid_rows[i].m,
					  valid_rows[i].d) == valid_rows[i].valid,
			      "civil_valid(%d-%d-%d)", valid_rows[i].y,
			      valid_rows[i].m, valid_rows[i].d);
		ck_assert_msg(days_in_month(valid_rows[i].y, valid_rows[i].m) ==
				      valid_rows[i].dim,
			      "days_in_month(%d, %d)", valid_rows[i].y,
			      valid_rows[i].m);
	}
}
END_TEST

/* Parse, then format: the expected ISO text and UTC seconds. */
static const struct {
	const char *tz;
	const char *in;
	const char *out;
	int64_t t;
} iso_rows[] = {
	{TZ_MSK, "2026-11-28T14:05:00+03:00", "2026-11-28T14:05:00+03:00",
	 1795863900},
	{TZ_MSK, "2026-11-28T14:05+0300", "2026-11-28T14:05:00+03:00",
	 1795863900},
	{TZ_MSK, "2026-11-28T11:05:00Z", "2026-11-28T11:05:00+00:00",
	 1795863900},
	{TZ_MSK, "2026-11-28t11:05:00z", "2026-11-28T11:05:00+00:00",
	 1795863900},
	{TZ_MSK, "2026-11-28 05:35:00-05:30", "2026-11-28T05:35:00-05:30",
	 1795863900},
	{TZ_MSK, "2026-11-28T14:05:00.123+03:00",
	 "2026-11-28T14:05:00+03:00", 1795863900},
	{TZ_MSK, "2026-11-28T14:05:00+03", "2026-11-28T14:05:00+03:00",
	 1795863900},
	{TZ_MSK, "2026-11-28T14:05", "2026-11-28T14:05:00+03:00", 1795863900},
	{TZ_MSK, "2026-11-28", "2026-11-28T00:00:00+03:00", 1795813200},
	{TZ_MSK, "1970-01-01T00:00:00Z", "1970-01-01T00:00:00+00:00", 0},
	{TZ_MSK, "1969-12-31T23:59:59+00:00", "1969-12-31T23:59:59+00:00",
	 -1},
	{TZ_MSK, "2028-02-29T12:00:00+00:00", "2028-02-29T12:00:00+00:00",
	 1835438400},
	{TZ_CET, "2026-07-01T12:00", "2026-07-01T12:00:00+02:00", 1782900000},
	{TZ_CET, "2026-01-15T12:00", "2026-01-15T12:00:00+01:00", 1768474800},
	{TZ_MSK, "2026-11-28T23:59:60+03:00", "2026-11-28T23:59:59+03:00",
	 1795899599},
};

START_TEST(test_iso_roundtrip)
{
	struct esc_time t;
	char out[32];

	for (size_t i = 0; i < sizeof(iso_rows) / sizeof(iso_rows[0]); i++) {
		set_tz(iso_rows[i].tz);
		ck_assert_msg(time_parse_iso(iso_rows[i].in, &t),
			      "parse '%s' failed", iso_rows[i].in);
		time_format_iso(t, out);
		ck_assert_msg(strcmp(out, iso_rows[i].out) == 0,
			      "'%s' formats as '%s', want '%s'",
			      iso_rows[i].in, out, iso_rows[i].out);
		ck_assert_msg(t.t == iso_rows[i].t, "'%s': t = %lld, want %lld",
			      iso_rows[i].in, (long long)t.t,
			      (long long)iso_rows[i].t);
	}
}
END_TEST

static const char *const iso_bad[] = {
	"2026-13-01",
	"2026-02-30",
	"2026-00-10",
	"2026-11-00",
	"0000-01-01",
	"garbage",
	"",
	"26-11-28",
	"2026-1-28",
	"2026/11/28",
	"2026-11-28x",
	"2026-11-28 ",
	"2026-11-28T",
	"2026-11-28T14",
	"2026-11-28T24:00",
	"2026-11-28T14:60",
	"2026-11-28T14:05:61",
	"2026-11-28T14:05:00+03:00 ",
	"2026-11-28T14:05:00+03:0",
	"2026-11-28T14:05:00+25:00",
	"2026-11-28T14:05:00+03:75",
	"2026-11-28T14:05:00 +03:00",
	"2026-11-28T14:05:00.+03:00",
	" 2026-11-28",
	"2026-11-28T14:05:00+03:00:00",
	"99999999999-01-01",
	"2026-11-28-05",
	"2026-11-28Z",
	"2026-11-28+03:00",
};

START_TEST(test_iso_reject)
{
	struct esc_time t;

	set_tz(TZ_MSK);
	for (size_t i = 0; i < sizeof(iso_bad) / sizeof(iso_bad[0]); i++)
		ck_assert_msg(!time_parse_iso(iso_bad[i], &t),
			      "'%s' should be rejected", iso_bad[i]);
	ck_assert(!time_parse_iso(NULL, &t));
}
END_TEST

START_TEST(test_format_helpers)
{
	struct esc_time t = {1795863900, 3 * 3600, true};
	struct esc_time unset = {0, 0, false};
	char d[16], hm[8], iso[32];

	time_format_date(t, d, true);
	ck_assert_str_eq(d, "28.11.2026");
	time_format_date(t, d, false);
	ck_assert_str_eq(d, "2026-11-28");
	time_format_hm(t, hm);
	ck_assert_str_eq(hm, "14:05");
	t.off = -(9 * 3600 + 30 * 60);
	time_format_iso(t, iso);
	ck_assert_str_eq(iso, "2026-11-28T01:35:00-09:30");
	time_format_iso(unset, iso);
	ck_assert_str_eq(iso, "");
}
END_TEST

START_TEST(test_civil_moments)
{
	struct civil c = {2026, 11, 28, 14, 5, 0};
	struct civil back;
	struct esc_time t = time_from_civil_off(&c, 3 * 3600);
	char iso[32];

	ck_assert_int_eq(t.t, 1795863900);
	ck_assert_int_eq(time_local_day(t), 20785);
	/* 01:00 local at +03:00 is still the previous day in UTC */
	c.hour = 1;
	t = time_from_civil_off(&c, 3 * 3600);
	ck_assert_int_eq(time_local_day(t), 20785);
	t.off = 0;
	ck_assert_int_eq(time_local_day(t), 20784);
	time_to_civil(t, &back);
	ck_assert_int_eq(back.day, 27);
	ck_assert_int_eq(back.hour, 22);
	t = time_end_of_day(20785, 3 * 3600);
	time_format_iso(t, iso);
	ck_assert_str_eq(iso, "2026-11-28T23:59:59+03:00");
	t.t = -1;
	t.off = 0;
	time_to_civil(t, &back);
	ck_assert(back.year == 1969 && back.month == 12 && back.day == 31 &&
		  back.hour == 23 && back.min == 59 && back.sec == 59);
}
END_TEST

START_TEST(test_local_zone)
{
	struct civil c = {2026, 3, 29, 12, 0, 0};
	struct esc_time t;
	char iso[32];

	set_tz(TZ_CET);
	ck_assert(time_from_civil_local(&c, &t));
	time_format_iso(t, iso);
	ck_assert_str_eq(iso, "2026-03-29T12:00:00+02:00");
	c.day = 28;
	ck_assert(time_from_civil_local(&c, &t));
	time_format_iso(t, iso);
	ck_assert_str_eq(iso, "2026-03-28T12:00:00+01:00");
	c.month = 2;
	c.day = 30;
	ck_assert(!time_from_civil_local(&c, &t));
	c.day = 1;
	c.hour = 24;
	ck_assert(!time_from_civil_local(&c, &t));
	set_tz(TZ_MSK);
	t = time_now();
	ck_assert(t.set);
	ck_assert_int_eq(t.off, 3 * 3600);
}
END_TEST

/* Whether a moment's offset is the process zone's at that instant, and
 * the same instant re-written in the process zone. */
START_TEST(test_in_local_zone)
{
	struct esc_time t;
	char iso[32];

	set_tz(TZ_CET);
	ck_assert(time_parse_iso("2026-03-28T12:00:00+01:00", &t));
	ck_assert(time_in_local_zone(t));
	ck_assert(time_parse_iso("2026-03-30T12:00:00+01:00", &t));
	ck_assert(!time_in_local_zone(t)); /* CEST (+02:00) by then */
	ck_assert(time_to_local_zone(&t));
	time_format_iso(t, iso);
	ck_assert_str_eq(iso, "2026-03-30T13:00:00+02:00");
	ck_assert(time_parse_iso("2026-03-28T12:00:00+03:00", &t));
	ck_assert(!time_in_local_zone(t));
	t.set = false;
	ck_assert(!time_in_local_zone(t));
	ck_assert(!time_to_local_zone(&t));
	t = (struct esc_time){INT64_MAX, 0, true};
	ck_assert(!time_in_local_zone(t));
	ck_assert(!time_to_local_zone(&t));
}
END_TEST

/* Absurd values must neither crash nor overflow (UBSan checks that). */
START_TEST(test_extremes)
{
	struct esc_time t = {INT64_MAX, INT32_MAX, true};
	struct civil c;
	char iso[32];
	int y, m, d;

	(void)time_local_day(t);
	time_to_civil(t, &c);
	time_format_iso(t, iso);
	ck_assert_int_eq((int)strlen(iso), 25);
	t.t = INT64_MIN;
	t.off = INT32_MIN;
	time_format_iso(t, iso);
	ck_assert_int_eq((int)strlen(iso), 25);
	civil_from_days(INT64_MAX, &y, &m, &d);
	civil_from_days(INT64_MIN, &y, &m, &d);
	ck_assert_int_eq(weekday_from_days(INT64_MIN) >= 0, 1);
	(void)time_end_of_day(INT64_MAX, 0);
	(void)days_from_civil(INT32_MAX, 12, 31);
	(void)days_from_civil(INT32_MIN, 1, 1);
}
END_TEST

/* Days overdue: whole days rounded up, at least one (SPEC 8 days_overdue,
 * the ladder's "overdue by", the draft's overdue_days). */
START_TEST(test_days_overdue)
{
	static const struct {
		int64_t late; /* seconds from due to now */
		long days;
	} rows[] = {
		{-SECS_PER_DAY, 1}, {0, 1}, {1, 1}, {SECS_PER_DAY, 1},
		{SECS_PER_DAY + 1, 2}, {10 * SECS_PER_DAY, 10},
		{10 * SECS_PER_DAY - 3600, 10},
	};

	for (size_t i = 0; i < countof(rows); i++) {
		struct esc_time due = {.t = 1764320400, .set = true};
		struct esc_time now = due;

		now.t += rows[i].late;
		ck_assert_msg(time_days_overdue(due, now) == rows[i].days,
			      "late by %lld s: %ld days, want %ld",
			      (long long)rows[i].late,
			      time_days_overdue(due, now), rows[i].days);
	}
	ck_assert_int_eq(time_floor_div(-1, SECS_PER_DAY), -1);
	ck_assert_int_eq(time_floor_div(SECS_PER_DAY, SECS_PER_DAY), 1);
	ck_assert_int_eq(time_floor_div(-SECS_PER_DAY, SECS_PER_DAY), -1);
}
END_TEST

UNIT_SUITE_LIMIT(time, 30,
	UNIT_TEST(test_civil_pairs),
	UNIT_TEST(test_civil_roundtrip_all),
	UNIT_TEST(test_civil_valid),
	UNIT_TEST(test_iso_roundtrip),
	UNIT_TEST(test_iso_reject),
	UNIT_TEST(test_format_helpers),
	UNIT_TEST(test_civil_moments),
	UNIT_TEST(test_local_zone),
	UNIT_TEST(test_extremes),
	UNIT_TEST(test_in_local_zone),
	UNIT_TEST(test_days_overdue))
