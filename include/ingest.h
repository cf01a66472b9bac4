/* ingest.h - reading every input of a batch, in worker threads, into an
 * ordered list of slots: chats stay in memory, e-mails are parked in the
 * spill store with what threading and near-duplicate detection need on
 * tapes (tape.h).
 *
 * Two passes: the first detects each file's format (and, for an mbox
 * larger than INGEST_PIECE bytes, finds where it can be cut into
 * pieces); the second reads the pieces in parallel. Pieces depend only
 * on the file, never on -j, so the result is the same for any -j. */
#ifndef ESC_INGEST_H
#define ESC_INGEST_H

#include <stdbool.h>

#include "batch.h"
#include "engine.h"
#include "neardup.h"
#include "spill.h"
#include "tape.h"
#include "thread_index.h"

#define INGEST_PIECE (1024u * 1024u) /* bytes of mbox per piece: small
				      * enough that the -j workers share
				      * even a few MiB evenly */
#define INGEST_FLUSH (1024u * 1024u) /* bytes of records a piece holds
				       * before handing them over */
#define INGEST_AHEAD 2 /* pieces a worker may read ahead of the first
			* piece not handed over yet, per worker */

/* The input entry (r->inputs) a conversation's warnings go to, or
 * INGEST_NO_INPUT when it has no one input (a Slack channel joined from
 * day files, an Outlook folder): then they are its notes. */
#define INGEST_NO_INPUT UINT32_MAX

/* A chat, kept in memory (slot: its place among all inputs' slots). */
struct chat_slot {
	size_t slot;
	struct conversation *conv; /* NULL once joined to another */
	uint32_t input;		   /* see INGEST_NO_INPUT */
};

/* An e-mail as the batch keeps it until its thread is analyzed: the
 * records of the items tape, one per e-mail, by item number. */
struct item_rec {
	uint64_t slot;	    /* its place among all slots */
	struct spill_ref ref; /* where it is parked */
	uint64_t nd_first;  /* its first entry on the near-duplicate tape */
	uint32_t n_nd;	    /* its entries there */
	uint32_t input;	    /* see INGEST_NO_INPUT */
};

/* What the batch read, in input order. Memory: the chats, and per
 * input file its entry; each e-mail is on tapes (items, its keys in
 * ti, its near-duplicate entries in nd) and in the spill store. */
struct ingest {
	size_t n_slots;		/* conversations read: chats and e-mails */
	struct chat_slot *chats;
	size_t n_chats, cap_chats;
	struct tape *items;	/* struct item_rec */
	size_t n_items;
	struct tape *nd;	/* struct neardup_entry, group = item */
	size_t n_nd;
	struct thread_index *ti; /* the e-mails, by item */
	struct spill *spill;
};

/* Read every PATH of the options: r->inputs gets one entry per input
 * (walk notes included); g (zeroed by the caller) gets the rest. */
void ingest_run(const struct engine *e, struct run *r, struct ingest *g);
void ingest_free(struct ingest *g);

#endif /* ESC_INGEST_H */
