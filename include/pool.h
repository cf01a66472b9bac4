/* pool.h - a parallel pass: worker threads take items by index until
 * none is left. Each worker makes its own state with 'wnew' (never
 * shared: libmagic cookies, PCRE2 match data) and frees it with 'wfree'.
 * The calling thread works too. Results go into the caller's arrays by
 * index, so their order never depends on the scheduling. */
#ifndef ESC_POOL_H
#define ESC_POOL_H

#include <pthread.h>
#include <stddef.h>

#include "run.h"

struct pass {
	const struct engine *e; /* e->opts->jobs gives the thread count */
	size_t n;		/* items 0..n-1 */
	size_t next;		/* next item to take (under lock) */
	pthread_mutex_t lock;
	void *(*wnew)(const struct engine *e);
	void (*wfree)(void *w);
	void (*item)(const struct engine *e, void *w, void *ctx, size_t i);
	void *ctx;
};

/* Run the pass to the end; returns when every item is done. */
void pass_run(struct pass *p);

#endif /* ESC_POOL_H */
