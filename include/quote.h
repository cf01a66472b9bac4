/* quote.h - splitting a mail body into the reply, its quoted history and
 * its signature (SPEC 3): history and signature are removed from the
 * analyzed text but kept available. */
#ifndef ESC_QUOTE_H
#define ESC_QUOTE_H

#include <stdbool.h>

struct quote_parts {
	char *text;	 /* the analyzed reply, trimmed, never NULL */
	char *quoted;	 /* everything removed (history and signature), in
			    order, or NULL when nothing was removed */
	char *signature; /* the removed signature / sign-off block, or NULL */
	bool notice;	 /* laid out as a helpdesk notification: a reply-above
			    marker over it, a list of comments, a service
			    footer (the company's mail) */
};

/* Split UTF-8 text with '\n' line ends into newly allocated parts.
 *
 * History (src/quote.c): '>' lines wherever they stand; from an
 * attribution ("On ... wrote:", "Le ... a écrit :", «... пишет:»), an
 * "original message" separator or a quoted header block ("From:/Sent:/
 * To:/Subject:" in any of the vocabulary's locales) to the end, or only
 * that header when '>' lines follow it (an inline reply); a helpdesk
 * "reply above this line" marker below the reply; the older comment
 * blocks of a helpdesk notification (src/notification.c). Signature
 * (src/signature.c): a "-- " block, a rule and a short block, a mobile
 * mail-app line, a "-Name" line, a closing sign-off. The words are data:
 * src/patterns/mail/ files. The text is never made empty while the body
 * holds a line of its own: a body that is only a signature keeps it, a
 * body that is only a '>' quote is read one level down. */
void quote_split(const char *body, struct quote_parts *out);
/* The same for an e-mail addressed to 'recipient' (the To display name,
 * NULL when unknown): in a helpdesk notification (src/notification.c), a
 * comment by the recipient is their own text quoted back, not the
 * message. */
void quote_split_mail(const char *body, const char *recipient,
		      struct quote_parts *out);
void quote_parts_free(struct quote_parts *p);

/* Does text (a message's removed part) open with quoted history: a '>'
 * line, an "original message" or forward separator, an attribution, a
 * quoted header block? A reply-above marker does not count: under it
 * the notification is the message. */
bool quote_opens_history(const char *text);

#endif /* ESC_QUOTE_H */
