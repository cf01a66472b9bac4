/* legal.c - the jurisdiction of a conversation and the legal deadlines
 * its formal claims set. */
#include "legal.h"

#include <stdlib.h>
#include <string.h>

#include "lang.h"

/* At most this many rules answer one claim (Regulation Z has two). */
#define LEGAL_RULES_MAX 4

void
legal_set_jurisdiction(struct conversation *c, const char *given)
{
	free(c->jurisdiction);
	c->jurisdiction_given = given != NULL;
	if (given != NULL)
		c->jurisdiction = xstrdup(given);
	else
		c->jurisdiction = xstrdup(
			strcmp(conversation_lang(c), "ru") == 0 ? "ru" : "none");
}

/* The category of message mi's claim: a categorized hit wins over a
 * "general" one. NULL when the message has no claim. */
static const struct finding *
claim_of(const struct conversation *c, size_t first, size_t mi)
{
	const struct finding *best = NULL;

	for (size_t i = first; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->message != mi)
			break;
		if (f->type != FIND_FORMAL_CLAIM || f->category == NULL)
			continue;
		if (best == NULL || strcmp(best->category, "general") == 0)
			best = f;
	}
	return best;
}

static int64_t
period_end(const struct law_rule *r, int64_t day, const struct calendar *cal)
{
	switch (r->unit) {
	case LAW_DAYS:
		return day + r->n;
	case LAW_WEEKS:
		return day + 7 * (int64_t)r->n;
	case LAW_WORKING_DAYS:
		return calendar_add_working(cal, day, r->n);
	}
	return day + r->n;
}

/* Working days of a rule: the given calendar, else the rule's own. */
static int64_t
rule_due_day(const struct law_rule *r, int64_t day,
	     const struct calendar *given)
{
	struct calendar *own = NULL;
	char *err = NULL;
	int64_t due;

	if (given == NULL && r->unit == LAW_WORKING_DAYS && r->calendar) {
		own = calendar_new();
		/* a built-in always loads; were it not, Mon-Fri is left */
		if (calendar_load_builtin(own, r->calendar, &err) < 0)
			free(err);
	}
	due = period_end(r, day, given ? given : own);
	calendar_free(own);
	return due;
}

static void
add_law_deadline(struct conversation *c, const struct finding *claim,
		 const struct law_rule *r, const struct calendar *cal)
{
	const struct message *m = &c->msgs[claim->message - 1];
	struct law_ref ref = {r->jurisdiction, r->id, r->citation, r->next,
			      r->period, r->decision};
	int64_t day = time_local_day(m->time);
	char *match = xstrdup(claim->match), *pat = xstrdup(r->id);
	size_t start = claim->start, end = claim->end;
	struct finding *d;

	/* claim may move: everything of it is read before the insert */
	d = conversation_insert_finding(c, FIND_DEADLINE, claim->message);
	d->match = match;
	d->pattern = pat;
	d->start = start;
	d->end = end;
	d->promise = r->kind;
	d->due = time_end_of_day(rule_due_day(r, day, cal), m->time.off);
	d->law = law_ref_copy(&ref);
}

/* The claims of one message, if it starts a category not seen before. */
static void
message_claims(struct conversation *c, const struct law_table *t,
	       const struct calendar *cal, size_t mi, struct strlist *seen)
{
	const struct law_rule *rules[LEGAL_RULES_MAX];
	const struct finding *claim;
	size_t first = 0, n;

	while (first < c->n_findings && c->findings[first].message < mi)
		first++;
	claim = claim_of(c, first, mi);
	if (claim == NULL || strlist_contains(seen, claim->category))
		return;
	strlist_push(seen, claim->category);
	n = law_rules_for(t, c->jurisdiction, claim->category, rules,
			  LEGAL_RULES_MAX);
	for (size_t i = 0; i < n; i++) {
		/* re-read: an insert may move the array */
		claim = claim_of(c, first, mi);
		add_law_deadline(c, claim, rules[i], cal);
	}
}

void
legal_deadlines_add(struct conversation *c, const struct law_table *t,
		    const struct calendar *cal)
{
	struct strlist seen = {0};

	if (c->jurisdiction == NULL || t == NULL)
		return;
	for (size_t i = 0; i < c->n_msgs; i++) {
		if (c->msgs[i].role == ROLE_CUSTOMER && c->msgs[i].time.set)
			message_claims(c, t, cal, c->msgs[i].index, &seen);
	}
	strlist_free(&seen);
}
