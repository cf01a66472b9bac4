/* html_parts.h - the small pieces the HTML report's files share (the page,
 * src/report_html.c; one conversation's section, src/html_conversation.c;
 * its SVG timeline, src/html_timeline.c). Every function appends to 'b';
 * text from the input is escaped (html_escape_append, src/report_safe.c). */
#ifndef ESC_HTML_PARTS_H
#define ESC_HTML_PARTS_H

#include "report.h"

/* Input text on one line, escaped for HTML. */
void html_esc(struct buf *b, const char *s);
/* "2026-11-20 10:07 +03:00" in the --tz zone, else the moment's own;
 * "(no time)" when unknown. */
void html_when(struct buf *b, const struct run *r, struct esc_time t);
/* Message 'index' (1-based) of c, or NULL (borrowed). */
const struct message *html_message_at(const struct conversation *c,
				      size_t index);
/* The time of m, then 'sep', then "Name (role)" of its sender. */
void html_when_sender(struct buf *b, const struct run *r,
		      const struct message *m, const char *sep);
/* The action as a coloured badge and its step. */
void html_action_badge(struct buf *b, const struct escalation *e);
/* The ticket numbers of c, comma-separated, or 'none'. */
void html_tickets(struct buf *b, const struct conversation *c,
		  const char *none);

#endif /* ESC_HTML_PARTS_H */
