/* deadline_ctx.h - the working state of resolving one time expression,
 * shared by the files of deadline.h: src/deadline.c (helpers, dispatch),
 * src/deadline_words.c (normalized text, numbers, names),
 * src/deadline_clock.c (clock times), src/deadline_days.c (counted and
 * named days) and src/deadline_date.c (dates). Internal to those files. */
#ifndef ESC_DEADLINE_CTX_H
#define ESC_DEADLINE_CTX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "deadline.h"

#define NORM_MAX 128	 /* longest group text looked at, bytes */

struct dl_ctx {
	const struct dl_expr *e;
	struct esc_time made;
	int64_t made_day;
	const struct calendar *cal;
	bool claimed;
	bool local; /* the promise is in the process (--tz) zone: DST rules */
};

static inline bool
has(const struct dl_ctx *c, enum dl_group g)
{
	return c->e->g[g] != NULL && c->e->glen[g] > 0;
}

/* An expression kind's resolver: true and *due, or false. */
typedef bool (*dl_fn)(const struct dl_ctx *, struct esc_time *);

/* deadline.c */

/* Group g normalized into out; false when absent or too long. */
bool dl_group_norm(const struct dl_ctx *c, enum dl_group g,
		   char out[NORM_MAX]);
/* Whether day d lies in years 1 to 9999. */
bool dl_day_ok(int64_t d);
/* The count of a relative expression (n2, else n, else 1; *half). */
bool dl_get_count(const struct dl_ctx *c, long *n, bool *half);
/* Leading digits (at most maxd) of a day or year group into *v, *nd. */
bool dl_lead_digits(const char *s, int maxd, int *v, int *nd);

/* deadline_words.c */

/* Normalize len bytes of src into out; false when too long. */
bool dl_normalize(const char *src, size_t len, char out[NORM_MAX]);
/* A month name (Russian or English, abbreviated or not): 1-12, or 0. */
int dl_month_by_name(const char *w);
/* A weekday name: 0 (Monday) to 6, or -1. */
int dl_weekday_by_name(const char *w);

/* deadline_clock.c */

/* A day-granular due: the end of 'day', or the clock time when given. */
bool dl_finish_day(const struct dl_ctx *c, int64_t day, struct esc_time *due);
bool dl_do_time(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_window(const struct dl_ctx *c, struct esc_time *due);

/* deadline_days.c */

bool dl_do_hours(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_minutes(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_days(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_workdays(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_weeks(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_months(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_today(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_tomorrow(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_after_tomorrow(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_yesterday(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_weekday(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_end_week(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_next_week(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_after_weekend(const struct dl_ctx *c, struct esc_time *due);
bool dl_do_end_month(const struct dl_ctx *c, struct esc_time *due);

/* deadline_date.c */

bool dl_do_date(const struct dl_ctx *c, struct esc_time *due);

#endif /* ESC_DEADLINE_CTX_H */
