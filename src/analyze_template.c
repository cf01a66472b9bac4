/* analyze_template.c - what the template score of a company message
 * (template.h, docs/templates.md) is given from the analysis
 * (analyze_ctx.h): template hits, form fields, per-sentence hints. */
#include "analyze_ctx.h"

#include <stdlib.h>
#include <string.h>

#include "overlap.h"
#include "template.h"

/* ------------------------------------------------------------------ */
/* Template score: src/template.c (docs/templates.md). */

/* A sentence that ends in a question mark asks the customer something
 * of the case ("Could you tell me if there is water in the base?"); a
 * courtesy question ("Is there anything else I can help you with?")
 * has its own class. */
static bool
asks(const char *text, size_t a, size_t b)
{
	while (b > a && strchr(" \n\t\r", text[b - 1]) != NULL)
		b--;
	return b > a && text[b - 1] == '?';
}

/* Per sentence, what its clause hits say for the template score. */
static struct tpl_hint *
sentence_hints(const struct msgctx *x)
{
	struct tpl_hint *h = xcalloc(x->n_sent + 1, sizeof(*h));
	bool *future = xcalloc(x->n_sent + 1, sizeof(*future));
	bool *reply = xcalloc(x->n_sent + 1, sizeof(*reply));
	bool *past = xcalloc(x->n_sent + 1, sizeof(*past));
	struct overlap *o = overlap_new(x->c, x->msg->index);

	for (size_t i = 0; i < x->hits.n; i++) {
		size_t s = x->sent_of[i];

		if (x->dead[i] || s >= x->n_sent)
			continue;
		if (alive(x, i, PAT_REFUSAL))
			past[s] = true; /* a decision on the case, as a fact */
		switch (clause_class_of(&x->hits.v[i])) {
		case CL_COURTESY: h[s].courtesy = true; break;
		case CL_GENERIC: h[s].generic = true; break;
		case CL_FUTURE: future[s] = true; break;
		case CL_REPLY: reply[s] = true; break;
		case CL_PAST:
		case CL_ORDER: past[s] = true; break; /* a fact, a request */
		default: break;
		}
	}
	for (size_t s = 0; s < x->n_sent; s++) {
		size_t a = x->sent[s].start, b = x->sent[s].end;

		h[s].reply_talk = future[s] && reply[s] && !asks(x->text, a, b);
		h[s].unspecific = !past[s] && !asks(x->text, a, b) &&
				  !overlap_shares(o, x->text, a, b);
	}
	overlap_free(o);
	free(past);
	free(future);
	free(reply);
	return h;
}

/* The form fields of the message's template score: its ticket numbers
 * and the time words of its reply-time and vague promises. Returns an
 * array of *n spans that the caller frees. */
static struct tpl_span *
template_fields(const struct msgctx *x, size_t *n)
{
	const struct conversation *c = x->c;
	struct tpl_span *v = xcalloc(c->n_findings - x->first_finding + 1,
				     sizeof(*v));

	*n = 0;
	for (size_t i = x->first_finding; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type == FIND_TICKET ||
		    (f->type == FIND_DEADLINE && !f->claimed &&
		     (f->promise == PROMISE_REPLY || f->vague)))
			v[(*n)++] = (struct tpl_span){f->start, f->end};
	}
	return v;
}

/* Whether the message promises a dated answer (SPEC 4: the standard
 * reply-time promise of an acknowledgement). */
static bool
promises_reply_time(const struct msgctx *x)
{
	for (size_t i = x->first_finding; i < x->c->n_findings; i++) {
		const struct finding *f = &x->c->findings[i];

		if (f->type == FIND_DEADLINE && !f->claimed && !f->vague &&
		    f->promise == PROMISE_REPLY)
			return true;
	}
	return false;
}

void
an_find_template(struct msgctx *x)
{
	struct template_input in = {0};
	struct tpl_hit *th;
	struct tpl_span *ts;
	struct tpl_span *fields;
	struct tpl_hint *hint;
	bool *filler;
	size_t n = 0;

	if (!has_live(x, PAT_TEMPLATE) && x->msg->near_convs == 0)
		return;
	th = xcalloc(x->hits.n + 1, sizeof(*th));
	ts = xcalloc(x->n_sent + 1, sizeof(*ts));
	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *h = &x->hits.v[i];

		if (!alive(x, i, PAT_TEMPLATE))
			continue;
		if (template_automated(h->pat))
			in.automated = true;
		th[n++] = (struct tpl_hit){h->pat->id, template_weight(h->pat),
					   h->start, h->end, x->sent_of[i]};
	}
	for (size_t s = 0; s < x->n_sent; s++)
		ts[s] = (struct tpl_span){x->sent[s].start, x->sent[s].end};
	in.text = x->text;
	in.sent = ts;
	in.n_sent = x->n_sent;
	in.hits = th;
	in.n_hits = n;
	in.near_convs = x->msg->near_convs;
	in.reasoned = has_live(x, PAT_JUSTIFICATION);
	fields = template_fields(x, &in.n_fields);
	in.fields = fields;
	in.substantive =
		template_specifics(x->c, x->first_finding, &in, &in.ticket);
	in.reply_time = promises_reply_time(x);
	filler = xcalloc(x->n_sent + 1, sizeof(*filler));
	hint = sentence_hints(x);
	template_fillers(x->c, x->first_finding, x->text, ts, hint, x->n_sent,
			 filler);
	in.filler = filler;
	template_find(x->c, x->msg->index, &in);
	free(hint);
	free(filler);
	free(fields);
	free(th);
	free(ts);
}
