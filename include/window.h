/* window.h - where the matches of a windowed pattern can start.
 *
 * A match of a windowed pattern (prefilter.h) contains one of its
 * literals and spans no barrier byte of the pattern (a byte outside its
 * reach.h set). So it starts after the last barrier before the end of
 * that literal, and before that end. window_spans() turns the ends of a
 * pattern's literals in a text into those ranges of possible starts,
 * merged and ascending; a search that tries only them finds what a
 * search of the whole text finds. */
#ifndef ESC_WINDOW_H
#define ESC_WINDOW_H

#include <stddef.h>
#include <stdint.h>

#include "reach.h"

struct span {
	size_t lo, hi; /* possible match starts, both included */
};

/* Owned by its user, reused from pattern to pattern (spans_free). */
struct spans {
	struct span *v;
	size_t n, cap;
};

/* The spans of text for the literal ends end[0..n) (ascending offsets
 * just past a literal, as in struct pf_ends) of a pattern whose matches
 * consume only bytes of 'reach' and non-ASCII bytes. */
void window_spans(const char *text, const uint32_t *end, size_t n,
		  const struct byteset *reach, struct spans *out);
void spans_free(struct spans *s);

/* Offsets, ascending; owned by its user, reused (ends_free). */
struct ends {
	uint32_t *v;
	size_t n, cap;
};

/* The offsets just past each byte of text[0..len) that is in 'set': the
 * ends for window_spans() of a pattern every match of which consumes
 * one of those bytes. */
void window_byte_ends(const char *text, size_t len, const struct byteset *set,
		      struct ends *out);
void ends_free(struct ends *e);

#endif /* ESC_WINDOW_H */
