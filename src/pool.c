/* pool.c - a parallel pass over numbered items with per-worker state. */
#include "pool.h"

#include <stdlib.h>

#include "util.h"

static void *
pass_worker(void *arg)
{
	struct pass *p = arg;
	void *w = p->wnew(p->ctx);

	for (;;) {
		size_t i;

		pthread_mutex_lock(&p->lock);
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (i >= p->n)
			break;
		p->item(w, p->ctx, i);
	}
	p->wfree(w);
	return NULL;
}

void
pass_run(struct pass *p)
{
	size_t nt = p->threads ? p->threads : 1, started = 0;
	pthread_t *tids;

	if (nt > p->n)
		nt = p->n ? p->n : 1;
	pthread_mutex_init(&p->lock, NULL);
	tids = xcalloc(nt, sizeof(*tids));
	for (size_t i = 1; i < nt; i++)
		if (pthread_create(&tids[started], NULL, pass_worker, p) == 0)
			started++;
	pass_worker(p); /* the main thread works too */
	for (size_t i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	free(tids);
	pthread_mutex_destroy(&p->lock);
}
