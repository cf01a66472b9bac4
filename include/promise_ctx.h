/* promise_ctx.h - the working state of reading one message's promises,
 * shared by the files of the promise reader: src/promise.c (candidates
 * of a company message, claims of a customer), src/promise_clause.c
 * (clause classes, segments, the governor), src/promise_exclude.c
 * (exclusions), src/promise_kind.c (the kind) and src/promise_emit.c
 * (groups into due moments). Internal to those files. */
#ifndef ESC_PROMISE_CTX_H
#define ESC_PROMISE_CTX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "promise.h"

#define NONE SIZE_MAX


/* The working state of one message. */

struct cand {
	size_t t;     /* the deadline hit */
	size_t sent;  /* its sentence */
	size_t key;   /* the governor it shares a promise with, or NONE */
	bool attach;  /* a general term that needs the previous sentence */
	enum promise_kind kind;
};

struct pctx {
	const struct msg_view *v;
	enum clause_class *cls; /* per hit; CL_NONE when dead or other */
	struct cand *cands;
	size_t n_cands;
};

static inline bool
live(const struct pctx *x, size_t i, enum pat_type t)
{
	return !x->v->dead[i] && x->v->hits[i].pat->type == t;
}

static inline bool
is_verb(enum clause_class c)
{
	return c == CL_FUTURE || c == CL_PAST || c == CL_ORDER ||
	       c == CL_NEGATION;
}

static inline bool
overlaps(const struct hit *a, const struct hit *b)
{
	return a->start < b->end && b->start < a->end;
}

static inline bool
in_span(const struct hit *h, struct text_span sp)
{
	return h->start >= sp.start && h->start < sp.end;
}

static inline size_t
distance(const struct hit *a, const struct hit *b)
{
	if (a->end <= b->start)
		return b->start - a->end;
	if (b->end <= a->start)
		return a->start - b->end;
	return 0;
}

static inline bool
meta_is(const struct pattern *p, const char *key, const char *value)
{
	const char *v = pattern_meta(p, key);

	return v != NULL && strcmp(v, value) == 0;
}

static inline bool
expr_is(const struct pattern *p, const char *name)
{
	const char *e = pattern_meta(p, "expr");

	return e != NULL && strcmp(e, name) == 0;
}

/* promise_clause.c */

/* Each live hit's class into x->cls (allocated; the caller frees it). */
void pr_classify(struct pctx *x);
/* Whether hit i overlaps a live hit of type t. */
bool pr_overlaps_live(const struct pctx *x, size_t i, enum pat_type t);
/* Whether byte i cuts a segment (a comma, semicolon, spaced dash). */
bool pr_cut_at(const struct pctx *x, size_t i);
/* The segment of its sentence that holds hit t. */
struct text_span pr_segment_of(const struct pctx *x, size_t t);
/* The first live hit of class c in span sp, or NONE. */
size_t pr_class_in(const struct pctx *x, enum clause_class c,
		   struct text_span sp);
/* The verb hit governing time hit t in its segment seg, or NONE. */
size_t pr_governor(const struct pctx *x, size_t t, struct text_span seg);

/* promise_exclude.c */

/* Whether time hit t stands inside an open condition of its sentence. */
bool pr_in_condition(const struct pctx *x, size_t t);
/* Whether t is in the last segment of a sentence ending with '?'. */
bool pr_in_question(const struct pctx *x, size_t t);
/* Whether t's pattern names a span that only looks like a time. */
bool pr_not_a_time(const struct pctx *x, size_t t);
/* Whether t's sentence holds dates and clock times alone. */
bool pr_timestamp_line(const struct pctx *x, size_t t);

/* promise_kind.c */

/* What the promise of time hit t (governed by gov, in segment seg)
 * promises. */
enum promise_kind pr_kind_for(const struct pctx *x, size_t t, size_t gov,
			      struct text_span seg);
/* The kind of time t in claim hit 'claim'. */
enum promise_kind pr_claim_kind(const struct pctx *x, size_t claim,
				size_t t);

/* promise_emit.c */

/* A clock time in the next coordinated clause of a day joins the day's
 * group. */
void pr_join_coordinated(struct pctx *x);
/* Each group of x->cands as deadline findings of the message. */
void pr_emit_all(const struct pctx *x, bool claimed);
/* A message without a time: one warning per promise instead. */
void pr_warn_untimed(const struct pctx *x);

#endif /* ESC_PROMISE_CTX_H */
