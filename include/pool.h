/* pool.h - a parallel pass: worker threads take items by index until
 * none is left. Each worker makes its own state with 'wnew' (never
 * shared: libmagic cookies, PCRE2 match data) and frees it with 'wfree'.
 * The calling thread works too. Results go into the caller's arrays by
 * index, so their order never depends on the scheduling. The pass knows
 * nothing of what the items are: 'ctx' is the caller's. */
#ifndef ESC_POOL_H
#define ESC_POOL_H

#include <pthread.h>
#include <stddef.h>

struct pass {
	size_t threads;		/* at most this many, the caller's included */
	size_t n;		/* items 0..n-1 */
	size_t next;		/* next item to take (under lock) */
	pthread_mutex_t lock;
	void *(*wnew)(void *ctx);
	void (*wfree)(void *w);
	void (*item)(void *w, void *ctx, size_t i);
	void *ctx;
};

/* Run the pass to the end; returns when every item is done. */
void pass_run(struct pass *p);

#endif /* ESC_POOL_H */
