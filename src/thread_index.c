/* thread_index.c - threading e-mails by hashed keys kept on a tape,
 * joined by union-find over 32-bit item numbers. */
#include "thread_index.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extsort.h"
#include "tape.h"
#include "thread_subject.h"

/* One key of one item, as kept on the tape. */
enum key_kind { KEY_TICKET = 1, KEY_ID = 2, KEY_SUBJECT = 3 };

struct tkey {
	uint32_t kind;
	uint32_t item;
	uint64_t key;
};

struct thread_index {
	struct tape *keys; /* struct tkey, in item order */
	size_t n;
	uint32_t *parent;  /* after solve: union-find, a root is the
			    * earliest item of its thread */
	uint8_t *links;	   /* on roots: thread_link bits */
};

/* An item's distinct keys of one kind, while it is being added. */
struct u64vec {
	uint64_t *v;
	size_t n, cap;
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

static bool
vec_has(const uint64_t *v, size_t n, uint64_t x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == x)
			return true;
	return false;
}

static void
push_key(struct u64vec *v, uint64_t x)
{
	if (vec_has(v->v, v->n, x))
		return;
	v->v = xgrow(v->v, &v->cap, v->n + 1, sizeof(*v->v));
	v->v[v->n++] = x;
}

static void
put_keys(struct thread_index *ti, struct u64vec *v, enum key_kind kind)
{
	for (size_t i = 0; i < v->n; i++) {
		struct tkey k = {kind, (uint32_t)ti->n, v->v[i]};

		tape_append(ti->keys, &k, sizeof(k));
	}
	free(v->v);
	memset(v, 0, sizeof(*v));
}

/* ---- adding an item ---- */

static void
add_tickets(struct u64vec *v, const struct conversation *c)
{
	struct strlist t = {0};

	for (size_t i = 0; i < c->tickets.n; i++)
		strlist_push(&t, c->tickets.v[i]);
	thread_subject_tickets(c->subject, &t);
	for (size_t i = 0; i < c->n_msgs; i++)
		thread_subject_tickets(c->msgs[i].subject, &t);
	for (size_t i = 0; i < t.n; i++)
		push_key(v, hash_bytes(t.v[i], strlen(t.v[i]), 1));
	strlist_free(&t);
}

static void
push_id(struct u64vec *v, const char *s, size_t n)
{
	if (n)
		push_key(v, hash_bytes(s, n, 2));
}

/* The ids a message names: Message-ID, In-Reply-To, References (at
 * most THREAD_MAX_IDS of them). */
static void
add_message_ids(struct u64vec *v, const struct message *m)
{
	const char *r = m->references, *e;
	size_t k = 0;

	if (m->message_id)
		push_id(v, m->message_id, strlen(m->message_id));
	if (m->in_reply_to)
		push_id(v, m->in_reply_to, strlen(m->in_reply_to));
	while (r && *r && k++ < THREAD_MAX_IDS) {
		while (*r == ' ')
			r++;
		for (e = r; *e && *e != ' '; e++)
			;
		push_id(v, r, (size_t)(e - r));
		r = e;
	}
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

static struct thread_index *
index_on(struct tape *t)
{
	struct thread_index *ti = xcalloc(1, sizeof(*ti));

	ti->keys = t;
	return ti;
}

struct thread_index *
thread_index_new(void)
{
	return index_on(tape_new_memory());
}

struct thread_index *
thread_index_new_spilled(void)
{
	return index_on(tape_new());
}

void
thread_index_add(struct thread_index *ti, const struct conversation *c)
{
	struct u64vec v = {0};
	uint64_t subject;

	if (ti->n >= THREAD_INDEX_MAX)
		return;
	add_tickets(&v, c);
	put_keys(ti, &v, KEY_TICKET);
	for (size_t i = 0; i < c->n_msgs; i++)
		add_message_ids(&v, &c->msgs[i]);
	put_keys(ti, &v, KEY_ID);
	if ((subject = subject_hash(c)) != 0)
		push_key(&v, subject);
	put_keys(ti, &v, KEY_SUBJECT);
	ti->n++;
}

void
thread_index_append(struct thread_index *to, const struct thread_index *from)
{
	struct tape_reader rd;
	const struct tkey *k;

	tape_reader_open(&rd, from->keys, 0, UINT64_MAX, 0);
	while ((k = tape_reader_next(&rd, sizeof(*k))) != NULL) {
		struct tkey x = *k;

		if (to->n + x.item >= THREAD_INDEX_MAX)
			break;
		x.item += (uint32_t)to->n;
		tape_append(to->keys, &x, sizeof(x));
	}
	tape_reader_close(&rd);
	to->n += from->n;
	if (to->n > THREAD_INDEX_MAX)
		to->n = THREAD_INDEX_MAX;
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
	uint32_t *p = ti->parent;

	if (!p || i >= ti->n)
		return i;
	while (p[i] != i) {
		p[i] = p[p[i]];
		i = p[i];
	}
	return i;
}

unsigned
thread_index_links(const struct thread_index *ti, size_t root)
{
	return ti->links && root < ti->n ? ti->links[root] : 0;
}

/* Join the threads of a and b under the earlier root; false when they
 * are one already. */
static bool
unite(struct thread_index *ti, size_t a, size_t b, unsigned link)
{
	a = thread_index_root(ti, a);
	b = thread_index_root(ti, b);
	if (a == b)
		return false;
	if (b < a) {
		size_t t = a;

		a = b;
		b = t;
	}
	ti->parent[b] = (uint32_t)a;
	ti->links[a] |= ti->links[b] | link;
	return true;
}

/* ---- the ticket sets the subject step compares ---- */

#define NONE UINT32_MAX

struct tnode {
	uint64_t key;
	uint32_t next;
};

/* Linked lists of tickets in one arena, found by their thread's root;
 * only roots that a subject join may compare are in the map. */
struct tsets {
	struct tnode *node;
	size_t n, cap;
	uint32_t *root, *head, *tail; /* open addressing; root NONE: empty */
	size_t slots, used;
};

static size_t
slot_of(const struct tsets *t, uint32_t root)
{
	size_t i = (size_t)((root * 0x9e3779b97f4a7c15ULL) >> 20) & (t->slots - 1);

	while (t->root[i] != NONE && t->root[i] != root)
		i = (i + 1) & (t->slots - 1);
	return i;
}

static void
tsets_grow(struct tsets *t)
{
	struct tsets old = *t;

	t->slots = old.slots ? old.slots * 2 : 64;
	t->root = xmalloc(t->slots * sizeof(*t->root));
	t->head = xmalloc(t->slots * sizeof(*t->head));
	t->tail = xmalloc(t->slots * sizeof(*t->tail));
	memset(t->root, 0xff, t->slots * sizeof(*t->root));
	for (size_t i = 0; i < old.slots; i++) {
		size_t k;

		if (old.root[i] == NONE)
			continue;
		k = slot_of(t, old.root[i]);
		t->root[k] = old.root[i];
		t->head[k] = old.head[i];
		t->tail[k] = old.tail[i];
	}
	free(old.root);
	free(old.head);
	free(old.tail);
}

static void
tsets_want(struct tsets *t, uint32_t root)
{
	size_t k;

	if ((t->used + 1) * 4 > t->slots * 3)
		tsets_grow(t);
	k = slot_of(t, root);
	if (t->root[k] != NONE)
		return;
	t->root[k] = root;
	t->head[k] = t->tail[k] = NONE;
	t->used++;
}

/* The slot of root, or SIZE_MAX when it is not wanted. */
static size_t
tsets_find(const struct tsets *t, uint32_t root)
{
	size_t k;

	if (!t->slots)
		return SIZE_MAX;
	k = slot_of(t, root);
	return t->root[k] == root ? k : SIZE_MAX;
}

static void
tsets_add(struct tsets *t, size_t k, uint64_t key)
{
	t->node = xgrow(t->node, &t->cap, t->n + 1, sizeof(*t->node));
	t->node[t->n] = (struct tnode){key, t->head[k]};
	if (t->head[k] == NONE)
		t->tail[k] = (uint32_t)t->n;
	t->head[k] = (uint32_t)t->n++;
}

static bool
list_has(const struct tsets *t, uint32_t i, uint64_t key)
{
	for (; i != NONE; i = t->node[i].next)
		if (t->node[i].key == key)
			return true;
	return false;
}

/* Both have tickets and none in common. */
static bool
tickets_differ(const struct tsets *t, size_t ka, size_t kb)
{
	uint32_t a, b;

	if (ka == SIZE_MAX || kb == SIZE_MAX)
		return false; /* not wanted: cannot happen, see load_tickets */
	a = t->head[ka];
	b = t->head[kb];
	if (a == NONE || b == NONE)
		return false;
	for (; a != NONE; a = t->node[a].next)
		if (list_has(t, b, t->node[a].key))
			return false;
	return true;
}

/* b's tickets become a's too (b is joined to a). */
static void
tsets_move(struct tsets *t, size_t ka, size_t kb)
{
	if (ka == SIZE_MAX || kb == SIZE_MAX || t->head[kb] == NONE)
		return;
	if (t->head[ka] == NONE)
		t->head[ka] = t->head[kb];
	else
		t->node[t->tail[ka]].next = t->head[kb];
	t->tail[ka] = t->tail[kb];
	t->head[kb] = t->tail[kb] = NONE;
}

static void
tsets_free(struct tsets *t)
{
	free(t->node);
	free(t->root);
	free(t->head);
	free(t->tail);
}

/* ---- the three steps ---- */

static int
tkey_cmp(const void *pa, const void *pb)
{
	const struct tkey *a = pa, *b = pb;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* A subject join to try: item i with the first item j of its subject. */
struct pair {
	uint32_t i, j;
};

static int
pair_cmp(const void *pa, const void *pb)
{
	const struct pair *a = pa, *b = pb;

	return a->i < b->i ? -1 : a->i > b->i;
}

/* Steps 1 (tickets) and 2 (ids): items sharing a key are joined, the
 * keys in sorted order (kind, key, item). Subjects become pairs. */
static void
link_sorted(struct thread_index *ti, const struct tape *sorted,
	    struct tape *pairs)
{
	struct tape_reader rd;
	const struct tkey *k;
	struct tkey run = {0};

	tape_reader_open(&rd, sorted, 0, UINT64_MAX, 0);
	while ((k = tape_reader_next(&rd, sizeof(*k))) != NULL) {
		if (k->kind != run.kind || k->key != run.key) {
			run = *k; /* the first item with this key */
			continue;
		}
		if (k->kind == KEY_SUBJECT) {
			struct pair p = {k->item, run.item};

			tape_append(pairs, &p, sizeof(p));
		} else {
			unite(ti, k->item, run.item,
			      k->kind == KEY_TICKET ? THREAD_LINK_TICKET
						    : THREAD_LINK_REF);
		}
	}
	tape_reader_close(&rd);
}

/* The roots a subject join may compare, then their tickets. A root
 * that step 3 compares was a root with a differing partner in some pair
 * already after step 2 (joins only merge), so it is wanted here. */
static void
load_tickets(struct thread_index *ti, const struct tape *pairs,
	     const struct tape *sorted, struct tsets *t)
{
	struct tape_reader rd;
	const struct pair *p;
	const struct tkey *k;

	tape_reader_open(&rd, pairs, 0, UINT64_MAX, 0);
	while ((p = tape_reader_next(&rd, sizeof(*p))) != NULL) {
		size_t a = thread_index_root(ti, p->j);
		size_t b = thread_index_root(ti, p->i);

		if (a != b) {
			tsets_want(t, (uint32_t)a);
			tsets_want(t, (uint32_t)b);
		}
	}
	tape_reader_close(&rd);
	tape_reader_open(&rd, sorted, 0, UINT64_MAX, 0);
	while ((k = tape_reader_next(&rd, sizeof(*k))) != NULL &&
	       k->kind == KEY_TICKET) {
		size_t s = tsets_find(t, (uint32_t)thread_index_root(ti, k->item));

		if (s != SIZE_MAX)
			tsets_add(t, s, k->key);
	}
	tape_reader_close(&rd);
}

/* Step 3, in item order: the same non-empty subject joins, unless both
 * threads have tickets and none in common. */
static void
link_subjects(struct thread_index *ti, const struct tape *pairs,
	      const struct tape *sorted)
{
	struct tsets t = {0};
	struct tape *by_item = extsort(pairs, sizeof(struct pair), pair_cmp, 0);
	struct tape_reader rd;
	const struct pair *p;

	load_tickets(ti, by_item, sorted, &t);
	tape_reader_open(&rd, by_item, 0, UINT64_MAX, 0);
	while ((p = tape_reader_next(&rd, sizeof(*p))) != NULL) {
		size_t a = thread_index_root(ti, p->j);
		size_t b = thread_index_root(ti, p->i), ka, kb;

		if (a == b)
			continue;
		ka = tsets_find(&t, (uint32_t)a);
		kb = tsets_find(&t, (uint32_t)b);
		if (tickets_differ(&t, ka, kb))
			continue;
		if (b < a) {
			size_t x = ka;

			ka = kb;
			kb = x;
		}
		tsets_move(&t, ka, kb);
		unite(ti, a, b, THREAD_LINK_SUBJECT);
	}
	tape_reader_close(&rd);
	tape_free(by_item);
	tsets_free(&t);
}

void
thread_index_solve(struct thread_index *ti)
{
	struct tape *sorted, *pairs = tape_new();

	free(ti->parent);
	free(ti->links);
	ti->parent = xmalloc((ti->n + 1) * sizeof(*ti->parent));
	ti->links = xcalloc(ti->n + 1, sizeof(*ti->links));
	for (size_t i = 0; i < ti->n; i++)
		ti->parent[i] = (uint32_t)i;
	sorted = extsort(ti->keys, sizeof(struct tkey), tkey_cmp, 0);
	link_sorted(ti, sorted, pairs);
	link_subjects(ti, pairs, sorted);
	tape_free(pairs);
	tape_free(sorted);
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
thread_index_release(struct thread_index *ti)
{
	tape_free(ti->keys);
	ti->keys = tape_new_memory();
	free(ti->parent);
	free(ti->links);
	ti->parent = NULL;
	ti->links = NULL;
}

void
thread_index_free(struct thread_index *ti)
{
	if (!ti)
		return;
	tape_free(ti->keys);
	free(ti->parent);
	free(ti->links);
	free(ti);
}
