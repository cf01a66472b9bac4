/* check_pool.c - a parallel pass with a stub item function: every item
 * done once, per-worker state never shared, any thread count. */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>

#include "pool.h"
#include "suite.h"

#define ITEMS 1000

struct tally {
	int done[ITEMS];       /* each item's count of runs */
	void *by[ITEMS];       /* the worker state that ran it */
	size_t workers, freed; /* states made, states freed */
	pthread_mutex_t lock;
};

struct worker {
	struct tally *t;
	size_t items;
};

static void *
w_new(void *ctx)
{
	struct tally *t = ctx;
	struct worker *w = calloc(1, sizeof(*w));

	w->t = t;
	pthread_mutex_lock(&t->lock);
	t->workers++;
	pthread_mutex_unlock(&t->lock);
	return w;
}

static void
w_free(void *arg)
{
	struct worker *w = arg;

	pthread_mutex_lock(&w->t->lock);
	w->t->freed++;
	pthread_mutex_unlock(&w->t->lock);
	free(w);
}

static void
w_item(void *arg, void *ctx, size_t i)
{
	struct worker *w = arg;
	struct tally *t = ctx;

	w->items++;
	t->done[i]++; /* item i is this worker's alone */
	t->by[i] = w;
}

struct pool_case {
	size_t threads, n;
	size_t max_workers; /* states at most: min(threads, n), at least 1 */
};

static const struct pool_case cases[] = {
	{1, ITEMS, 1}, {2, ITEMS, 2}, {4, ITEMS, 4}, {8, 3, 3},
	{4, 1, 1},     {0, 5, 1},     {3, 0, 1},
};

START_TEST(test_pass)
{
	const struct pool_case *k = &cases[_i];
	struct tally *t = calloc(1, sizeof(*t));
	struct pass p = {.threads = k->threads, .n = k->n, .wnew = w_new,
			 .wfree = w_free, .item = w_item, .ctx = t};

	pthread_mutex_init(&t->lock, NULL);
	pass_run(&p);
	for (size_t i = 0; i < k->n; i++) {
		ck_assert_msg(t->done[i] == 1, "threads %zu: item %zu ran %d times",
			      k->threads, i, t->done[i]);
		ck_assert_ptr_nonnull(t->by[i]);
	}
	for (size_t i = k->n; i < ITEMS; i++)
		ck_assert_int_eq(t->done[i], 0);
	ck_assert_uint_ge(t->workers, 1);
	ck_assert_uint_le(t->workers, k->max_workers);
	ck_assert_uint_eq(t->freed, t->workers);
	pthread_mutex_destroy(&t->lock);
	free(t);
}
END_TEST

UNIT_SUITE(pool,
	UNIT_ROWS(test_pass, cases))
