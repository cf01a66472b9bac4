/* legal.h - a conversation's jurisdiction and the legal deadlines of
 * its formal claims (SPEC 5, docs/law.md). */
#ifndef ESC_LEGAL_H
#define ESC_LEGAL_H

#include "calendar.h"
#include "law.h"
#include "message.h"

/* Set c->jurisdiction: 'given' (--jurisdiction) when not NULL, else
 * "ru" for a conversation in Russian and "none" for any other. */
void legal_set_jurisdiction(struct conversation *c, const char *given);

/* For the first formal claim of each category in the customer's
 * messages, add a deadline finding with basis law per rule of c's
 * jurisdiction (after the claim's findings, in message order). The
 * period counts from the claim message's local day and ends at the end
 * of a day; working days use 'cal' when not NULL (--calendar or
 * --holidays were given), else the jurisdiction's built-in calendar. */
void legal_deadlines_add(struct conversation *c, const struct law_table *t,
			 const struct calendar *cal);

#endif /* ESC_LEGAL_H */
