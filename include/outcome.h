/* outcome.h - resolutions and reopens of a message (SPEC 4).
 *
 * A resolution is the company saying the matter is done ("your refund
 * has been issued", «перерасчёт выполнен», "dispatched, tracking number
 * ...") or the customer confirming it ("received, thanks", «получила,
 * спасибо», "it works now"); a reopen is the customer saying, after the
 * company said it is done or would be done, that it still is not ("the
 * parcel still hasn't come", «интернета по-прежнему нет»). Not a
 * resolution: a condition ("once it is fixed"), a step whose outcome is
 * still ahead ("I've corrected it and you'll get the new bill within 3
 * days": a resolve promise in the same message, unless the resolution
 * is a dispatch or issuance, meta kind=dispatch), a customer quoting a
 * status («висит в статусе «Выплачено»») or saying in the same breath
 * that it is still not done. */
#ifndef ESC_OUTCOME_H
#define ESC_OUTCOME_H

#include <stdbool.h>
#include <stddef.h>

#include "promise.h"

/* Append the resolution and reopen findings of the message. 'first' is
 * the index of its first finding in v->c (its deadlines are found
 * before). */
void outcomes_find(const struct msg_view *v, bool company, size_t first);

#endif /* ESC_OUTCOME_H */
