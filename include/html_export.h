/* html_export.h - chats saved as HTML: Telegram Desktop exports
 * (messages.html, messages2.html, ...) and generic saved pages of a
 * support chat or a webmail thread.
 *
 * Both parse with libxml2's recovering HTML parser (no network, no
 * external entities, inputs above INT_MAX refused) and walk the tree
 * without recursion, so any nesting depth is safe. */
#ifndef ESC_HTML_EXPORT_H
#define ESC_HTML_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

#define TG_MAX_PARTS 100000        /* messagesN.html files joined at most */
#define HTML_NAME_MAX 200          /* bytes; a longer sender is cut */
#define HTML_PAGE_MAX_CLASSES 4096 /* distinct class values looked at */
#define HTML_PAGE_MAX_UNITS 200000 /* messages taken from one page */
#define HTML_PAGE_STAMP_UP 4       /* ancestors a time label marks */
#define HTML_PAGE_LABEL_MAX 80     /* bytes of text that can be a label */

/* True when buf[0..len) looks like a Telegram Desktop export page. */
bool tg_html_sniff(const char *buf, size_t len);
/* True for "messagesN.html" (N >= 2) when "messages.html" exists in
 * the same folder: that file is read as part of messages.html. */
bool tg_html_later_part(const char *path);

/* A Telegram Desktop export: given messages.html, the following parts
 * messages2.html, messages3.html, ... of the same folder are read too,
 * in numeric order, as one conversation. Given a later part whose
 * messages.html exists, returns 0 with no conversation and a note in
 * 'warn'. Returns 0, or -1 when nothing could be read (*warn says
 * why). */
int tg_html_read(const char *path, const char *data, size_t len,
		 struct conv_list *out, struct strlist *warn);

/* A saved page: messages where the page repeats one structure (sibling
 * elements of one class, each with a time label), else the whole text
 * as one message with its quoted history split off. */
int html_page_read(const char *path, const char *data, size_t len,
		   struct conv_list *out, struct strlist *warn);

#endif /* ESC_HTML_EXPORT_H */
