/* run.c - the batch pipeline: walk, read, detect, analyze, in threads. */
#include "run.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "detect.h"
#include "ladder.h"
#include "match.h"
#include "reader.h"
#include "walk.h"

/* One file to process and what came of it. */
struct job {
	char *path;
	bool in_dir; /* found by walking a directory */
	struct input_result res;
	struct conv_list convs;
};

struct pool {
	const struct engine *e;
	struct job *jobs;
	size_t n_jobs;
	size_t next;
	pthread_mutex_t lock;
};

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
	if (patset_compile(&e->patterns, &err) < 0)
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

	e->cal = calendar_new();
	if (o->calendar &&
	    calendar_load_builtin(e->cal, o->calendar, &err) < 0) {
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
	return load_calendar(e, o, errors);
}

void
engine_free(struct engine *e)
{
	patset_free(&e->patterns);
	calendar_free(e->cal);
	e->cal = NULL;
}

/* Per-thread state: never shared between workers. */
struct worker {
	struct detector *det;
	struct matcher *m;
	char *det_err;
};

static void
analyze_all(const struct engine *e, struct worker *w, struct job *j)
{
	struct analyze_opts ao = {.now = e->now, .cal = e->cal};

	for (size_t i = 0; i < j->convs.n; i++) {
		struct conversation *c = j->convs.v[i];

		roles_assign(c, &e->opts->me);
		analyze_conversation(c, w->m, &ao, &j->res.errors);
		ladder_decide(c, e->now);
		draft_compose(c, e->now);
		j->res.messages += c->n_msgs;
	}
}

/* A format no reader takes: a note inside a directory, an error for a
 * file named on the command line. */
static void
skip_unreadable_format(struct job *j, char *why)
{
	strlist_push_own(&j->res.errors, why ? why
					     : xstrdup("unrecognized format"));
	if (!j->in_dir)
		j->res.failed = true;
}

static void
process_job(const struct engine *e, struct worker *w, struct job *j)
{
	char *err = NULL, *why = NULL, *data;
	size_t len;

	j->res.path = xstrdup(j->path);
	data = read_file(j->path, &len, &err);
	if (!data) {
		strlist_push_own(&j->res.errors, err);
		j->res.failed = true;
		return;
	}
	j->res.format = w->det ? detect_format(w->det, j->path, data, len, &why)
			       : FMT_UNKNOWN;
	if (!w->det)
		why = xasprintf("format detection unavailable: %s", w->det_err);
	if (j->res.format == FMT_BINARY || j->res.format == FMT_UNKNOWN ||
	    j->res.format == FMT_UNSUPPORTED) {
		skip_unreadable_format(j, why);
		free(data);
		return;
	}
	free(why);
	if (reader_read(j->path, j->res.format, data, len, &j->convs,
			&j->res.errors) < 0 && j->convs.n == 0)
		j->res.failed = true;
	free(data);
	analyze_all(e, w, j);
}

static void *
worker_main(void *arg)
{
	struct pool *p = arg;
	struct worker w = {0};

	w.det = detector_new(&w.det_err);
	w.m = matcher_new(&p->e->patterns);
	for (;;) {
		size_t i;

		pthread_mutex_lock(&p->lock);
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (i >= p->n_jobs)
			break;
		process_job(p->e, &w, &p->jobs[i]);
	}
	matcher_free(w.m);
	detector_free(w.det);
	free(w.det_err);
	return NULL;
}

static void
run_pool(const struct engine *e, struct job *jobs, size_t n)
{
	struct pool p = {.e = e, .jobs = jobs, .n_jobs = n};
	size_t nt = (size_t)e->opts->jobs;
	pthread_t *tids;
	size_t started = 0;

	if (nt > n)
		nt = n ? n : 1;
	pthread_mutex_init(&p.lock, NULL);
	tids = xcalloc(nt, sizeof(*tids));
	for (size_t i = 1; i < nt; i++)
		if (pthread_create(&tids[started], NULL, worker_main, &p) == 0)
			started++;
	worker_main(&p); /* the main thread works too */
	for (size_t i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	free(tids);
	pthread_mutex_destroy(&p.lock);
}

/* An input entry for a walk message "PATH: message" (strerror texts and
 * our notes have no ": " of their own, so the last one separates). */
static void
add_walk_entry(struct run *r, const char *msg, bool failed)
{
	const char *sep = NULL, *p = msg;
	struct input_result *ir;

	while ((p = strstr(p, ": ")) != NULL)
		sep = p++;
	r->inputs = xrealloc(r->inputs, (r->n_inputs + 1) * sizeof(*r->inputs));
	ir = &r->inputs[r->n_inputs++];
	memset(ir, 0, sizeof(*ir));
	ir->path = sep ? xstrndup(msg, (size_t)(sep - msg)) : xstrdup(msg);
	ir->failed = failed;
	strlist_push(&ir->errors, sep ? sep + 2 : "skipped");
}

/* Expand the PATH arguments into jobs, in argument then walk order. */
static struct job *
collect_jobs(const struct options *o, size_t *n_out, struct run *r)
{
	struct job *jobs = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < o->paths.n; i++) {
		struct strlist files = {0}, errors = {0}, notes = {0};
		const char *top = o->paths.v[i];

		walk_path(top, &files, &errors, &notes);
		for (size_t k = 0; k < files.n; k++) {
			jobs = xgrow(jobs, &cap, n + 1, sizeof(*jobs));
			memset(&jobs[n], 0, sizeof(jobs[n]));
			jobs[n].path = files.v[k];
			jobs[n].in_dir = strcmp(files.v[k], top) != 0;
			files.v[k] = NULL;
			n++;
		}
		for (size_t k = 0; k < errors.n; k++)
			add_walk_entry(r, errors.v[k], true);
		for (size_t k = 0; k < notes.n; k++)
			add_walk_entry(r, notes.v[k], false);
		strlist_free(&files);
		strlist_free(&errors);
		strlist_free(&notes);
	}
	*n_out = n;
	return jobs;
}

static void
gather(struct run *r, struct job *jobs, size_t n)
{
	size_t id = 0;

	r->inputs = xrealloc(r->inputs,
			     (r->n_inputs + n + 1) * sizeof(*r->inputs));
	for (size_t i = 0; i < n; i++) {
		struct job *j = &jobs[i];

		r->inputs[r->n_inputs++] = j->res;
		for (size_t k = 0; k < j->convs.n; k++) {
			r->convs = xrealloc(r->convs, (r->n_convs + 1) *
							      sizeof(*r->convs));
			j->convs.v[k]->id = xasprintf("c%zu", ++id);
			r->convs[r->n_convs++] = j->convs.v[k];
		}
		free(j->convs.v);
		free(j->path);
	}
}

void
engine_run(const struct engine *e, struct run *r)
{
	size_t n = 0;
	struct job *jobs = collect_jobs(e->opts, &n, r);

	r->now = e->now;
	r->explain = e->opts->explain;
	run_pool(e, jobs, n);
	gather(r, jobs, n);
	free(jobs);
}

bool
run_had_failure(const struct run *r)
{
	for (size_t i = 0; i < r->n_inputs; i++)
		if (r->inputs[i].failed)
			return true;
	return false;
}

void
run_free(struct run *r)
{
	for (size_t i = 0; i < r->n_inputs; i++) {
		free(r->inputs[i].path);
		strlist_free(&r->inputs[i].errors);
	}
	for (size_t i = 0; i < r->n_convs; i++)
		conversation_free(r->convs[i]);
	free(r->inputs);
	free(r->convs);
	memset(r, 0, sizeof(*r));
}
