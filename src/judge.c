/* judge.c - the findings of a conversation judged at a moment (SPEC 5):
 * each deadline kept, late, missed or pending, superseded promises
 * marked, unanswered messages found. */
#include "judge.h"

#include <string.h>

#include "unanswered.h"


static bool
same_sender(const struct message *a, const struct message *b)
{
	if (a->sender_addr && b->sender_addr)
		return ascii_strcaseeq(a->sender_addr, b->sender_addr);
	if (a->sender_name && b->sender_name)
		return strcmp(a->sender_name, b->sender_name) == 0;
	return false;
}

/* The first company message after the promise: an agent's, or an
 * unknown sender's who is the one that promised. 0 if none. */
static size_t
next_company_message(const struct conversation *c, const struct finding *d)
{
	const struct message *pm = &c->msgs[d->message - 1];

	for (size_t i = d->message; i < c->n_msgs; i++) {
		const struct message *m = &c->msgs[i];

		if (m->pleasantry)
			continue; /* a pleasantry says nothing (SPEC 5) */
		if (m->role == ROLE_AGENT ||
		    (m->role == ROLE_UNKNOWN && pm->role == ROLE_UNKNOWN &&
		     same_sender(m, pm)))
			return m->index;
	}
	return 0;
}

/* The first message after d's with a resolution in it; with 'decision',
 * the first company message with a decision: a resolution or a refusal
 * (a legal "final response", docs/law.md). 0 if none. */
static size_t
next_answer(const struct conversation *c, const struct finding *d,
	    bool decision)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];
		bool kind = f->type == FIND_RESOLUTION ||
			    (decision && f->type == FIND_REFUSAL);

		if (kind && f->message > d->message && f->message <= c->n_msgs &&
		    (!decision || c->msgs[f->message - 1].role != ROLE_CUSTOMER))
			return f->message;
	}
	return 0;
}

static void
judge_one(struct conversation *c, struct finding *d, struct esc_time now)
{
	size_t by;

	d->kept_by = 0;
	if (d->vague || !d->due.set) {
		d->status = DL_VAGUE;
		return;
	}
	if (d->message < 1 || d->message > c->n_msgs)
		by = 0;
	else if (d->law != NULL && d->law->decision)
		by = next_answer(c, d, true);
	else if (d->promise == PROMISE_REPLY)
		by = next_company_message(c, d);
	else
		by = next_answer(c, d, false);
	if (by != 0) {
		const struct message *m = &c->msgs[by - 1];

		d->kept_by = by;
		d->status = !m->time.set || m->time.t <= d->due.t ? DL_KEPT
								  : DL_LATE;
		return;
	}
	d->status = now.set && d->due.t < now.t ? DL_MISSED : DL_PENDING;
}

static bool
dated_promise(const struct finding *f)
{
	return f->type == FIND_DEADLINE && !f->vague && f->due.set &&
	       f->law == NULL;
}

/* A legal deadline gives way only to a later company promise due no
 * later than it (SPEC 5, docs/law.md). */
static bool
law_superseded(const struct conversation *c, const struct finding *d)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (dated_promise(f) && !f->claimed && f->message > d->message &&
		    f->due.t <= d->due.t)
			return true;
	}
	return false;
}

/* A dated promise is superseded by any dated promise of a later
 * message (the company's or a customer's claim); promises of one
 * message stand side by side. A legal deadline supersedes no promise. */
static void
mark_superseded(struct conversation *c)
{
	size_t last = 0;

	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (dated_promise(f) && f->message > last)
			last = f->message;
	}
	for (size_t i = 0; i < c->n_findings; i++) {
		struct finding *f = &c->findings[i];

		if (f->type != FIND_DEADLINE)
			continue;
		if (f->law != NULL)
			f->superseded = f->due.set && law_superseded(c, f);
		else
			f->superseded = !f->vague && f->due.set &&
					f->message < last;
	}
}

void
deadlines_judge(struct conversation *c, struct esc_time now)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_DEADLINE)
			judge_one(c, &c->findings[i], now);
	mark_superseded(c);
}

void
judge_conversation(struct conversation *c, const struct calendar *cal,
		   int answer_within, struct esc_time now)
{
	if (c == NULL)
		return;
	unanswered_find(c, cal, answer_within, now);
	deadlines_judge(c, now);
}
