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
 * day and clock composed into one due moment. */
#include "promise.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"

#define NONE SIZE_MAX
/* A year-less date resolved further ahead than this is a past one
 * ("your order of 12.11" written on 20.11), not a promise. */
#define YEARLESS_AHEAD_DAYS 183

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

/* ------------------------------------------------------------------ */
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

static bool
live(const struct pctx *x, size_t i, enum pat_type t)
{
	return !x->v->dead[i] && x->v->hits[i].pat->type == t;
}

static bool
is_verb(enum clause_class c)
{
	return c == CL_FUTURE || c == CL_PAST || c == CL_ORDER ||
	       c == CL_NEGATION;
}

static bool
overlaps(const struct hit *a, const struct hit *b)
{
	return a->start < b->end && b->start < a->end;
}

/* Whether hit i overlaps a live hit of type t. */
static bool
overlaps_live(const struct pctx *x, size_t i, enum pat_type t)
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
	return overlaps_live(x, i, PAT_DEADLINE);
}

static void
classify(struct pctx *x)
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

static bool
cut_at(const struct pctx *x, size_t i)
{
	return cut_len(x, i) > 0;
}

/* Start of the segment holding byte 'pos' of sentence 's'. */
static size_t
seg_start(const struct pctx *x, size_t s, size_t pos)
{
	size_t from = x->v->sent[s].start, at = from;

	for (size_t i = pos; i > from; i--)
		if (cut_at(x, i - 1)) {
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
		if (cut_at(x, i)) {
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

static struct text_span
segment_of(const struct pctx *x, size_t t)
{
	const struct hit *h = &x->v->hits[t];
	size_t s = x->v->sent_of[t];
	size_t last = h->end > h->start ? h->end - 1 : h->start;

	return (struct text_span){seg_start(x, s, h->start),
				  seg_end(x, s, last)};
}

static bool
in_span(const struct hit *h, struct text_span sp)
{
	return h->start >= sp.start && h->start < sp.end;
}

/* The first live hit of class c in span sp, or NONE. */
static size_t
class_in(const struct pctx *x, enum clause_class c, struct text_span sp)
{
	for (size_t i = 0; i < x->v->n_hits; i++)
		if (x->cls[i] == c && in_span(&x->v->hits[i], sp))
			return i;
	return NONE;
}

/* ------------------------------------------------------------------ */
/* The governor of a time expression. */

static size_t
distance(const struct hit *a, const struct hit *b)
{
	if (a->end <= b->start)
		return b->start - a->end;
	if (b->end <= a->start)
		return a->start - b->end;
	return 0;
}

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
		if (class_in(x, CL_CONDITION, next) == NONE &&
		    (v = nearest_verb(x, t, next)) != NONE)
			return v;
		sp = next;
	}
	return NONE;
}

static bool
meta_is(const struct pattern *p, const char *key, const char *value)
{
	const char *v = pattern_meta(p, key);

	return v != NULL && strcmp(v, value) == 0;
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
		if (class_in(x, CL_CONDITION, prev) != NONE)
			return NONE;
		v = nearest_verb(x, t, prev);
		if (v != NONE && x->cls[v] != CL_PAST)
			return v;
		sp = prev;
	}
	return NONE;
}

static size_t
governor(const struct pctx *x, size_t t, struct text_span seg)
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

/* ------------------------------------------------------------------ */
/* Exclusions that do not depend on the governor. */

/* Inside an open condition: a condition hit before t in its sentence
 * with no comma or semicolon between ("if you don't hear from us by
 * Friday", "если до пятницы не ответите"). */
static bool
in_condition(const struct pctx *x, size_t t)
{
	const struct hit *th = &x->v->hits[t];

	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];
		size_t j;

		if (x->cls[i] != CL_CONDITION ||
		    x->v->sent_of[i] != x->v->sent_of[t] || h->start >= th->start)
			continue;
		for (j = h->end; j < th->start && !cut_at(x, j); j++)
			;
		if (j >= th->start)
			return true;
	}
	return false;
}

/* In the last segment of a sentence that ends with '?'. */
static bool
in_question(const struct pctx *x, size_t t)
{
	const struct text_span *s = &x->v->sent[x->v->sent_of[t]];
	size_t e = s->end;

	while (e > s->start && (x->v->text[e - 1] == ' ' ||
				x->v->text[e - 1] == '\n' ||
				x->v->text[e - 1] == '\t'))
		e--;
	if (e == s->start || x->v->text[e - 1] != '?')
		return false;
	for (size_t i = x->v->hits[t].end; i < e; i++)
		if (cut_at(x, i))
			return false;
	return true;
}

static bool
expr_is(const struct pattern *p, const char *name)
{
	const char *e = pattern_meta(p, "expr");

	return e != NULL && strcmp(e, name) == 0;
}

/* A deadline pattern with meta expr=none names a span that only looks
 * like a time ("за период с 01.07 по 14.07"): it shadows the shorter
 * hits inside it and is never a deadline itself. */
static bool
not_a_time(const struct pctx *x, size_t t)
{
	return expr_is(x->v->hits[t].pat, "none");
}

static bool
letter_at(const unsigned char *s, size_t i, size_t len)
{
	return (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
	       ((s[i] == 0xd0 || s[i] == 0xd1) && i + 1 < len);
}

/* A sentence of dates and clock times alone ("7 Jul, 19:03", a date
 * line of a saved page) is a timestamp, not a promise. */
static bool
timestamp_line(const struct pctx *x, size_t t)
{
	const unsigned char *s = (const unsigned char *)x->v->text;
	const struct text_span *sp = &x->v->sent[x->v->sent_of[t]];

	for (size_t j = 0; j < x->v->n_hits; j++)
		if (live(x, j, PAT_DEADLINE) && x->v->sent_of[j] == x->v->sent_of[t] &&
		    !expr_is(x->v->hits[j].pat, "date") &&
		    !expr_is(x->v->hits[j].pat, "time") &&
		    !expr_is(x->v->hits[j].pat, "window"))
			return false;
	for (size_t i = sp->start; i < sp->end; i++) {
		bool covered = false;

		for (size_t j = 0; j < x->v->n_hits && !covered; j++)
			covered = live(x, j, PAT_DEADLINE) &&
				  x->v->hits[j].start <= i &&
				  i < x->v->hits[j].end;
		if (!covered && letter_at(s, i, x->v->len))
			return false;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* The kind: what is promised. */

static enum promise_kind
meta_kind(const struct pattern *p, bool *known)
{
	const char *k = pattern_meta(p, "kind");

	*known = k != NULL;
	return k != NULL && strcmp(k, "reply") == 0 ? PROMISE_REPLY
						    : PROMISE_RESOLVE;
}

/* The kind named inside span sp: a reply word (answer, call, update,
 * «ответ») makes it 'reply' whatever the word order («ответ по заявке
 * направим до пятницы»), else a promise pattern's kind. False when the
 * span names nothing. */
static bool
kind_in(const struct pctx *x, struct text_span sp, enum promise_kind *k)
{
	bool known;

	if (class_in(x, CL_REPLY, sp) != NONE) {
		*k = PROMISE_REPLY;
		return true;
	}
	for (size_t i = 0; i < x->v->n_hits; i++) {
		if (!live(x, i, PAT_PROMISE) || !in_span(&x->v->hits[i], sp))
			continue;
		*k = meta_kind(x->v->hits[i].pat, &known);
		if (known)
			return true;
	}
	return false;
}

/* Whether a remedy verb in the future stands before time hit t in its
 * sentence, in its clause or in a coordinated one with no time of its
 * own: the time covers the remedy too and outweighs a reply word beside
 * it ("they will refund the difference and email you the invoice by
 * tomorrow", «вернём деньги и пришлём акт до пятницы»). */
static bool
shared_remedy(const struct pctx *x, size_t t, struct text_span wide)
{
	size_t s = x->v->sent_of[t];
	size_t r = class_in(x, CL_REMEDY,
			    (struct text_span){x->v->sent[s].start, wide.end});

	if (r == NONE || !live(x, t, PAT_DEADLINE))
		return false;
	for (size_t j = 0; j < x->v->n_hits; j++)
		if (j != t && live(x, j, PAT_DEADLINE) &&
		    x->v->hits[j].start >= x->v->hits[r].end &&
		    x->v->hits[j].end <= x->v->hits[t].start)
			return false; /* a time of its own in between */
	return true;
}

/* What the promise of time hit t (governed by gov, in segment seg)
 * promises. Communicating a decision is 'resolve' wherever the decision
 * stands before it in the sentence ("we'll let you know our decision",
 * «решение примем и сообщим до пятницы»); else what its clause names,
 * else what its sentence names before it ("Ответ — в течение 2 дней");
 * unclear is 'resolve' (SPEC 5). */
static enum promise_kind
kind_for(const struct pctx *x, size_t t, size_t gov, struct text_span seg)
{
	size_t s = x->v->sent_of[t];
	struct text_span wide = seg;
	enum promise_kind k;

	if (gov != NONE) {
		const struct hit *g = &x->v->hits[gov];

		if (g->start < wide.start)
			wide.start = g->start;
		if (g->end > wide.end)
			wide.end = g->end;
	}
	if (class_in(x, CL_DECISION,
		     (struct text_span){x->v->sent[s].start, wide.end}) != NONE)
		return PROMISE_RESOLVE;
	if (shared_remedy(x, t, wide))
		return PROMISE_RESOLVE;
	if (kind_in(x, wide, &k))
		return k;
	if (kind_in(x, (struct text_span){x->v->sent[s].start, wide.start}, &k))
		return k;
	return PROMISE_RESOLVE;
}

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
	size_t g = class_in(x, CL_GENERIC, seg);

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
			      x->v->hits[b].start < seg.start;
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

	if (not_a_time(x, t) || timestamp_line(x, t) || in_question(x, t) ||
	    in_condition(x, t))
		return false;
	seg = segment_of(x, t);
	gov = governor(x, t, seg);
	gc = gov == NONE ? CL_NONE : x->cls[gov];
	if (gc == CL_PAST || gc == CL_ORDER || gc == CL_NEGATION)
		return false;
	if (expr_is(x->v->hits[t].pat, "vague") &&
	    class_in(x, CL_COURTESY, seg) != NONE)
		return false; /* "we hope to welcome you back soon" */
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
	c->kind = kind_for(x, t, gov, seg);
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
			c->kind = kind_for(x, a, a, segment_of(x, a));
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

static void join_coordinated(struct pctx *x);

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
	join_coordinated(x);
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

/* The kind of time t in a claim: the claim's own meta ("you promised
 * to call"), else what the clause of t names ("you said you would call
 * me by the 26th and that the credit would post by the 27th"), else
 * 'resolve'. */
static enum promise_kind
claim_kind(const struct pctx *x, size_t claim, size_t t)
{
	bool known;
	enum promise_kind k = meta_kind(x->v->hits[claim].pat, &known);
	struct text_span seg;
	size_t g;

	if (known)
		return k;
	seg = segment_of(x, t);
	g = governor(x, t, seg);
	if (g != NONE && x->v->hits[g].start < seg.start)
		seg.start = x->v->hits[g].start;
	if (class_in(x, CL_DECISION, seg) != NONE)
		return PROMISE_RESOLVE;
	return kind_in(x, seg, &k) ? k : PROMISE_RESOLVE;
}

/* The promise a claimed time belongs to: the future verb of its clause
 * ("you said you would call me by the 26th and that the credit would
 * post by the 27th" are two), else the nearest one of its sentence (a
 * verbless "..., so by Tuesday 10 March"), else the claim itself. */
static size_t
claim_key(const struct pctx *x, size_t claim, size_t t)
{
	size_t g = governor(x, t, segment_of(x, t));

	if (g != NONE && x->cls[g] == CL_FUTURE)
		return g;
	g = nearest_future(x, t, x->v->sent[x->v->sent_of[t]]);
	return g != NONE ? g : claim;
}

static enum clause_class
governor_class(const struct pctx *x, size_t t)
{
	size_t g = governor(x, t, segment_of(x, t));

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

		if (!live(x, i, PAT_DEADLINE) || not_a_time(x, i) ||
		    never_promised(x, general_hit(x, i, segment_of(x, i))) ||
		    (a = nearest_claim(x, i)) == NONE)
			continue;
		gc[x->n_cands] = governor_class(x, i);
		push_cand(x, (struct cand){i, x->v->sent_of[i],
					   claim_key(x, a, i), false,
					   claim_kind(x, a, i)});
	}
	drop_times_of_saying(x, gc);
	free(gc);
	join_adjacent(x);
}

/* ------------------------------------------------------------------ */
/* One promise of each group of candidates (same sentence, same key):
 * its day and clock composed into one due moment. */

enum tkind { TK_VAGUE, TK_CLOCK, TK_END_DAY, TK_DAY, TK_ANCHOR };

static enum tkind
tkind_of(const struct pattern *p)
{
	const char *e = pattern_meta(p, "expr");

	if (e == NULL)
		return TK_DAY;
	if (strcmp(e, "vague") == 0)
		return TK_VAGUE;
	if (strcmp(e, "time") == 0 || strcmp(e, "window") == 0)
		return TK_CLOCK;
	if (strcmp(e, "end-day") == 0)
		return TK_END_DAY;
	if (strcmp(e, "anchor") == 0)
		return TK_ANCHOR; /* "of 3 November": where a span starts */
	return TK_DAY;
}

/* Whether an expression of this kind ends on a day that a clock time
 * can be set on ("tomorrow" + "by 6 pm"). */
static bool
takes_clock(const char *expr, const struct dl_expr *e)
{
	static const char *const day_exprs[] = {
		"days", "workdays", "today", "tomorrow", "after-tomorrow",
		"weekday", "date", "weeks", "end-week", "next-week",
		"end-month", "after-weekend",
	};

	if (e->g[DLG_HOUR] != NULL)
		return false;
	if (expr == NULL)
		return e->g[DLG_UNIT] != NULL &&
		       strstr(e->g[DLG_UNIT], "час") == NULL &&
		       strstr(e->g[DLG_UNIT], "hour") == NULL &&
		       strstr(e->g[DLG_UNIT], "мин") == NULL &&
		       strstr(e->g[DLG_UNIT], "min") == NULL;
	for (size_t i = 0; i < sizeof(day_exprs) / sizeof(day_exprs[0]); i++)
		if (strcmp(expr, day_exprs[i]) == 0)
			return true;
	return false;
}

static void
fill_expr(const struct pctx *x, size_t t, struct dl_expr *e)
{
	const struct hit *h = &x->v->hits[t];

	memset(e, 0, sizeof(*e));
	e->expr = pattern_meta(h->pat, "expr");
	for (int g = 0; g < DLG_COUNT; g++)
		e->g[g] = hit_group(h, x->v->text, dl_group_names[g],
				    &e->glen[g]);
}

/* Set the clock of hit 'clock' (a time or a window) on the day
 * expression e. */
static void
compose_clock(const struct pctx *x, size_t clock, struct dl_expr *e)
{
	struct dl_expr k;
	int h, m;

	fill_expr(x, clock, &k);
	if (!deadline_clock(&k, &h, &m))
		return;
	e->clock_set = true;
	e->clock_hour = h;
	e->clock_min = m;
}

static bool
yearless_date(const struct dl_expr *e)
{
	return e->g[DLG_DAY] != NULL && e->g[DLG_YEAR] == NULL;
}

/* A due the promise cannot have: before its own message, or a
 * year-less date so far ahead that it names a past day. */
static bool
implausible(const struct dl_expr *e, struct esc_time made,
	    struct esc_time due, bool claimed)
{
	if (claimed)
		return false;
	if (due.t < made.t)
		return true;
	return yearless_date(e) &&
	       due.t - made.t > (int64_t)YEARLESS_AHEAD_DAYS * SECS_PER_DAY;
}

static struct finding *
add_deadline(const struct pctx *x, size_t t, const struct cand *c)
{
	const struct hit *h = &x->v->hits[t];
	struct finding *f = conversation_add_finding(x->v->c, FIND_DEADLINE,
						     x->v->msg->index);

	f->match = xstrndup(x->v->text + h->start, h->end - h->start);
	f->pattern = xstrdup(h->pat->id);
	f->start = h->start;
	f->end = h->end;
	f->promise = c->kind;
	return f;
}

/* A span counted from the message ("within 3 days", "takes about an
 * hour"): where its promise also names a day ("by Tuesday 10 March",
 * "on Thursday 28th May"), the day is the due. */
static bool
relative_span(const struct pattern *p)
{
	static const char *const spans[] = {"hours", "minutes", "days",
					    "workdays", "weeks", "months"};
	const char *e = pattern_meta(p, "expr");

	if (e == NULL)
		return true; /* the unit group decides: a span */
	for (size_t i = 0; i < sizeof(spans) / sizeof(spans[0]); i++)
		if (strcmp(e, spans[i]) == 0)
			return true;
	return false;
}

static bool
in_claim(const struct pctx *x, size_t g)
{
	return overlaps_live(x, g, PAT_CLAIM);
}

/* Whether time t of a claim tells of a past day: its governor, or the
 * first verb after the claim's own saying ("в пятницу, как и обещали,
 * никто не приехал"), is a past verb ("was the fix deployed on Friday as
 * promised?"); not "you promised to call by Friday". */
static bool
told_of_past(const struct pctx *x, size_t t)
{
	size_t g = governor(x, t, segment_of(x, t));

	if (g == NONE || in_claim(x, g)) {
		g = NONE;
		for (size_t i = t + 1; g == NONE && i < x->v->n_hits &&
				       x->v->sent_of[i] == x->v->sent_of[t];
		     i++)
			if (is_verb(x->cls[i]) && !in_claim(x, i))
				g = i;
	}
	if (g != NONE && x->cls[g] == CL_NEGATION) /* "не приехал" */
		g = class_in(x, CL_PAST, segment_of(x, g));
	return g != NONE && x->cls[g] == CL_PAST && !in_claim(x, g);
}

/* A clock time in the next coordinated clause of a day ("the crew comes
 * on 26 November and restores the line by 18:00", «бригада выедет 26
 * ноября и восстановит подключение до 18:00") is that day's clock: the
 * later clause joins the day's group. */
#define COORD_GAP_MAX 100 /* bytes between the day and the clock */

static bool
coordinated(const struct pctx *x, const struct cand *p, const struct cand *c)
{
	const struct hit *a = &x->v->hits[p->t], *b = &x->v->hits[c->t];
	bool joined = false;

	if (p->sent != c->sent || b->start < a->end ||
	    b->start - a->end > COORD_GAP_MAX ||
	    tkind_of(b->pat) != TK_CLOCK || tkind_of(a->pat) != TK_DAY ||
	    relative_span(a->pat))
		return false;
	for (size_t j = 0; j < x->v->n_hits; j++) {
		const struct hit *h = &x->v->hits[j];

		if (h->start < a->end || h->end > b->start)
			continue;
		if (live(x, j, PAT_DEADLINE))
			return false;
		joined |= x->cls[j] == CL_BOUNDARY;
	}
	return joined;
}

static void
join_coordinated(struct pctx *x)
{
	for (size_t i = 1; i < x->n_cands; i++) {
		struct cand *p = &x->cands[i - 1], *c = &x->cands[i];

		if (p->key != c->key && coordinated(x, p, c)) {
			c->key = p->key;
			c->kind = p->kind;
		}
	}
}

/* The day a span counts from: anchor hit a ("within 5 working days of
 * 3 November", «в течение 10 дней с 3 ноября"), read as a date that may
 * lie before the message; else the message's own time. */
static bool
span_start(const struct pctx *x, size_t a, struct esc_time *from)
{
	struct dl_expr e;
	bool vague;

	*from = x->v->msg->time;
	if (a == NONE)
		return true;
	fill_expr(x, a, &e);
	e.expr = "date";
	return deadline_resolve(&e, x->v->msg->time, x->v->cal, true, from,
				&vague) &&
	       !vague;
}

/* Resolve hit t (with the clock hit, or NONE; a span from the anchor
 * hit, or NONE) and emit it unless its due repeats 'seen' (one promise
 * stated twice) or cannot be. */
static bool
emit(const struct pctx *x, const struct cand *c, size_t t, size_t clock,
     size_t anchor, bool claimed, struct esc_time *seen, size_t *n_seen)
{
	struct dl_expr e;
	struct esc_time due, from;
	struct finding *f;
	bool vague;

	fill_expr(x, t, &e);
	if (clock != NONE && takes_clock(e.expr, &e))
		compose_clock(x, clock, &e);
	/* a customer telling of a past day ("was the fix deployed on Friday
	 * as promised?") */
	e.past = claimed && told_of_past(x, t);
	if (!relative_span(x->v->hits[t].pat))
		anchor = NONE;
	if (!span_start(x, anchor, &from) ||
	    !deadline_resolve(&e, from, x->v->cal, claimed, &due, &vague))
		return false;
	/* from an anchor, a due before the message is still its due */
	if (!vague && implausible(&e, x->v->msg->time, due,
				  claimed || anchor != NONE))
		return false;
	for (size_t i = 0; !vague && i < *n_seen; i++)
		if (seen[i].t == due.t)
			return true;
	f = add_deadline(x, t, c);
	f->claimed = claimed;
	f->vague = vague;
	f->due = vague ? (struct esc_time){0} : due;
	f->status = vague ? DL_VAGUE : DL_PENDING;
	if (!vague)
		seen[(*n_seen)++] = due;
	return true;
}

static bool
same_group(const struct cand *a, const struct cand *b)
{
	return a->sent == b->sent && a->key == b->key;
}

/* A weekday written next to a date of its group ("Thursday 28th May",
 * «в субботу, 14 ноября») names the date's day: only the date counts. */
static bool
weekday_of_date(const struct pctx *x, size_t g, size_t t)
{
	const struct hit *w = &x->v->hits[t];

	if (!expr_is(w->pat, "weekday"))
		return false;
	for (size_t i = g; i < x->n_cands; i++) {
		const struct hit *d = &x->v->hits[x->cands[i].t];
		size_t a = w->end <= d->start ? w->end : d->end;
		size_t b = w->end <= d->start ? d->start : w->start;
		bool close = true;

		if (!same_group(&x->cands[g], &x->cands[i]) ||
		    !expr_is(d->pat, "date") || overlaps(w, d) || b < a ||
		    b - a > 4)
			continue;
		for (size_t j = a; j < b; j++)
			close &= strchr(" ,()\t", x->v->text[j]) != NULL;
		if (close)
			return true;
	}
	return false;
}

/* Emit the group that starts at candidate g (members: same_group); the
 * group promises what its first time's clause names ("a loss adjuster
 * would contact me within 3 working days, so by Tuesday 10 March"). */
static void
emit_group(const struct pctx *x, size_t g, bool claimed, bool *done)
{
	size_t clock = NONE, endday = NONE, vague = NONE, n_seen = 0, n_day = 0;
	size_t anchor = NONE;
	bool anchored = false;
	struct esc_time *seen = xcalloc(x->n_cands + 1, sizeof(*seen));

	for (size_t i = g; i < x->n_cands; i++) {
		const struct cand *c = &x->cands[i];
		enum tkind k;

		if (done[i] || !same_group(&x->cands[g], c))
			continue;
		k = tkind_of(x->v->hits[c->t].pat);
		if (k == TK_CLOCK && clock == NONE)
			clock = c->t;
		else if (k == TK_END_DAY && endday == NONE)
			endday = c->t;
		else if (k == TK_VAGUE && vague == NONE)
			vague = c->t;
		else if (k == TK_ANCHOR && anchor == NONE)
			anchor = c->t;
		n_day += k == TK_DAY;
		anchored |= k == TK_DAY && !relative_span(x->v->hits[c->t].pat);
	}
	for (size_t i = g; i < x->n_cands; i++) {
		const struct cand *c = &x->cands[i];

		if (done[i] || !same_group(&x->cands[g], c))
			continue;
		done[i] = true;
		if (tkind_of(x->v->hits[c->t].pat) == TK_DAY &&
		    !weekday_of_date(x, g, c->t) &&
		    !(anchored && relative_span(x->v->hits[c->t].pat)))
			emit(x, &x->cands[g], c->t, clock, anchor, claimed,
			     seen, &n_seen);
	}
	if (n_day == 0) {
		size_t t = clock != NONE ? clock : endday != NONE ? endday : vague;

		if (t != NONE)
			emit(x, &x->cands[g], t, NONE, NONE, claimed, seen,
			     &n_seen);
	}
	free(seen);
}

static void
emit_all(const struct pctx *x, bool claimed)
{
	bool *done = xcalloc(x->n_cands + 1, sizeof(*done));

	for (size_t i = 0; i < x->n_cands; i++)
		if (!done[i])
			emit_group(x, i, claimed, done);
	free(done);
}

/* A message without a time cannot date its promises: one warning per
 * promise. */
static void
warn_untimed(const struct pctx *x)
{
	for (size_t i = 0; i < x->n_cands; i++) {
		const struct hit *h = &x->v->hits[x->cands[i].t];

		if (i > 0 && same_group(&x->cands[i - 1], &x->cands[i]))
			continue;
		strlist_pushf(x->v->warnings,
			      "message %zu: deadline '%.*s' skipped: the "
			      "message has no time",
			      x->v->msg->index, (int)(h->end - h->start),
			      x->v->text + h->start);
	}
}

void
promises_find(const struct msg_view *v, bool company)
{
	struct pctx x = {v, NULL, NULL, 0};

	if (v->n_hits == 0)
		return;
	classify(&x);
	if (company)
		company_cands(&x);
	else
		claim_cands(&x);
	if (v->msg->time.set)
		emit_all(&x, !company);
	else
		warn_untimed(&x);
	free(x.cls);
	free(x.cands);
}

bool
hit_in_condition(const struct msg_view *v, size_t i)
{
	struct pctx x = {v, NULL, NULL, 0};
	bool in;

	classify(&x);
	in = in_condition(&x, i);
	free(x.cls);
	return in;
}
