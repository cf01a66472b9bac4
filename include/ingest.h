/* ingest.h - reading every input of a batch, in worker threads, into an
 * ordered list of slots: chats stay in memory, e-mails are parked in the
 * spill store with only their threading keys in memory.
 *
 * Two passes: the first detects each file's format (and, for an mbox
 * larger than INGEST_PIECE bytes, finds where it can be cut into
 * pieces); the second reads the pieces in parallel. Pieces depend only
 * on the file, never on -j, so the result is the same for any -j. */
#ifndef ESC_INGEST_H
#define ESC_INGEST_H

#include <stdbool.h>

#include "report.h"
#include "run.h"
#include "neardup.h"
#include "spill.h"
#include "thread_index.h"

#define INGEST_PIECE (16u * 1024u * 1024u) /* bytes of mbox per piece */

/* One conversation as read, in input order. */
struct slot {
	struct conversation *conv; /* in memory, or NULL when parked */
	struct spill_ref ref;	   /* where it is parked */
	bool email;		   /* an item of the thread index */
	/* e-mails: their messages as near-duplicate detection compares
	 * them (made while the text is at hand), owned; NULL for chats */
	struct neardup_entry *nd;
	size_t n_nd;
};

struct ingest {
	struct slot *slots;
	size_t n_slots;
	struct thread_index *ti; /* the e-mail slots, in slot order */
	struct spill *spill;
};

/* Read every PATH of the options: r->inputs gets one entry per input
 * (walk notes included); g (zeroed by the caller) gets the slots. */
void ingest_run(const struct engine *e, struct run *r, struct ingest *g);
/* The conversation of slot s, taken out of it (parked ones read back);
 * NULL when a parked one cannot be read back. */
struct conversation *ingest_take(struct ingest *g, struct slot *s);
void ingest_free(struct ingest *g);

#endif /* ESC_INGEST_H */
