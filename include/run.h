/* run.h - the batch: load patterns and calendar, read and analyze every
 * input (in worker threads), collect the results in input order. */
#ifndef ESC_RUN_H
#define ESC_RUN_H

#include "batch.h"
#include "engine.h"

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
