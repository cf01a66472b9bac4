/* ingest.c - reading the inputs of a batch, in parallel, onto tapes. */
#include "ingest.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "detect.h"
#include "email_keys.h"
#include "expand.h"
#include "html_export.h"
#include "mbox.h"
#include "outlook.h"
#include "pool.h"
#include "reader.h"
#include "walk.h"

#define DETECT_HEAD (64u * 1024u) /* bytes format detection looks at */

/* One input file and what came of it. */
struct job {
	char *path;	   /* as reported */
	const char *open;  /* where its bytes are (borrowed from the set) */
	bool in_dir;	   /* found in a folder or an archive */
	bool readable;	   /* detected as something a reader takes */
	bool silent;	   /* left out without a word (our own report) */
	uint64_t *cuts;	   /* an mbox read in pieces: where they start */
	size_t n_cuts;
	uint64_t size;
	uint32_t input;	   /* its entry in r->inputs (INGEST_NO_INPUT:
			    * none, left out silently) */
	struct input_result res;
};

/* A byte range of one job's file, read by one worker. What it reads
 * is held here (numbered from the piece's start) and handed over to
 * the batch in piece order: by the piece itself while it is the first
 * one not handed over yet, else when the pieces before it are done. */
struct piece {
	size_t job;
	uint64_t start, len; /* len UINT64_MAX: to the end */
	struct buf items;    /* struct item_rec, slot and nd_first local */
	struct buf nd;	     /* struct neardup_entry, group = local item */
	struct thread_index *ti; /* keys of the items not handed over */
	struct chat_slot *chats; /* slot local */
	size_t n_chats, cap_chats;
	size_t n_slots, n_items, n_nd; /* read so far */
	size_t item_base, slot_base, nd_base; /* set when first handed */
	bool based;
	bool done;
	struct diag_list diags; /* message numbers from the piece's start */
	size_t messages;     /* messages read */
	size_t seen;	     /* mbox messages met, skipped ones too */
	int rc;		     /* the reader's result */
};

struct ctx {
	const struct engine *e;
	struct job *jobs;
	struct piece *pieces;
	size_t n_pieces;
	struct ingest *g;
	size_t handed;	      /* pieces [0..handed) are in g */
	size_t ahead;	      /* how far past 'handed' a piece may start */
	pthread_mutex_t lock; /* guards g, handed, pieces' handing over */
	pthread_cond_t moved; /* 'handed' grew */
	struct progress *pg;
};

/* ---- pass 1: detection ---- */

struct detect_worker {
	struct detector *det;
	char *det_err;
};

static void *
detect_worker_new(void *unused)
{
	struct detect_worker *w = xcalloc(1, sizeof(*w));

	(void)unused;
	w->det = detector_new(&w->det_err);
	return w;
}

static void
detect_worker_free(void *arg)
{
	struct detect_worker *w = arg;

	detector_free(w->det);
	free(w->det_err);
	free(w);
}

/* The first bytes of a regular file, for detection; NULL with *err. */
static char *
read_head(const char *path, size_t *len, uint64_t *size, char **err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *buf;

	if (!f) {
		*err = xstrdup(strerror(errno));
		return NULL;
	}
	*size = fstat(fileno(f), &st) == 0 ? (uint64_t)st.st_size : 0;
	buf = xmalloc(DETECT_HEAD + 1);
	*len = fread(buf, 1, DETECT_HEAD, f);
	buf[*len] = '\0';
	if (ferror(f)) {
		*err = xstrdup(strerror(errno));
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* A format no reader takes: a note inside a directory, an error for a
 * file named on the command line. */
static void
skip_unreadable_format(struct job *j, char *why)
{
	diag_push(&j->res.diags, j->path, j->in_dir ? DIAG_WARNING : DIAG_ERROR,
		  why ? why : xstrdup("unrecognized format"));
	if (!j->in_dir)
		j->res.failed = true;
}

/* messages.html in the folder of 'path' (a later part's first). */
static bool
first_part_next_to(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *first = slash ? xasprintf("%.*s/messages.html",
					(int)(slash - path), path)
			    : xstrdup("messages.html");
	struct stat st;
	bool yes = stat(first, &st) == 0 && S_ISREG(st.st_mode);

	free(first);
	return yes;
}

static bool
detect_job(struct detect_worker *w, struct job *j, const char *head,
	   size_t len)
{
	char *why = NULL;

	j->res.format = w->det ? detect_format(w->det, j->open, head, len, &why)
			       : FMT_UNKNOWN;
	if (!w->det)
		why = xasprintf("format detection unavailable: %s", w->det_err);
	if ((j->res.format == FMT_OWN_REPORT && j->in_dir) ||
	    (j->res.format == FMT_TELEGRAM_HTML && j->in_dir &&
	     tg_html_later_part(j->open) && first_part_next_to(j->open))) {
		/* a report saved in the scanned folder; messages2.html, read
		 * with the messages.html next to it */
		j->silent = true;
		free(why);
		return false;
	}
	if (j->res.format == FMT_BINARY || j->res.format == FMT_UNKNOWN ||
	    j->res.format == FMT_UNSUPPORTED ||
	    j->res.format == FMT_OWN_REPORT) {
		skip_unreadable_format(j, why);
		return false;
	}
	free(why);
	return true;
}

/* The piece size: INGEST_PIECE, or ESCALATE_PIECE_BYTES (for tests:
 * the result must not depend on it). */
static uint64_t
piece_bytes(void)
{
	const char *v = getenv("ESCALATE_PIECE_BYTES");
	char *end;
	unsigned long long n;

	if (!v || !*v)
		return INGEST_PIECE;
	errno = 0;
	n = strtoull(v, &end, 10);
	return (errno || *end || n == 0) ? INGEST_PIECE : (uint64_t)n;
}

/* Where a big mbox is cut: about every piece_bytes(), at a place where
 * a message starts. */
static void
plan_cuts(struct job *j, uint64_t piece)
{
	FILE *f = fopen(j->open, "rb");
	uint64_t at, from = piece;
	size_t cap = 0;

	if (!f)
		return;
	while (from < j->size && mbox_find_split(f, from, &at) == 1) {
		j->cuts = xgrow(j->cuts, &cap, j->n_cuts + 1, sizeof(*j->cuts));
		j->cuts[j->n_cuts++] = at;
		from = at + piece;
	}
	fclose(f);
}

static void
detect_one(void *w, void *vctx, size_t i)
{
	struct job *j = &((struct ctx *)vctx)->jobs[i];
	char *err = NULL, *data;
	size_t len;

	j->res.path = xstrdup(j->path);
	data = read_head(j->open, &len, &j->size, &err);
	if (!data) {
		diag_push(&j->res.diags, j->path, DIAG_ERROR, err);
		j->res.failed = true;
		return;
	}
	j->readable = detect_job(w, j, data, len);
	/* Content-Length can make a "From " block body: such a mailbox is
	 * read in one piece, which is the only safe way */
	if (j->readable && format_feed(j->res.format) == FEED_PIECES &&
	    j->size > piece_bytes() &&
	    !ascii_strcasestr(data, "\ncontent-length:"))
		plan_cuts(j, piece_bytes());
	free(data);
}

/* ---- pass 2: reading pieces ---- */

/* A reading worker leaves each e-mail's keys behind (email_keys.h). */
static void *
read_worker_new(void *vctx)
{
	return email_keyer_new(&((struct ctx *)vctx)->e->patterns);
}

static void
read_worker_free(void *w)
{
	email_keyer_free(w);
}

struct taker {
	struct email_keyer *k;
	struct piece *p;
	struct ctx *x;
};

/* ---- handing over to the batch ---- */

static void
hand_chats(struct ingest *g, struct piece *p)
{
	for (size_t i = 0; i < p->n_chats; i++) {
		g->chats = xgrow(g->chats, &g->cap_chats, g->n_chats + 1,
				 sizeof(*g->chats));
		g->chats[g->n_chats] = p->chats[i];
		g->chats[g->n_chats++].slot += p->slot_base;
	}
	p->n_chats = 0;
}

static void
hand_records(struct ingest *g, struct piece *p)
{
	struct item_rec *it = (struct item_rec *)p->items.s;
	struct neardup_entry *nd = (struct neardup_entry *)p->nd.s;

	for (size_t i = 0; i < p->items.len / sizeof(*it); i++) {
		it[i].slot += p->slot_base;
		it[i].nd_first += p->nd_base;
	}
	for (size_t i = 0; i < p->nd.len / sizeof(*nd); i++)
		nd[i].group += p->item_base;
	tape_append(g->items, p->items.s, p->items.len);
	tape_append(g->nd, p->nd.s, p->nd.len);
	p->items.len = p->nd.len = 0;
	thread_index_append(g->ti, p->ti);
	thread_index_free(p->ti);
	p->ti = thread_index_new();
}

/* What piece p holds goes to the batch; p is the first piece not
 * handed over (caller holds the lock). */
static void
hand_over(struct ingest *g, struct piece *p)
{
	if (!p->based) {
		p->slot_base = g->n_slots;
		p->item_base = g->n_items;
		p->nd_base = g->n_nd;
		p->based = true;
	}
	hand_chats(g, p);
	hand_records(g, p);
	g->n_slots = p->slot_base + p->n_slots;
	g->n_items = p->item_base + p->n_items;
	g->n_nd = p->nd_base + p->n_nd;
}

/* A piece holding INGEST_FLUSH bytes hands them over if it is first. */
static void
maybe_hand_over(struct ctx *x, struct piece *p)
{
	if (p->items.len + p->nd.len < INGEST_FLUSH)
		return;
	pthread_mutex_lock(&x->lock);
	if (&x->pieces[x->handed] == p)
		hand_over(x->g, p);
	pthread_mutex_unlock(&x->lock);
}

/* Piece p is read: it, and every finished piece after it, go over in
 * order as far as they can. */
static void
piece_done(struct ctx *x, struct piece *p)
{
	pthread_mutex_lock(&x->lock);
	p->done = true;
	while (x->handed < x->n_pieces && x->pieces[x->handed].done) {
		struct piece *q = &x->pieces[x->handed];

		hand_over(x->g, q);
		if (q->len == UINT64_MAX) /* its file's last piece */
			progress_file_done(x->pg);
		thread_index_free(q->ti);
		q->ti = NULL;
		buf_free(&q->items);
		buf_free(&q->nd);
		free(q->chats);
		q->chats = NULL;
		x->handed++;
	}
	pthread_cond_broadcast(&x->moved);
	pthread_mutex_unlock(&x->lock);
}

/* Piece i starts when it is at most x->ahead past the first piece not
 * handed over, so that finished pieces waiting for a slow one stay
 * few. The first piece never waits, so no piece waits forever. */
static void
wait_turn(struct ctx *x, size_t i)
{
	pthread_mutex_lock(&x->lock);
	while (i >= x->handed + x->ahead)
		pthread_cond_wait(&x->moved, &x->lock);
	pthread_mutex_unlock(&x->lock);
}

/* ---- reading ---- */

static void
take_chat(struct piece *p, struct conversation *c, uint32_t input)
{
	p->chats = xgrow(p->chats, &p->cap_chats, p->n_chats + 1,
			 sizeof(*p->chats));
	p->chats[p->n_chats++] = (struct chat_slot){p->n_slots, c, input};
}

/* The input entry c's warnings go to: its job's, unless c is named
 * after a part of the file (an Outlook folder, "box.pst:Inbox"). */
static uint32_t
input_of(const struct job *j, const struct conversation *c)
{
	return c->source && strcmp(c->source, j->path) == 0 ? j->input
							    : INGEST_NO_INPUT;
}

/* One conversation as read: an e-mail is keyed and parked, a chat kept. */
static void
take(void *ud, struct conversation *c)
{
	struct taker *t = ud;
	struct piece *p = t->p;
	struct item_rec rec = {.slot = p->n_slots, .nd_first = p->n_nd,
			       .input = input_of(&t->x->jobs[p->job], c)};

	p->messages += c->n_msgs;
	if (!conversation_is_email(c)) {
		take_chat(p, c, rec.input);
		p->n_slots++;
		return;
	}
	rec.n_nd = email_keys_leave(t->k, c, p->ti, &p->nd, p->n_items);
	spill_put(t->x->g->spill, c, &rec.ref); /* frees c */
	buf_append(&p->items, (const char *)&rec, sizeof(rec));
	p->n_nd += rec.n_nd;
	p->n_items++;
	p->n_slots++;
	maybe_hand_over(t->x, p);
}

static void
read_range(struct taker *t, const struct job *j)
{
	struct piece *p = t->p;
	FILE *f = fopen(j->open, "rb");

	if (!f) {
		diag_push_copy(&p->diags, j->path, DIAG_ERROR, strerror(errno));
		p->rc = -1;
		return;
	}
	if (p->start && fseeko(f, (off_t)p->start, SEEK_SET) != 0) {
		diag_push_copy(&p->diags, j->path, DIAG_ERROR, strerror(errno));
		p->rc = -1;
	} else {
		p->rc = mbox_read_each(f, j->path, p->len, take, t, &p->diags,
				       &p->seen);
	}
	fclose(f);
}

/* An Outlook mailbox, streamed by libpst from its file. */
static void
read_pst(struct taker *t, const struct job *j)
{
	struct piece *p = t->p;
	struct strlist warn = {0};

	p->rc = pst_read_each_as(j->open, j->path, take, t, &warn, &p->seen);
	if (p->rc == 0)
		p->rc = -1; /* a mailbox with no e-mail: said in a warning */
	diag_take_strings(&p->diags, j->path, DIAG_WARNING, &warn);
}

/* A whole non-mbox input: its reader on all of its bytes. */
static void
read_whole(struct taker *t, const struct job *j)
{
	struct piece *p = t->p;
	struct conv_list l = {0};
	struct strlist warn = {0};
	char *err = NULL, *data;
	size_t len;

	if (!(data = read_file(j->open, &len, &err))) {
		diag_push(&p->diags, j->path, DIAG_ERROR, err);
		p->rc = -1;
		return;
	}
	/* the reader gets where the bytes are, so that it finds the files
	 * next to them (messages2.html); the report shows the path */
	p->rc = reader_read(j->open, j->res.format, data, len, &l, &warn);
	diag_take_strings(&p->diags, j->path, DIAG_WARNING, &warn);
	for (size_t i = 0; i < l.n; i++) {
		if (strcmp(j->open, j->path) != 0) {
			free(l.v[i]->source);
			l.v[i]->source = xstrdup(j->path);
		}
		take(t, l.v[i]);
	}
	free(l.v);
	free(data);
}

static void
read_one(void *w, void *vctx, size_t i)
{
	struct ctx *x = vctx;
	struct piece *p = &x->pieces[i];
	const struct job *j = &x->jobs[p->job];
	struct taker t = {w, p, x};

	wait_turn(x, i);
	p->ti = thread_index_new();
	switch (format_feed(j->res.format)) {
	case FEED_PIECES:
		read_range(&t, j);
		break;
	case FEED_STREAM:
		read_pst(&t, j);
		break;
	case FEED_WHOLE:
		read_whole(&t, j);
		break;
	}
	progress_bytes(x->pg, p->len != UINT64_MAX ? p->len
					   : j->size - p->start);
	piece_done(x, p);
}

/* ---- planning and gathering ---- */

/* The files to read, as jobs in argument then walk order; messages
 * about paths go to r->inputs. */
static struct job *
collect_jobs(const struct options *o, struct input_set *set, size_t *n_out,
	     struct run *r, struct progress *pg)
{
	struct job *jobs;

	expand_paths(o, set, r, pg);
	jobs = xcalloc(set->n ? set->n : 1, sizeof(*jobs));
	for (size_t i = 0; i < set->n; i++) {
		jobs[i].path = xstrdup(set->v[i].path);
		jobs[i].open = set->v[i].open;
		jobs[i].in_dir = set->v[i].in_dir;
	}
	*n_out = set->n;
	return jobs;
}

/* Each job's entry in r->inputs: after the walk's, in job order, the
 * silent ones left out (gather() appends them so). */
static void
number_inputs(struct job *jobs, size_t n, size_t first)
{
	for (size_t i = 0; i < n; i++)
		jobs[i].input = jobs[i].silent ? INGEST_NO_INPUT
					       : (uint32_t)first++;
}

static struct piece *
add_piece(struct piece **v, size_t *n, size_t *cap, size_t job)
{
	struct piece *p;

	*v = xgrow(*v, cap, *n + 1, sizeof(**v));
	p = &(*v)[(*n)++];
	memset(p, 0, sizeof(*p));
	p->job = job;
	p->len = UINT64_MAX;
	return p;
}

/* The files and bytes the progress line counts down. */
static void
count_work(struct progress *pg, const struct job *jobs, size_t n)
{
	size_t files = 0;
	uint64_t bytes = 0;

	for (size_t i = 0; i < n; i++) {
		files += jobs[i].readable;
		bytes += jobs[i].readable ? jobs[i].size : 0;
	}
	progress_total(pg, files, bytes);
}

/* The pieces of every readable job, in job order. */
static struct piece *
plan_pieces(struct job *jobs, size_t n_jobs, size_t *n_out)
{
	struct piece *v = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < n_jobs; i++) {
		struct job *j = &jobs[i];
		uint64_t start = 0;
		struct piece *p;

		if (!j->readable)
			continue;
		for (size_t k = 0; k < j->n_cuts; k++) {
			p = add_piece(&v, &n, &cap, i);
			p->start = start;
			p->len = j->cuts[k] - start;
			start = j->cuts[k];
		}
		p = add_piece(&v, &n, &cap, i);
		p->start = start;
	}
	*n_out = n;
	return v;
}

/* One job's pieces into its input entry. */
static void
gather_job(struct job *j, struct piece *p, size_t n)
{
	size_t offset = 0, slots = 0;
	bool error = false;

	for (size_t k = 0; k < n; k++) {
		/* a later piece counts its messages from its own start */
		for (size_t w = 0; w < p[k].diags.n; w++)
			if (p[k].diags.v[w].message)
				p[k].diags.v[w].message += offset;
		diag_move(&j->res.diags, &p[k].diags);
		offset += p[k].seen;
		j->res.messages += p[k].messages;
		slots += p[k].n_slots;
		error |= p[k].rc < 0;
	}
	if (n && slots == 0 && !error &&
	    format_feed(j->res.format) == FEED_PIECES) {
		diag_push_copy(&j->res.diags, j->path, DIAG_ERROR,
			       "no messages in mbox");
		error = true;
	}
	if (error && slots == 0)
		j->res.failed = true;
}

static void
gather(struct run *r, struct ctx *x, size_t n_jobs, size_t n_pieces)
{
	size_t k = 0;

	r->inputs = xrealloc(r->inputs,
			     (r->n_inputs + n_jobs + 1) * sizeof(*r->inputs));
	for (size_t i = 0; i < n_jobs; i++) {
		struct job *j = &x->jobs[i];
		size_t first = k;

		while (k < n_pieces && x->pieces[k].job == i)
			k++;
		gather_job(j, x->pieces + first, k - first);
		if (j->silent) {
			free(j->res.path);
			diag_list_free(&j->res.diags);
		} else {
			r->inputs[r->n_inputs++] = j->res;
		}
		free(j->path);
		free(j->cuts);
	}
}

void
ingest_run(const struct engine *e, struct run *r, struct ingest *g)
{
	size_t n_jobs = 0;
	struct input_set set = {0};
	struct ctx x = {.e = e,
			.jobs = collect_jobs(e->opts, &set, &n_jobs, r,
					     e->progress),
			.g = g};
	size_t threads = (size_t)e->opts->jobs;
	struct pass detecting = {.threads = threads, .n = n_jobs,
				 .wnew = detect_worker_new,
				 .wfree = detect_worker_free,
				 .item = detect_one, .ctx = &x};
	struct pass reading = {.threads = threads, .wnew = read_worker_new,
			       .wfree = read_worker_free, .item = read_one,
			       .ctx = &x};

	g->spill = spill_new();
	g->ti = thread_index_new_spilled();
	g->items = tape_new();
	g->nd = tape_new();
	pass_run(&detecting);
	number_inputs(x.jobs, n_jobs, r->n_inputs);
	x.pieces = plan_pieces(x.jobs, n_jobs, &x.n_pieces);
	count_work(e->progress, x.jobs, n_jobs);
	x.pg = e->progress;
	x.ahead = INGEST_AHEAD * (size_t)(e->opts->jobs > 0 ? e->opts->jobs : 1);
	pthread_mutex_init(&x.lock, NULL);
	pthread_cond_init(&x.moved, NULL);
	reading.n = x.n_pieces;
	pass_run(&reading);
	pthread_cond_destroy(&x.moved);
	pthread_mutex_destroy(&x.lock);
	gather(r, &x, n_jobs, x.n_pieces);
	free(x.pieces);
	free(x.jobs);
	input_set_free(&set);
}

void
ingest_free(struct ingest *g)
{
	for (size_t i = 0; i < g->n_chats; i++)
		conversation_free(g->chats[i].conv);
	free(g->chats);
	tape_free(g->items);
	tape_free(g->nd);
	thread_index_free(g->ti);
	spill_free(g->spill);
	memset(g, 0, sizeof(*g));
}
