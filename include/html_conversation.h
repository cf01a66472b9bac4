/* html_conversation.h - one conversation's section of the HTML report
 * (src/html_conversation.c). */
#ifndef ESC_HTML_CONVERSATION_H
#define ESC_HTML_CONVERSATION_H

#include "report.h"

/* The section of one conversation (a <div class="conv">), appended to b. */
void html_conversation(struct buf *b, const struct conversation *c,
		       const struct run *r);

#endif /* ESC_HTML_CONVERSATION_H */
