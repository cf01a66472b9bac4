/* promise_kind.c - what a promise promises, a reply or a resolution
 * (SPEC 5), for the promise reader (promise_ctx.h): from the words of its
 * clause and sentence, or from a customer's claim. */
#include "promise_ctx.h"

#include <string.h>

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

	if (pr_class_in(x, CL_REPLY, sp) != NONE) {
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
	size_t r = pr_class_in(x, CL_REMEDY,
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
enum promise_kind
pr_kind_for(const struct pctx *x, size_t t, size_t gov, struct text_span seg)
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
	if (pr_class_in(x, CL_DECISION,
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

/* The kind of time t in a claim: the claim's own meta ("you promised
 * to call"), else what the clause of t names ("you said you would call
 * me by the 26th and that the credit would post by the 27th"), else
 * 'resolve'. */
enum promise_kind
pr_claim_kind(const struct pctx *x, size_t claim, size_t t)
{
	bool known;
	enum promise_kind k = meta_kind(x->v->hits[claim].pat, &known);
	struct text_span seg;
	size_t g;

	if (known)
		return k;
	seg = pr_segment_of(x, t);
	g = pr_governor(x, t, seg);
	if (g != NONE && x->v->hits[g].start < seg.start)
		seg.start = x->v->hits[g].start;
	if (pr_class_in(x, CL_DECISION, seg) != NONE)
		return PROMISE_RESOLVE;
	return kind_in(x, seg, &k) ? k : PROMISE_RESOLVE;
}
