/* prefilter.h - which patterns can match a text: one pass of a
 * multi-literal automaton over the case-folded text.
 *
 * Every compiled pattern of a set has a literal set (from its `literal`
 * lines, else derived from its regex by literals.h) or is "always run".
 * prefilter_build() makes an Aho-Corasick automaton over the folded
 * bytes of all literals; it is read-only afterwards and may be shared by
 * threads. A pattern whose literal does not occur in the folded text
 * cannot match it, so skipping it changes no result. */
#ifndef ESC_PREFILTER_H
#define ESC_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pattern_types.h"

#define PF_STATES_MAX (1u << 22) /* automaton states (literal bytes) */

struct prefilter;

/* Where the literals of the windowed patterns end in a text: for pattern
 * i, pf_ends_get(e, i), ascending, each the offset just past the
 * character that completes one of its literals. Where the begin
 * literals start follows (by literal, not by pattern: one record serves
 * every pattern that has the literal): prefilter_starts() gives a
 * pattern's. The user owns it (zero-initialized, reused from text to
 * text, pf_ends_free). */
struct pf_ends {
	uint32_t *at, *cnt; /* per slot: where its offsets start in end[],
			     * how many (0 but for the slots in 'used') */
	uint32_t *used;	    /* the slots with offsets, in no order */
	size_t nused, capslots, capend;
	uint32_t *end;
	uint32_t *pair; /* while scanning: slot, offset, slot, offset, ... */
	size_t npair, cappair;
	unsigned types; /* the pattern types whose ends are recorded */
	uint32_t *tmp;	/* for prefilter_starts() */
	size_t captmp;
};

/* Build for the compiled patterns of ps (those with code). Never fails
 * except on out-of-memory (which aborts); too many literal bytes make
 * every pattern "always run". */
struct prefilter *prefilter_build(const struct patset *ps);
/* The same for the patterns whose type bit (1u << type) is in 'types'
 * only; the others count as always run. A small automaton scans faster:
 * for scans of a few types. */
struct prefilter *prefilter_build_types(const struct patset *ps,
					unsigned types);
void prefilter_free(struct prefilter *pf);
/* The number of patterns it was built for (ps->n at build time). */
size_t prefilter_count(const struct prefilter *pf);
/* True when pattern i has no literal set and always runs. */
bool prefilter_always(const struct prefilter *pf, size_t i);
/* True when the matches of pattern i are confirmed only near the ends
 * of its literals: it has derived literals (every match contains one)
 * and its regex was read by reach.h (pattern->windowed). */
bool prefilter_windowed(const struct prefilter *pf, size_t i);
/* True when pattern i has a begin set (literals.h, "Begin literals" in
 * docs/patterns.md): its matches can start only where the text begins
 * with one of them, and those places are recorded as its starts. */
bool prefilter_begun(const struct prefilter *pf, size_t i);
/* The folded begin set of pattern i (empty when it is not begun). */
const struct strlist *prefilter_begins(const struct prefilter *pf,
				       size_t i);
/* The folded literals of pattern i (empty when it always runs). */
const struct strlist *prefilter_literals(const struct prefilter *pf,
					 size_t i);
/* Set cand[i] (i < prefilter_count) to 1 for each pattern that may match
 * text[0..len): an always-run pattern or one whose literal occurs in the
 * folded text; 0 for the others. */
void prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
		    unsigned char *cand);

/* prefilter_scan(), and the ends of the literals of the windowed
 * patterns whose type bit (1u << type) is in 'types' into e (for the
 * others, off[] gives no end). */
void prefilter_scan_ends(const struct prefilter *pf, const char *text,
			 size_t len, unsigned types, unsigned char *cand,
			 struct pf_ends *e);
/* The offsets where the begin literals of begun pattern i start in the
 * text e was made from (prefilter_scan_ends() with i's type), ascending
 * and distinct, into *out (of *cap elements, grown as needed); their
 * number. */
size_t prefilter_starts(const struct prefilter *pf, struct pf_ends *e,
			size_t i, uint32_t **out, size_t *cap);
/* The ends of windowed pattern i in the text e was made from, and their
 * number in *n. */
const uint32_t *pf_ends_get(const struct pf_ends *e, size_t i, size_t *n);
void pf_ends_free(struct pf_ends *e);

#endif /* ESC_PREFILTER_H */
