/* tnef.h - TNEF streams ("winmail.dat", application/ms-tnef), read with
 * libytnef after a bounds check of our own.
 *
 * A stream reaches libytnef only after tnef_check() has walked every
 * attribute (level, id, length within the stream, checksum) and every
 * MAPI property block (counts, lengths and padding within the
 * attribute); a stream that fails the check is not read, with a warning.
 * Even so libytnef prints to standard output on some blocks it cannot
 * parse, and it has a history of crashes on damaged input: it runs in a
 * separate process (isolate.h) and only the text comes back. */
#ifndef ESC_TNEF_H
#define ESC_TNEF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define TNEF_MAX_ATTRIBUTES 100000 /* attributes in one stream */
#define TNEF_MAX_PROPS 100000	   /* properties in one MAPI block */
#define TNEF_MAX_VALUES 65536	   /* values of one multi-valued property */
#define TNEF_MAX_DEPTH 8	   /* messages attached inside attached ones */

/* The stream starts with the TNEF signature 0x223E9F78. */
bool tnef_signature(const char *data, size_t len);

/* NULL when data[0..len) is a well-formed TNEF stream, else a static
 * text saying what is wrong. */
const char *tnef_check(const char *data, size_t len);

/* The text a TNEF stream carries: its body (PR_BODY, else the HTML body
 * as text, else the compressed RTF body's text), then each attached
 * message (an embedded TNEF message, a .msg or an .eml file) as a
 * "Forwarded message" block, down to 'depth' levels. Newly allocated,
 * valid UTF-8; NULL (with a warning) when the stream is damaged or
 * carries no text. */
char *tnef_text(const char *data, size_t len, int depth,
		struct strlist *warn);

/* The same in this process, without the child: for the child itself and
 * for the fuzzer (libytnef may print to standard output). */
char *tnef_text_here(const char *data, size_t len, int depth,
		     struct strlist *warn);

/* -- internal to tnef.c and tnef_read.c -- */

/* The little-endian 32-bit number at p. */
uint32_t tnef_le32(const unsigned char *p);
/* The frames the child sends back to tnef_text(). */
#define TNEF_FRAME_TEXT 'T'
#define TNEF_FRAME_WARN 'W'

struct isolate_out;
/* The child's side (isolate.h, job "tnef"): argv holds the depth, data
 * the stream. */
void tnef_child_run(struct isolate_out *o, int argc, char **argv,
		    const char *data, size_t len);

#endif /* ESC_TNEF_H */
