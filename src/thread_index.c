/* thread_index.c - threading e-mails by hashed keys and union-find. */
#include "thread_index.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "thread.h"

struct u64vec {
	uint64_t *v;
	size_t n, cap;
};

struct titem {
	size_t parent;	   /* union-find; a root is its earliest item */
	size_t keys;	   /* first key in the arena: tickets, then ids */
	uint32_t n_tickets;
	uint32_t n_ids;
	uint64_t subject;  /* 0: no subject */
	unsigned links;	   /* on roots: thread_link bits */
};

struct thread_index {
	struct titem *it;
	size_t n, cap;
	struct u64vec arena; /* the keys of all items */
};

/* ---- hashing ---- */

static uint64_t
hash_bytes(const char *s, size_t n, uint64_t seed)
{
	uint64_t h = 1469598103934665603ULL ^ seed;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	h ^= h >> 29; /* spread the last bytes into the high bits */
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h ? h : 1; /* 0 means "none" */
}

static void
vec_push(struct u64vec *v, uint64_t x)
{
	v->v = xgrow(v->v, &v->cap, v->n + 1, sizeof(*v->v));
	v->v[v->n++] = x;
}

static bool
vec_has(const uint64_t *v, size_t n, uint64_t x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == x)
			return true;
	return false;
}

/* Append x to the arena unless the item (from 'first') has it. */
static bool
push_key(struct thread_index *ti, size_t first, uint64_t x)
{
	if (vec_has(ti->arena.v + first, ti->arena.n - first, x))
		return false;
	vec_push(&ti->arena, x);
	return true;
}

/* ---- adding an item ---- */

static uint32_t
add_tickets(struct thread_index *ti, const struct conversation *c)
{
	struct strlist t = {0};
	size_t first = ti->arena.n;
	uint32_t n = 0;

	for (size_t i = 0; i < c->tickets.n; i++)
		strlist_push(&t, c->tickets.v[i]);
	thread_subject_tickets(c->subject, &t);
	for (size_t i = 0; i < c->n_msgs; i++)
		thread_subject_tickets(c->msgs[i].subject, &t);
	for (size_t i = 0; i < t.n; i++)
		n += push_key(ti, first, hash_bytes(t.v[i], strlen(t.v[i]), 1));
	strlist_free(&t);
	return n;
}

/* The ids a message names: Message-ID, In-Reply-To, References (at
 * most THREAD_MAX_IDS of them). */
static uint32_t
add_message_ids(struct thread_index *ti, size_t first,
		const struct message *m)
{
	const char *r = m->references, *e;
	uint32_t n = 0;
	size_t k = 0;

	if (m->message_id && *m->message_id)
		n += push_key(ti, first,
			      hash_bytes(m->message_id, strlen(m->message_id), 2));
	if (m->in_reply_to && *m->in_reply_to)
		n += push_key(ti, first,
			      hash_bytes(m->in_reply_to, strlen(m->in_reply_to), 2));
	while (r && *r && k++ < THREAD_MAX_IDS) {
		while (*r == ' ')
			r++;
		for (e = r; *e && *e != ' '; e++)
			;
		if (e > r)
			n += push_key(ti, first,
				      hash_bytes(r, (size_t)(e - r), 2));
		r = e;
	}
	return n;
}

static uint64_t
subject_hash(const struct conversation *c)
{
	const char *subject = c->subject;
	char *key;
	uint64_t h;

	for (size_t i = 0; !subject && i < c->n_msgs; i++)
		subject = c->msgs[i].subject;
	key = thread_subject_key(subject);
	h = *key ? hash_bytes(key, strlen(key), 3) : 0;
	free(key);
	return h;
}

struct thread_index *
thread_index_new(void)
{
	return xcalloc(1, sizeof(struct thread_index));
}

void
thread_index_add(struct thread_index *ti, const struct conversation *c)
{
	struct titem *x;
	size_t first_id;

	ti->it = xgrow(ti->it, &ti->cap, ti->n + 1, sizeof(*ti->it));
	x = &ti->it[ti->n];
	memset(x, 0, sizeof(*x));
	x->parent = ti->n;
	x->keys = ti->arena.n;
	x->n_tickets = add_tickets(ti, c);
	first_id = ti->arena.n;
	for (size_t i = 0; i < c->n_msgs; i++)
		x->n_ids += add_message_ids(ti, first_id, &c->msgs[i]);
	x->subject = subject_hash(c);
	ti->n++;
}

void
thread_index_append(struct thread_index *to, const struct thread_index *from)
{
	size_t base = to->arena.n;

	for (size_t i = 0; i < from->n; i++) {
		struct titem x = from->it[i];

		x.parent = to->n;
		x.links = 0;
		x.keys += base;
		to->it = xgrow(to->it, &to->cap, to->n + 1, sizeof(*to->it));
		to->it[to->n++] = x;
	}
	for (size_t i = 0; i < from->arena.n; i++)
		vec_push(&to->arena, from->arena.v[i]);
}

size_t
thread_index_count(const struct thread_index *ti)
{
	return ti->n;
}

/* ---- union-find ---- */

size_t
thread_index_root(struct thread_index *ti, size_t i)
{
	struct titem *it = ti->it;

	while (it[i].parent != i) {
		it[i].parent = it[it[i].parent].parent;
		i = it[i].parent;
	}
	return i;
}

unsigned
thread_index_links(const struct thread_index *ti, size_t root)
{
	return root < ti->n ? ti->it[root].links : 0;
}

static void
unite(struct thread_index *ti, size_t a, size_t b, unsigned link)
{
	a = thread_index_root(ti, a);
	b = thread_index_root(ti, b);
	if (a == b)
		return;
	if (b < a) {
		size_t t = a;

		a = b;
		b = t;
	}
	ti->it[b].parent = a;
	ti->it[a].links |= ti->it[b].links | link;
}

/* ---- a hash -> first item map (open addressing) ---- */

struct hmap {
	uint64_t *keys; /* 0: empty slot */
	size_t *vals;
	size_t cap, n;
};

static void
hmap_put(struct hmap *m, uint64_t key, size_t val)
{
	size_t i = (size_t)key & (m->cap - 1);

	while (m->keys[i])
		i = (i + 1) & (m->cap - 1);
	m->keys[i] = key;
	m->vals[i] = val;
	m->n++;
}

static void
hmap_grow(struct hmap *m)
{
	struct hmap old = *m;

	m->cap = old.cap ? old.cap * 2 : 64;
	m->keys = xcalloc(m->cap, sizeof(*m->keys));
	m->vals = xcalloc(m->cap, sizeof(*m->vals));
	m->n = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.keys[i])
			hmap_put(m, old.keys[i], old.vals[i]);
	free(old.keys);
	free(old.vals);
}

/* The value first stored under key; stores val when key is new. */
static size_t
hmap_first(struct hmap *m, uint64_t key, size_t val)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap)
		hmap_grow(m);
	for (i = (size_t)key & (m->cap - 1); m->keys[i];
	     i = (i + 1) & (m->cap - 1))
		if (m->keys[i] == key)
			return m->vals[i];
	hmap_put(m, key, val);
	return val;
}

static void
hmap_free(struct hmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

/* ---- the three steps ---- */

/* Step 1 (tickets) or 2 (ids): join items that share a key. */
static void
link_keys(struct thread_index *ti, bool tickets)
{
	struct hmap m = {0};

	for (size_t i = 0; i < ti->n; i++) {
		const struct titem *x = &ti->it[i];
		size_t from = x->keys + (tickets ? 0 : x->n_tickets);
		size_t n = tickets ? x->n_tickets : x->n_ids;

		for (size_t k = 0; k < n; k++) {
			size_t j = hmap_first(&m, ti->arena.v[from + k], i);

			if (j != i)
				unite(ti, i, j,
				      tickets ? THREAD_LINK_TICKET
					      : THREAD_LINK_REF);
		}
	}
	hmap_free(&m);
}

static void
vec_add_all(struct u64vec *to, const uint64_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!vec_has(to->v, to->n, v[i]))
			vec_push(to, v[i]);
}

/* Both have tickets and none in common. */
static bool
tickets_differ(const struct u64vec *a, const struct u64vec *b)
{
	if (!a->n || !b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (vec_has(b->v, b->n, a->v[i]))
			return false;
	return true;
}

/* The tickets of every thread so far, on its root. */
static struct u64vec *
root_tickets(struct thread_index *ti)
{
	struct u64vec *rt = xcalloc(ti->n ? ti->n : 1, sizeof(*rt));

	for (size_t i = 0; i < ti->n; i++)
		vec_add_all(&rt[thread_index_root(ti, i)],
			    ti->arena.v + ti->it[i].keys, ti->it[i].n_tickets);
	return rt;
}

/* Step 3: the same non-empty subject, unless the tickets differ. */
static void
link_subjects(struct thread_index *ti)
{
	struct u64vec *rt = root_tickets(ti);
	struct hmap m = {0};

	for (size_t i = 0; i < ti->n; i++) {
		size_t j, a, b;

		if (!ti->it[i].subject ||
		    (j = hmap_first(&m, ti->it[i].subject, i)) == i)
			continue;
		a = thread_index_root(ti, j);
		b = thread_index_root(ti, i);
		if (a == b || tickets_differ(&rt[a], &rt[b]))
			continue;
		if (b < a) {
			size_t t = a;

			a = b;
			b = t;
		}
		vec_add_all(&rt[a], rt[b].v, rt[b].n);
		unite(ti, a, b, THREAD_LINK_SUBJECT);
	}
	hmap_free(&m);
	for (size_t i = 0; i < ti->n; i++)
		free(rt[i].v);
	free(rt);
}

void
thread_index_solve(struct thread_index *ti)
{
	link_keys(ti, true);
	link_keys(ti, false);
	link_subjects(ti);
}

size_t *
thread_index_chain(struct thread_index *ti)
{
	size_t n = ti->n;
	size_t *next = xmalloc((n ? n : 1) * sizeof(*next));
	size_t *tail = xmalloc((n ? n : 1) * sizeof(*tail));

	for (size_t i = 0; i < n; i++) {
		size_t r = thread_index_root(ti, i);

		next[i] = SIZE_MAX;
		if (r != i)
			next[tail[r]] = i;
		tail[r] = i;
	}
	free(tail);
	return next;
}

void
thread_index_free(struct thread_index *ti)
{
	if (!ti)
		return;
	free(ti->it);
	free(ti->arena.v);
	free(ti);
}
