/* holiday_rules.c - public holidays by rule: fixed dates, the n-th or
 * last weekday of a month, Easter offsets; weekend dates moved by the
 * jurisdiction's rule (docs/calendar.md). */
#include "holiday_rules.h"

#include <string.h>

#include "timeutil.h"
#include "util.h"

enum rule_kind {
	RULE_FIXED,   /* month, day */
	RULE_NTH,     /* n-th (n > 0) or last (n == -1) weekday of month */
	RULE_EASTER,  /* Easter Sunday + day */
};

/* What happens to a date that falls on a Saturday or Sunday. */
enum weekend_shift {
	/* England and Wales: a substitute day, the next weekday that is
	 * not already a bank holiday (Banking and Financial Dealings Act
	 * 1971, the substitute days of the yearly proclamations). */
	SHIFT_SUBSTITUTE,
	/* United States (5 U.S.C. 6103(b), Executive Order 11582):
	 * Saturday -> the Friday before, Sunday -> the Monday after. */
	SHIFT_OBSERVED,
};

struct holiday_rule {
	enum rule_kind kind;
	int month, day; /* FIXED: the date; NTH: day = weekday 0 = Mon */
	int n;          /* NTH: 1..5 or -1 (last); EASTER: offset */
	int from, to;   /* years in force; to == 0: still in force */
};

struct holiday_rules {
	const char *name;
	enum weekend_shift shift;
	const struct holiday_rule *rules;
	size_t n;
};

/* England and Wales (Banking and Financial Dealings Act 1971 sch. 1,
 * with the early May holiday by proclamation since 1978). One-off
 * changes (2020 VE day, 2022 jubilee and funeral, 2023 coronation)
 * are dates in calendar.c, not rules. */
static const struct holiday_rule uk_rules[] = {
	{RULE_FIXED, 1, 1, 0, 1974, 0},   /* New Year's Day */
	{RULE_EASTER, 0, 0, -2, 1871, 0}, /* Good Friday */
	{RULE_EASTER, 0, 0, 1, 1871, 0},  /* Easter Monday */
	{RULE_NTH, 5, 0, 1, 1978, 0},     /* early May: first Monday */
	{RULE_NTH, 5, 0, -1, 1971, 0},    /* spring: last Monday of May */
	{RULE_NTH, 8, 0, -1, 1971, 0},    /* summer: last Monday of Aug */
	{RULE_FIXED, 12, 25, 0, 1871, 0}, /* Christmas Day */
	{RULE_FIXED, 12, 26, 0, 1871, 0}, /* Boxing Day */
};

/* US federal holidays, 5 U.S.C. 6103(a). */
static const struct holiday_rule us_rules[] = {
	{RULE_FIXED, 1, 1, 0, 1870, 0},   /* New Year's Day */
	{RULE_NTH, 1, 0, 3, 1986, 0},     /* Martin Luther King Jr. */
	{RULE_NTH, 2, 0, 3, 1971, 0},     /* Washington's Birthday */
	{RULE_NTH, 5, 0, -1, 1971, 0},    /* Memorial Day */
	{RULE_FIXED, 6, 19, 0, 2021, 0},  /* Juneteenth */
	{RULE_FIXED, 7, 4, 0, 1870, 0},   /* Independence Day */
	{RULE_NTH, 9, 0, 1, 1894, 0},     /* Labor Day */
	{RULE_NTH, 10, 0, 2, 1971, 0},    /* Columbus Day */
	{RULE_NTH, 10, 0, 4, 1971, 1977}, /* Veterans Day 1971-1977 */
	{RULE_FIXED, 11, 11, 0, 1978, 0}, /* Veterans Day */
	{RULE_NTH, 11, 3, 4, 1942, 0},    /* Thanksgiving: 4th Thursday */
	{RULE_FIXED, 12, 25, 0, 1870, 0}, /* Christmas Day */
};

static const struct holiday_rules rule_sets[] = {
	{"uk", SHIFT_SUBSTITUTE, uk_rules, countof(uk_rules)},
	{"us", SHIFT_OBSERVED, us_rules, countof(us_rules)},
};

const struct holiday_rules *
holiday_rules_find(const char *name)
{
	for (size_t i = 0; i < countof(rule_sets); i++) {
		if (name != NULL && strcmp(name, rule_sets[i].name) == 0)
			return &rule_sets[i];
	}
	return NULL;
}

/* The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms). */
int64_t
holiday_easter(int year)
{
	int a = year % 19, b = year / 100, c = year % 100;
	int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31;
	int day = (h + l - 7 * m + 114) % 31 + 1;

	return days_from_civil(year, month, day);
}

/* The n-th (or last, n == -1) given weekday of a month. */
static int64_t
nth_weekday(int year, int month, int weekday, int n)
{
	int64_t first, last;

	if (n < 0) {
		last = days_from_civil(year, month, days_in_month(year, month));
		return last - (weekday_from_days(last) - weekday + 7) % 7;
	}
	first = days_from_civil(year, month, 1);
	first += (weekday - weekday_from_days(first) + 7) % 7;
	return first + 7 * (n - 1);
}

static int64_t
nominal_day(const struct holiday_rule *r, int year)
{
	switch (r->kind) {
	case RULE_FIXED:
		return days_from_civil(year, r->month, r->day);
	case RULE_NTH:
		return nth_weekday(year, r->month, r->day, r->n);
	case RULE_EASTER:
		return holiday_easter(year) + r->n;
	}
	return days_from_civil(year, 1, 1);
}

static bool
is_weekend(int64_t day)
{
	return weekday_from_days(day) >= 5;
}

static bool
contains(const int64_t *v, size_t n, int64_t day)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i] == day)
			return true;
	}
	return false;
}

static void
sort_days(int64_t *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		int64_t x = v[i];
		size_t j = i;

		for (; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* The nominal dates in force in a year, sorted. */
static size_t
nominal_days(const struct holiday_rules *r, int year, int64_t *out,
	     size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < r->n && n < max; i++) {
		const struct holiday_rule *h = &r->rules[i];

		if (year < h->from || (h->to != 0 && year > h->to))
			continue;
		out[n++] = nominal_day(h, year);
	}
	sort_days(out, n);
	return n;
}

/* England and Wales: weekday dates stay; each weekend date, in date
 * order, takes the next weekday not yet taken. */
static size_t
substitute(const int64_t *nom, size_t n, int64_t *out, size_t max)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k < max; i++) {
		if (!is_weekend(nom[i]))
			out[k++] = nom[i];
	}
	for (size_t i = 0; i < n && k < max; i++) {
		int64_t d = nom[i];

		if (!is_weekend(d))
			continue;
		while (is_weekend(d) || contains(out, k, d))
			d++;
		out[k++] = d;
	}
	sort_days(out, k);
	return k;
}

/* United States: Saturday -> Friday, Sunday -> Monday. */
static size_t
observe(const int64_t *nom, size_t n, int64_t *out, size_t max)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k < max; i++) {
		int wd = weekday_from_days(nom[i]);

		out[k++] = nom[i] + (wd == 5 ? -1 : wd == 6 ? 1 : 0);
	}
	return k;
}

size_t
holiday_rules_year(const struct holiday_rules *r, int year, int64_t *out,
		   size_t max)
{
	int64_t nom[HOLIDAY_MAX_PER_YEAR];
	size_t n;

	if (r == NULL || year < 1583 || year > 9999)
		return 0; /* Gregorian years the date code handles */
	n = nominal_days(r, year, nom, HOLIDAY_MAX_PER_YEAR);
	if (r->shift == SHIFT_SUBSTITUTE)
		return substitute(nom, n, out, max);
	return observe(nom, n, out, max);
}

bool
holiday_rules_is_holiday(const struct holiday_rules *r, int64_t day)
{
	int64_t v[HOLIDAY_MAX_PER_YEAR];
	int y, m, d;

	if (r == NULL || day < -INT64_C(365000000) || day > INT64_C(365000000))
		return false;
	civil_from_days(day, &y, &m, &d);
	/* this year's days, and next year's (31 December observed) */
	for (int yy = y; yy <= y + 1; yy++) {
		size_t n = holiday_rules_year(r, yy, v, HOLIDAY_MAX_PER_YEAR);

		if (contains(v, n, day))
			return true;
	}
	return false;
}
