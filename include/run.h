/* run.h - the batch: load patterns and calendar, read and analyze every
 * input (in worker threads), collect the results in input order. */
#ifndef ESC_RUN_H
#define ESC_RUN_H

#include "calendar.h"
#include "law.h"
#include "cli.h"
#include "patterns.h"
#include "progress.h"
#include "batch.h"

struct engine {
	const struct options *opts;
	struct patset patterns;
	struct calendar *cal;
	struct law_table law; /* the legal periods (docs/law.md) */
	struct esc_time now;
	/* Called for each conversation as soon as it and all before it are
	 * analyzed, in report order, one call at a time; may be NULL. */
	void (*on_done)(void *ud, const struct conversation *c);
	void *on_done_ud;
	/* Free each conversation once on_done has it: memory stays bounded
	 * by the largest thread, and engine_run leaves r->convs empty. */
	bool stream_free;
	/* The progress line (progress.h), or NULL. */
	struct progress *progress;
	/* Legacy charset converters kept loaded (charset.h). */
	struct charset_hold *charsets;
};

/* Load patterns and calendars from the options. A bad --patterns or
 * --holidays file is left out and listed in 'errors' ("PATH:LINE:
 * message"); the batch can go on. Returns -1 when it cannot (a bad
 * --now or --calendar, broken built-ins), with the reason in 'errors'. */
int engine_init(struct engine *e, const struct options *o,
		struct strlist *errors);
void engine_free(struct engine *e);

/* Read and analyze every PATH of the options into 'r' (zeroed by the
 * caller): r->inputs in walk order, r->convs with ids c1, c2, ... */
void engine_run(const struct engine *e, struct run *r);

#endif /* ESC_RUN_H */
