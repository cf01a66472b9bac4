/* units.c - threads and chats analyzed in parallel, handed over in order. */
#include "units.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "ladder.h"
#include "match.h"
#include "neardup.h"
#include "pool.h"
#include "reader.h"
#include "thread.h"

#define KEEP_TEXT_CHARS 1024 /* non-blank characters of a text kept for
			      * the report once analyzed (snippets) */

/* Inputs indexed by path, to file warnings under them. */
struct path_index {
	const char *path;
	struct input_result *in;
};

struct units {
	struct ingest *g;
	size_t *unit_slot;	  /* each unit's first slot */
	size_t n;
	size_t *slot_item;	  /* slot -> e-mail item, SIZE_MAX for chats */
	size_t *item_slot;	  /* e-mail item -> slot */
	size_t *next;		  /* e-mail item -> next in its thread */
	size_t *slot_unit;	  /* slot -> its unit, SIZE_MAX for none */
	struct conversation **convs; /* parallel to units */
	struct strlist *warnings;    /* parallel to units */
	bool *done;		     /* parallel to units */
	size_t emitted;		     /* units [0..emitted) handed over */
	pthread_mutex_t lock;	     /* guards done, emitted, on_done */
	struct path_index *idx;
	size_t n_idx;
};

/* ---- planning ---- */

/* The Slack day files of one channel, consecutive among the chats kept
 * in memory, become one conversation (thread_join_slack on each run of
 * consecutive chat slots). */
static void
join_slack(struct ingest *g)
{
	size_t i = 0;

	while (i < g->n_slots) {
		struct conv_list l = {0};
		size_t a = i, k = 0;

		while (i < g->n_slots && !g->slots[i].email)
			i++;
		for (size_t s = a; s < i; s++)
			if (g->slots[s].conv)
				conv_list_push(&l, g->slots[s].conv);
		thread_join_slack(&l);
		for (size_t s = a; s < i; s++)
			g->slots[s].conv = k < l.n ? l.v[k++] : NULL;
		free(l.v);
		while (i < g->n_slots && g->slots[i].email)
			i++;
	}
}

/* Units in slot order: a chat where it is, a thread at its first
 * member. */
static void
plan_units(struct units *u)
{
	struct ingest *g = u->g;
	size_t items = 0, n_items = thread_index_count(g->ti);

	u->slot_item = xmalloc((g->n_slots + 1) * sizeof(*u->slot_item));
	u->item_slot = xmalloc((n_items + 1) * sizeof(*u->item_slot));
	u->unit_slot = xmalloc((g->n_slots + 1) * sizeof(*u->unit_slot));
	u->slot_unit = xmalloc((g->n_slots + 1) * sizeof(*u->slot_unit));
	thread_index_solve(g->ti);
	u->next = thread_index_chain(g->ti);
	for (size_t s = 0; s < g->n_slots; s++) {
		bool first = true;

		u->slot_item[s] = SIZE_MAX;
		u->slot_unit[s] = SIZE_MAX;
		if (g->slots[s].email) {
			size_t root = thread_index_root(g->ti, items);

			u->slot_item[s] = items;
			u->item_slot[items] = s;
			first = root == items;
			if (!first)
				u->slot_unit[s] = u->slot_unit[u->item_slot[root]];
			items++;
		} else if (!g->slots[s].conv) {
			first = false; /* a Slack day joined to the one before */
		}
		if (first) {
			u->slot_unit[s] = u->n;
			u->unit_slot[u->n++] = s;
		}
	}
}

/* ---- near-duplicates across units (SPEC 4 templates) ---- */

/* The chats' messages as entries (their texts are in memory). */
static struct neardup_entry *
chat_entries(struct units *u, size_t *n)
{
	struct neardup_entry *v = NULL;
	size_t k = 0, cap = 0;

	for (size_t s = 0; s < u->g->n_slots; s++) {
		const struct conversation *c = u->g->slots[s].conv;

		if (u->g->slots[s].email || !c)
			continue;
		for (size_t i = 0; i < c->n_msgs; i++) {
			v = xgrow(v, &cap, k + 1, sizeof(*v));
			if (!neardup_entry_init(&v[k], &c->msgs[i], i))
				continue;
			v[k].group = u->slot_unit[s];
			k++;
		}
	}
	*n = k;
	return v;
}

/* Every message's count of other units with a near-duplicate: chats
 * get it now, e-mails when their thread is put together. */
static void
mark_near(struct units *u)
{
	size_t n_chat = 0, n = 0;
	struct neardup_entry *chat = chat_entries(u, &n_chat), **p;
	struct ingest *g = u->g;

	for (size_t s = 0; s < g->n_slots; s++)
		n += g->slots[s].n_nd;
	p = xmalloc((n + n_chat + 1) * sizeof(*p));
	n = 0;
	for (size_t s = 0; s < g->n_slots; s++)
		for (size_t k = 0; k < g->slots[s].n_nd; k++) {
			g->slots[s].nd[k].group = u->slot_unit[s];
			p[n++] = &g->slots[s].nd[k];
		}
	for (size_t k = 0; k < n_chat; k++)
		p[n++] = &chat[k];
	neardup_solve(p, n);
	for (size_t k = 0; k < n_chat; k++) {
		struct conversation *c = g->slots[u->unit_slot[chat[k].group]].conv;

		c->msgs[chat[k].msg].near_convs = chat[k].near;
	}
	free(p);
	free(chat);
}

/* An e-mail's counts onto its messages, before its thread is merged. */
static void
apply_near(const struct slot *s, struct conversation *c)
{
	for (size_t k = 0; k < s->n_nd; k++)
		if (s->nd[k].msg < c->n_msgs)
			c->msgs[s->nd[k].msg].near_convs = s->nd[k].near;
}

/* ---- one unit ---- */

/* The conversation of a unit: a chat, or a thread merged from its
 * members read back from the spill store; NULL when none could be. */
static struct conversation *
materialize(struct units *u, size_t unit)
{
	size_t s = u->unit_slot[unit], item = u->slot_item[s], k = 0;
	struct conversation **mb;
	struct conversation *c;
	struct strlist notes = {0};

	if (item == SIZE_MAX)
		return ingest_take(u->g, &u->g->slots[s]);
	mb = xmalloc(sizeof(*mb));
	for (size_t j = item, cap = 1; j != SIZE_MAX; j = u->next[j]) {
		struct slot *sl = &u->g->slots[u->item_slot[j]];

		c = ingest_take(u->g, sl);
		if (!c)
			continue;
		apply_near(sl, c);
		mb = xgrow(mb, &cap, k + 1, sizeof(*mb));
		mb[k++] = c;
	}
	thread_merge(mb, k, thread_index_links(u->g->ti, item), &notes);
	c = k ? mb[0] : NULL;
	strlist_free(&notes);
	free(mb);
	return c;
}

/* Once analyzed, a conversation kept for a report needs its texts only
 * for snippets: quoted history goes, long texts are cut. */
static void
trim_texts(struct conversation *c)
{
	for (size_t i = 0; i < c->n_msgs; i++) {
		struct message *m = &c->msgs[i];
		size_t seen = 0, k = 0;

		free(m->quoted);
		m->quoted = NULL;
		if (!m->text)
			continue;
		for (; m->text[k] && seen < KEEP_TEXT_CHARS; k++)
			if ((unsigned char)m->text[k] > ' ' &&
			    ((unsigned char)m->text[k] & 0xc0) != 0x80)
				seen++;
		while (m->text[k] && ((unsigned char)m->text[k] & 0xc0) == 0x80)
			k++;
		m->text[k] = '\0';
	}
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct path_index *)a)->path,
		      ((const struct path_index *)b)->path);
}

/* Analysis warnings go to the input the conversation came from; a
 * joined conversation (a Slack channel) has no one input: its notes. */
static void
file_warnings(struct units *u, struct conversation *c, struct strlist *w)
{
	struct path_index key = {c->source, NULL};
	struct path_index *hit =
		bsearch(&key, u->idx, u->n_idx, sizeof(*u->idx), by_path);

	for (size_t k = 0; k < w->n; k++)
		strlist_push(hit ? &hit->in->errors : &c->notes, w->v[k]);
	strlist_free(w);
}

static void
emit_ready(const struct engine *e, struct units *u, size_t i)
{
	pthread_mutex_lock(&u->lock);
	u->done[i] = true;
	while (u->emitted < u->n && u->done[u->emitted]) {
		size_t k = u->emitted++;
		struct conversation *c = u->convs[k];

		if (!c)
			continue;
		if (e->on_done)
			e->on_done(e->on_done_ud, c);
		file_warnings(u, c, &u->warnings[k]);
		if (e->stream_free) {
			conversation_free(c);
			u->convs[k] = NULL;
		}
	}
	pthread_mutex_unlock(&u->lock);
}

static void *
analyze_worker_new(const struct engine *e)
{
	return matcher_new(&e->patterns);
}

static void
analyze_worker_free(void *w)
{
	matcher_free(w);
}

static void
analyze_one(const struct engine *e, void *m, void *ctx, size_t i)
{
	struct units *u = ctx;
	struct conversation *c = materialize(u, i);
	struct analyze_opts ao = {.now = e->now, .cal = e->cal};

	if (c) {
		strlist_free(&c->tickets); /* the prescan's: found again */
		free(c->id);
		c->id = xasprintf("c%zu", i + 1);
		roles_assign_with(c, &e->opts->me, m);
		analyze_conversation(c, m, &ao, &u->warnings[i]);
		ladder_decide(c, e->now);
		draft_compose(c, e->now);
		if (!e->stream_free)
			trim_texts(c);
	}
	u->convs[i] = c;
	emit_ready(e, u, i);
}

/* ---- the whole batch ---- */

static void
index_inputs(struct units *u, struct run *r)
{
	u->idx = xcalloc(r->n_inputs + 1, sizeof(*u->idx));
	u->n_idx = r->n_inputs;
	for (size_t i = 0; i < r->n_inputs; i++)
		u->idx[i] = (struct path_index){r->inputs[i].path,
						&r->inputs[i]};
	qsort(u->idx, u->n_idx, sizeof(*u->idx), by_path);
}

static void
collect(struct units *u, struct run *r)
{
	r->convs = xmalloc((u->n + 1) * sizeof(*r->convs));
	r->n_convs = 0;
	for (size_t i = 0; i < u->n; i++)
		if (u->convs[i])
			r->convs[r->n_convs++] = u->convs[i];
}

void
units_run(const struct engine *e, struct ingest *g, struct run *r)
{
	struct units u = {.g = g};
	struct pass analyzing = {.e = e, .wnew = analyze_worker_new,
				 .wfree = analyze_worker_free,
				 .item = analyze_one, .ctx = &u};

	join_slack(g);
	plan_units(&u);
	mark_near(&u);
	index_inputs(&u, r);
	u.convs = xcalloc(u.n + 1, sizeof(*u.convs));
	u.warnings = xcalloc(u.n + 1, sizeof(*u.warnings));
	u.done = xcalloc(u.n + 1, sizeof(*u.done));
	pthread_mutex_init(&u.lock, NULL);
	analyzing.n = u.n;
	pass_run(&analyzing);
	pthread_mutex_destroy(&u.lock);
	collect(&u, r);
	free(u.convs);
	free(u.warnings);
	free(u.done);
	free(u.idx);
	free(u.unit_slot);
	free(u.slot_item);
	free(u.item_slot);
	free(u.next);
	free(u.slot_unit);
}
