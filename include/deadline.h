/* deadline.h - resolve a time expression to a due moment (SPEC 5). */
#ifndef ESC_DEADLINE_H
#define ESC_DEADLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "timeutil.h"

/* What a deadline pattern matched. 'expr' comes from the pattern's
 * meta "expr=" (hours, minutes, days, workdays, weeks, months, today,
 * tomorrow, after-tomorrow, yesterday, weekday, end-week, next-week, end-month,
 * after-weekend, end-day, date, time, window, vague; none: not a time) or, when absent, from the
 * unit group. Each group is a pointer into the text and a length, NULL
 * when unset. A promise made in the process (--tz) zone is resolved by
 * that zone's clock, DST included; any other keeps its fixed offset. */
enum dl_group {
	DLG_N,
	DLG_N2,
	DLG_UNIT,
	DLG_DAY,
	DLG_MONTH,
	DLG_YEAR,
	DLG_WEEKDAY,
	DLG_HOUR,
	DLG_MINUTE,
	DLG_AMPM,
	DLG_COUNT
};

struct dl_expr {
	const char *expr; /* may be NULL */
	const char *g[DLG_COUNT];
	size_t glen[DLG_COUNT];
	/* a clock time composed from another expression of the same
	 * promise ("tomorrow" + "between 8 and 12"): overrides the hour
	 * groups when clock_set */
	bool clock_set;
	int clock_hour, clock_min;
	/* a weekday told of in the past ("was it deployed on Friday as
	 * promised?"): the last such day up to the message's, not the
	 * next one */
	bool past;
};

/* The clock time a "time" or "window" expression names (a window ends
 * at its upper bound; without am/pm an upper hour below the lower one
 * or at most 7 is in the afternoon: "between 10 and 2", "9-5"; not
 * when written with minutes: "06:00-07:00").
 * False for other expressions or a bad clock. */
bool deadline_clock(const struct dl_expr *e, int *hour, int *min);

/* What day an expression kind ends on, for composing a time of day
 * with it and for telling a step from a day still ahead. */
enum dl_day_kind {
	DL_NO_DAY,     /* a time of day, a vague time, an unknown kind */
	DL_NAMED_DAY,  /* the day is named: a date, a weekday, tomorrow,
			* the day after tomorrow */
	DL_PERIOD_DAY, /* the end of a named period: next week, the end of
			* the week or month, after the weekend */
	DL_SPAN_DAY,   /* counted from the message: in N days or weeks,
			* today, yesterday */
};

/* The day kind of meta "expr=" value 'expr' (NULL: DL_NO_DAY). */
enum dl_day_kind dl_expr_day(const char *expr);

/* Names of the groups, in enum order ("n", "n2", "unit", ...). */
extern const char *const dl_group_names[DLG_COUNT];

/* Resolve. 'made' is the moment of the message that made the promise.
 * 'claimed': a date without a year is the nearest such date (SPEC 5).
 * On success returns true and sets *vague; *due is set unless vague.
 * Returns false when the expression does not make a valid deadline
 * (invalid date, number out of range, unknown unit). */
bool deadline_resolve(const struct dl_expr *e, struct esc_time made,
		      const struct calendar *cal, bool claimed,
		      struct esc_time *due, bool *vague);

/* Parse a number written in digits or in Russian/English words
 * ("3", "трёх", "three", "полутора" -> 1 with *half); -1 if not one. */
long deadline_number(const char *s, size_t len, bool *half);

#endif /* ESC_DEADLINE_H */
