/* thread_index.h - which e-mails form one thread (SPEC 3), from compact
 * keys only.
 *
 * Each e-mail conversation is reduced to 64-bit hashes of its threading
 * keys: its tickets (and "[#123]" subject tags), its Message-ID,
 * In-Reply-To and References ids, and its normalized subject. Memory is
 * keys on a tape (tape.h); memory holds 5 bytes per e-mail once solved
 * (union-find over 32-bit item numbers, link bits) plus, during the
 * subject step, the tickets of the threads that share a subject with
 * another thread. The keys are sorted on the tape (extsort.h), so a
 * mailbox can be threaded while its texts wait elsewhere (spill.h).
 * Two different keys with the same 64-bit hash would join
 * two threads; at a million e-mails the chance is below one in 10^7. */
#ifndef ESC_THREAD_INDEX_H
#define ESC_THREAD_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "message.h"

#define THREAD_MAX_IDS 1024 /* References ids used per message */

/* Why the members of a thread were joined (bits). */
enum thread_link {
	THREAD_LINK_TICKET = 1,
	THREAD_LINK_REF = 2,
	THREAD_LINK_SUBJECT = 4,
};

#define THREAD_INDEX_MAX (UINT32_MAX - 1) /* items; later ones are not
						* threaded (stand alone) */

struct thread_index;

/* A new index with its keys in memory (small batches, tests). */
struct thread_index *thread_index_new(void);
/* A new index with its keys on a temporary file (a whole mailbox). */
struct thread_index *thread_index_new_spilled(void);
/* Add the keys of one e-mail conversation as the next item (items are
 * numbered from 0 in the order added, which is input order). */
void thread_index_add(struct thread_index *ti, const struct conversation *c);
/* Add the items of 'from' (not solved yet) after those of 'to'. */
void thread_index_append(struct thread_index *to,
			 const struct thread_index *from);
size_t thread_index_count(const struct thread_index *ti);
/* Join the items: by ticket, then by ids, then by equal non-empty
 * subject unless both sides have tickets and none in common. After it,
 * thread_index_root() gives each item's thread as its earliest item. */
void thread_index_solve(struct thread_index *ti);
size_t thread_index_root(struct thread_index *ti, size_t i);
/* On a root: the thread_link bits that joined its thread. */
unsigned thread_index_links(const struct thread_index *ti, size_t root);
/* After solve: each thread's members chained in item order; next[i] is
 * the member after item i, SIZE_MAX at the end (caller frees). */
size_t *thread_index_chain(struct thread_index *ti);
/* Drop the keys and the union-find (count stays; roots become items). */
void thread_index_release(struct thread_index *ti);
void thread_index_free(struct thread_index *ti);

#endif /* ESC_THREAD_INDEX_H */
