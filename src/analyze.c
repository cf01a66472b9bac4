/* analyze.c - turn the pattern hits of each message into findings.
 *
 * This file runs the patterns over each message and its fields and
 * orders what is found; the sentences are cut in analyze_sentence.c,
 * the hits filtered in analyze_hits.c, the findings made in
 * analyze_find.c and analyze_template.c; they share the working state
 * of include/analyze_ctx.h. */
#include "analyze.h"

#include <stdlib.h>
#include <string.h>

#include "analyze_ctx.h"
#include "judge.h"
#include "legal.h"

/* every type analysis reads (operator phrases are for roles only) */
#define ALL_TYPES (((1u << PAT_TYPE_COUNT) - 1u) & ~(1u << PAT_OPERATOR))

/* ------------------------------------------------------------------ */

static int
finding_cmp(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}


static size_t
letters(const char *t, size_t a, size_t b)
{
	size_t n = 0;

	for (size_t i = a; i < b; i++)
		n += (unsigned char)t[i] >= 0x80 ? ((t[i] & 0xc0) != 0x80)
						 : (t[i] >= 'A' && t[i] <= 'Z') ||
							   (t[i] >= 'a' && t[i] <= 'z');
	return n;
}

/* Letters of sentence s that courtesy hits cover. */
static size_t
courtesy_letters(const struct msgctx *x, size_t s)
{
	size_t n = 0, from = x->sent[s].start;

	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *h = &x->hits.v[i];
		size_t a = h->start > from ? h->start : from;

		if (x->dead[i] || x->sent_of[i] != s ||
		    clause_class_of(h) != CL_COURTESY || h->end <= a)
			continue;
		n += letters(x->text, a,
			     h->end < x->sent[s].end ? h->end : x->sent[s].end);
		from = h->end;
	}
	return n;
}


/* A message of courtesy alone: nothing found in it, and courtesy hits
 * cover most letters of every sentence that has more than a word or
 * two. */
static bool
only_courtesy(const struct msgctx *x)
{
	if (x->c->n_findings > x->first_finding)
		return false;
	for (size_t s = 0; s < x->n_sent; s++) {
		size_t all = letters(x->text, x->sent[s].start, x->sent[s].end);

		if (all > 12 && courtesy_letters(x, s) * 10 < all * 6)
			return false;
	}
	return x->n_sent > 0;
}

/* Match every pattern over the message; a limit hit is a warning that
 * names the message ("message 3: pattern ID: match limit exceeded"). */
static void
scan_message(struct matcher *m, struct msgctx *x, size_t mi,
	     struct strlist *warnings)
{
	struct strlist w = {0};

	matcher_scan(m, x->text, x->len, ALL_TYPES, &x->hits, &w);
	for (size_t i = 0; i < w.n; i++)
		strlist_pushf(warnings, "message %zu: %s", mi + 1, w.v[i]);
	strlist_free(&w);
}

/* Tickets in a field of message mi outside its analyzed text (SPEC 4):
 * the Subject, the removed signature, a saved page's title. Only the
 * ticket patterns and their traps run there; a ticket the conversation
 * already has is not found again, and these findings come after the
 * template score, so they never make a canned reply specific. */
static void
field_tickets(struct conversation *c, size_t mi, struct matcher *m,
	      const char *text, enum finding_source src,
	      struct strlist *warnings)
{
	struct msgctx x = {0};
	struct strlist w = {0};

	if (text == NULL || *text == '\0')
		return;
	x.c = c;
	x.msg = &c->msgs[mi];
	x.text = text;
	x.len = strlen(text);
	x.warnings = warnings;
	x.first_finding = c->n_findings;
	x.src = src;
	matcher_scan(m, text, x.len, (1u << PAT_TICKET) | (1u << PAT_NOT_PROMISE),
		     &x.hits, &w);
	for (size_t i = 0; i < w.n; i++)
		strlist_pushf(warnings, "message %zu: %s", mi + 1, w.v[i]);
	strlist_free(&w);
	an_split_sentences(&x);
	an_prepare_hits(&x);
	an_find_tickets(&x);
	hitlist_free(&x.hits);
	free(x.dead);
	free(x.sent_of);
	free(x.sent);
}

/* The fields of message mi that tickets are looked for in; a page's
 * title is its first message's (the conversation's subject where the
 * messages have none). */
static void
message_field_tickets(struct conversation *c, size_t mi, struct matcher *m,
		      struct strlist *warnings)
{
	const struct message *msg = &c->msgs[mi];

	field_tickets(c, mi, m, msg->subject, SRC_SUBJECT, warnings);
	field_tickets(c, mi, m, msg->signature, SRC_SIGNATURE, warnings);
	if (mi == 0 && msg->subject == NULL && c->subject != NULL)
		field_tickets(c, mi, m, c->subject, SRC_TITLE, warnings);
}

static void
analyze_message(struct conversation *c, size_t mi, struct matcher *m,
		const struct analyze_opts *o, struct strlist *warnings)
{
	struct msgctx x = {0};
	size_t n;

	x.c = c;
	x.msg = &c->msgs[mi];
	x.text = x.msg->text;
	x.o = o;
	x.warnings = warnings;
	x.first_finding = c->n_findings;
	if (x.msg->role == ROLE_SYSTEM || x.text == NULL)
		return;
	x.len = strlen(x.text);
	scan_message(m, &x, mi, warnings);
	an_split_sentences(&x);
	an_prepare_hits(&x);
	an_analyze_hits(&x);
	c->msgs[mi].pleasantry = only_courtesy(&x);
	n = c->n_findings - x.first_finding;
	if (n > 1)
		qsort(c->findings + x.first_finding, n, sizeof(*c->findings),
		      finding_cmp);
	hitlist_free(&x.hits);
	free(x.dead);
	free(x.sent_of);
	free(x.sent);
	message_field_tickets(c, mi, m, warnings);
}

/* Tickets from the company's messages first, then the customer's. */
static void
collect_tickets(struct conversation *c)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < c->n_findings; i++) {
			const struct finding *f = &c->findings[i];
			bool cust;

			if (f->type != FIND_TICKET || f->message < 1 ||
			    f->message > c->n_msgs)
				continue;
			cust = c->msgs[f->message - 1].role == ROLE_CUSTOMER;
			if (cust == (pass == 1) &&
			    !strlist_contains(&c->tickets, f->value))
				strlist_push(&c->tickets, f->value);
		}
	}
}

void
analyze_findings(struct conversation *c, struct matcher *m,
		 const struct analyze_opts *o, struct strlist *warnings)
{
	struct strlist sink = {0};

	if (c == NULL)
		return;
	if (warnings == NULL)
		warnings = &sink;
	for (size_t i = 0; i < c->n_findings; i++)
		finding_clear(&c->findings[i]);
	c->n_findings = 0;
	strlist_free(&c->tickets);
	for (size_t i = 0; i < c->n_msgs; i++)
		analyze_message(c, i, m, o, warnings);
	collect_tickets(c);
	if (o != NULL && o->law != NULL) {
		legal_set_jurisdiction(c, o->jurisdiction);
		legal_deadlines_add(c, o->law, o->cal_given ? o->cal : NULL);
	}
	strlist_free(&sink);
}

void
analyze_conversation(struct conversation *c, struct matcher *m,
		     const struct analyze_opts *o, struct strlist *warnings)
{
	analyze_findings(c, m, o, warnings);
	judge_conversation(c, o->cal, o->answer_within, o->now);
}
