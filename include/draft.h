/* draft.h - the next message to send (SPEC 7), filled from the draft
 * files under src/drafts/. */
#ifndef ESC_DRAFT_H
#define ESC_DRAFT_H

#include "message.h"

/* Compose c->esc.draft in c->esc.lang from the draft files; 'now' gives
 * days overdue. Runs after ladder_decide(). */
void draft_compose(struct conversation *c, struct esc_time now);

#endif /* ESC_DRAFT_H */
