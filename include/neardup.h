/* neardup.h - near-duplicate messages across the conversations of a batch.
 *
 * The same reply sent to different customers is a template (SPEC 4). Each
 * message's text is masked (names, numbers, dates, times, ids, e-mail
 * addresses, URLs and amounts become class placeholders), lower-cased,
 * cut into word shingles and summarised by a MinHash signature; LSH
 * banding finds the candidate pairs in near-linear time and a pair whose
 * estimated Jaccard similarity is at least NEARDUP_SIMILARITY is linked.
 * Linked messages form groups; a message's count is the number of OTHER
 * conversations in its group. The method and its limits are described in
 * docs/templates.md. Deterministic: fixed seeds, input order only. */
#ifndef ESC_NEARDUP_H
#define ESC_NEARDUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "message.h"
#include "tape.h"

#define NEARDUP_HASHES 128	/* MinHash values per signature */
#define NEARDUP_BANDS 32	/* LSH bands of NEARDUP_HASHES / BANDS rows */
#define NEARDUP_SHINGLE 3	/* words per shingle */
#define NEARDUP_MIN_WORDS 8	/* unmasked words a text needs to be judged */
#define NEARDUP_SIMILARITY 0.8	/* estimated Jaccard to be a near-duplicate */
#define NEARDUP_MAX_WORDS 2000	/* words of a text looked at, the first */
#define NEARDUP_MAX_BYTES (64u * 1024u) /* bytes of a text looked at */
#define NEARDUP_WINDOW 8	/* bucket neighbours compared per member */
#define NEARDUP_MAX_ENTRIES (UINT32_MAX - 1) /* messages compared */

struct neardup_sig {
	uint32_t h[NEARDUP_HASHES];
};

/* The masked form of 'text' as the comparison sees it: its tokens,
 * lower-cased, one space between, placeholders <name> <num> <date>
 * <time> <id> <email> <url> <amount>. *plain (may be NULL) gets the
 * number of tokens that are not placeholders. Caller frees. */
char *neardup_mask(const char *text, size_t *plain);

/* The MinHash signature of 'text'; false (and *sig unspecified) when the
 * text has fewer than NEARDUP_MIN_WORDS unmasked words. */
bool neardup_signature(const char *text, struct neardup_sig *sig);

/* Estimated Jaccard similarity of the shingle sets, 0..1. */
double neardup_similarity(const struct neardup_sig *a,
			  const struct neardup_sig *b);

/* The LSH key of one band of a signature. */
uint64_t neardup_band_key(const struct neardup_sig *s, size_t band);

/* One message as the batch compares it (the records of an entries
 * tape). */
struct neardup_entry {
	struct neardup_sig sig;
	size_t group;	 /* its conversation (see neardup_solve) */
	size_t msg;	 /* its index in the conversation (0-based) */
	uint64_t msgid;	 /* hash of its Message-ID, 0 when none */
	int64_t time;	 /* its time, when time_set */
	bool time_set;
};

/* Fill *e for message m (index msg); false when the message is not
 * compared (system lines, no text, too short). group is left 0. */
bool neardup_entry_init(struct neardup_entry *e, const struct message *m,
			size_t msg);
uint64_t neardup_id_hash(const char *s);

/* What the batch found for entry number 'entry': its message and how
 * many other conversations hold a near-duplicate of it. */
struct neardup_near {
	uint32_t entry, msg, near;
};

/* Maps an entry's group field to its conversation: entries with equal
 * results never count for each other. */
typedef size_t (*neardup_group_fn)(void *ud, size_t group);

/* Link the entries of the tape (struct neardup_entry records, at most
 * NEARDUP_MAX_ENTRIES) and return a new tape with one struct
 * neardup_near per entry, in entry order. Two copies of one message
 * (the same Message-ID, or with no ids the same time) are not
 * near-duplicates of each other. Memory: 4 bytes per entry (the
 * union-find) and the sort's buffer (extsort.h); the rest is on tapes.
 * group_of may be NULL (the group field is the conversation). */
struct tape *neardup_solve(const struct tape *entries,
			   neardup_group_fn group_of, void *ud);

/* Set near_convs of every message of convs[0..n): the number of other
 * conversations holding a near-duplicate (0 when none, when the text is
 * too short, and for system messages). Two copies of one message (the
 * same Message-ID, or the same time) are not near-duplicates of each
 * other. Runs in one thread, through neardup_solve on a memory tape. */
void neardup_mark(struct conversation **convs, size_t n);

#endif /* ESC_NEARDUP_H */
