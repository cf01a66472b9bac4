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

#endif /* ESC_PAGE_HEADER_H */
