/* charset.h - legacy charsets to UTF-8 through iconv, UTF-8 validation.
 *
 * Every function returns a newly allocated NUL-terminated UTF-8 string
 * that the caller frees; none returns NULL. Invalid input bytes become
 * U+FFFD and conversion continues; NUL bytes are dropped. */
#ifndef ESC_CHARSET_H
#define ESC_CHARSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Decode the UTF-8 sequence at p (p < end): its length (1-4) and code
 * point in *cp, or 0 when it is malformed (overlong, surrogate, above
 * U+10FFFF, truncated). */
size_t utf8_decode(const unsigned char *p, const unsigned char *end,
		   uint32_t *cp);
/* True when s[0..len) is well-formed UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF). NUL bytes are allowed. */
bool utf8_valid(const char *s, size_t len);
/* A copy of s[0..len) that is valid UTF-8: bad sequences -> U+FFFD,
 * NUL bytes removed. s may be NULL when len is 0. */
char *utf8_sanitize(const char *s, size_t len);
/* The characters (not bytes) of UTF-8 text s[0..n): the bytes that do
 * not continue a sequence. */
size_t utf8_count(const char *s, size_t n);
/* The iconv name for a charset label (aliases such as "win-1251",
 * "koi8r", "utf8", "latin1", "ks_c_5601-1987", "gb2312"), or the label
 * itself; the answer is static or borrowed from 'label'. */
const char *charset_canonical(const char *label);
/* Convert s[0..len) from charset 'cs' to UTF-8. cs NULL, empty or
 * us-ascii: the bytes are kept when they are valid UTF-8, else read as
 * Windows-1252. An unknown charset does the same and pushes a warning
 * to 'warn' (may be NULL). */
char *charset_to_utf8(const char *cs, const char *s, size_t len,
		      struct strlist *warn);

/* Converters for the common legacy charsets (Windows-1251, KOI8-R,
 * Windows-1252) held open while a run lasts, unused: iconv then keeps
 * their modules loaded between conversions instead of loading and
 * unloading one for every converted part or encoded word. The owner
 * closes it (NULL is fine). */
struct charset_hold;
struct charset_hold *charset_hold_open(void);
void charset_hold_close(struct charset_hold *h);

#endif /* ESC_CHARSET_H */
