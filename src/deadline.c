/* deadline.c - resolve a matched time expression to a due moment (SPEC 5).
 *
 * This file holds the helpers every expression uses and the dispatch by
 * expression kind; the words (numbers, month and weekday names) are read
 * in deadline_words.c, clock times in deadline_clock.c, counted and
 * named days in deadline_days.c, dates in deadline_date.c; they share
 * include/deadline_ctx.h. */
#include "deadline.h"
#include "util.h"

#include <stdint.h>
#include <string.h>

#include "deadline_ctx.h"

const char *const dl_group_names[DLG_COUNT] = {
	"n",	 "n2",	 "unit", "day",	   "month",
	"year",	 "weekday", "hour", "minute", "ampm",
};

enum dl_day_kind
dl_expr_day(const char *expr)
{
	static const struct {
		const char *expr;
		enum dl_day_kind kind;
	} kinds[] = {
		{"date", DL_NAMED_DAY},	       {"weekday", DL_NAMED_DAY},
		{"tomorrow", DL_NAMED_DAY},    {"after-tomorrow", DL_NAMED_DAY},
		{"next-week", DL_PERIOD_DAY},  {"end-week", DL_PERIOD_DAY},
		{"end-month", DL_PERIOD_DAY},  {"after-weekend", DL_PERIOD_DAY},
		{"days", DL_SPAN_DAY},	       {"workdays", DL_SPAN_DAY},
		{"weeks", DL_SPAN_DAY},	       {"today", DL_SPAN_DAY},
		{"yesterday", DL_SPAN_DAY},
	};

	for (size_t i = 0; expr != NULL && i < countof(kinds); i++)
		if (strcmp(expr, kinds[i].expr) == 0)
			return kinds[i].kind;
	return DL_NO_DAY;
}

/* ------------------------------------------------------------------ */
/* Resolution context and helpers. */



bool
dl_group_norm(const struct dl_ctx *c, enum dl_group g, char out[NORM_MAX])
{
	return has(c, g) && dl_normalize(c->e->g[g], c->e->glen[g], out);
}

static int64_t
day_min(void)
{
	return days_from_civil(1, 1, 1);
}

static int64_t
day_max(void)
{
	return days_from_civil(9999, 12, 31);
}

bool
dl_day_ok(int64_t d)
{
	return d >= day_min() && d <= day_max();
}

/* The count of a relative expression: the range's upper bound (n2) when
 * present, else n, else 1 ("в течение часа", "within a day"). */
bool
dl_get_count(const struct dl_ctx *c, long *n, bool *half)
{
	enum dl_group g = has(c, DLG_N2) ? DLG_N2 : DLG_N;
	long lo = -1;
	bool lh = false;

	*half = false;
	if (!has(c, g)) {
		char unit[NORM_MAX];

		/* "полчаса", "полдня": half a unit */
		*n = 1;
		if (dl_group_norm(c, DLG_UNIT, unit) &&
		    strncmp(unit, "пол", strlen("пол")) == 0) {
			*n = 0;
			*half = true;
		}
		return true;
	}
	*n = deadline_number(c->e->g[g], c->e->glen[g], half);
	if (*n < 0)
		return false;
	if (g == DLG_N2 && has(c, DLG_N))
		lo = deadline_number(c->e->g[DLG_N], c->e->glen[DLG_N], &lh);
	if (lo > *n || (lo == *n && lh && !*half)) {
		*n = lo; /* "5-3 дней": still the larger one */
		*half = lh;
	}
	return *n > 0 || *half;
}

/* Leading digits of a day or year group; the rest may only be letters,
 * dots or spaces ("25th", "25-го", "2026 г"). */
bool
dl_lead_digits(const char *s, int maxd, int *v, int *nd)
{
	*v = 0;
	*nd = 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (++*nd > maxd)
			return false;
		*v = *v * 10 + (*s - '0');
	}
	if (*nd == 0)
		return false;
	for (; *s != '\0'; s++) {
		if ((*s >= '0' && *s <= '9') || *s == ':' || *s == '/')
			return false;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Dispatch. */

static const struct {
	const char *name;
	dl_fn fn;
} exprs[] = {
	{"hours", dl_do_hours},
	{"minutes", dl_do_minutes},
	{"days", dl_do_days},
	{"workdays", dl_do_workdays},
	{"weeks", dl_do_weeks},
	{"months", dl_do_months},
	{"today", dl_do_today},
	{"end-day", dl_do_today},
	{"tomorrow", dl_do_tomorrow},
	{"after-tomorrow", dl_do_after_tomorrow},
	{"yesterday", dl_do_yesterday},
	{"weekday", dl_do_weekday},
	{"end-week", dl_do_end_week},
	{"next-week", dl_do_next_week},
	{"end-month", dl_do_end_month},
	{"after-weekend", dl_do_after_weekend},
	{"date", dl_do_date},
	{"time", dl_do_time},
	{"window", dl_do_window},
};

/* Unit words: a substring of the normalized unit group, first hit wins
 * (hours before working days: "рабочих часов" are clock hours; working
 * days before days); exact entries are whole-word abbreviations. */
static const struct {
	const char *key;
	bool exact;
	const char *expr;
} units[] = {
	{"час", false, "hours"},	 {"hour", false, "hours"},
	{"hrs", false, "hours"},	 {"h", true, "hours"},
	{"ч", true, "hours"},		 {"рабоч", false, "workdays"},
	{"банковск", false, "workdays"}, {"business", false, "workdays"},
	{"working", false, "workdays"},	 {"workday", false, "workdays"},
	{"минут", false, "minutes"},	 {"мин", true, "minutes"},
	{"min", false, "minutes"},	 {"недел", false, "weeks"},
	{"нед", true, "weeks"},		 {"week", false, "weeks"},
	{"месяц", false, "months"},	 {"мес", true, "months"},
	{"month", false, "months"},	 {"дн", false, "days"},
	{"ден", false, "days"},		 {"сут", false, "days"},
	{"д", true, "days"},		 {"day", false, "days"},
	{"d", true, "days"},
};

static const char *
expr_from_unit(const struct dl_ctx *c)
{
	char buf[NORM_MAX];

	if (!dl_group_norm(c, DLG_UNIT, buf))
		return NULL;
	for (size_t i = 0; i < countof(units); i++) {
		if (units[i].exact ? strcmp(buf, units[i].key) == 0
				   : strstr(buf, units[i].key) != NULL)
			return units[i].expr;
	}
	return NULL;
}

/* The expression kind: the pattern's expr=, else the unit, else the
 * groups present. "days" with a working-day unit counts working days. */
static const char *
expr_kind(const struct dl_ctx *c)
{
	const char *unit = expr_from_unit(c);
	const char *x = c->e->expr;

	if (x != NULL && x[0] != '\0') {
		if (strcmp(x, "days") == 0 && unit != NULL &&
		    strcmp(unit, "workdays") == 0)
			return unit;
		return x;
	}
	if (unit != NULL)
		return unit;
	if (has(c, DLG_DAY))
		return "date";
	if (has(c, DLG_WEEKDAY))
		return "weekday";
	if (has(c, DLG_HOUR))
		return "time";
	return NULL;
}

bool
deadline_resolve(const struct dl_expr *e, struct esc_time made,
		 const struct calendar *cal, bool claimed,
		 struct esc_time *due, bool *vague)
{
	struct dl_ctx c = {e, made, 0, cal, claimed, false};
	const char *kind;

	*vague = false;
	due->set = false;
	if (e == NULL || !made.set)
		return false;
	c.made_day = time_local_day(made);
	if (!dl_day_ok(c.made_day))
		return false;
	c.local = time_in_local_zone(made);
	kind = expr_kind(&c);
	if (kind == NULL)
		return false;
	if (strcmp(kind, "vague") == 0) {
		*vague = true;
		return true;
	}
	for (size_t i = 0; i < countof(exprs); i++) {
		if (strcmp(exprs[i].name, kind) == 0) {
			if (exprs[i].fn(&c, due))
				return true;
			due->set = false;
			return false;
		}
	}
	return false;
}
