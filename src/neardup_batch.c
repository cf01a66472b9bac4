/* neardup_batch.c - near-duplicates across a batch: LSH buckets sorted
 * on tapes, union-find over entry numbers, groups counted on tapes. */
#include "neardup.h"

#include <stdlib.h>
#include <string.h>

#include "extsort.h"
#include "util.h"

#define CACHE 16384 /* entries read back and kept at most (direct-mapped,
		     * 9.2 MiB; a batch of fewer entries keeps them all) */
#define BLOCK 32   /* entries read at once on a miss (18 KiB) when the
		    * cache holds the whole batch: each is then read once,
		    * and one read of 32 costs about what one entry's does;
		    * a larger batch misses on entries evicted by others,
		    * and reads only the entry missed */

_Static_assert(CACHE % BLOCK == 0, "a block fills consecutive cache slots");

/* One band of one entry's signature, as sorted into buckets. */
struct band_rec {
	uint64_t key;
	uint32_t band;
	uint32_t entry;
};

/* One entry with its linked set (root) and its conversation. */
struct group_rec {
	uint64_t group;
	uint32_t root, entry, msg, pad;
};

struct batch {
	const struct tape *entries;
	uint32_t *parent;
	size_t n;
	struct neardup_entry *cache;
	uint32_t *cached; /* which entry each cache slot holds */
	size_t slots;	  /* of the cache: a multiple of BLOCK */
	size_t block;	  /* entries read on a miss: BLOCK or 1 */
	neardup_group_fn group_of;
	void *ud;
};

/* ---- union-find ---- */

static uint32_t
find_root(uint32_t *parent, uint32_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

/* ---- entries read back ---- */

/* Entries [first, first + n) into their cache slots (consecutive: a
 * block never wraps, the slots being a multiple of BLOCK); false when
 * they cannot be read. */
static bool
fill_block(struct batch *b, uint32_t first, size_t n)
{
	size_t s = first % b->slots;

	if (tape_read(b->entries, (uint64_t)first * sizeof(struct neardup_entry),
		      &b->cache[s], n * sizeof(b->cache[s])) != 0)
		return false;
	for (size_t i = 0; i < n; i++)
		b->cached[s + i] = first + (uint32_t)i;
	return true;
}

static const struct neardup_entry *
fetch(struct batch *b, uint32_t k)
{
	size_t s = k % b->slots;
	uint32_t first = k - k % b->block;
	size_t n = b->n - first < b->block ? b->n - first : b->block;

	if (b->cached[s] == k)
		return &b->cache[s];
	/* the whole block, or the entry alone if the block cannot be read */
	if (!fill_block(b, first, n) && !fill_block(b, k, 1)) {
		b->cached[s] = UINT32_MAX;
		return NULL;
	}
	return &b->cache[s];
}

/* Two copies of one message, not a reply sent twice. */
static bool
same_message(const struct neardup_entry *a, const struct neardup_entry *b)
{
	if (a->msgid && b->msgid)
		return a->msgid == b->msgid;
	return a->time_set && b->time_set && a->time == b->time;
}

static void
try_link(struct batch *b, uint32_t i, uint32_t j)
{
	uint32_t ri = find_root(b->parent, i), rj = find_root(b->parent, j);
	const struct neardup_entry *p, *q;
	struct neardup_entry a;

	if (ri == rj || (p = fetch(b, i)) == NULL)
		return;
	a = *p; /* fetching j may take p's cache slot */
	if ((q = fetch(b, j)) == NULL || same_message(&a, q) ||
	    neardup_similarity(&a.sig, &q->sig) < NEARDUP_SIMILARITY)
		return;
	if (ri < rj)
		b->parent[rj] = ri;
	else
		b->parent[ri] = rj;
}

/* ---- LSH buckets ---- */

static int
band_cmp(const void *pa, const void *pb)
{
	const struct band_rec *a = pa, *b = pb;

	if (a->band != b->band)
		return a->band < b->band ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* Writes the records of entry number k to out. */
typedef void (*emit_fn)(struct batch *b, const struct neardup_entry *e,
			uint32_t k, struct tape *out);

/* The records emit makes of every entry, sorted by cmp. */
static struct tape *
sorted_records(struct batch *b, emit_fn emit, size_t size,
	       int (*cmp)(const void *, const void *))
{
	struct tape *t = tape_new(), *sorted;
	struct tape_reader rd;
	const struct neardup_entry *e;
	uint32_t k = 0;

	tape_reader_open(&rd, b->entries, 0, UINT64_MAX, 0);
	while (k < b->n && (e = tape_reader_next(&rd, sizeof(*e))) != NULL)
		emit(b, e, k++, t);
	tape_reader_close(&rd);
	sorted = extsort(t, size, cmp, 0);
	tape_free(t);
	return sorted;
}

/* Every band of an entry, for the buckets. */
static void
emit_bands(struct batch *b, const struct neardup_entry *e, uint32_t k,
	   struct tape *out)
{
	(void)b;
	for (uint32_t band = 0; band < NEARDUP_BANDS; band++) {
		struct band_rec r = {neardup_band_key(&e->sig, band), band, k};

		tape_append(out, &r, sizeof(r));
	}
}

/* In each bucket, every member is compared with the NEARDUP_WINDOW
 * members before it (the same pairs as with the ones after it). */
static void
link_buckets(struct batch *b)
{
	struct tape *sorted = sorted_records(b, emit_bands,
					     sizeof(struct band_rec), band_cmp);
	struct tape_reader rd;
	const struct band_rec *r;
	struct band_rec last = {0};
	uint32_t win[NEARDUP_WINDOW];
	size_t in_bucket = 0;

	tape_reader_open(&rd, sorted, 0, UINT64_MAX, 0);
	while ((r = tape_reader_next(&rd, sizeof(*r))) != NULL) {
		size_t w;

		if (in_bucket && (r->band != last.band || r->key != last.key))
			in_bucket = 0;
		last = *r;
		w = in_bucket < NEARDUP_WINDOW ? in_bucket : NEARDUP_WINDOW;
		for (size_t t = in_bucket - w; t < in_bucket; t++)
			try_link(b, win[t % NEARDUP_WINDOW], r->entry);
		win[in_bucket++ % NEARDUP_WINDOW] = r->entry;
	}
	tape_reader_close(&rd);
	tape_free(sorted);
}

/* ---- counting groups ---- */

static int
group_cmp(const void *pa, const void *pb)
{
	const struct group_rec *a = pa, *b = pb;

	if (a->root != b->root)
		return a->root < b->root ? -1 : 1;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static int
near_cmp(const void *pa, const void *pb)
{
	const struct neardup_near *a = pa, *b = pb;

	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* An entry with its linked set and its conversation. */
static void
emit_group(struct batch *b, const struct neardup_entry *e, uint32_t k,
	   struct tape *out)
{
	struct group_rec g = {
		b->group_of ? b->group_of(b->ud, e->group) : e->group,
		find_root(b->parent, k), k, (uint32_t)e->msg, 0};

	tape_append(out, &g, sizeof(g));
}

/* The number of distinct conversations of each linked set, in order. */
static struct tape *
count_runs(const struct tape *sorted)
{
	struct tape *counts = tape_new();
	struct tape_reader rd;
	const struct group_rec *g;
	struct group_rec last = {0};
	uint32_t n = 0;

	tape_reader_open(&rd, sorted, 0, UINT64_MAX, 0);
	while ((g = tape_reader_next(&rd, sizeof(*g))) != NULL) {
		if (n && g->root != last.root) {
			tape_append(counts, &n, sizeof(n));
			n = 0;
		}
		if (n == 0 || g->group != last.group)
			n++;
		last = *g;
	}
	if (n)
		tape_append(counts, &n, sizeof(n));
	tape_reader_close(&rd);
	return counts;
}

/* near = distinct conversations of the linked set, less one's own. */
static struct tape *
count_groups(struct batch *b)
{
	struct tape *sorted = sorted_records(b, emit_group,
					     sizeof(struct group_rec), group_cmp);
	struct tape *counts = count_runs(sorted), *out = tape_new(), *res;
	struct tape_reader rd, rc;
	const struct group_rec *g;
	const uint32_t *c = NULL;
	uint32_t root = 0;

	tape_reader_open(&rd, sorted, 0, UINT64_MAX, 0);
	tape_reader_open(&rc, counts, 0, UINT64_MAX, 0);
	while ((g = tape_reader_next(&rd, sizeof(*g))) != NULL) {
		struct neardup_near x = {g->entry, g->msg, 0};

		if (!c || g->root != root)
			c = tape_reader_next(&rc, sizeof(*c));
		root = g->root;
		x.near = c && *c ? *c - 1 : 0;
		tape_append(out, &x, sizeof(x));
	}
	tape_reader_close(&rd);
	tape_reader_close(&rc);
	res = extsort(out, sizeof(struct neardup_near), near_cmp, 0);
	tape_free(out);
	tape_free(counts);
	tape_free(sorted);
	return res;
}

struct tape *
neardup_solve(const struct tape *entries, neardup_group_fn group_of,
	      void *ud)
{
	uint64_t n = tape_size(entries) / sizeof(struct neardup_entry);
	struct batch b = {entries, NULL, 0, NULL, NULL, 0, 0, group_of, ud};
	struct tape *res;

	b.n = n > NEARDUP_MAX_ENTRIES ? NEARDUP_MAX_ENTRIES : (size_t)n;
	b.parent = xmalloc((b.n + 1) * sizeof(*b.parent));
	b.slots = b.n < CACHE ? (b.n + BLOCK - 1) / BLOCK * BLOCK : CACHE;
	if (b.slots == 0)
		b.slots = BLOCK;
	b.block = b.n <= CACHE ? BLOCK : 1;
	b.cache = xmalloc(b.slots * sizeof(*b.cache));
	b.cached = xmalloc(b.slots * sizeof(*b.cached));
	memset(b.cached, 0xff, b.slots * sizeof(*b.cached));
	for (size_t i = 0; i < b.n; i++)
		b.parent[i] = (uint32_t)i;
	if (b.n > 1)
		link_buckets(&b);
	res = count_groups(&b);
	free(b.parent);
	free(b.cache);
	free(b.cached);
	return res;
}

void
neardup_mark(struct conversation **convs, size_t n)
{
	struct tape *t = tape_new_memory(), *res;
	struct tape_reader rd;
	const struct neardup_near *x;
	size_t *conv_of = NULL, k = 0, cap = 0;

	for (size_t c = 0; c < n; c++) {
		for (size_t i = 0; i < convs[c]->n_msgs; i++) {
			struct neardup_entry e;

			convs[c]->msgs[i].near_convs = 0;
			if (!neardup_entry_init(&e, &convs[c]->msgs[i], i))
				continue;
			e.group = c;
			tape_append(t, &e, sizeof(e));
			conv_of = xgrow(conv_of, &cap, k + 1, sizeof(*conv_of));
			conv_of[k++] = c;
		}
	}
	res = neardup_solve(t, NULL, NULL);
	tape_reader_open(&rd, res, 0, UINT64_MAX, 0);
	while ((x = tape_reader_next(&rd, sizeof(*x))) != NULL)
		if (x->entry < k)
			convs[conv_of[x->entry]]->msgs[x->msg].near_convs = x->near;
	tape_reader_close(&rd);
	tape_free(res);
	tape_free(t);
	free(conv_of);
}
