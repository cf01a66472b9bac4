/* outlook.h - Outlook's own files: a saved message (.msg, an OLE
 * compound file read with libolecf) and a whole mailbox (.pst/.ost,
 * read with libpst).
 *
 * A .msg gives one e-mail conversation of one message, like an .eml:
 * sender, subject, Message-ID, In-Reply-To and References from their MAPI
 * properties (PR_TRANSPORT_MESSAGE_HEADERS fills what they lack), the
 * time it was sent, and the body: PR_BODY, else PR_HTML as text, else
 * PR_RTF_COMPRESSED decompressed (rtf.h) with its encapsulated HTML or
 * text taken back out. Attached messages (embedded .msg storages,
 * message/rfc822 and .msg attachments) and TNEF attachments (tnef.h)
 * join the message's quoted history, as a forwarded mail does.
 *
 * A .pst/.ost gives one e-mail conversation per message of every
 * folder, streamed: one message in memory at a time, whatever the size
 * of the file. Each conversation's source is "PATH:/Folder/Subfolder". */
#ifndef ESC_OUTLOOK_H
#define ESC_OUTLOOK_H

#include <stddef.h>
#include <stdint.h>

#include "message.h"

#define MSG_MAX_STREAM (64u * 1024 * 1024) /* bytes of one property */
#define MSG_MAX_DEPTH 8		 /* attached messages inside attached ones */
#define MSG_MAX_ATTACHMENTS 1024 /* attachment storages looked at */
#define PST_MAX_DEPTH 64	 /* folder nesting walked */
#define PST_MAX_BODY (64u * 1024 * 1024) /* bytes of one body read */

/* Text helpers (outlook_text.c). CRLF and lone CR to LF, in place
 * (Outlook bodies use CRLF). */
void outlook_eol(char *s);
/* True for NULL or white space only. */
bool outlook_blank(const char *s);
/* Append a block (taken; NULL: nothing) to m's quoted history. */
void outlook_add_quoted(struct message *m, char *block);

/* An OLE compound file (the first 8 bytes say so). */
bool msg_signature(const char *data, size_t len);

/* The .msg in data[0..len) as one conversation (source path). Returns
 * 0, or -1 when nothing could be read (then *warn says why). */
int msg_read(const char *path, const char *data, size_t len,
	     struct conv_list *out, struct strlist *warn);

/* Fill one zeroed message *m from a .msg in memory, attached messages
 * included up to 'depth' levels (0: none); *subject gets a copy of the
 * subject or NULL. Returns 0, or -1 (then *warn says why). */
int msg_parse_message(const char *data, size_t len, struct message *m,
		      char **subject, int depth, struct strlist *warn);

/* A PST or OST mailbox (the first 4 bytes are "!BDN"). */
bool pst_signature(const char *data, size_t len);

/* Every message of the mailbox at path, handed to fn (which owns it) as
 * soon as it is read, from a child process (isolate.h). Returns the
 * number of conversations, or -1 when none could be read (then *warn
 * says why); *seen (when not NULL) gets the number of e-mails met. */
int pst_read_each(const char *path,
		  void (*fn)(void *ud, struct conversation *c), void *ud,
		  struct strlist *warn, size_t *seen);
/* The same for a mailbox read at 'open' (a temporary copy of standard
 * input, a member unpacked from an archive) and shown as 'shown'. */
int pst_read_each_as(const char *open, const char *shown,
		     void (*fn)(void *ud, struct conversation *c), void *ud,
		     struct strlist *warn, size_t *seen);

/* The same into a list. The file at path is read; for "-" (standard
 * input) data[0..len) is, through a temporary file. */
int pst_read(const char *path, const char *data, size_t len,
	     struct conv_list *out, struct strlist *warn);

/* Internal to the .pst reader. */

/* NULL when the header and both B-trees of the file at path are sound
 * (every page inside the file, levels going down, back links right),
 * else what is wrong (static text). */
const char *pst_check(const char *path);
/* The libpst walk itself, in the calling process: what pst_read_each
 * runs in its child. 'shown' names the sources. Returns the number of
 * e-mails, or -1; *seen gets the e-mails met. */
int pst_walk(const char *path, const char *shown,
	     void (*fn)(void *ud, struct conversation *c), void *ud,
	     struct strlist *warn, size_t *seen);

struct isolate_out;
/* The child's side (isolate.h, job "pst"): argv holds the path and the
 * name for sources. */
void pst_child_run(struct isolate_out *o, int argc, char **argv,
		   const char *data, size_t len);

#endif /* ESC_OUTLOOK_H */
