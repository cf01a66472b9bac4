/* unanswered.h - a customer message the company has left unanswered
 * for more than N working days (--answer-within, docs/law.md). */
#ifndef ESC_UNANSWERED_H
#define ESC_UNANSWERED_H

#include "calendar.h"
#include "message.h"

/* Add one "unanswered" finding at the first customer message after the
 * company's last message (not a pleasantry, not a resolution) when the
 * N-th working day after its day has ended before 'now'; days and
 * working_days count from its day to now's day. within < 1: nothing. */
void unanswered_find(struct conversation *c, const struct calendar *cal,
		     int within, struct esc_time now);

#endif /* ESC_UNANSWERED_H */
