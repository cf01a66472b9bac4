/* timeutil.c - civil date arithmetic, moments with offsets, ISO 8601. */
#include "timeutil.h"

#include <stddef.h>
#include <string.h>
#include <time.h>

/* Day numbers outside this window are clamped before any arithmetic, so
 * that nothing below can overflow (about years -1000000..1000000). */
#define DAY_LIMIT INT64_C(365000000)
#define OFF_LIMIT (18 * 3600)

static int64_t
clamp_day(int64_t d)
{
	if (d > DAY_LIMIT)
		return DAY_LIMIT;
	if (d < -DAY_LIMIT)
		return -DAY_LIMIT;
	return d;
}

static int64_t
clamp_secs(int64_t t)
{
	const int64_t lim = DAY_LIMIT * SECS_PER_DAY;

	if (t > lim)
		return lim;
	if (t < -lim)
		return -lim;
	return t;
}

static int32_t
clamp_off(int32_t off)
{
	if (off > OFF_LIMIT)
		return OFF_LIMIT;
	if (off < -OFF_LIMIT)
		return -OFF_LIMIT;
	return off;
}

int64_t
time_floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if (a % b != 0 && a < 0)
		q--;
	return q;
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar; eras of 400
 * years start on March 1 so that the leap day is the last of the year. */
int64_t
days_from_civil(int y, int m, int d)
{
	int64_t yy = (int64_t)y - (m <= 2);
	int64_t era = time_floor_div(yy, 400);
	int64_t yoe = yy - era * 400;
	int64_t mp = (m + 9) % 12;
	int64_t doy = (153 * mp + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
civil_from_days(int64_t days, int *y, int *m, int *d)
{
	int64_t z = clamp_day(days) + 719468;
	int64_t era = time_floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t mm = mp < 10 ? mp + 3 : mp - 9;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)mm;
	*y = (int)(yoe + era * 400 + (mm <= 2));
}

int
weekday_from_days(int64_t days)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	return (int)(((days % 7) + 7 + 3) % 7);
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
days_in_month(int y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && is_leap(y))
		return 29;
	return len[m - 1];
}

bool
civil_valid(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12)
		return false;
	return d >= 1 && d <= days_in_month(y, m);
}

int64_t
time_local_day(struct esc_time t)
{
	return time_floor_div(clamp_secs(t.t) + clamp_off(t.off), SECS_PER_DAY);
}

void
time_to_civil(struct esc_time t, struct civil *c)
{
	int64_t local = clamp_secs(t.t) + clamp_off(t.off);
	int64_t day = time_floor_div(local, SECS_PER_DAY);
	int64_t sod = local - day * SECS_PER_DAY;

	civil_from_days(day, &c->year, &c->month, &c->day);
	c->hour = (int)(sod / 3600);
	c->min = (int)(sod / 60 % 60);
	c->sec = (int)(sod % 60);
}

static int64_t
civil_seconds(const struct civil *c)
{
	int64_t day = clamp_day(days_from_civil(c->year, c->month, c->day));

	return day * SECS_PER_DAY + (int64_t)c->hour * 3600 +
	       (int64_t)c->min * 60 + c->sec;
}

struct esc_time
time_from_civil_off(const struct civil *c, int32_t off)
{
	struct esc_time t;

	t.off = clamp_off(off);
	t.t = civil_seconds(c) - t.off;
	t.set = true;
	return t;
}

/* The offset of the process zone at instant tt, without tm_gmtoff (which
 * _XOPEN_SOURCE hides): local fields as if UTC, minus the instant. */
static bool
local_offset(time_t tt, int32_t *off)
{
	struct tm tm;
	struct civil c;
	int64_t diff;

	if (localtime_r(&tt, &tm) == NULL)
		return false;
	c.year = tm.tm_year + 1900;
	c.month = tm.tm_mon + 1;
	c.day = tm.tm_mday;
	c.hour = tm.tm_hour;
	c.min = tm.tm_min;
	c.sec = tm.tm_sec;
	diff = civil_seconds(&c) - (int64_t)tt;
	if (diff > OFF_LIMIT || diff < -OFF_LIMIT)
		return false;
	*off = (int32_t)diff;
	return true;
}

bool
time_from_civil_local(const struct civil *c, struct esc_time *out)
{
	struct tm tm;
	time_t tt;
	int32_t off;

	if (!civil_valid(c->year, c->month, c->day) || c->hour < 0 ||
	    c->hour > 23 || c->min < 0 || c->min > 59 || c->sec < 0 ||
	    c->sec > 60)
		return false;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = c->year - 1900;
	tm.tm_mon = c->month - 1;
	tm.tm_mday = c->day;
	tm.tm_hour = c->hour;
	tm.tm_min = c->min;
	tm.tm_sec = c->sec;
	tm.tm_isdst = -1;
	tm.tm_wday = -1;
	tt = mktime(&tm);
	/* mktime sets tm_wday only on success (-1 is also a valid time). */
	if (tt == (time_t)-1 && tm.tm_wday == -1)
		return false;
	if (!local_offset(tt, &off))
		return false;
	out->t = (int64_t)tt;
	out->off = off;
	out->set = true;
	return true;
}

struct esc_time
time_end_of_day(int64_t day, int32_t off)
{
	struct esc_time t;

	t.off = clamp_off(off);
	t.t = clamp_day(day) * SECS_PER_DAY + (SECS_PER_DAY - 1) - t.off;
	t.set = true;
	return t;
}

bool
time_in_local_zone(struct esc_time t)
{
	int32_t off;

	if (!t.set || t.t != clamp_secs(t.t) || (int64_t)(time_t)t.t != t.t)
		return false;
	return local_offset((time_t)t.t, &off) && off == t.off;
}

bool
time_to_local_zone(struct esc_time *t)
{
	int32_t off;

	if (!t->set || t->t != clamp_secs(t->t) ||
	    (int64_t)(time_t)t->t != t->t ||
	    !local_offset((time_t)t->t, &off))
		return false;
	t->off = off;
	return true;
}

/* Exactly n ASCII digits at *p; advances *p. */
static bool
take_digits(const char **p, int n, int *val)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		char ch = (*p)[i];

		if (ch < '0' || ch > '9')
			return false;
		v = v * 10 + (ch - '0');
	}
	*p += n;
	*val = v;
	return true;
}

static bool
take_char(const char **p, char ch)
{
	if (**p != ch)
		return false;
	(*p)++;
	return true;
}

static bool
parse_date_part(const char **p, struct civil *c)
{
	if (!take_digits(p, 4, &c->year) || !take_char(p, '-') ||
	    !take_digits(p, 2, &c->month) || !take_char(p, '-') ||
	    !take_digits(p, 2, &c->day))
		return false;
	return civil_valid(c->year, c->month, c->day);
}

/* HH:MM[:SS[.fraction]]; a leap second 60 is read as 59. */
static bool
parse_time_part(const char **p, struct civil *c)
{
	if (!take_digits(p, 2, &c->hour) || !take_char(p, ':') ||
	    !take_digits(p, 2, &c->min))
		return false;
	if (take_char(p, ':')) {
		if (!take_digits(p, 2, &c->sec))
			return false;
		if (c->sec == 60)
			c->sec = 59;
		if ((**p == '.' || **p == ',') && (*p)[1] >= '0' &&
		    (*p)[1] <= '9') {
			(*p)++;
			while (**p >= '0' && **p <= '9')
				(*p)++;
		}
	}
	return c->hour <= 23 && c->min <= 59 && c->sec <= 59;
}

/* Z, ±HH, ±HHMM or ±HH:MM. */
static bool
parse_zone(const char **p, int32_t *off)
{
	int sign, hh, mm = 0;

	if (**p == 'Z' || **p == 'z') {
		(*p)++;
		*off = 0;
		return true;
	}
	if (**p != '+' && **p != '-')
		return false;
	sign = **p == '-' ? -1 : 1;
	(*p)++;
	if (!take_digits(p, 2, &hh))
		return false;
	if (**p != '\0') {
		take_char(p, ':');
		if (!take_digits(p, 2, &mm))
			return false;
	}
	if (mm > 59 || hh * 3600 + mm * 60 > OFF_LIMIT)
		return false;
	*off = sign * (hh * 3600 + mm * 60);
	return true;
}

bool
time_parse_iso(const char *s, struct esc_time *out)
{
	struct civil c = {0, 0, 0, 0, 0, 0};
	const char *p = s;
	int32_t off;

	if (s == NULL || !parse_date_part(&p, &c))
		return false;
	if (*p == '\0')
		return time_from_civil_local(&c, out);
	if (*p != 'T' && *p != 't' && *p != ' ')
		return false;
	p++;
	if (!parse_time_part(&p, &c))
		return false;
	if (*p == '\0')
		return time_from_civil_local(&c, out);
	if (!parse_zone(&p, &off) || *p != '\0')
		return false;
	*out = time_from_civil_off(&c, off);
	return true;
}

/* Write v as exactly n digits (v is clamped to fit). */
static char *
put_digits(char *o, int v, int n)
{
	int lim = 1;

	for (int i = 0; i < n; i++)
		lim *= 10;
	if (v < 0)
		v = 0;
	if (v >= lim)
		v = lim - 1;
	for (int i = n - 1; i >= 0; i--) {
		o[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return o + n;
}

static char *
put_date(char *o, const struct civil *c, bool russian)
{
	if (russian) {
		o = put_digits(o, c->day, 2);
		*o++ = '.';
		o = put_digits(o, c->month, 2);
		*o++ = '.';
		return put_digits(o, c->year, 4);
	}
	o = put_digits(o, c->year, 4);
	*o++ = '-';
	o = put_digits(o, c->month, 2);
	*o++ = '-';
	return put_digits(o, c->day, 2);
}

static char *
put_hm(char *o, const struct civil *c)
{
	o = put_digits(o, c->hour, 2);
	*o++ = ':';
	return put_digits(o, c->min, 2);
}

void
time_format_iso(struct esc_time t, char out[32])
{
	struct civil c;
	char *o = out;
	int32_t off = clamp_off(t.off);
	int32_t aoff = off < 0 ? -off : off;

	if (!t.set) {
		out[0] = '\0';
		return;
	}
	time_to_civil(t, &c);
	o = put_date(o, &c, false);
	*o++ = 'T';
	o = put_hm(o, &c);
	*o++ = ':';
	o = put_digits(o, c.sec, 2);
	*o++ = off < 0 ? '-' : '+';
	o = put_digits(o, aoff / 3600, 2);
	*o++ = ':';
	o = put_digits(o, aoff / 60 % 60, 2);
	*o = '\0';
}

void
time_format_date(struct esc_time t, char out[16], bool russian)
{
	struct civil c;

	if (!t.set) {
		out[0] = '\0';
		return;
	}
	time_to_civil(t, &c);
	*put_date(out, &c, russian) = '\0';
}

void
time_format_hm(struct esc_time t, char out[8])
{
	struct civil c;

	if (!t.set) {
		out[0] = '\0';
		return;
	}
	time_to_civil(t, &c);
	*put_hm(out, &c) = '\0';
}

long
time_days_overdue(struct esc_time due, struct esc_time now)
{
	int64_t s = now.t - due.t;

	if (s <= 0)
		return 1;
	return (long)(s / SECS_PER_DAY + (s % SECS_PER_DAY != 0));
}

struct esc_time
time_now(void)
{
	struct esc_time t = {0, 0, false};
	time_t tt = time(NULL);
	int32_t off = 0;

	if (tt == (time_t)-1)
		return t;
	if (!local_offset(tt, &off))
		off = 0;
	t.t = (int64_t)tt;
	t.off = off;
	t.set = true;
	return t;
}
