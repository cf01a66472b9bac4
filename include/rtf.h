/* rtf.h - the RTF bodies of Outlook messages: compressed RTF
 * ([MS-OXRTFCP]) and RTF to text, with the HTML or plain text that
 * Outlook encapsulates in RTF ([MS-OXRTFEX]) taken back out.
 *
 * Both are bounded: the decompressed size by RTF_MAX_RAW, group nesting
 * by RTF_MAX_DEPTH (deeper groups are read as text of the level above),
 * and neither recurses. */
#ifndef ESC_RTF_H
#define ESC_RTF_H

#include <stddef.h>

#include "util.h"

#define RTF_MAX_RAW (32u * 1024 * 1024) /* decompressed bytes at most */
#define RTF_MAX_DEPTH 256		/* group nesting tracked */

/* Decompress a PR_RTF_COMPRESSED stream. Returns the RTF (NUL-terminated,
 * caller frees; *out_len its length), or NULL with *why (static text):
 * too short, unknown compression, a raw size above RTF_MAX_RAW, or a
 * reference that would read before the data. A stream that ends early
 * gives what was decompressed up to there. */
char *rtf_decompress(const unsigned char *in, size_t len, size_t *out_len,
		     const char **why);

/* What an RTF document carries. */
enum rtf_kind {
	RTF_PLAIN,     /* ordinary RTF: its text */
	RTF_FROM_HTML, /* \fromhtml1: encapsulated HTML */
	RTF_FROM_TEXT, /* \fromtext: encapsulated plain text */
};

/* The text of an RTF document, or the HTML it encapsulates (then *kind
 * is RTF_FROM_HTML and the result is HTML for html_to_text()). \'hh
 * bytes are read in the document's \ansicpg code page (Windows-1252 by
 * default), \uN as Unicode. Newly allocated, valid UTF-8, '\n' line
 * ends; never NULL. */
char *rtf_to_text(const char *rtf, size_t len, enum rtf_kind *kind);

/* A PR_RTF_COMPRESSED body as text: decompressed, read, and its
 * encapsulated HTML made text. NULL (with a warning when the stream is
 * damaged) when there is none. */
char *rtf_body_text(const unsigned char *z, size_t len, struct strlist *warn);

#endif /* ESC_RTF_H */
