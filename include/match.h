/* match.h - running patterns over text.
 *
 * A matcher holds the per-thread state (match data, match context with
 * limits). It borrows the pattern set, which must outlive it. */
#ifndef ESC_MATCH_H
#define ESC_MATCH_H

#include <stddef.h>

#include "patterns.h"

/* Limits; see docs/patterns.md. */
#define MATCH_LIMIT 1000000u
#define DEPTH_LIMIT 10000u
#define MATCH_SUBJECT_MAX (64u * 1024u) /* longer texts are cut */

struct hit {
	const struct pattern *pat; /* borrowed from the set */
	size_t start, end;	   /* byte span in the subject */
	size_t gs[PAT_MAX_GROUPS]; /* named group spans, parallel to */
	size_t ge[PAT_MAX_GROUPS]; /* pat->group_name; SIZE_MAX unset */
};

struct hitlist {
	struct hit *v;
	size_t n, cap;
};

struct matcher;

struct matcher *matcher_new(const struct patset *ps);
void matcher_free(struct matcher *m);
/* Append to 'out' every non-overlapping match of every pattern whose type
 * bit (1u << type) is in 'types', ordered by start then pattern order.
 * Returns the number of patterns that hit a match/depth limit (each is
 * appended to 'warnings' as "pattern ID: match limit exceeded"). */
int matcher_scan(struct matcher *m, const char *text, size_t len,
		 unsigned types, struct hitlist *out, struct strlist *warnings);
/* Text of a named group of a hit: pointer into subject and length;
 * NULL when the group is absent or unset. */
const char *hit_group(const struct hit *h, const char *subject,
		      const char *name, size_t *len);
void hitlist_clear(struct hitlist *l);
void hitlist_free(struct hitlist *l);

#endif /* ESC_MATCH_H */
