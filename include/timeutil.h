/* timeutil.h - civil dates, moments with UTC offsets, ISO 8601.
 *
 * Day numbers are days since 1970-01-01 in the proleptic Gregorian
 * calendar (may be negative). A moment is a UTC instant plus the offset
 * of the zone it was written in. Local times without a zone are turned
 * into moments with the process time zone (TZ, set once from --tz by the
 * CLI before any thread starts). */
#ifndef ESC_TIMEUTIL_H
#define ESC_TIMEUTIL_H

#include <stdbool.h>
#include <stdint.h>

#define SECS_PER_DAY 86400

struct esc_time {
	int64_t t;   /* seconds since the epoch, UTC */
	int32_t off; /* seconds east of UTC of the zone it was written in */
	bool set;    /* false: unknown time */
};

struct civil {
	int year, month, day; /* month 1..12 */
	int hour, min, sec;
};

int64_t days_from_civil(int y, int m, int d);
void civil_from_days(int64_t days, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday */
int weekday_from_days(int64_t days);
int days_in_month(int y, int m);
bool civil_valid(int y, int m, int d);

/* The local civil date (day number) of a moment, in its own offset. */
int64_t time_local_day(struct esc_time t);
/* Civil fields of a moment in its own offset. */
void time_to_civil(struct esc_time t, struct civil *c);
/* The moment at civil time c with a fixed offset. */
struct esc_time time_from_civil_off(const struct civil *c, int32_t off);
/* The moment at civil time c in the process time zone (DST aware);
 * returns false when c cannot be represented. */
bool time_from_civil_local(const struct civil *c, struct esc_time *out);
/* End of a day (23:59:59) at a fixed offset. */
struct esc_time time_end_of_day(int64_t day, int32_t off);
/* Whether t's offset is the process zone's offset at that instant: the
 * moment was written in (or given) the --tz zone, so later local times
 * of the same promise follow that zone's DST rules. */
bool time_in_local_zone(struct esc_time t);
/* The same instant with the process zone's offset at that instant;
 * false (t unchanged) when the zone cannot tell. */
bool time_to_local_zone(struct esc_time *t);

/* Parse an ISO 8601 moment: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH[:]MM].
 * A space may stand for T. A date alone is the start of that day; no
 * zone means the process time zone. Returns false on anything else. */
bool time_parse_iso(const char *s, struct esc_time *out);
/* Format as 2026-11-28T14:05:00+03:00 (offset 0 is +00:00). */
void time_format_iso(struct esc_time t, char out[32]);
/* Format as dd.mm.yyyy or yyyy-mm-dd / HH:MM helpers for reports. */
void time_format_date(struct esc_time t, char out[16], bool russian);
void time_format_hm(struct esc_time t, char out[8]);
/* Floor division (rounds toward minus infinity) for a positive divisor. */
int64_t time_floor_div(int64_t a, int64_t b);
/* Whole days from 'due' to 'now', rounded up and at least 1: how long a
 * missed deadline is overdue (reports, reasons, drafts). */
long time_days_overdue(struct esc_time due, struct esc_time now);
/* The current time in the process zone. */
struct esc_time time_now(void);

#endif /* ESC_TIMEUTIL_H */
