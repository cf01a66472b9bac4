/* run.c - the batch pipeline: walk, read, detect, analyze, in threads. */
#include "run.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "detect.h"
#include "ladder.h"
#include "match.h"
#include "mbox.h"
#include "pool.h"
#include "reader.h"
#include "thread.h"
#include "walk.h"

/* One file to process and what came of it. */
struct job {
	char *path;
	bool in_dir; /* found by walking a directory */
	struct input_result res;
	struct conv_list convs;
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

/* Reading: a libmagic cookie per worker. */
struct read_worker {
	struct detector *det;
	char *det_err;
};

static void *
read_worker_new(const struct engine *e)
{
	struct read_worker *w = xcalloc(1, sizeof(*w));

	(void)e;
	w->det = detector_new(&w->det_err);
	return w;
}

static void
read_worker_free(void *arg)
{
	struct read_worker *w = arg;

	detector_free(w->det);
	free(w->det_err);
	free(w);
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

#define DETECT_HEAD (64u * 1024u) /* bytes format detection looks at */

/* The first bytes of a regular file, for detection; NULL with *err. */
static char *
read_head(const char *path, size_t *len, char **err)
{
	FILE *f = fopen(path, "rb");
	char *buf;

	if (!f) {
		*err = xstrdup(strerror(errno));
		return NULL;
	}
	buf = xmalloc(DETECT_HEAD + 1);
	*len = fread(buf, 1, DETECT_HEAD, f);
	buf[*len] = '\0';
	if (ferror(f)) {
		*err = xstrdup(strerror(errno));
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* An mbox is streamed message by message, never read whole. */
static void
stream_mbox(struct job *j)
{
	FILE *f = fopen(j->path, "rb");

	if (!f) {
		strlist_push(&j->res.errors, strerror(errno));
		j->res.failed = true;
		return;
	}
	if (mbox_read_stream(f, j->path, &j->convs, &j->res.errors) < 0 &&
	    j->convs.n == 0)
		j->res.failed = true;
	fclose(f);
}

static bool
detect_job(struct read_worker *w, struct job *j, const char *head,
	   size_t len)
{
	char *why = NULL;

	j->res.format = w->det ? detect_format(w->det, j->path, head, len, &why)
			       : FMT_UNKNOWN;
	if (!w->det)
		why = xasprintf("format detection unavailable: %s", w->det_err);
	if (j->res.format == FMT_BINARY || j->res.format == FMT_UNKNOWN ||
	    j->res.format == FMT_UNSUPPORTED) {
		skip_unreadable_format(j, why);
		return false;
	}
	free(why);
	return true;
}

static void
read_whole(struct job *j, char *data, size_t len)
{
	if (reader_read(j->path, j->res.format, data, len, &j->convs,
			&j->res.errors) < 0 && j->convs.n == 0)
		j->res.failed = true;
}

static void
read_job(const struct engine *e, void *wp, void *ctx, size_t i)
{
	struct job *j = &((struct job *)ctx)[i];
	bool is_stdin = strcmp(j->path, "-") == 0;
	char *err = NULL, *data;
	size_t len;

	(void)e;
	j->res.path = xstrdup(j->path);
	data = is_stdin ? read_file(j->path, &len, &err)
			: read_head(j->path, &len, &err);
	if (!data) {
		strlist_push_own(&j->res.errors, err);
		j->res.failed = true;
		return;
	}
	if (detect_job(wp, j, data, len)) {
		if (j->res.format == FMT_MBOX && !is_stdin) {
			stream_mbox(j);
		} else if (is_stdin || len < DETECT_HEAD) {
			read_whole(j, data, len);
		} else {
			free(data);
			data = read_file(j->path, &len, &err);
			if (data)
				read_whole(j, data, len);
			else
				strlist_push_own(&j->res.errors, err);
			j->res.failed |= !data;
		}
	}
	free(data);
	for (size_t k = 0; k < j->convs.n; k++)
		j->res.messages += j->convs.v[k]->n_msgs;
}

/* Analysis: a matcher per worker; warnings per conversation; finished
 * conversations handed to on_done in order as soon as they can be. */
struct analysis {
	struct conversation **convs;
	size_t n;
	struct strlist *warnings; /* parallel to convs */
	bool *done;		  /* parallel to convs */
	size_t emitted;		  /* convs[0..emitted) handed over */
	pthread_mutex_t lock;	  /* guards done, emitted, on_done */
};

static void
emit_ready(const struct engine *e, struct analysis *a, size_t i)
{
	pthread_mutex_lock(&a->lock);
	a->done[i] = true;
	while (a->emitted < a->n && a->done[a->emitted]) {
		if (e->on_done)
			e->on_done(e->on_done_ud, a->convs[a->emitted]);
		a->emitted++;
	}
	pthread_mutex_unlock(&a->lock);
}

static void *
analyze_worker_new(const struct engine *e)
{
	return matcher_new(&e->patterns);
}

static void
analyze_worker_free(void *w)
{
	matcher_free(w);
}

static void
analyze_one(const struct engine *e, void *m, void *ctx, size_t i)
{
	struct analysis *a = ctx;
	struct conversation *c = a->convs[i];
	struct analyze_opts ao = {.now = e->now, .cal = e->cal};

	roles_assign(c, &e->opts->me);
	analyze_conversation(c, m, &ao, &a->warnings[i]);
	ladder_decide(c, e->now);
	draft_compose(c, e->now);
	emit_ready(e, a, i);
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

/* Inputs in walk order, conversations in input order. */
static void
gather(struct run *r, struct job *jobs, size_t n)
{
	r->inputs = xrealloc(r->inputs,
			     (r->n_inputs + n + 1) * sizeof(*r->inputs));
	for (size_t i = 0; i < n; i++) {
		struct job *j = &jobs[i];

		r->inputs[r->n_inputs++] = j->res;
		for (size_t k = 0; k < j->convs.n; k++) {
			r->convs = xrealloc(r->convs, (r->n_convs + 1) *
							      sizeof(*r->convs));
			r->convs[r->n_convs++] = j->convs.v[k];
		}
		free(j->convs.v);
		free(j->path);
	}
}

/* The tickets of an e-mail before analysis, for threading by ticket. */
static void
prescan_tickets(struct matcher *m, struct conversation *c)
{
	struct hitlist hits = {0};
	struct strlist warn = {0};

	for (size_t i = 0; i < c->n_msgs; i++) {
		const char *text = c->msgs[i].text ? c->msgs[i].text : "";

		hitlist_clear(&hits);
		matcher_scan(m, text, strlen(text), 1u << PAT_TICKET, &hits,
			     &warn);
		for (size_t k = 0; k < hits.n; k++) {
			size_t len;
			const char *id = hit_group(&hits.v[k], text, "id", &len);
			char *v = id ? ticket_normalize(id, len) : NULL;

			if (v && *v && !strlist_contains(&c->tickets, v))
				strlist_push_own(&c->tickets, v);
			else
				free(v);
		}
	}
	hitlist_free(&hits);
	strlist_free(&warn);
}

/* SPEC 3: e-mails grouped into threads across all inputs, and the day
 * files of a Slack channel joined. Analysis finds the tickets again, so
 * the prescan's are dropped afterwards. */
static void
thread_emails(const struct engine *e, struct run *r)
{
	struct matcher *m = matcher_new(&e->patterns);
	struct conv_list l = {r->convs, r->n_convs, r->n_convs};
	struct strlist notes = {0};

	for (size_t i = 0; i < l.n; i++)
		if (strcmp(l.v[i]->channel, "email") == 0)
			prescan_tickets(m, l.v[i]);
	thread_join_slack(&l);
	thread_group(&l, &notes);
	r->convs = l.v;
	r->n_convs = l.n;
	for (size_t i = 0; i < l.n; i++) {
		strlist_free(&l.v[i]->tickets);
		l.v[i]->id = xasprintf("c%zu", i + 1);
	}
	strlist_free(&notes);
	matcher_free(m);
}

/* Inputs indexed by path, to file warnings under them. */
struct path_index {
	const char *path;
	struct input_result *in;
};

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct path_index *)a)->path,
		      ((const struct path_index *)b)->path);
}

/* Analysis warnings go to the input the conversation came from. */
static void
file_warnings(struct run *r, struct strlist *warnings)
{
	struct path_index *idx = xcalloc(r->n_inputs + 1, sizeof(*idx));

	for (size_t i = 0; i < r->n_inputs; i++)
		idx[i] = (struct path_index){r->inputs[i].path, &r->inputs[i]};
	qsort(idx, r->n_inputs, sizeof(*idx), by_path);
	for (size_t i = 0; i < r->n_convs; i++) {
		struct path_index key = {r->convs[i]->source, NULL};
		struct path_index *hit =
			bsearch(&key, idx, r->n_inputs, sizeof(*idx), by_path);

		/* a joined conversation (a Slack channel) has no one input */
		for (size_t k = 0; k < warnings[i].n; k++)
			strlist_push(hit ? &hit->in->errors : &r->convs[i]->notes,
				     warnings[i].v[k]);
		strlist_free(&warnings[i]);
	}
	free(idx);
}

void
engine_run(const struct engine *e, struct run *r)
{
	size_t n = 0;
	struct job *jobs = collect_jobs(e->opts, &n, r);
	struct pass reading = {.e = e, .n = n, .wnew = read_worker_new,
			       .wfree = read_worker_free, .item = read_job,
			       .ctx = jobs};
	struct analysis a;
	struct pass analyzing = {.e = e, .wnew = analyze_worker_new,
				 .wfree = analyze_worker_free,
				 .item = analyze_one, .ctx = &a};

	r->now = e->now;
	r->explain = e->opts->explain;
	pass_run(&reading);
	gather(r, jobs, n);
	free(jobs);
	thread_emails(e, r);
	a.convs = r->convs;
	a.n = analyzing.n = r->n_convs;
	a.warnings = xcalloc(r->n_convs + 1, sizeof(*a.warnings));
	a.done = xcalloc(r->n_convs + 1, sizeof(*a.done));
	a.emitted = 0;
	pthread_mutex_init(&a.lock, NULL);
	pass_run(&analyzing);
	pthread_mutex_destroy(&a.lock);
	file_warnings(r, a.warnings);
	free(a.warnings);
	free(a.done);
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
