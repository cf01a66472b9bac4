/* analyze_ctx.h - the working state of analyzing one message, shared by
 * the files of the analysis: src/analyze.c (scanning, ordering, the
 * conversation), src/analyze_sentence.c (sentences), src/analyze_hits.c
 * (live hits), src/analyze_find.c (findings) and src/analyze_template.c
 * (the template score's input). Internal to those files. */
#ifndef ESC_ANALYZE_CTX_H
#define ESC_ANALYZE_CTX_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "promise.h"

/* Working state for one message. */
struct msgctx {
	struct conversation *c;
	const struct message *msg;
	const char *text;
	size_t len;
	const struct analyze_opts *o;
	struct strlist *warnings;
	struct hitlist hits;
	bool *dead;	   /* per hit: cancelled or shadowed */
	size_t *sent_of;   /* per hit: sentence of its start */
	struct text_span *sent; /* sentences */
	size_t n_sent, cap_sent;
	bool company;
	size_t first_finding; /* c->n_findings when the message started */
	enum finding_source src; /* the text scanned: a field for tickets */
};

static inline bool
alive(const struct msgctx *x, size_t i, enum pat_type t)
{
	return !x->dead[i] && x->hits.v[i].pat->type == t;
}

static inline bool
has_live(const struct msgctx *x, enum pat_type t)
{
	for (size_t i = 0; i < x->hits.n; i++)
		if (alive(x, i, t))
			return true;
	return false;
}

/* analyze_sentence.c */

/* Cut x->text into the sentences x->sent (grown; the caller frees). */
void an_split_sentences(struct msgctx *x);
/* The sentence that holds byte pos (the last one past the end). */
size_t an_sentence_of(const struct msgctx *x, size_t pos);

/* analyze_hits.c */

/* Fill x->dead and x->sent_of (allocated; the caller frees): hits of
 * subject-only patterns, trapped, negated or overlapped hits are dead. */
void an_prepare_hits(struct msgctx *x);
/* Whether the message speaks for the company. */
bool an_is_company(const struct msgctx *x);
/* The request kind of an escalation request pattern (meta request=). */
enum request_kind an_request_of(const struct pattern *p);

/* analyze_find.c */

/* Ticket findings of the message's live ticket hits. */
void an_find_tickets(struct msgctx *x);
/* Every finding of the message by its role (the template score last). */
void an_analyze_hits(struct msgctx *x);

/* analyze_template.c */

/* The template finding of a company message, if it scores as one. */
void an_find_template(struct msgctx *x);

#endif /* ESC_ANALYZE_CTX_H */
