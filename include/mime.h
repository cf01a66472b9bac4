/* mime.h - MIME: content types and parameters (RFC 2045, RFC 2231),
 * transfer decodings, encoded words (RFC 2047), and the multipart walk
 * that picks the text of a message. One section a file, named after it.
 *
 * All returned strings are newly allocated and owned by the caller. */
#ifndef ESC_MIME_H
#define ESC_MIME_H

#include <stdbool.h>
#include <stddef.h>

#include "rfc822.h"
#include "util.h"

#define MIME_MAX_DEPTH 64   /* deeper multiparts are pruned */
#define MIME_MAX_PARTS 4096 /* further parts are ignored, warned */

/* -- rfc2231.c -- */

/* The media type of a Content-Type value, lower case ("text/plain");
 * NULL when the value has no '/' in its type. */
char *mime_type(const char *ctype);
/* A parameter of a Content-Type/Content-Disposition value, with RFC 2231
 * continuations (name*0, name*1*) and charset'lang'%XX encoding decoded
 * to UTF-8; the first of duplicates wins. NULL when absent. */
char *mime_param(const char *value, const char *name);

/* -- mime_codec.c -- */

/* RFC 5322 white space: space, tab, CR, LF. */
bool mime_is_space(int c);
/* True when s[0..e) is only such white space (or empty). */
bool mime_only_space(const char *s, const char *e);
/* Decode quoted-printable, appending the bytes to out. Soft breaks are
 * removed; a bad escape is kept literally. Returns false when some
 * escape was bad. */
bool mime_decode_qp(const char *s, size_t len, struct buf *out);
/* Decode base64, appending to out; characters outside the alphabet are
 * skipped, missing padding is tolerated. Returns false on garbage. */
bool mime_decode_base64(const char *s, size_t len, struct buf *out);
/* -- rfc2047.c -- */

/* Decode the RFC 2047 encoded words of a header value to UTF-8: B and Q,
 * white space between adjacent words dropped, a character split between
 * two words of one charset joined. Raw 8-bit text is kept when it is
 * UTF-8, else read as Windows-1252. */
char *mime_decode_words(const char *s);

/* -- mime.c -- */

/* The text of a message or entity whose headers are h and body
 * body[0..len): the first text/plain part (text/html converted when
 * there is no plain part), inline text parts of multipart/mixed joined,
 * message/rfc822 parts as a forwarded block. UTF-8, '\n' line ends.
 * Never NULL; damage is reported to warn. */
char *mime_body_text(const struct rfc822_headers *h, const char *body,
		     size_t len, struct strlist *warn);

#endif /* ESC_MIME_H */
