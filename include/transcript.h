/* transcript.h - transcripts of web chats and helpdesks ("Anna
 * (10:02): text", "[10:02] Anna: text" under a "Chat started:
 * 20.11.2026" header, "Anna, 20.11.2026 10:02" over the text), read from
 * a file or from the body of an e-mail. */
#ifndef ESC_TRANSCRIPT_H
#define ESC_TRANSCRIPT_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

#define TRANSCRIPT_NAME_MAX 100   /* bytes; a longer "name" is not a sender */
#define TRANSCRIPT_SNIFF_LINES 40 /* non-empty lines looked at */
#define TRANSCRIPT_MIN_LINES 2    /* message lines that make a transcript */

/* True when the first lines of buf[0..len) hold at least
 * TRANSCRIPT_MIN_LINES transcript message lines. */
bool transcript_sniff(const char *buf, size_t len);

/* Append the messages of the transcript text[0..len) to c. Times
 * without a date take the header's date, else the day of 'ref' (may be
 * NULL or unset); times without a zone are at ref's offset when ref is
 * set, else local. Returns the number of messages that have a
 * sender. */
size_t transcript_parse(struct conversation *c, const char *text, size_t len,
			const struct esc_time *ref);

/* A transcript file as one conversation. Returns 0, or -1 when no
 * message was found (*warn says why). */
int transcript_read(const char *path, const char *data, size_t len,
		    struct conv_list *out, struct strlist *warn);

/* When the one message of an e-mail conversation is a transcript, its
 * messages replace it and the conversation becomes a chat (a note
 * says so). Returns true when that happened. */
bool transcript_from_email(struct conversation *c);

#endif /* ESC_TRANSCRIPT_H */
