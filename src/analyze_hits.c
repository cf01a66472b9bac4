/* analyze_hits.c - which pattern hits of a message stay alive for the
 * analysis (analyze_ctx.h): traps cancel hits, negated resolutions and
 * the shorter of overlapping hits go; and whether the message speaks
 * for the company. */
#include "analyze_ctx.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Hits: which are alive after traps and overlaps. */



static const struct {
	const char *name;
	enum pat_type type;
} cancel_names[] = {
	{"promise", PAT_PROMISE},
	{"refusal", PAT_REFUSAL},
	{"deadline", PAT_DEADLINE},
	{"resolution", PAT_RESOLUTION},
	{"claim", PAT_CLAIM},
	{"template", PAT_TEMPLATE},
	{"ticket", PAT_TICKET},
};

/* Whether a not-promise trap (meta cancels=, a comma list; default
 * "promise") cancels hits of type t. */
static bool
trap_cancels(const struct pattern *p, enum pat_type t)
{
	const char *v = pattern_meta(p, "cancels");

	if (v == NULL)
		return t == PAT_PROMISE;
	for (size_t i = 0; i < sizeof(cancel_names) / sizeof(cancel_names[0]);
	     i++) {
		const char *at = strstr(v, cancel_names[i].name);
		size_t n = strlen(cancel_names[i].name);

		if (cancel_names[i].type == t && at != NULL &&
		    (at == v || at[-1] == ',' || at[-1] == ' ') &&
		    (at[n] == '\0' || at[n] == ',' || at[n] == ' '))
			return true;
	}
	return false;
}

/* A ticket trap ("order #5512", "booking reference ABC123") cancels
 * the ticket hit whose number it holds, not its whole sentence. */
static bool
trap_holds_id(const struct msgctx *x, const struct hit *trap,
	      const struct hit *t)
{
	size_t glen;
	const char *g = hit_group(t, x->text, "id", &glen);
	size_t s = g ? (size_t)(g - x->text) : t->start;
	size_t e = g ? s + glen : t->end;

	return trap->start <= s && trap->end >= e;
}

/* A trap with meta role=customer ("I'm going to call my bank", «я сам
 * перезвоню») holds in the customer's messages only: the same words
 * from an agent are a promise. */
static bool
trap_for_role(const struct msgctx *x, const struct pattern *p)
{
	const char *r = pattern_meta(p, "role");

	if (r == NULL)
		return true;
	if (strcmp(r, "customer") == 0)
		return x->msg->role != ROLE_AGENT;
	return x->msg->role != ROLE_CUSTOMER;
}

static void
apply_trap(struct msgctx *x, size_t trap)
{
	const struct hit *h = &x->hits.v[trap];
	size_t end = h->end > h->start ? h->end - 1 : h->start;
	size_t s0 = an_sentence_of(x, h->start), s1 = an_sentence_of(x, end);

	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *o = &x->hits.v[i];

		if (i == trap || o->pat->type == PAT_NOT_PROMISE)
			continue;
		if (o->pat->type == PAT_TICKET) {
			if (trap_cancels(h->pat, PAT_TICKET) &&
			    trap_holds_id(x, h, o))
				x->dead[i] = true;
			continue;
		}
		if (x->sent_of[i] >= s0 && x->sent_of[i] <= s1 &&
		    trap_cancels(h->pat, o->pat->type))
			x->dead[i] = true;
	}
}

static const struct {
	const char *name;
	enum request_kind kind;
} request_names[] = {
	{"solution", REQ_SOLUTION},
	{"justification", REQ_JUSTIFICATION},
	{"supervisor", REQ_SUPERVISOR},
	{"written", REQ_WRITTEN},
};

enum request_kind
an_request_of(const struct pattern *p)
{
	const char *r = pattern_meta(p, "request");

	for (size_t i = 0; r && i < sizeof(request_names) /
					     sizeof(request_names[0]);
	     i++)
		if (strcmp(r, request_names[i].name) == 0)
			return request_names[i].kind;
	return REQ_SUPERVISOR;
}

/* Of overlapping hits of one type, keep the longest (the first on a
 * tie). */
static void
drop_overlaps(struct msgctx *x)
{
	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *a = &x->hits.v[i];

		for (size_t j = i + 1; j < x->hits.n && !x->dead[i]; j++) {
			const struct hit *b = &x->hits.v[j];

			if (x->dead[j] || b->pat->type != a->pat->type ||
			    b->start >= a->end || a->start >= b->end ||
			    (a->pat->type == PAT_CLAUSE &&
			     clause_class_of(a) != clause_class_of(b)) ||
			    (a->pat->type == PAT_ESCALATION_REQUEST &&
			     an_request_of(a->pat) != an_request_of(b->pat)))
				continue;
			if (b->end - b->start > a->end - a->start)
				x->dead[i] = true;
			else
				x->dead[j] = true;
		}
	}
}

/* Negation words that, among the three words before a resolution,
 * turn it around: "не вернули деньги", "has not been fixed". */
static const char *const negations[] = {
	"не", "Не", "НЕ", "нет", "Нет", "ни", "not", "Not", "NOT", "never",
	"Never", "yet",
};

static bool
is_negation(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof(negations) / sizeof(negations[0]); i++)
		if (strlen(negations[i]) == n && memcmp(negations[i], w, n) == 0)
			return true;
	return false;
}

static bool
word_byte(unsigned char ch)
{
	return ch >= 0x80 || (ch >= 'a' && ch <= 'z') ||
	       (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* Whether the byte ends a clause: a "не" before it belongs to another
 * clause ("Не нужно, всё решилось"). */
static bool
clause_end(unsigned char ch)
{
	return ch == ',' || ch == ';' || ch == '.' || ch == '!' || ch == '?';
}

/* Whether one of the NEGATION_WORDS words before 'pos' (within the
 * sentence that starts at 'from', and not past a clause end) negates. */
#define NEGATION_WORDS 3
static bool
negated(const char *text, size_t from, size_t pos)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = pos;

	for (int w = 0; w < NEGATION_WORDS && i > from; w++) {
		size_t end;

		while (i > from && !word_byte(u[i - 1])) {
			if (clause_end(u[i - 1]))
				return false;
			i--;
		}
		end = i;
		while (i > from && word_byte(u[i - 1]))
			i--;
		if (end > i && is_negation(text + i, end - i))
			return true;
	}
	return false;
}

void
an_prepare_hits(struct msgctx *x)
{
	x->dead = xcalloc(x->hits.n + 1, sizeof(*x->dead));
	x->sent_of = xcalloc(x->hits.n + 1, sizeof(*x->sent_of));
	/* patterns for subjects and titles only (meta where=subject) */
	for (size_t i = 0; i < x->hits.n; i++)
		if (x->src == SRC_TEXT || x->src == SRC_SIGNATURE)
			x->dead[i] = pattern_meta(x->hits.v[i].pat, "where") != NULL;
	for (size_t i = 0; i < x->hits.n; i++)
		x->sent_of[i] = an_sentence_of(x, x->hits.v[i].start);
	for (size_t i = 0; i < x->hits.n; i++)
		if (x->hits.v[i].pat->type == PAT_NOT_PROMISE &&
		    trap_for_role(x, x->hits.v[i].pat))
			apply_trap(x, i);
	for (size_t i = 0; i < x->hits.n; i++)
		if (x->hits.v[i].pat->type == PAT_RESOLUTION &&
		    negated(x->text, x->sent[x->sent_of[i]].start,
			    x->hits.v[i].start))
			x->dead[i] = true;
	drop_overlaps(x);
}

/* The company's message: an agent's; an unknown sender's when it
 * sounds like the company (a promise, template or refusal and no
 * customer's claim or request). */
bool
an_is_company(const struct msgctx *x)
{
	if (x->msg->role == ROLE_AGENT)
		return true;
	if (x->msg->role != ROLE_UNKNOWN)
		return false;
	if (has_live(x, PAT_CLAIM) || has_live(x, PAT_ESCALATION_REQUEST) ||
	    has_live(x, PAT_FORMAL_CLAIM))
		return false;
	return has_live(x, PAT_PROMISE) || has_live(x, PAT_TEMPLATE) ||
	       has_live(x, PAT_REFUSAL);
}
