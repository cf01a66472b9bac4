/* ladder.h - the escalation ladder (SPEC 7). */
#ifndef ESC_LADDER_H
#define ESC_LADDER_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

/* Decide c->esc (step, action, actions, reason, lang) from the findings
 * and their statuses at 'now'. Reads message text only for the
 * conversation's language (lang.h). */
void ladder_decide(struct conversation *c, struct esc_time now);

/* The governing promise: the deadline finding the decision rests on, or
 * NULL. Borrowed from c. */
const struct finding *ladder_governing(const struct conversation *c);

/* What the decision rests on; every pointer is borrowed from c (NULL
 * when absent). Filled by ladder_facts(); used by the ladder and the
 * drafts (draft.h). */
struct ladder_facts {
	const struct finding *resolution; /* the last word, when resolved */
	const struct finding *governing;  /* latest non-superseded dated */
	const struct finding *vague;	  /* first vague promise */
	bool dated;			  /* any dated promise */
	bool resolve_pending;		  /* a live resolve promise pending */
	size_t last_company;		  /* message index, 0 if none */
	const struct finding *template_;  /* template of last_company */
	const struct finding *refusal;	  /* unjustified refusal of it */
	const struct finding *asked;	  /* request answered "again" ... */
	const struct finding *again;	  /* ... by this template/refusal */
	const struct finding *supervisor; /* first supervisor request or
					   * company escalation */
	const struct finding *further;	  /* promise missed after it */
	bool waited;			  /* > 10 days since it */
};

void ladder_facts(const struct conversation *c, struct esc_time now,
		  struct ladder_facts *f);

#endif /* ESC_LADDER_H */
