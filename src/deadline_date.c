/* deadline_date.c - dates of a time expression (deadline_ctx.h): day,
 * month and year groups, and a date written without its year or month
 * (the nearest such day; SPEC 5). */
#include "deadline.h"

#include <stdint.h>
#include <string.h>

#include "deadline_ctx.h"

/* ------------------------------------------------------------------ */
/* Absolute dates. */

struct date_parts {
	int day, month, year; /* 0 = absent */
	bool month_numeric;
};

static bool
parse_month_group(const struct dl_ctx *c, struct date_parts *p)
{
	char buf[NORM_MAX];
	int nd;

	if (!has(c, DLG_MONTH))
		return true;
	if (!dl_group_norm(c, DLG_MONTH, buf))
		return false;
	if (buf[0] >= '0' && buf[0] <= '9') {
		if (!dl_lead_digits(buf, 2, &p->month, &nd) || p->month < 1)
			return false;
		p->month_numeric = true;
		return true;
	}
	p->month = dl_month_by_name(buf);
	return p->month != 0;
}

static bool
parse_year_group(const struct dl_ctx *c, struct date_parts *p)
{
	char buf[NORM_MAX];
	int nd;

	if (!has(c, DLG_YEAR))
		return true;
	if (!dl_group_norm(c, DLG_YEAR, buf) ||
	    !dl_lead_digits(buf, 4, &p->year, &nd) || (nd != 2 && nd != 4))
		return false;
	if (nd == 2)
		p->year += 2000;
	return p->year >= 1;
}

static bool
parse_date_parts(const struct dl_ctx *c, struct date_parts *p)
{
	char buf[NORM_MAX];
	int nd;

	memset(p, 0, sizeof(*p));
	if (!dl_group_norm(c, DLG_DAY, buf) ||
	    !dl_lead_digits(buf, 2, &p->day, &nd))
		return false;
	if (!parse_month_group(c, p) || !parse_year_group(c, p))
		return false;
	/* day-first, unless only the month-first reading is valid */
	if (p->month_numeric && p->month > 12 && p->day <= 12) {
		int t = p->day;

		p->day = p->month;
		p->month = t;
	}
	if (p->day < 1 || p->day > 31 || p->month > 12)
		return false;
	return true;
}

/* Pick among candidate days: the first on or after the message date, or
 * for a claim the nearest one (the earlier on a tie). */
static bool
pick_candidate(const struct dl_ctx *c, const int64_t *cand, size_t n,
	       int64_t *out)
{
	bool found = false;
	int64_t best = 0, bestdist = 0;

	for (size_t i = 0; i < n; i++) {
		int64_t dist = cand[i] - c->made_day;

		if (!c->claimed && dist < 0)
			continue;
		if (dist < 0)
			dist = -dist;
		if (!found || dist < bestdist ||
		    (dist == bestdist && cand[i] < best)) {
			best = cand[i];
			bestdist = dist;
			found = true;
		}
	}
	*out = best;
	return found;
}

/* Candidates for a date without a year (or without a month): the same
 * day-of-month / month-day in the surrounding months or years. */
static bool
resolve_open_date(const struct dl_ctx *c, const struct date_parts *p,
		  int64_t *out)
{
	int64_t cand[32];
	size_t n = 0;
	int y, m, d;

	civil_from_days(c->made_day, &y, &m, &d);
	for (int k = -8; k <= 8 && p->month != 0; k++) {
		if (civil_valid(y + k, p->month, p->day))
			cand[n++] = days_from_civil(y + k, p->month, p->day);
	}
	for (int k = -12; k <= 13 && p->month == 0 && n < 32; k++) {
		int64_t idx = (int64_t)y * 12 + (m - 1) + k;
		int cy = (int)(idx / 12), cm = (int)(idx % 12) + 1;

		if (civil_valid(cy, cm, p->day))
			cand[n++] = days_from_civil(cy, cm, p->day);
	}
	return pick_candidate(c, cand, n, out);
}

bool
dl_do_date(const struct dl_ctx *c, struct esc_time *due)
{
	struct date_parts p;
	int64_t day;

	if (!parse_date_parts(c, &p))
		return false;
	if (p.year != 0 && p.month != 0) {
		if (!civil_valid(p.year, p.month, p.day))
			return false;
		day = days_from_civil(p.year, p.month, p.day);
	} else if (p.year != 0) {
		return false; /* a day and a year without a month */
	} else if (!resolve_open_date(c, &p, &day)) {
		return false;
	}
	return dl_finish_day(c, day, due);
}
