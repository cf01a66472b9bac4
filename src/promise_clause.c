/* promise_clause.c - the clause around a time expression, for the
 * promise reader (promise_ctx.h): each hit's grammar class, a sentence
 * cut into segments, and the verb group that governs a time. */
#include "promise.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "promise_ctx.h"

static const char *const class_names[CL_COUNT] = {
	[CL_NONE] = "none",	      [CL_FUTURE] = "future",
	[CL_PAST] = "past",	      [CL_ORDER] = "order",
	[CL_NEGATION] = "negation",   [CL_CONDITION] = "condition",
	[CL_GENERIC] = "generic",     [CL_BOUNDARY] = "boundary",
	[CL_REPLY] = "reply",	      [CL_DECISION] = "decision",
	[CL_COURTESY] = "courtesy",   [CL_REMEDY] = "remedy",
};

bool
clause_class_parse(const char *s, enum clause_class *out)
{
	for (int i = CL_NONE + 1; i < CL_COUNT; i++) {
		if (s != NULL && strcmp(s, class_names[i]) == 0) {
			*out = (enum clause_class)i;
			return true;
		}
	}
	return false;
}

enum clause_class
clause_class_of(const struct hit *h)
{
	enum clause_class c;

	if (h->pat->type == PAT_PROMISE)
		return CL_FUTURE;
	if (h->pat->type != PAT_CLAUSE ||
	    !clause_class_parse(pattern_meta(h->pat, "class"), &c))
		return CL_NONE;
	return c;
}




/* Whether hit i overlaps a live hit of type t. */
bool
pr_overlaps_live(const struct pctx *x, size_t i, enum pat_type t)
{
	for (size_t j = 0; j < x->v->n_hits; j++)
		if (live(x, j, t) && overlaps(&x->v->hits[i], &x->v->hits[j]))
			return true;
	return false;
}

/* A boundary word inside a time expression ("between 3 and 5 days")
 * cuts nothing. */
static bool
inside_time(const struct pctx *x, size_t i)
{
	return pr_overlaps_live(x, i, PAT_DEADLINE);
}

void
pr_classify(struct pctx *x)
{
	x->cls = xcalloc(x->v->n_hits + 1, sizeof(*x->cls));
	for (size_t i = 0; i < x->v->n_hits; i++) {
		if (x->v->dead[i])
			continue;
		x->cls[i] = clause_class_of(&x->v->hits[i]);
		if (x->cls[i] == CL_BOUNDARY && inside_time(x, i))
			x->cls[i] = CL_NONE;
	}
}

/* ------------------------------------------------------------------ */
/* Segments: a sentence cut at commas, semicolons, spaced dashes ("до
 * четверга — подберём") and the start of a boundary hit. A comma between
 * digits ("1,5 дня") cuts nothing. */

/* Bytes of a cut at i (0: none). */
static size_t
cut_len(const struct pctx *x, size_t i)
{
	const unsigned char *s = (const unsigned char *)x->v->text;
	size_t len = x->v->len;

	if (s[i] == ';')
		return 1;
	if (s[i] == ',')
		return i > 0 && i + 1 < len && s[i - 1] >= '0' &&
				       s[i - 1] <= '9' && s[i + 1] >= '0' &&
				       s[i + 1] <= '9'
			       ? 0
			       : 1;
	if (i > 0 && i + 3 < len && s[i - 1] == ' ' && s[i] == 0xe2 &&
	    s[i + 1] == 0x80 && (s[i + 2] == 0x94 || s[i + 2] == 0x93) &&
	    s[i + 3] == ' ')
		return 3;
	return 0;
}

bool
pr_cut_at(const struct pctx *x, size_t i)
{
	return cut_len(x, i) > 0;
}

/* Start of the segment holding byte 'pos' of sentence 's'. */
static size_t
seg_start(const struct pctx *x, size_t s, size_t pos)
{
	size_t from = x->v->sent[s].start, at = from;

	for (size_t i = pos; i > from; i--)
		if (pr_cut_at(x, i - 1)) {
			at = i - 1 + cut_len(x, i - 1);
			break;
		}
	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];

		if (x->cls[i] == CL_BOUNDARY && x->v->sent_of[i] == s &&
		    h->start <= pos && h->start > at)
			at = h->start;
	}
	return at;
}

/* End of the segment holding byte 'pos' of sentence 's'. */
static size_t
seg_end(const struct pctx *x, size_t s, size_t pos)
{
	size_t to = x->v->sent[s].end, at = to;

	for (size_t i = pos; i < to; i++)
		if (pr_cut_at(x, i)) {
			at = i;
			break;
		}
	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];

		if (x->cls[i] == CL_BOUNDARY && x->v->sent_of[i] == s &&
		    h->start > pos && h->start < at)
			at = h->start;
	}
	return at;
}

struct text_span
pr_segment_of(const struct pctx *x, size_t t)
{
	const struct hit *h = &x->v->hits[t];
	size_t s = x->v->sent_of[t];
	size_t last = h->end > h->start ? h->end - 1 : h->start;

	return (struct text_span){seg_start(x, s, h->start),
				  seg_end(x, s, last)};
}


/* The first live hit of class c in span sp, or NONE. */
size_t
pr_class_in(const struct pctx *x, enum clause_class c, struct text_span sp)
{
	for (size_t i = 0; i < x->v->n_hits; i++)
		if (x->cls[i] == c && in_span(&x->v->hits[i], sp))
			return i;
	return NONE;
}

/* ------------------------------------------------------------------ */
/* The governor of a time expression. */


/* The verb hit of span sp nearest to hit t (the earlier on a tie). */
static size_t
nearest_verb(const struct pctx *x, size_t t, struct text_span sp)
{
	const struct hit *th = &x->v->hits[t];
	size_t best = NONE, bestd = SIZE_MAX;

	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];
		size_t d;

		/* a future marker may sit inside the expression ("Срок
		 * рассмотрения составляет до 10 дней"); others never do */
		if (!is_verb(x->cls[i]) || !in_span(h, sp) ||
		    (overlaps(h, th) && x->cls[i] != CL_FUTURE))
			continue;
		d = distance(h, th);
		if (d < bestd) {
			best = i;
			bestd = d;
		}
	}
	return best;
}

/* Whether a boundary hit of sentence s starts at byte pos. */
static bool
boundary_at(const struct pctx *x, size_t s, size_t pos)
{
	for (size_t i = 0; i < x->v->n_hits; i++)
		if (x->cls[i] == CL_BOUNDARY && x->v->sent_of[i] == s &&
		    x->v->hits[i].start == pos)
			return true;
	return false;
}

/* Segments after 'sp' up to a conjunction: a fronted time expression
 * ("By Friday, as agreed, we will ...") is governed by the first verb
 * there. Segments that open a condition are skipped. */
static size_t
verb_after(const struct pctx *x, size_t t, struct text_span sp)
{
	size_t s = x->v->sent_of[t], end = x->v->sent[s].end;
	const char *text = x->v->text;

	while (sp.end < end) {
		size_t from = sp.end + cut_len(x, sp.end), v;
		struct text_span next;

		while (from < end && (text[from] == ' ' || text[from] == '\n' ||
				      text[from] == '\t' || text[from] == '\r'))
			from++;
		if (from >= end || boundary_at(x, s, from))
			return NONE;
		next = (struct text_span){from, seg_end(x, s, from)};
		if (next.end <= next.start)
			return NONE;
		if (pr_class_in(x, CL_CONDITION, next) == NONE &&
		    (v = nearest_verb(x, t, next)) != NONE)
			return v;
		sp = next;
	}
	return NONE;
}


/* The verb group governing time hit t in its segment seg. A bare
 * participle (meta tense=participle: "deployed", "fixed") after a
 * future marker of its segment belongs to it: "We'll have it deployed
 * by EOD Wednesday". */
/* The nearest order, negation or future verb in the segments before
 * 'sp' back to a conjunction («Пришлите, пожалуйста, документы до
 * пятницы»). A past verb there is passed over: a verbless clause after
 * it still promises ("The parcel was handed to the courier, delivery
 * tomorrow"). */
static size_t
verb_before(const struct pctx *x, size_t t, struct text_span sp)
{
	size_t s = x->v->sent_of[t], from = x->v->sent[s].start;

	while (sp.start > from) {
		size_t end = sp.start, v;
		struct text_span prev;

		if (boundary_at(x, s, sp.start))
			return NONE;
		while (end > from && strchr(" \n\t\r", x->v->text[end - 1]) != NULL)
			end--;
		if (end >= from + 1 && cut_len(x, end - 1) == 1)
			end -= 1;
		else if (end >= from + 3 && cut_len(x, end - 3) == 3)
			end -= 3;
		else
			return NONE;
		if (end <= from)
			return NONE;
		prev = (struct text_span){seg_start(x, s, end - 1), end};
		if (prev.start >= sp.start || prev.end <= prev.start)
			return NONE;
		if (pr_class_in(x, CL_CONDITION, prev) != NONE)
			return NONE;
		v = nearest_verb(x, t, prev);
		if (v != NONE && x->cls[v] != CL_PAST)
			return v;
		sp = prev;
	}
	return NONE;
}

size_t
pr_governor(const struct pctx *x, size_t t, struct text_span seg)
{
	size_t g = nearest_verb(x, t, seg);

	if (g == NONE && (g = verb_after(x, t, seg)) == NONE)
		return verb_before(x, t, seg);
	if (g == NONE)
		return NONE;
	if (x->cls[g] == CL_PAST &&
	    meta_is(x->v->hits[g].pat, "tense", "participle")) {
		for (size_t i = 0; i < x->v->n_hits; i++)
			if (x->cls[i] == CL_FUTURE &&
			    in_span(&x->v->hits[i], seg) &&
			    x->v->hits[i].end <= x->v->hits[g].start)
				return i;
	}
	return g;
}
