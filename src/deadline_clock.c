/* deadline_clock.c - clock times of a time expression (deadline_ctx.h):
 * hour, minute and am/pm, the local time of a day, the end of a day, a
 * clock time or a window alone. */
#include "deadline.h"

#include <stdint.h>
#include <string.h>

#include "deadline_ctx.h"

/* ------------------------------------------------------------------ */
/* Clock times: hour, minute, am/pm. */

struct clock {
	int hour, min, sec;
};

/* "pm" words make 1..11 afternoon; Russian "дня" only for 1..6 o'clock. */
static bool
apply_ampm(const char *a, struct clock *k)
{
	if (a[0] == 'p' || strncmp(a, "вечер", strlen("вечер")) == 0) {
		if (a[0] == 'p' && (k->hour < 1 || k->hour > 12))
			return false;
		if (k->hour >= 1 && k->hour < 12)
			k->hour += 12;
		return true;
	}
	if (strcmp(a, "дня") == 0) {
		if (k->hour >= 1 && k->hour <= 6)
			k->hour += 12;
		return true;
	}
	if (a[0] == 'a' || strncmp(a, "ночи", strlen("ночи")) == 0 ||
	    strncmp(a, "утр", strlen("утр")) == 0) {
		if (a[0] == 'a' && (k->hour < 1 || k->hour > 12))
			return false;
		if (k->hour == 12)
			k->hour = 0;
		return true;
	}
	return false;
}

static bool
parse_hour_minute(const struct dl_ctx *c, struct clock *k)
{
	char buf[NORM_MAX];
	char *sep;
	bool half;
	long h;

	if (!dl_group_norm(c, DLG_HOUR, buf))
		return false;
	k->min = 0;
	if (strcmp(buf, "noon") == 0 || strcmp(buf, "midday") == 0 ||
	    strncmp(buf, "полд", strlen("полд")) == 0 ||
	    strncmp(buf, "полуд", strlen("полуд")) == 0) {
		k->hour = 12; /* "by noon", «к полудню» */
		return true;
	}
	sep = strpbrk(buf, ":.");
	if (sep != NULL) { /* the whole "18:00" landed in the hour group */
		int nd;

		*sep = '\0';
		if (!dl_lead_digits(sep + 1, 2, &k->min, &nd) || nd != 2)
			return false;
	}
	h = deadline_number(buf, strlen(buf), &half);
	if (h < 0 || h > 24 || half)
		return false;
	k->hour = (int)h;
	if (has(c, DLG_MINUTE)) {
		int nd;

		if (!dl_group_norm(c, DLG_MINUTE, buf) ||
		    !dl_lead_digits(buf, 2, &k->min, &nd))
			return false;
	}
	return k->min <= 59;
}

/* The clock time of the hour/minute/ampm groups; false if absent or bad
 * (*present tells which). 24:00 is the end of the day. */
static bool
get_clock(const struct dl_ctx *c, struct clock *k, bool *present)
{
	char buf[NORM_MAX];

	if (c->e->clock_set) {
		*present = true;
		k->hour = c->e->clock_hour;
		k->min = c->e->clock_min;
		k->sec = c->e->clock_hour == 23 && c->e->clock_min == 59 ? 59 : 0;
		return k->hour >= 0 && k->hour <= 23 && k->min >= 0 &&
		       k->min <= 59;
	}
	*present = has(c, DLG_HOUR);
	if (!*present)
		return false;
	if (!parse_hour_minute(c, k))
		return false;
	k->sec = 0;
	if (dl_group_norm(c, DLG_AMPM, buf) && buf[0] != '\0' &&
	    !apply_ampm(buf, k))
		return false;
	if (k->hour == 24) {
		if (k->min != 0)
			return false;
		k->hour = 23;
		k->min = 59;
		k->sec = 59;
	}
	return true;
}

/* A local time of the promise's zone: the --tz zone's rules when the
 * promise was made in it (the offset may differ across a DST change),
 * else the promise's own fixed offset. */
static struct esc_time
at_clock(const struct dl_ctx *c, int64_t day, const struct clock *k)
{
	struct civil cv;
	struct esc_time t;

	civil_from_days(day, &cv.year, &cv.month, &cv.day);
	cv.hour = k->hour;
	cv.min = k->min;
	cv.sec = k->sec;
	if (c->local && time_from_civil_local(&cv, &t))
		return t;
	return time_from_civil_off(&cv, c->made.off);
}

static struct esc_time
end_of_day(const struct dl_ctx *c, int64_t day)
{
	static const struct clock last = {23, 59, 59};

	if (c->local)
		return at_clock(c, day, &last);
	return time_end_of_day(day, c->made.off);
}

/* A day-granular due: the end of 'day', or the clock time when given. */
bool
dl_finish_day(const struct dl_ctx *c, int64_t day, struct esc_time *due)
{
	struct clock k;
	bool present;

	if (!dl_day_ok(day))
		return false;
	if (get_clock(c, &k, &present)) {
		*due = at_clock(c, day, &k);
		return true;
	}
	if (present)
		return false;
	*due = end_of_day(c, day);
	return true;
}

/* A clock time alone: on the message date, or the next day if past —
 * but a customer's claim of an earlier promise tells of that day's
 * time ("You promised to deliver by 14:00", written at 15:30). */
bool
dl_do_time(const struct dl_ctx *c, struct esc_time *due)
{
	struct clock k;
	bool present;

	if (!get_clock(c, &k, &present))
		return false;
	*due = at_clock(c, c->made_day, &k);
	if (due->t <= c->made.t && !c->claimed)
		*due = at_clock(c, c->made_day + 1, &k);
	return dl_day_ok(time_local_day(*due));
}

/* The lower hour of a window ("between 8am and ..."), or -1. */
static int
window_start(const struct dl_ctx *c)
{
	char buf[NORM_MAX];
	bool half;
	long h;

	if (!dl_group_norm(c, DLG_N, buf))
		return -1;
	h = deadline_number(buf, strlen(buf), &half);
	return h >= 0 && h <= 23 && !half ? (int)h : -1;
}

/* A window's end: its upper bound, in the afternoon when it reads so. */
static bool
window_clock(const struct dl_ctx *c, struct clock *k)
{
	bool present;
	int from = window_start(c);

	if (!get_clock(c, k, &present))
		return false;
	if (!has(c, DLG_AMPM) && !has(c, DLG_MINUTE) && k->hour < 12 &&
	    ((from >= 0 && k->hour < from) || k->hour <= 7))
		k->hour += 12;
	return true;
}

/* A clock window alone: its end on the message date, or the next day
 * if past (not in a customer's claim, as for a time). */
bool
dl_do_window(const struct dl_ctx *c, struct esc_time *due)
{
	struct clock k;

	if (!window_clock(c, &k))
		return false;
	*due = at_clock(c, c->made_day, &k);
	if (due->t <= c->made.t && !c->claimed)
		*due = at_clock(c, c->made_day + 1, &k);
	return dl_day_ok(time_local_day(*due));
}

bool
deadline_clock(const struct dl_expr *e, int *hour, int *min)
{
	struct dl_ctx c = {e, {0, 0, true}, 0, NULL, false, false};
	struct clock k;
	bool present;

	if (e == NULL || e->expr == NULL)
		return false;
	if (strcmp(e->expr, "window") == 0 ? !window_clock(&c, &k)
	    : strcmp(e->expr, "time") == 0 ? !get_clock(&c, &k, &present)
					   : true)
		return false;
	*hour = k.hour;
	*min = k.min;
	return true;
}
