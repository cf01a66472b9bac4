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

#define NEARDUP_HASHES 128	/* MinHash values per signature */
#define NEARDUP_BANDS 32	/* LSH bands of NEARDUP_HASHES / BANDS rows */
#define NEARDUP_SHINGLE 3	/* words per shingle */
#define NEARDUP_MIN_WORDS 8	/* unmasked words a text needs to be judged */
#define NEARDUP_SIMILARITY 0.8	/* estimated Jaccard to be a near-duplicate */
#define NEARDUP_MAX_WORDS 2000	/* words of a text looked at, the first */
#define NEARDUP_MAX_BYTES (64u * 1024u) /* bytes of a text looked at */
#define NEARDUP_WINDOW 8	/* bucket neighbours compared per member */

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

/* One message as the batch compares it. */
struct neardup_entry {
	struct neardup_sig sig;
	size_t group;	 /* its conversation: equal groups never count */
	size_t msg;	 /* its index in the conversation (0-based) */
	uint64_t msgid;	 /* hash of its Message-ID, 0 when none */
	int64_t time;	 /* its time, when time_set */
	bool time_set;
	size_t near;	 /* out: other groups holding a near-duplicate */
};

/* Fill *e for message m (index msg); false when the message is not
 * compared (system lines, no text, too short). group is left 0. */
bool neardup_entry_init(struct neardup_entry *e, const struct message *m,
			size_t msg);
uint64_t neardup_id_hash(const char *s);
/* Link the entries e[0..n) and set each one's near. Two copies of one
 * message (the same Message-ID, or with no ids the same time) are not
 * near-duplicates of each other. */
void neardup_solve(struct neardup_entry **e, size_t n);

/* Set near_convs of every message of convs[0..n): the number of other
 * conversations holding a near-duplicate (0 when none, when the text is
 * too short, and for system messages). Two copies of one message (the
 * same Message-ID, or the same time) are not near-duplicates of each
 * other. Runs in one thread; memory is one signature per message. */
void neardup_mark(struct conversation **convs, size_t n);

#endif /* ESC_NEARDUP_H */
