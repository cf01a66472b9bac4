/* page_header.h - the header rows of a message on a saved page: a
 * webmail "print all" view ("From: …", "Sent: …", a "Name <address>"
 * row with its date, "To: …", "Subject: …") or a service-desk page (a
 * role label, "(инженер)", a date line). Who sent the message and when
 * is taken from them, and they stay out of the text (SPEC 3). */
#ifndef ESC_PAGE_HEADER_H
#define ESC_PAGE_HEADER_H

#include <stdbool.h>

#include "message.h"
#include "stamp.h"

#define PAGE_HEADER_LINES 12 /* lines at the top of a message looked at */

struct page_header {
	char *name, *addr; /* the sender, or NULL (owned) */
	bool has_stamp;
	struct stamp st;   /* the message's date and time when has_stamp */
	enum role hint;	   /* from a role label, ROLE_UNKNOWN none */
};

/* Read the header rows at the top of text and cut them out (in place).
 * Returns true when rows were found: two or more field rows, a "Name
 * <address>" row, a date line or a role label. */
bool page_header_take(char *text, struct page_header *h);

/* Clean a sender name as pages write it: "От: Name <addr>" gives the
 * name and (when *addr is NULL) the address; "Ravi Kumar (initiator)"
 * gives the name and a role hint. *name may become NULL. */
void page_header_sender(char **name, char **addr, enum role *hint);

void page_header_free(struct page_header *h);

/* Is s[0..n) a line that is only a date (and a time): "Mon, Nov 23, 2026
 * at 9:12 AM", «26 нояб. 2026 г., 14:05 GMT+3», "· 23 Nov 2026 09:12"?
 * *st gets the stamp found. */
bool page_header_date_line(const char *s, size_t n, struct stamp *st);

#endif /* ESC_PAGE_HEADER_H */
