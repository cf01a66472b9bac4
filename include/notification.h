/* notification.h - helpdesk notification layouts (SPEC 3): under a
 * "reply above this line" marker, or as a list of dated comments newest
 * first, a notification has a banner, comment blocks and a footer. The
 * banner and the newest comment are the message; the older comments and
 * the footer are history. */
#ifndef ESC_NOTIFICATION_H
#define ESC_NOTIFICATION_H

#include <stdbool.h>
#include <stddef.h>

#include "mailtext.h"

/* Read the kept lines [from, t->n) as a notification's body and mark
 * the older comment blocks and the footer MT_HISTORY. A comment is
 * opened by a rule line or by a comment header ("Anna Smith, 27.11.2026
 * 10:00", "2026-11-27 10:00:00 - Anna Smith (Additional comments)",
 * "Anna Smith commented:", «Ответ специалиста (Наталья, 17.03.2026
 * 14:30):», a name line over a date line). The newest comment is the one
 * with the latest time, else the first; its header lines go with the
 * history too (an author and a time, no words of the message: a date
 * there is no promise's). A comment whose author is
 * 'recipient' (the addressee's name; NULL: unknown) is the recipient's
 * own text quoted back, never the message. 'marker': the body opened
 * with a reply-above marker; without one only a list of at least two
 * dated comments, newest first, is a notification. Returns the number of
 * comment blocks found; 0: nothing was marked. */
size_t notification_mark(struct mt_text *t, size_t from,
			 const char *recipient, bool marker);

#endif /* ESC_NOTIFICATION_H */
