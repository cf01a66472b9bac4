/* units.c - threads and chats analyzed in parallel, handed over in order. */
#include "units.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "neardup.h"
#include "pool.h"
#include "roles.h"
#include "tape.h"
#include "thread.h"
#include "extsort.h"

#define UNITS_AHEAD 64	     /* units analyzed ahead of the first one
			      * not handed over yet */
#define KEEP_TEXT_CHARS 1024 /* non-blank characters of a text kept for
			      * the report once analyzed (snippets) */

#define READ_NEAR (16u * 1024u)  /* bytes of near-duplicate counts per read */
#define READ_HEADS (16u * 1024u) /* bytes of item records per read */

/* A thread's windows (tape.h) on what e-mails are read back from, once
 * the batch is read: items are read back in about the order they were
 * read in, so one read of each tape serves several. */
struct item_reader {
	struct tape_window items, spill;
};

/* An analyzing thread's own: its matcher and its windows on the tapes
 * e-mails are read back from. */
struct worker {
	struct matcher *m;
	struct item_reader rd;
	struct tape_window near; /* on units' near */
};

/* A member of an e-mail thread, as the members tape holds them (sorted
 * by root, then item: threads in the order of their first e-mail). */
struct member {
	uint32_t root, item, links, pad;
};

/* What one unit is: a chat, or the members of a thread. */
struct plan {
	size_t chat;	       /* index in g->chats, or SIZE_MAX */
	uint32_t *items;       /* the thread's items, in order */
	size_t n_items;
	unsigned links;
};

/* A unit analyzed, or being analyzed, waiting for its turn. */
struct ring_slot {
	struct conversation *conv;
	uint32_t input;		   /* where its warnings go (ingest.h) */
	struct strlist warnings;
	bool done;
};

struct units {
	const struct engine *e;
	const struct pipeline *stages; /* what each unit goes through */
	struct ingest *g;
	size_t n;		  /* units */
	struct tape *members;	  /* struct member */
	struct tape *near;	  /* struct neardup_near, by entry */
	/* the next unit to hand out (under lock) */
	struct tape_reader mr;
	struct tape_window heads;  /* on g->items: the threads' first slots */
	struct member head;	  /* the next member not handed out */
	bool has_head;
	uint64_t head_slot;	  /* its thread's first slot */
	size_t next_chat;
	size_t next_unit;
	/* emission: unit i waits in ring[i % UNITS_AHEAD] */
	struct ring_slot *ring;
	size_t emitted;		     /* units [0..emitted) handed over */
	struct run *r;		     /* gets them unless e->stream_free */
	size_t cap_convs;
	pthread_mutex_t lock;	     /* guards the above and on_done */
	pthread_cond_t moved;	     /* 'emitted' grew */
};

/* ---- planning ---- */

/* Where each conversation of 'after' stood in 'before' (the same
 * pointers, fewer, in order), into at[0..after->n]; at[after->n] is
 * before->n. */
static void
kept_places(const struct conv_list *before, const struct conv_list *after,
	    size_t *at)
{
	size_t p = 0;

	for (size_t k = 0; k < after->n; k++) {
		while (p < before->n && before->v[p] != after->v[k])
			p++;
		at[k] = p;
	}
	at[after->n] = before->n;
}

/* Join one run of chats with consecutive slots [a, b): a conversation
 * joined from several day files has no one input for its warnings. */
static void
join_run(struct ingest *g, size_t a, size_t b)
{
	struct conv_list before = {0}, l = {0};
	uint32_t *input = xcalloc(b - a + 1, sizeof(*input));
	size_t *at, k = 0;

	for (size_t s = a; s < b; s++)
		if (g->chats[s].conv) {
			input[before.n] = g->chats[s].input;
			conv_list_push(&before, g->chats[s].conv);
			conv_list_push(&l, g->chats[s].conv);
		}
	thread_join_slack(&l);
	at = xcalloc(l.n + 1, sizeof(*at));
	kept_places(&before, &l, at);
	for (size_t s = a; s < b; s++, k++) {
		g->chats[s].conv = k < l.n ? l.v[k] : NULL;
		if (k < l.n)
			g->chats[s].input = at[k + 1] - at[k] > 1
						    ? INGEST_NO_INPUT
						    : input[at[k]];
	}
	free(at);
	free(input);
	free(before.v);
	free(l.v);
}

/* The Slack day files of one channel, consecutive among the slots,
 * become one conversation (thread_join_slack on each run of chats with
 * consecutive slots). */
static void
join_slack(struct ingest *g)
{
	size_t i = 0;

	while (i < g->n_chats) {
		size_t a = i++;

		while (i < g->n_chats &&
		       g->chats[i].slot == g->chats[i - 1].slot + 1)
			i++;
		join_run(g, a, i);
	}
}

static int
member_cmp(const void *pa, const void *pb)
{
	const struct member *a = pa, *b = pb;

	if (a->root != b->root)
		return a->root < b->root ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* Thread the e-mails; the members tape, and the number of threads. */
static size_t
plan_threads(struct units *u)
{
	struct thread_index *ti = u->g->ti;
	struct tape *t = tape_new();
	size_t threads = 0;

	thread_index_solve(ti);
	for (size_t i = 0; i < u->g->n_items; i++) {
		size_t root = thread_index_root(ti, i);
		struct member m = {(uint32_t)root, (uint32_t)i,
				   thread_index_links(ti, root), 0};

		threads += root == i;
		tape_append(t, &m, sizeof(m));
	}
	u->members = extsort(t, sizeof(struct member), member_cmp, 0);
	tape_free(t);
	return threads;
}

/* ---- near-duplicates across units (SPEC 4 templates) ---- */

/* An entry's conversation: an e-mail's thread root, or past the items
 * a chat's own number. */
static size_t
group_of(void *ud, size_t group)
{
	struct units *u = ud;

	return group < u->g->n_items ? thread_index_root(u->g->ti, group)
				     : group;
}

/* The chats' messages join the e-mails' entries; *chat_of (caller
 * frees) gets each chat entry's chat. */
static size_t
chat_entries(struct units *u, size_t **chat_of)
{
	struct ingest *g = u->g;
	size_t k = 0, cap = 0;

	*chat_of = NULL;
	for (size_t s = 0; s < g->n_chats; s++) {
		const struct conversation *c = g->chats[s].conv;

		for (size_t i = 0; c && i < c->n_msgs; i++) {
			struct neardup_entry e;

			if (!neardup_entry_init(&e, &c->msgs[i], i))
				continue;
			e.group = g->n_items + s;
			tape_append(g->nd, &e, sizeof(e));
			*chat_of = xgrow(*chat_of, &cap, k + 1, sizeof(**chat_of));
			(*chat_of)[k++] = s;
		}
	}
	return k;
}

/* Every message's count of other units with a near-duplicate: chats
 * get it now, e-mails when their thread is put together. */
static void
mark_near(struct units *u)
{
	struct ingest *g = u->g;
	size_t *chat_of, n_chat = chat_entries(u, &chat_of);
	struct tape_reader rd;
	const struct neardup_near *x;

	u->near = neardup_solve(g->nd, group_of, u);
	tape_reader_open(&rd, u->near,
			 (uint64_t)g->n_nd * sizeof(struct neardup_near),
			 UINT64_MAX, 0);
	for (size_t k = 0; k < n_chat; k++) {
		struct conversation *c;

		if ((x = tape_reader_next(&rd, sizeof(*x))) == NULL)
			break;
		c = g->chats[chat_of[k]].conv;
		if (x->msg < c->n_msgs)
			c->msgs[x->msg].near_convs = x->near;
	}
	tape_reader_close(&rd);
	free(chat_of);
}

/* An e-mail's counts onto its messages, before its thread is merged. */
static void
apply_near(struct tape_window *near, const struct item_rec *rec,
	   struct conversation *c)
{
	for (uint32_t k = 0; k < rec->n_nd; k++) {
		struct neardup_near x;

		if (tape_window_read(near, (rec->nd_first + k) * sizeof(x), &x,
				     sizeof(x)) == 0 && x.msg < c->n_msgs)
			c->msgs[x.msg].near_convs = x.near;
	}
}

/* ---- reading e-mails back ---- */

#define READ_ITEMS (16u * 1024u)	/* bytes of item records per read */
#define READ_SPILL (64u * 1024u)	/* bytes of parked e-mails per read */

static void
reader_open(struct item_reader *rd, const struct ingest *g)
{
	tape_window_open(&rd->items, g->items, READ_ITEMS);
	spill_window_open(&rd->spill, g->spill, READ_SPILL);
}

static void
reader_close(struct item_reader *rd)
{
	tape_window_close(&rd->items);
	tape_window_close(&rd->spill);
}

static struct conversation *
take_item(struct ingest *g, size_t item, struct item_rec *rec,
		 struct item_reader *rd)
{
	if (tape_window_read(&rd->items, (uint64_t)item * sizeof(*rec), rec,
			     sizeof(*rec)) != 0)
		return NULL;
	return spill_get_via(g->spill, &rec->ref, &rd->spill);
}

/* ---- handing out units in order ---- */

/* The next member and its thread's first slot. */
static void
advance(struct units *u)
{
	const struct member *m = tape_reader_next(&u->mr, sizeof(*m));
	struct item_rec rec;

	u->has_head = m != NULL;
	if (!m)
		return;
	u->head = *m;
	u->head_slot = tape_window_read(&u->heads,
					(uint64_t)m->root * sizeof(rec), &rec,
					sizeof(rec)) == 0
			       ? rec.slot
			       : UINT64_MAX;
}

static void
skip_joined_chats(struct units *u)
{
	while (u->next_chat < u->g->n_chats &&
	       !u->g->chats[u->next_chat].conv)
		u->next_chat++;
}

/* The next unit in slot order: a chat, or the thread that starts
 * first (caller holds the lock). */
static void
next_plan(struct units *u, struct plan *pl)
{
	size_t cap = 0;
	uint32_t root;

	memset(pl, 0, sizeof(*pl));
	pl->chat = SIZE_MAX;
	skip_joined_chats(u);
	if (u->next_chat < u->g->n_chats &&
	    (!u->has_head || u->g->chats[u->next_chat].slot < u->head_slot)) {
		pl->chat = u->next_chat++;
		return;
	}
	if (!u->has_head)
		return;
	root = u->head.root;
	pl->links = u->head.links;
	while (u->has_head && u->head.root == root) {
		pl->items = xgrow(pl->items, &cap, pl->n_items + 1,
				  sizeof(*pl->items));
		pl->items[pl->n_items++] = u->head.item;
		advance(u);
	}
}

/* The conversation of a unit: a chat, or a thread merged from its
 * members read back from the spill store; NULL when none could be. */
static struct conversation *
materialize(struct units *u, struct worker *w, struct plan *pl,
	    uint32_t *input)
{
	struct conversation **mb, *c;
	struct strlist notes = {0};
	size_t k = 0;

	*input = INGEST_NO_INPUT;
	if (pl->chat != SIZE_MAX) {
		c = u->g->chats[pl->chat].conv;
		*input = u->g->chats[pl->chat].input;
		u->g->chats[pl->chat].conv = NULL;
		return c;
	}
	mb = xmalloc((pl->n_items + 1) * sizeof(*mb));
	for (size_t i = 0; i < pl->n_items; i++) {
		struct item_rec rec;

		c = take_item(u->g, pl->items[i], &rec, &w->rd);
		if (!c)
			continue;
		apply_near(&w->near, &rec, c);
		if (k == 0) /* the thread's first: its source, its input */
			*input = rec.input;
		for (size_t m = 0; m < c->n_msgs; m++)
			if (!c->msgs[m].file && c->source)
				c->msgs[m].file = xstrdup(c->source);
		mb[k++] = c;
	}
	thread_merge(mb, k, pl->links, &notes);
	c = k ? mb[0] : NULL;
	strlist_free(&notes);
	free(mb);
	free(pl->items);
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
		free(m->signature);
		m->signature = NULL;
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

/* Analysis warnings go to the input the conversation came from; one
 * with no one input (ingest.h) keeps them as its notes. */
static void
file_warnings(struct units *u, struct conversation *c, uint32_t input,
	      struct strlist *w)
{
	struct run *r = u->r;

	if (input < r->n_inputs) {
		diag_take_strings(&r->inputs[input].diags,
				  r->inputs[input].path, DIAG_WARNING, w);
		return;
	}
	for (size_t k = 0; k < w->n; k++)
		strlist_push(&c->notes, w->v[k]);
	strlist_free(w);
}

static void
keep(struct units *u, struct conversation *c)
{
	struct run *r = u->r;

	r->convs = xgrow(r->convs, &u->cap_convs, r->n_convs + 1,
			 sizeof(*r->convs));
	r->convs[r->n_convs++] = c;
}

/* Unit i is analyzed: it and the ones after it that are ready go to
 * on_done in unit order. */
static void
emit_ready(const struct engine *e, struct units *u, size_t i,
	   struct conversation *c)
{
	pthread_mutex_lock(&u->lock);
	u->ring[i % UNITS_AHEAD].conv = c;
	u->ring[i % UNITS_AHEAD].done = true;
	while (u->emitted < u->n && u->ring[u->emitted % UNITS_AHEAD].done) {
		struct ring_slot *s = &u->ring[u->emitted++ % UNITS_AHEAD];

		s->done = false;
		if ((c = s->conv) == NULL)
			continue;
		s->conv = NULL;
		if (e->on_done)
			e->on_done(e->on_done_ud, c);
		file_warnings(u, c, s->input, &s->warnings);
		if (e->stream_free)
			conversation_free(c);
		else
			keep(u, c);
	}
	pthread_cond_broadcast(&u->moved);
	pthread_mutex_unlock(&u->lock);
}

static void *
analyze_worker_new(void *ctx)
{
	struct units *u = ctx;
	struct worker *w = xcalloc(1, sizeof(*w));

	w->m = matcher_new(&u->e->patterns);
	reader_open(&w->rd, u->g);
	tape_window_open(&w->near, u->near, READ_NEAR);
	return w;
}

static void
analyze_worker_free(void *vw)
{
	struct worker *w = vw;

	matcher_free(w->m);
	reader_close(&w->rd);
	tape_window_close(&w->near);
	free(w);
}

/* The next unit in order: put together, taken through the pipeline,
 * handed over in turn. */
static void
analyze_one(void *vw, void *ctx, size_t unused)
{
	struct worker *w = vw;
	struct units *u = ctx;
	const struct engine *e = u->e;
	struct conversation *c;
	struct plan pl;
	size_t i;

	(void)unused;
	pthread_mutex_lock(&u->lock);
	while (u->next_unit >= u->emitted + UNITS_AHEAD)
		pthread_cond_wait(&u->moved, &u->lock);
	i = u->next_unit++;
	next_plan(u, &pl);
	pthread_mutex_unlock(&u->lock);
	c = materialize(u, w, &pl, &u->ring[i % UNITS_AHEAD].input);

	if (c) {
		free(c->id);
		c->id = xasprintf("c%zu", i + 1);
		pipeline_conversation(u->stages, w->m, c,
				      &u->ring[i % UNITS_AHEAD].warnings);
		if (!e->stream_free)
			trim_texts(c);
		progress_conversation_done(e->progress);
	}
	emit_ready(e, u, i, c);
}

/* ---- the whole batch ---- */

void
units_run(const struct engine *e, const struct pipeline *stages,
	  struct ingest *g, struct run *r)
{
	struct units u = {.e = e, .stages = stages, .g = g, .r = r};
	struct pass analyzing = {.threads = (size_t)e->opts->jobs,
				 .wnew = analyze_worker_new,
				 .wfree = analyze_worker_free,
				 .item = analyze_one, .ctx = &u};

	join_slack(g);
	u.n = plan_threads(&u);
	for (size_t s = 0; s < g->n_chats; s++)
		u.n += g->chats[s].conv != NULL;
	mark_near(&u);
	thread_index_release(g->ti);
	u.ring = xcalloc(UNITS_AHEAD, sizeof(*u.ring));
	r->convs = xmalloc(sizeof(*r->convs)); /* never NULL, even empty */
	u.cap_convs = 1;
	r->n_convs = 0;
	pthread_mutex_init(&u.lock, NULL);
	pthread_cond_init(&u.moved, NULL);
	tape_reader_open(&u.mr, u.members, 0, UINT64_MAX, 0);
	tape_window_open(&u.heads, g->items, READ_HEADS);
	advance(&u);
	analyzing.n = u.n;
	pass_run(&analyzing);
	tape_reader_close(&u.mr);
	tape_window_close(&u.heads);
	pthread_cond_destroy(&u.moved);
	pthread_mutex_destroy(&u.lock);
	free(u.ring);
	tape_free(u.members);
	tape_free(u.near);
}
