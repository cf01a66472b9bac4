/* outcome.c - resolutions and reopens of a message (SPEC 4; outcome.h). */
#include "outcome.h"

#include <string.h>

#include "deadline.h"
#include "util.h"

#define NONE SIZE_MAX

static bool
live(const struct msg_view *v, size_t i, enum pat_type t)
{
	return !v->dead[i] && v->hits[i].pat->type == t;
}

static bool
meta_is(const struct pattern *p, const char *key, const char *value)
{
	const char *m = pattern_meta(p, key);

	return m != NULL && strcmp(m, value) == 0;
}

/* A resolve promise of the company among the message's findings. */
static bool
promises_more(const struct msg_view *v, size_t first)
{
	for (size_t i = first; i < v->c->n_findings; i++) {
		const struct finding *f = &v->c->findings[i];

		if (f->type == FIND_DEADLINE && !f->claimed &&
		    f->promise == PROMISE_RESOLVE)
			return true;
	}
	return false;
}

/* Whether byte pos of the text stands between quotation marks of its
 * line (« », “ ”, " "): a status or a phrase quoted, not said. */
static bool
quoted(const struct msg_view *v, size_t pos)
{
	const char *t = v->text;
	size_t b = pos, opens = 0, plain = 0;

	while (b > 0 && t[b - 1] != '\n')
		b--;
	for (size_t i = b; i < pos; i++) {
		if (strncmp(t + i, "«", 2) == 0 || strncmp(t + i, "“", 3) == 0)
			opens++;
		else if ((strncmp(t + i, "»", 2) == 0 ||
			  strncmp(t + i, "”", 3) == 0) && opens > 0)
			opens--;
		else if (t[i] == '"')
			plain++;
	}
	return opens > 0 || plain % 2 == 1;
}

/* Whether sentence s of the message holds a past verb group. */
static bool
past_in(const struct msg_view *v, size_t s)
{
	for (size_t i = 0; i < v->n_hits; i++)
		if (live(v, i, PAT_CLAUSE) && v->sent_of[i] == s &&
		    meta_is(v->hits[i].pat, "class", "past"))
			return true;
	return false;
}

/* Whether a time pattern names a day of its own (a weekday, a date,
 * tomorrow, next week), not a span ("for 24 hours now") nor today. */
static bool
names_a_day(const struct pattern *p)
{
	enum dl_day_kind k = dl_expr_day(pattern_meta(p, "expr"));

	return k == DL_NAMED_DAY || k == DL_PERIOD_DAY;
}

/* Whether a customer's message looks ahead to a time still to come: a
 * time expression in a sentence without a past verb ("Heaters arrived,
 * thanks. See you Monday then."). What arrived was a step; the matter
 * waits for Monday. */
static bool
looks_ahead(const struct msg_view *v)
{
	for (size_t i = 0; i < v->n_hits; i++)
		if (live(v, i, PAT_DEADLINE) && names_a_day(v->hits[i].pat) &&
		    !past_in(v, v->sent_of[i]))
			return true;
	return false;
}

/* Whether resolution hit i of the message counts (outcome.h). */
static bool
resolves(const struct msg_view *v, size_t i, bool company, size_t first,
	 bool reopened)
{
	const struct pattern *p = v->hits[i].pat;

	if (meta_is(p, "role", company ? "customer" : "company"))
		return false;
	if (hit_in_condition(v, i))
		return false;
	if (company)
		return meta_is(p, "kind", "dispatch") || !promises_more(v, first);
	return !reopened && !quoted(v, v->hits[i].start) && !looks_ahead(v);
}

static size_t
first_live(const struct msg_view *v, enum pat_type t)
{
	for (size_t i = 0; i < v->n_hits; i++)
		if (live(v, i, t))
			return i;
	return NONE;
}

static struct finding *
add(const struct msg_view *v, enum finding_type type, size_t i)
{
	const struct hit *h = &v->hits[i];
	struct finding *f =
		conversation_add_finding(v->c, type, v->msg->index);

	f->match = xstrndup(v->text + h->start, h->end - h->start);
	f->pattern = xstrdup(h->pat->id);
	f->start = h->start;
	f->end = h->end;
	return f;
}

/* Whether an earlier message said the matter is done and no customer
 * has said since that it is not: what a "still not" answers (SPEC 4).
 * A "still nothing" after a mere promise is the promise's business (its
 * status), and a second one after a reopen repeats it. */
static bool
something_to_reopen(const struct msg_view *v, size_t first)
{
	bool open = false;

	for (size_t i = 0; i < first; i++) {
		const struct finding *f = &v->c->findings[i];

		if (f->message >= v->msg->index)
			continue;
		if (f->type == FIND_RESOLUTION)
			open = true;
		else if (f->type == FIND_REOPEN)
			open = false;
	}
	return open;
}

/* Whether the company's message refuses: what it says is done there is
 * the reason of the refusal ("the order was handed out on 8 Nov, so we
 * cannot refund it"), not a resolution. */
static bool
refuses(const struct msg_view *v, size_t first)
{
	for (size_t i = first; i < v->c->n_findings; i++)
		if (v->c->findings[i].type == FIND_REFUSAL)
			return true;
	return false;
}

void
outcomes_find(const struct msg_view *v, bool company, size_t first)
{
	size_t r = company ? NONE : first_live(v, PAT_REOPEN);
	bool reopened = r != NONE;

	for (size_t i = 0; i < v->n_hits && !(company && refuses(v, first));
	     i++) {
		if (live(v, i, PAT_RESOLUTION) &&
		    resolves(v, i, company, first, reopened)) {
			add(v, FIND_RESOLUTION, i);
			break;
		}
	}
	if (reopened && something_to_reopen(v, first))
		add(v, FIND_REOPEN, r);
}
