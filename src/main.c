/* main.c - the command line: options, the batch, the report, the exit. */
#include <errno.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"
#include "output.h"
#include "report.h"
#include "run.h"

static void
list_patterns(const struct patset *ps, FILE *out)
{
	for (size_t i = 0; i < ps->n; i++) {
		const struct pattern *p = &ps->v[i];

		fprintf(out, "%s\t%s\t%s\t%s\n", p->id, pat_type_name(p->type),
			p->lang, p->regex);
	}
}

/* One "escalate: warning: PATH: message" (or error:) line; names and
 * messages come from the input, so no control byte reaches the
 * terminal. */
static void
print_safe(const char *level, const char *path, const char *msg)
{
	struct buf b = {0};

	buf_printf(&b, "escalate: %s: ", level);
	safe_text_append(&b, path, true);
	buf_puts(&b, ": ");
	safe_text_append(&b, msg, true);
	fprintf(stderr, "%s\n", b.s);
	buf_free(&b);
}

/* What is wrong with the inputs: an input that could not be read is an
 * error, anything else a warning (-q silences those, --no-messages
 * both). The report's summary names the inputs that failed. */
static void
print_input_messages(const struct options *o, const struct run *r)
{
	if (o->no_messages)
		return;
	for (size_t i = 0; i < r->n_inputs; i++) {
		const struct input_result *in = &r->inputs[i];

		if (!in->failed && o->quiet)
			continue;
		for (size_t k = 0; k < in->diags.n; k++) {
			char *msg = diag_text(&in->diags.v[k]);

			print_safe(in->failed ? "error" : "warning", in->path,
				   msg);
			free(msg);
		}
	}
}

/* The conversation's step reaches --fail-on. */
static bool
conv_over(const struct options *o, const struct conversation *c)
{
	int limit = action_step(o->fail_on);
	const struct escalation *e = &c->esc;

	if (o->fail_never)
		return false;
	if (e->action != ACT_NONE && e->action != ACT_RESOLVED &&
	    e->step >= limit)
		return true;
	return limit == 0 && e->action == o->fail_on;
}

static bool
over_threshold(const struct options *o, const struct run *r)
{
	for (size_t i = 0; i < r->n_convs; i++)
		if (conv_over(o, r->convs[i]))
			return true;
	return false;
}

typedef int (*report_fn)(FILE *out, const struct run *r);

static const report_fn report_writers[] = {
	[OUT_TEXT] = report_text, [OUT_JSON] = report_json,
	[OUT_JSONL] = report_jsonl, [OUT_CSV] = report_csv,
	[OUT_HTML] = report_html,
};

/* Open where the report goes, before the batch runs; false after a
 * message. */
static bool
open_report(const struct options *o, struct sink *s)
{
	if (sink_open(s, o->output))
		return true;
	fprintf(stderr, "escalate: error: %s: %s\n", o->output, strerror(errno));
	return false;
}

/* JSON Lines are written as the conversations finish, in input order. */
struct line_stream {
	const struct options *o;
	FILE *f;		/* NULL: nothing written (--quiet) */
	int rc;
	bool over;		/* some conversation reached --fail-on */
};

static void
stream_line(void *ud, const struct conversation *c)
{
	struct line_stream *ls = ud;

	ls->over |= conv_over(ls->o, c);
	if (ls->f && ls->rc == 0 &&
	    (report_jsonl_line_explain(ls->f, c, ls->o->explain) < 0 ||
	     fflush(ls->f) != 0))
		ls->rc = -1;
}

/* Write the other formats now, then close the sink. */
static int
finish_report(const struct options *o, struct sink *s, struct run *r,
	      int rc)
{
	r->color = o->output ? o->color == WHEN_ALWAYS
			     : cli_color(o, STDOUT_FILENO);
	r->csv_bom = o->csv_bom;
	r->in_tz = o->tz != NULL;
	r->report_lang = o->report_lang;
	if (rc == 0 && o->format != OUT_JSONL)
		rc = report_writers[o->format](s->f, r);
	if ((rc = sink_close(s, o->output, rc)) < 0)
		fprintf(stderr, "escalate: error: %s: write error\n",
			o->output ? o->output : "stdout");
	return rc;
}

static void
print_errors(const struct strlist *errors)
{
	for (size_t i = 0; i < errors->n; i++)
		fprintf(stderr, "escalate: error: %s\n", errors->v[i]);
}

static int
run_batch(const struct options *o)
{
	struct engine e;
	struct run r = {0};
	struct strlist errors = {0};
	struct sink s;
	struct line_stream ls = {o, NULL, 0, false};
	int status;

	if (engine_init(&e, o, &errors) < 0) {
		print_errors(&errors);
		strlist_free(&errors);
		engine_free(&e);
		return EXIT_TROUBLE;
	}
	print_errors(&errors);
	if (o->list_patterns) {
		list_patterns(&e.patterns, stdout);
		status = errors.n ? EXIT_TROUBLE : EXIT_OK;
		goto done;
	}
	if (!o->quiet && !open_report(o, &s)) {
		status = EXIT_TROUBLE;
		goto done;
	}
	if (o->quiet || o->format == OUT_JSONL) {
		ls.f = o->quiet ? NULL : s.f;
		e.on_done = stream_line;
		e.on_done_ud = &ls;
		e.stream_free = true;
	}
	e.progress = cli_progress(o) ? progress_start(stderr) : NULL;
	engine_run(&e, &r);
	progress_stop(e.progress);
	e.progress = NULL;
	print_input_messages(o, &r);
	status = ls.over || over_threshold(o, &r) ? EXIT_THRESHOLD : EXIT_OK;
	if ((!o->quiet && finish_report(o, &s, &r, ls.rc) < 0) || errors.n ||
	    run_had_failure(&r))
		status = EXIT_TROUBLE;
	run_free(&r);
done:
	strlist_free(&errors);
	engine_free(&e);
	return status;
}

/* Blocks of MMAP_THRESHOLD bytes and more (a message's bytes, decoded
 * parts) are mapped and unmapped on their own. glibc would otherwise
 * raise the threshold after the first such block is freed and keep
 * later ones in each worker thread's heap, so that peak memory would
 * depend on which thread met the big messages (docs/performance.md). */
#define MMAP_THRESHOLD (128 * 1024)
/* Free memory at the top of a heap is given back to the system only
 * past TRIM_THRESHOLD bytes: with glibc's 128 KiB (fixed once the mmap
 * threshold is set) compiling the patterns shrank and grew the heap
 * 2,362 times (brk), each time faulting its pages in again; with 4 MiB,
 * 42 times, for 0.4 MiB more peak memory (docs/performance.md). */
#define TRIM_THRESHOLD (4 * 1024 * 1024)

static void
tune_malloc(void)
{
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
	mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD);
#endif
}

int
main(int argc, char **argv)
{
	struct options o = {0};
	int status = EXIT_TROUBLE;

	switch (cli_parse(argc, argv, &o, stdout, stderr)) {
	case CLI_EXIT_OK:
		status = EXIT_OK;
		break;
	case CLI_USAGE:
		break;
	case CLI_RUN:
		if (!cli_apply_tz(&o, stderr))
			break;
		tune_malloc();
		xmlInitParser();
		status = run_batch(&o);
		xmlCleanupParser();
		break;
	}
	options_free(&o);
	return status;
}
