/* mbox.h - streaming mbox reader: one message at a time, memory bounded
 * by the largest message, never the whole file.
 *
 * Separators: a "From " line at the start of the file (after an optional
 * UTF-8 byte order mark), or a "From " line that looks like an envelope
 * ("From addr date" in any date form, "From -...", a bare "From ") and is
 * followed by a header block holding a well-known mail header (From:,
 * Date:, Subject:, Message-ID:, Received:, ...). After a non-blank line
 * only the strong forms ("From -...", a bare "From ", "From addr" + a
 * date with a year) are taken. A Content-Length header is trusted only
 * when it points exactly at the end of the input or at a line end
 * followed by "From "; then "From " lines inside that body are body.
 * Line ends may be LF or CRLF; messages keep their raw bytes. */
#ifndef ESC_MBOX_H
#define ESC_MBOX_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "message.h"
#include "util.h"

#define MBOX_MAX_MESSAGE (64u * 1024 * 1024) /* larger: warned, skipped */
#define MBOX_MAX_FROM_LINE 1024              /* longer "From " lines are body */
#define MBOX_PIECE (64 * 1024)   /* longer lines are read in pieces */
#define MBOX_LOOKAHEAD_LINES 256 /* header lines examined after "From " */

#define MBOX_SPLIT_WINDOW (1024u * 1024u) /* bytes scanned at a time */
#define MBOX_SPLIT_OVERLAP (128u * 1024u) /* kept between windows */

/* How ">From " body lines are unescaped. MBOX_O: only ">From " becomes
 * "From ". MBOX_RD: every ">+From " loses one '>'. MBOX_AUTO (the
 * default) decides for each message from its own bytes: mboxrd when its
 * envelope is "From mboxrd@z " (public-inbox archives), or when its body
 * has a ">>From " line (mboxo never makes one from a body line "From "
 * or ">From ") and no unescaped "From " line (an mboxrd writer escapes
 * every one); mboxo otherwise. Without a ">>From " line both readings
 * are the same byte for byte, so a per-message decision loses nothing
 * and gives the same result whether a file is read whole or in pieces. */
enum mbox_variant { MBOX_O, MBOX_RD, MBOX_AUTO };

#define MBOX_RD_ENVELOPE "From mboxrd@z " /* public-inbox's envelope */

struct mbox_reader;

/* Start reading f (borrowed: never closed; read sequentially, so pipes
 * work). path is copied, for messages only. Never NULL. */
struct mbox_reader *mbox_open(FILE *f, const char *path);
void mbox_set_variant(struct mbox_reader *r, enum mbox_variant v);
/* Messages larger than max bytes are skipped with a warning (default
 * and upper bound MBOX_MAX_MESSAGE). */
void mbox_set_max_message(struct mbox_reader *r, size_t max);
/* The next message into *msg (replaced; raw bytes without the "From "
 * line, ">From " unescaped, the blank line before the next separator
 * removed). Returns 1 for a message, 0 at the end, -1 on a read error
 * (warned). Problems with the input go to *warn. */
int mbox_next(struct mbox_reader *r, struct buf *msg, struct strlist *warn);
/* Read at most 'bytes' more from f (the default: to the end). */
void mbox_set_limit(struct mbox_reader *r, uint64_t bytes);
/* Messages returned so far. */
size_t mbox_count(const struct mbox_reader *r);
void mbox_close(struct mbox_reader *r);

/* Every message of the mbox as one e-mail conversation (format FMT_MBOX,
 * source = path). Messages without headers are skipped with a warning.
 * Returns 0, or -1 on a read error or when nothing could be read. */
int mbox_read_stream(FILE *f, const char *path, struct conv_list *out,
		     struct strlist *warn);

/* Like mbox_read_stream, but reads at most 'limit' bytes from f and
 * hands each conversation to fn (which owns it) as soon as it is read,
 * so memory never holds more than one message. Returns the number of
 * conversations (0 is not an error here), or -1 on a read error;
 * *seen (when not NULL) gets the number of messages met, skipped ones
 * included. Warnings go to 'diags' as records; one about a message
 * carries its number counted from where this read began (diag.h). */
int mbox_read_each(FILE *f, const char *path, uint64_t limit,
		   void (*fn)(void *ud, struct conversation *c), void *ud,
		   struct diag_list *diags, size_t *seen);
/* A place at or after byte 'from' of an mbox file where a message
 * starts by the reader's own test: a "From " line after a blank line,
 * followed by a mail header block. Reading the pieces between such
 * places one by one gives the messages of reading the whole file (except
 * that a Content-Length claiming such a place as body is not seen).
 * Returns 1 with *at set, 0 when there is none before the end, -1 on a
 * read error. Moves f's position. */
int mbox_find_split(FILE *f, uint64_t from, uint64_t *at);

#endif /* ESC_MBOX_H */
