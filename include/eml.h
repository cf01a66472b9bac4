/* eml.h - one RFC 5322 message (an .eml file, or one message of a
 * mailbox) as an e-mail conversation. */
#ifndef ESC_EML_H
#define ESC_EML_H

#include <stddef.h>

#include "message.h"

/* One EML message as one conversation. Returns 0, or -1 when nothing
 * could be read (then *warn says why). */
int eml_read(const char *path, const char *data, size_t len,
	     struct conv_list *out, struct strlist *warn);
/* Fill one zeroed message *m from an RFC 5322 buffer (what eml_read does
 * for its single message, index left alone); *subject (when not NULL)
 * gets a copy of the decoded subject or NULL. Returns 0, or -1 when the
 * buffer has no header block (then *m is untouched and *warn says why). */
int eml_parse_message(const char *data, size_t len, struct message *m,
		      char **subject, struct strlist *warn);

#endif /* ESC_EML_H */
