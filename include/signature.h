/* signature.h - marking the signature and the closing sign-off at the
 * end of a mail body's kept lines (SPEC 3). */
#ifndef ESC_SIGNATURE_H
#define ESC_SIGNATURE_H

#include "mailtext.h"

/* Mark MT_SIGNATURE, at the end of what is still kept: a "-- " block, a
 * rule with a short block under it (a mailing-list footer), mobile
 * mail-app and carrier lines, a "-Name" line, a closing sign-off and the
 * name block after it (the sign-off only when no history stands between
 * it and the reply above it). When nothing of the body would be left,
 * nothing is marked: a body that is only a signature keeps it. Also
 * marked: a helpdesk's service footer at the end ("View request · Turn
 * off this request's notifications"); returns whether one was. */
bool signature_mark(struct mt_text *t);

/* Is the trimmed, folded line a mobile mail-app or carrier line ("sent
 * from my iphone", «отправлено с iphone»)? */
bool signature_mobile_line(const char *folded, size_t len);

#endif /* ESC_SIGNATURE_H */
