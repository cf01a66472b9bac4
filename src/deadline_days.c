/* deadline_days.c - counted and named days of a time expression
 * (deadline_ctx.h): hours, minutes, days, working days (calendar.h),
 * weeks, months; today, tomorrow, a weekday, the end of the week or
 * month, after the weekend. */
#include "deadline.h"

#include <stdint.h>

#include "deadline_ctx.h"

#define MAX_DAYS 3660	 /* days, working days: about ten years */
#define MAX_WEEKS 522
#define MAX_MONTHS 120
#define MAX_HOURS 87600
#define MAX_MINUTES (87600L * 60)

/* ------------------------------------------------------------------ */
/* The expressions. */

static bool
add_seconds(const struct dl_ctx *c, int64_t secs, struct esc_time *due)
{
	*due = c->made;
	due->t += secs;
	if (c->local)
		(void)time_to_local_zone(due);
	return dl_day_ok(time_local_day(*due));
}

bool
dl_do_hours(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!dl_get_count(c, &n, &half) || n > MAX_HOURS)
		return false;
	return add_seconds(c, (int64_t)n * 3600 + (half ? 1800 : 0), due);
}

bool
dl_do_minutes(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!dl_get_count(c, &n, &half) || n > MAX_MINUTES)
		return false;
	return add_seconds(c, (int64_t)n * 60 + (half ? 30 : 0), due);
}

/* Half days, weeks and months round up to whole days. */
bool
dl_do_days(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!dl_get_count(c, &n, &half) || n > MAX_DAYS)
		return false;
	return dl_finish_day(c, c->made_day + n + (half ? 1 : 0), due);
}

bool
dl_do_workdays(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!dl_get_count(c, &n, &half) || n > MAX_DAYS)
		return false;
	return dl_finish_day(c,
			  calendar_add_working(c->cal, c->made_day,
					       n + (half ? 1 : 0)),
			  due);
}

bool
dl_do_weeks(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!dl_get_count(c, &n, &half) || n > MAX_WEEKS)
		return false;
	return dl_finish_day(c, c->made_day + 7 * n + (half ? 4 : 0), due);
}

/* The same day n months later, clamped to the month's last day. */
static int64_t
add_months(int64_t day, long n)
{
	int y, m, d;
	int64_t total;

	civil_from_days(day, &y, &m, &d);
	total = (int64_t)y * 12 + (m - 1) + n;
	y = (int)(total / 12);
	m = (int)(total % 12) + 1;
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	return days_from_civil(y, m, d);
}

bool
dl_do_months(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!dl_get_count(c, &n, &half) || n > MAX_MONTHS)
		return false;
	return dl_finish_day(c, add_months(c->made_day, n) + (half ? 15 : 0),
			  due);
}

bool
dl_do_today(const struct dl_ctx *c, struct esc_time *due)
{
	return dl_finish_day(c, c->made_day, due);
}

bool
dl_do_tomorrow(const struct dl_ctx *c, struct esc_time *due)
{
	return dl_finish_day(c, c->made_day + 1, due);
}

bool
dl_do_after_tomorrow(const struct dl_ctx *c, struct esc_time *due)
{
	return dl_finish_day(c, c->made_day + 2, due);
}

/* "yesterday": only a customer's claim names a promised day before
 * the message ("the engineer was supposed to come yesterday"); a
 * company's promise due before its message is dropped as implausible. */
bool
dl_do_yesterday(const struct dl_ctx *c, struct esc_time *due)
{
	return dl_finish_day(c, c->made_day - 1, due);
}

bool
dl_do_weekday(const struct dl_ctx *c, struct esc_time *due)
{
	char buf[NORM_MAX];
	int wd, delta;

	if (!dl_group_norm(c, DLG_WEEKDAY, buf))
		return false;
	wd = dl_weekday_by_name(buf);
	if (wd < 0)
		return false;
	delta = (wd - weekday_from_days(c->made_day) + 7) % 7;
	/* a customer's claim of an earlier promise ("you said it would be
	 * issued by Friday", on a Monday): the nearest such day, as for a
	 * date without a year */
	if (c->claimed)
		return dl_finish_day(c,
				     c->made_day + (delta <= 3 ? delta
							       : delta - 7),
				     due);
	if (c->e->past)
		return dl_finish_day(c,
				     c->made_day + (delta == 0 ? 0 : delta - 7),
				     due);
	return dl_finish_day(c, c->made_day + (delta == 0 ? 7 : delta), due);
}

bool
dl_do_end_week(const struct dl_ctx *c, struct esc_time *due)
{
	int64_t last = calendar_week_last_working(c->cal, c->made_day);

	return dl_finish_day(c, last < c->made_day ? c->made_day : last, due);
}

bool
dl_do_next_week(const struct dl_ctx *c, struct esc_time *due)
{
	return dl_finish_day(c, calendar_week_last_working(c->cal,
							c->made_day + 7),
			  due);
}

/* After the weekend: the first working day after the coming Sunday
 * (the current one when written on a weekend). */
bool
dl_do_after_weekend(const struct dl_ctx *c, struct esc_time *due)
{
	int64_t sunday = c->made_day + (6 - weekday_from_days(c->made_day));

	return dl_finish_day(c, calendar_add_working(c->cal, sunday, 1), due);
}

bool
dl_do_end_month(const struct dl_ctx *c, struct esc_time *due)
{
	int y, m, d;

	civil_from_days(c->made_day, &y, &m, &d);
	return dl_finish_day(c, days_from_civil(y, m, days_in_month(y, m)),
			     due);
}
