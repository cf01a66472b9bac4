/* extsort.c - external merge sort of fixed-size records on tapes. */
#include "extsort.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Sorted runs on one tape: run i is [at[i], at[i + 1]), the last one
 * ends at the tape's end. */
struct runs {
	struct tape *t;
	uint64_t *at;
	size_t n, cap;
};

typedef int (*cmp_fn)(const void *, const void *);

static void
runs_add(struct runs *r, uint64_t at)
{
	r->at = xgrow(r->at, &r->cap, r->n + 1, sizeof(*r->at));
	r->at[r->n++] = at;
}

static uint64_t
run_end(const struct runs *r, size_t i)
{
	return i + 1 < r->n ? r->at[i + 1] : tape_size(r->t);
}

/* Cut in into sorted runs of at most 'per' records. */
static void
make_runs(const struct tape *in, size_t size, cmp_fn cmp, size_t per,
	  struct runs *out)
{
	char *v = xmalloc(per * size);
	struct tape_reader rd;
	const void *p;

	out->t = tape_new();
	tape_reader_open(&rd, in, 0, UINT64_MAX, 0);
	for (;;) {
		size_t k = 0;

		while (k < per && (p = tape_reader_next(&rd, size)) != NULL)
			memcpy(v + k++ * size, p, size);
		if (k == 0)
			break;
		qsort(v, k, size, cmp);
		runs_add(out, tape_size(out->t));
		tape_append(out->t, v, k * size);
		if (k < per)
			break;
	}
	tape_reader_close(&rd);
	free(v);
}

/* ---- merging ---- */

struct merge {
	struct tape_reader *rd;
	const char **cur;	/* each reader's current record */
	size_t *heap;		/* reader indices, smallest record on top */
	size_t n;
	cmp_fn cmp;
};

static bool
less(const struct merge *m, size_t a, size_t b)
{
	int c = m->cmp(m->cur[a], m->cur[b]);

	return c < 0 || (c == 0 && a < b);
}

static void
sift_down(struct merge *m, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, s = i, t;

		if (l < m->n && less(m, m->heap[l], m->heap[s]))
			s = l;
		if (l + 1 < m->n && less(m, m->heap[l + 1], m->heap[s]))
			s = l + 1;
		if (s == i)
			return;
		t = m->heap[i];
		m->heap[i] = m->heap[s];
		m->heap[s] = t;
		i = s;
	}
}

/* Runs [first, first + k) of in merged onto out. */
static void
merge_group(const struct runs *in, size_t first, size_t k, size_t size,
	    cmp_fn cmp, struct tape *out)
{
	struct merge m = {xcalloc(k, sizeof(*m.rd)), xcalloc(k, sizeof(char *)),
			  xcalloc(k, sizeof(size_t)), 0, cmp};

	for (size_t i = 0; i < k; i++) {
		size_t cap = EXTSORT_MERGE_BUF - EXTSORT_MERGE_BUF % size;

		tape_reader_open(&m.rd[i], in->t, in->at[first + i],
				 run_end(in, first + i), cap);
		m.cur[i] = tape_reader_next(&m.rd[i], size);
		if (m.cur[i])
			m.heap[m.n++] = i;
	}
	for (size_t i = m.n; i-- > 0;)
		sift_down(&m, i);
	while (m.n) {
		size_t top = m.heap[0];

		tape_append(out, m.cur[top], size);
		m.cur[top] = tape_reader_next(&m.rd[top], size);
		if (!m.cur[top])
			m.heap[0] = m.heap[--m.n];
		sift_down(&m, 0);
	}
	for (size_t i = 0; i < k; i++)
		tape_reader_close(&m.rd[i]);
	free(m.rd);
	free(m.cur);
	free(m.heap);
}

/* One merge pass: every EXTSORT_FANIN runs become one. */
static void
merge_pass(struct runs *r, size_t size, cmp_fn cmp)
{
	struct runs out = {tape_new(), NULL, 0, 0};

	for (size_t i = 0; i < r->n; i += EXTSORT_FANIN) {
		size_t k = r->n - i < EXTSORT_FANIN ? r->n - i : EXTSORT_FANIN;

		runs_add(&out, tape_size(out.t));
		merge_group(r, i, k, size, cmp, out.t);
	}
	tape_free(r->t);
	free(r->at);
	*r = out;
}

struct tape *
extsort(const struct tape *in, size_t size, cmp_fn cmp, size_t run_bytes)
{
	size_t per = (run_bytes ? run_bytes : EXTSORT_RUN) / size;
	struct runs r = {0};

	make_runs(in, size, cmp, per ? per : 1, &r);
	while (r.n > 1)
		merge_pass(&r, size, cmp);
	free(r.at);
	return r.t;
}
