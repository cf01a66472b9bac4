/* fold.h - case folding for the literal prefilter.
 *
 * fold_cp() maps every character to one representative of its caseless
 * class, so that when PCRE2 (caseless, UCP) matches a character L of a
 * pattern against a character c of a text, fold_cp(c) == fold_cp(L) for
 * every L with fold_known(L). Characters outside that domain are left as
 * they are and must not be used in prefilter literals. Folding more than
 * PCRE2 does (U+0130, U+0131 -> i) only costs extra candidates. */
#ifndef ESC_FOLD_H
#define ESC_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* The representative of c's caseless class (lower case). */
uint32_t fold_cp(uint32_t c);
/* True when every character PCRE2 treats as caseless-equal to c folds to
 * fold_cp(c): ASCII, Latin-1, basic Greek, Cyrillic U+0400-U+045F and
 * caseless punctuation and symbols. */
bool fold_known(uint32_t c);
/* Append the UTF-8 encoding of c (at most 4 bytes) to out; the length. */
size_t fold_encode(uint32_t c, unsigned char *out);
/* Append the folded form of s[0..len) to out. Invalid UTF-8 bytes are
 * copied unchanged, one at a time. */
void fold_utf8(const char *s, size_t len, struct buf *out);

#endif /* ESC_FOLD_H */
