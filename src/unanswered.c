/* unanswered.c - the customer's last messages that no company message
 * followed. */
#include "unanswered.h"

#include <stdlib.h>

static bool
has_finding(const struct conversation *c, size_t msg, enum finding_type t)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].message == msg && c->findings[i].type == t)
			return true;
	return false;
}

/* The first customer message after the company's last one that asks
 * for something: 0 if none. */
static size_t
first_unanswered(const struct conversation *c)
{
	size_t last = 0;

	for (size_t i = 0; i < c->n_msgs; i++)
		if (c->msgs[i].role == ROLE_AGENT && !c->msgs[i].pleasantry)
			last = i + 1;
	for (size_t i = last; i < c->n_msgs; i++) {
		const struct message *m = &c->msgs[i];

		if (m->role != ROLE_CUSTOMER || m->pleasantry || !m->time.set ||
		    has_finding(c, m->index, FIND_RESOLUTION))
			continue;
		return m->index;
	}
	return 0;
}

void
unanswered_find(struct conversation *c, const struct calendar *cal,
		int within, struct esc_time now)
{
	size_t mi;
	int64_t day, today;
	struct esc_time at;
	struct finding *f;

	if (within < 1 || !now.set || (mi = first_unanswered(c)) == 0)
		return;
	at = c->msgs[mi - 1].time;
	day = time_local_day(at);
	at.t = now.t; /* now, in the message's offset */
	today = time_local_day(at);
	if (calendar_add_working(cal, day, within) >= today)
		return;
	f = conversation_insert_finding(c, FIND_UNANSWERED, mi);
	f->days = (long)(today - day);
	f->working_days = (long)calendar_count_working(cal, day, today);
	f->match = xstrdup("");
	f->pattern = xstrdup("unanswered");
}
