/* spill.h - conversations parked outside memory until they are needed.
 *
 * A big mailbox is read in one pass but analyzed thread by thread, after
 * threading has seen every message. In between, each e-mail waits in the
 * spill store: a tape (tape.h: an unlinked temporary file, or memory when
 * no temporary file can be made or a write fails). The store is safe to
 * use from several threads. */
#ifndef ESC_SPILL_H
#define ESC_SPILL_H

#include <stdint.h>

#include "message.h"

/* Where a parked conversation lies in the store. */
struct spill_ref {
	uint64_t off;
	uint64_t len;
};

struct spill;
struct tape_window;

/* A new, empty store; never NULL. */
struct spill *spill_new(void);
/* True when the store lives in memory (no temporary file could be made). */
bool spill_in_memory(const struct spill *s);
/* Park c (before analysis: no findings, no escalation) and free it.
 * Returns 0: the store never refuses (a tape that cannot write goes on
 * in memory). */
int spill_put(struct spill *s, struct conversation *c, struct spill_ref *ref);
/* The conversation parked at ref, newly allocated (the caller frees it);
 * NULL when it cannot be read back. */
struct conversation *spill_get(struct spill *s, const struct spill_ref *ref);
/* The same through w, a window (tape.h) of the store opened with
 * spill_window_open() once nothing more is parked. */
struct conversation *spill_get_via(struct spill *s, const struct spill_ref *ref,
				   struct tape_window *w);
void spill_window_open(struct tape_window *w, const struct spill *s,
		       size_t cap);
/* Bytes parked so far. */
uint64_t spill_size(const struct spill *s);
void spill_free(struct spill *s);

/* The encoding on its own (for tests): append c to out / decode one. */
void spill_encode(const struct conversation *c, struct buf *out);
struct conversation *spill_decode(const char *p, size_t len);

#endif /* ESC_SPILL_H */
