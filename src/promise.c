/* promise.c - promises read from the clause around a time expression
 * (SPEC 5, docs/promises.md).
 *
 * For each time expression (a live deadline hit) of a company message:
 * the sentence around it is cut into segments at commas, semicolons and
 * conjunctions; the verb group that governs it is the nearest clause
 * hit of a verb class (future, past, order, negation) in its segment,
 * else in the segments that follow it (a fronted "By Friday, we ...").
 * A past, ordering or negated governor, an open condition, a question
 * and a general statement exclude it; anything else - a future marker,
 * a present tense, no verb at all ("Delivery: 3 December") - makes it
 * a promise. The expressions one governor holds are one promise, their
 * day and clock composed into one due moment.
 *
 * This file gathers the candidates and claims; the reading of a clause
 * is in promise_clause.c, the exclusions in promise_exclude.c, the kind
 * in promise_kind.c, the due moments in promise_emit.c; they share the
 * working state of include/promise_ctx.h. */
#include "promise.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "promise_ctx.h"

/* ------------------------------------------------------------------ */
/* Candidates of a company message. */

static void
push_cand(struct pctx *x, struct cand c)
{
	x->cands = xrealloc(x->cands, (x->n_cands + 1) * sizeof(*x->cands));
	x->cands[x->n_cands++] = c;
}

/* A future hit found by a word ending (meta tense=nonpast: a present
 * tense reads the same) does not outweigh a general statement. */
static bool
strong_future(const struct pctx *x, size_t g)
{
	const char *t;

	if (g == NONE || x->cls[g] != CL_FUTURE)
		return false;
	t = pattern_meta(x->v->hits[g].pat, "tense");
	return t == NULL || strcmp(t, "nonpast") != 0;
}

/* The future hit of span sp nearest to hit t, or NONE: the promise
 * that a verbless restatement ("..., i.e. by 8 December") belongs to. */
static size_t
nearest_future(const struct pctx *x, size_t t, struct text_span sp)
{
	const struct hit *th = &x->v->hits[t];
	size_t best = NONE, bestd = SIZE_MAX;

	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];

		if (strong_future(x, i) && in_span(h, sp) &&
		    distance(h, th) < bestd) {
			best = i;
			bestd = distance(h, th);
		}
	}
	return best;
}

/* The generic hit whose general statement holds t, or NONE: one in
 * its segment, or earlier in its sentence with no conjunction between
 * ("Office hours: Monday to Friday 9am-5:30pm, Saturday 10am-2pm"), or
 * anywhere before it for a generic of meta scope=sentence ("I'm away
 * and will return on Monday"). */
static size_t
general_hit(const struct pctx *x, size_t t, struct text_span seg)
{
	size_t s = x->v->sent_of[t];
	struct text_span before = {x->v->sent[s].start, seg.start};
	size_t g = pr_class_in(x, CL_GENERIC, seg);
	/* a conjunction cuts only before a clause that promises on its
	 * own ("Our team is online 6am-10pm daily, and we'll reply
	 * shortly"), not inside a list ("Mon-Fri 8am-6pm and Sat 9am-1pm") */
	bool own = pr_class_in(x, CL_FUTURE, seg) != NONE;

	if (g != NONE)
		return g;
	for (g = 0; g < x->v->n_hits; g++) {
		bool cut = false;

		if (x->cls[g] != CL_GENERIC || !in_span(&x->v->hits[g], before))
			continue;
		if (meta_is(x->v->hits[g].pat, "scope", "sentence"))
			return g;
		for (size_t b = 0; b < x->v->n_hits && !cut; b++)
			cut = x->cls[b] == CL_BOUNDARY &&
			      x->v->hits[b].start > x->v->hits[g].start &&
			      (x->v->hits[b].start < seg.start ||
			       (own && x->v->hits[b].start == seg.start));
		if (!cut)
			return g;
	}
	return NONE;
}

/* Whether generic hit gen (or NONE) makes a statement that is never a
 * promise nor a claimed one: opening hours, validity, absence, today's
 * date ("today is already the 26th"): meta attach=never. */
static bool
never_promised(const struct pctx *x, size_t gen)
{
	return gen != NONE && meta_is(x->v->hits[gen].pat, "attach", "never");
}

static bool
attach_pattern(const struct pctx *x, size_t t)
{
	const char *a = pattern_meta(x->v->hits[t].pat, "attach");

	return a != NULL && strcmp(a, "previous") == 0;
}


/* Whether time hit t is a promise of the company; fills *c. */
static bool
company_candidate(const struct pctx *x, size_t t, struct cand *c)
{
	struct text_span seg;
	size_t gov, gen;
	enum clause_class gc;

	if (pr_not_a_time(x, t) || pr_timestamp_line(x, t) ||
	    pr_in_question(x, t) || pr_in_condition(x, t))
		return false;
	seg = pr_segment_of(x, t);
	gov = pr_governor(x, t, seg);
	gc = gov == NONE ? CL_NONE : x->cls[gov];
	if (gc == CL_PAST || gc == CL_ORDER || gc == CL_NEGATION)
		return false;
	if ((gov == NONE || expr_is(x->v->hits[t].pat, "vague")) &&
	    pr_class_in(x, CL_COURTESY, seg) != NONE)
		return false; /* "we hope to welcome you back soon", "thanks
			       * for your patience today" */
	c->t = t;
	c->sent = x->v->sent_of[t];
	gen = general_hit(x, t, seg);
	/* opening hours, validity, absence: never a promise */
	if (never_promised(x, gen))
		return false;
	c->attach = !strong_future(x, gov) &&
		    (gen != NONE || attach_pattern(x, t));
	c->key = gc == CL_FUTURE
			 ? gov
			 : nearest_future(x, t, x->v->sent[c->sent]);
	c->kind = pr_kind_for(x, t, gov, seg);
	return true;
}

/* A general term ("This usually takes 3-5 business days", «Срок — 10
 * дней») states the term of a promise made just before it: a future
 * hit earlier in its sentence, else in the previous sentence when that
 * one has no time of its own. Returns the anchor or NONE. */
static size_t
attach_anchor(const struct pctx *x, const struct cand *c)
{
	const struct hit *th = &x->v->hits[c->t];
	struct text_span before = {x->v->sent[c->sent].start, th->start};
	size_t a = nearest_future(x, c->t, before);

	if (a != NONE || c->sent == 0)
		return a;
	for (size_t i = 0; i < x->n_cands; i++)
		if (x->cands[i].sent == c->sent - 1)
			return NONE;
	return nearest_future(x, c->t, x->v->sent[c->sent - 1]);
}

static void
settle_attached(struct pctx *x)
{
	size_t n = 0;

	for (size_t i = 0; i < x->n_cands; i++) {
		struct cand *c = &x->cands[i];

		if (c->attach) {
			size_t a = attach_anchor(x, c);

			if (a == NONE)
				continue;
			c->key = a;
			c->kind = pr_kind_for(x, a, a, pr_segment_of(x, a));
		}
		x->cands[n++] = *c;
	}
	x->n_cands = n;
}

/* Whether only spaces, commas, brackets or a dash stand between byte
 * a and byte b: "в четверг, 22 октября, с 12:00 до 16:00", "tomorrow
 * (Thursday) between 8am and 12pm" are one time. */
static bool
adjacent(const struct pctx *x, size_t a, size_t b)
{
	const unsigned char *s = (const unsigned char *)x->v->text;

	if (b < a || b - a > 8)
		return false;
	for (size_t i = a; i < b; i++) {
		if (strchr(" ,()\t\r\n", s[i]) != NULL && s[i] != '\0')
			continue;
		if (i + 2 < b && s[i] == 0xe2 && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0x93 || s[i + 2] == 0x94)) {
			i += 2;
			continue;
		}
		return false;
	}
	return true;
}

/* Time expressions written next to each other are one promise: the
 * later ones join the group of the first (cands are in text order). */
static void
join_adjacent(struct pctx *x)
{
	for (size_t i = 1; i < x->n_cands; i++) {
		struct cand *p = &x->cands[i - 1], *c = &x->cands[i];

		if (p->sent == c->sent &&
		    adjacent(x, x->v->hits[p->t].end, x->v->hits[c->t].start)) {
			c->key = p->key;
			c->kind = p->kind;
		}
	}
}

/* Whether time hit t names a day (a date, a weekday, tomorrow). */
static bool
names_day(const struct pctx *x, size_t t)
{
	return dl_expr_day(pattern_meta(x->v->hits[t].pat, "expr")) ==
	       DL_NAMED_DAY;
}

/* Whether time hit t is a time of day alone ("between 7am and 7pm"). */
static bool
day_time_only(const struct pctx *x, size_t t)
{
	const struct pattern *p = x->v->hits[t].pat;

	return expr_is(p, "window") || expr_is(p, "time");
}

/* A time of day alone, in the sentence right after a promise that
 * names the day, is that day's time: "It's booked for Thursday 3
 * December. The courier will deliver between 7am and 7pm." is one
 * promise, due on the 3rd at 19:00 — unless its own clause names a
 * day too. */
static void
join_day_over(struct pctx *x)
{
	for (size_t i = 1; i < x->n_cands; i++) {
		struct cand *p = &x->cands[i - 1], *c = &x->cands[i];
		bool own_day = false;

		if (c->sent != p->sent + 1 || !day_time_only(x, c->t) ||
		    !names_day(x, p->t))
			continue;
		for (size_t j = i + 1; j < x->n_cands &&
				       x->cands[j].sent == c->sent; j++)
			own_day = own_day || (x->cands[j].key == c->key &&
					      names_day(x, x->cands[j].t));
		if (own_day)
			continue;
		c->key = p->key;
		c->kind = p->kind;
		c->sent = p->sent; /* one group */
	}
}

static void
company_cands(struct pctx *x)
{
	for (size_t i = 0; i < x->v->n_hits; i++) {
		struct cand c;

		if (live(x, i, PAT_DEADLINE) && company_candidate(x, i, &c))
			push_cand(x, c);
	}
	settle_attached(x);
	join_adjacent(x);
	pr_join_coordinated(x);
	join_day_over(x);
}

/* ------------------------------------------------------------------ */
/* Claims: a time expression in a customer's sentence with a claim
 * ("вы обещали решить до 20 ноября") belongs to the nearest claim. */

static size_t
nearest_claim(const struct pctx *x, size_t t)
{
	const struct hit *th = &x->v->hits[t];
	size_t best = NONE, bestd = SIZE_MAX;

	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];

		if (live(x, i, PAT_CLAIM) &&
		    x->v->sent_of[i] == x->v->sent_of[t] &&
		    distance(h, th) < bestd) {
			best = i;
			bestd = distance(h, th);
		}
	}
	return best;
}


/* The last conjunction between claim hit c and time hit t, or NONE. */
static size_t
boundary_between(const struct pctx *x, size_t c, size_t t)
{
	size_t b = NONE;

	for (size_t i = 0; i < x->v->n_hits; i++)
		if (x->cls[i] == CL_BOUNDARY &&
		    x->v->hits[i].start >= x->v->hits[c].end &&
		    x->v->hits[i].end <= x->v->hits[t].start &&
		    (b == NONE || x->v->hits[i].start > x->v->hits[b].start))
			b = i;
	return b;
}

/* The promise a claimed time belongs to: the future verb of its clause
 * ("you said you would call me by the 26th and that the credit would
 * post by the 27th" are two), else the nearest one of its sentence (a
 * verbless "..., so by Tuesday 10 March"); with no future verb, a
 * verbless part after a conjunction is a promise of its own ("promised
 * me a call back on the 16th and a technician by Friday" are two),
 * else the claim itself. */
static size_t
claim_key(const struct pctx *x, size_t claim, size_t t)
{
	size_t g = pr_governor(x, t, pr_segment_of(x, t)), f;

	if (g != NONE && x->cls[g] == CL_FUTURE)
		return g;
	f = nearest_future(x, t, x->v->sent[x->v->sent_of[t]]);
	if (f != NONE)
		return f;
	if (g == NONE && x->v->hits[claim].end <= x->v->hits[t].start &&
	    (g = boundary_between(x, claim, t)) != NONE)
		return g;
	return claim;
}

static enum clause_class
governor_class(const struct pctx *x, size_t t)
{
	size_t g = pr_governor(x, t, pr_segment_of(x, t));

	return g == NONE ? CL_NONE : x->cls[g];
}

/* In a claim the time of the saying ("I was told on Feb 18 the payment
 * would go out by February 25", «On 5 March Gemma wrote that ...») is
 * governed by a past verb, the promised time by a future one or none:
 * where a claim has both, the past-governed times go. */
static void
drop_times_of_saying(struct pctx *x, const enum clause_class *gc)
{
	size_t n = 0;

	for (size_t i = 0; i < x->n_cands; i++) {
		bool promised_elsewhere = false;

		for (size_t j = 0; j < x->n_cands && gc[i] == CL_PAST; j++)
			promised_elsewhere |= x->cands[j].key == x->cands[i].key &&
					      gc[j] != CL_PAST;
		if (!promised_elsewhere)
			x->cands[n++] = x->cands[i];
	}
	x->n_cands = n;
}

static void
claim_cands(struct pctx *x)
{
	enum clause_class *gc = xcalloc(x->v->n_hits + 1, sizeof(*gc));

	for (size_t i = 0; i < x->v->n_hits; i++) {
		size_t a;

		if (!live(x, i, PAT_DEADLINE) || pr_not_a_time(x, i) ||
		    never_promised(x, general_hit(x, i, pr_segment_of(x, i))) ||
		    (a = nearest_claim(x, i)) == NONE)
			continue;
		gc[x->n_cands] = governor_class(x, i);
		push_cand(x, (struct cand){i, x->v->sent_of[i],
					   claim_key(x, a, i), false,
					   pr_claim_kind(x, a, i)});
	}
	drop_times_of_saying(x, gc);
	free(gc);
	join_adjacent(x);
}


void
promises_find(const struct msg_view *v, bool company)
{
	struct pctx x = {v, NULL, NULL, 0};

	if (v->n_hits == 0)
		return;
	pr_classify(&x);
	if (company)
		company_cands(&x);
	else
		claim_cands(&x);
	if (v->msg->time.set)
		pr_emit_all(&x, !company);
	else
		pr_warn_untimed(&x);
	free(x.cls);
	free(x.cands);
}
