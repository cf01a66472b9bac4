/* run.c - the batch: patterns and calendars loaded, inputs read, units
 * analyzed. */
#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "ingest.h"
#include "units.h"

/* A --patterns file is taken whole or not at all: it must load and
 * compile on its own before it joins the set. */
static int
add_pattern_file(struct patset *ps, const char *path, char **err)
{
	struct patset tmp = {0};
	int rc = patset_load_file(&tmp, path, err);

	if (rc == 0)
		rc = patset_compile(&tmp, err);
	patset_free(&tmp);
	return rc == 0 ? patset_load_file(ps, path, err) : -1;
}

static int
load_patterns(struct engine *e, const struct options *o,
	      struct strlist *errors)
{
	char *err = NULL;

	if (patset_load_builtin(&e->patterns, o->langs ? o->langs : "ru,en",
				&err) < 0)
		goto fatal;
	for (size_t i = 0; i < o->patterns.n; i++)
		if (add_pattern_file(&e->patterns, o->patterns.v[i], &err) < 0)
			strlist_push_own(errors, err);
	if (patset_compile_threads(&e->patterns, (size_t)o->jobs, &err) < 0)
		goto fatal;
	return 0;
fatal:
	strlist_push_own(errors, err);
	return -1;
}

static int
load_calendar(struct engine *e, const struct options *o,
	      struct strlist *errors)
{
	char *err = NULL;
	/* an explicit --jurisdiction picks the calendar unless one is given */
	const char *name = o->calendar ? o->calendar
				       : law_jurisdiction_calendar(o->jurisdiction);

	e->cal = calendar_new();
	if (name && calendar_load_builtin(e->cal, name, &err) < 0) {
		strlist_pushf(errors, "--calendar: %s", err);
		free(err);
		return -1;
	}
	for (size_t i = 0; i < o->holidays.n; i++)
		if (calendar_load_file(e->cal, o->holidays.v[i], &err) < 0)
			strlist_push_own(errors, err);
	return 0;
}

int
engine_init(struct engine *e, const struct options *o, struct strlist *errors)
{
	char *err = NULL;

	memset(e, 0, sizeof(*e));
	e->opts = o;
	if (o->now_arg) {
		if (!time_parse_iso(o->now_arg, &e->now)) {
			strlist_pushf(errors, "--now: not an ISO 8601 date or time: '%s'",
				      o->now_arg);
			return -1;
		}
	} else {
		e->now = time_now();
	}
	if (load_patterns(e, o, errors) < 0)
		return -1;
	e->charsets = charset_hold_open();
	if (law_table_load_builtin(&e->law, &err) < 0) {
		strlist_push_own(errors, err);
		return -1;
	}
	return load_calendar(e, o, errors);
}

void
engine_free(struct engine *e)
{
	patset_free(&e->patterns);
	law_table_free(&e->law);
	calendar_free(e->cal);
	e->cal = NULL;
	charset_hold_close(e->charsets);
	e->charsets = NULL;
}

/* The stages' settings from the options; borrows from e. */
static void
stages_of(const struct engine *e, struct pipeline *p)
{
	const struct options *o = e->opts;

	*p = (struct pipeline){
		.now = e->now,
		.me = &o->me,
		.report_lang = o->report_lang,
		.analyze = {
			.now = e->now,
			.cal = e->cal,
			.law = &e->law,
			.jurisdiction = o->jurisdiction,
			.cal_given = o->calendar != NULL || o->holidays.n > 0 ||
				     o->jurisdiction != NULL,
			.answer_within = o->answer_within,
		},
	};
}

void
engine_run(const struct engine *e, struct run *r)
{
	struct ingest g = {0};
	struct pipeline stages;

	stages_of(e, &stages);
	r->now = e->now;
	r->explain = e->opts->explain;
	ingest_run(e, r, &g);
	units_run(e, &stages, &g, r);
	ingest_free(&g);
}
