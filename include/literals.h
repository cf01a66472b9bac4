/* literals.h - the literals one of which every match of a regex contains.
 *
 * literals_derive() reads a regex in the PCRE2 syntax of the pattern files
 * and finds a set of case-folded (fold.h) UTF-8 strings such that any
 * match of the regex, caseless or not, contains one of them after
 * folding. Optional parts contribute nothing, alternation is the union of
 * its branches, a concatenation takes its best part, lookarounds are
 * zero width. When no safe and useful set exists the pattern must always
 * run. See "Prefilter" in docs/patterns.md. */
#ifndef ESC_LITERALS_H
#define ESC_LITERALS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

#define LIT_MIN_BYTES 3	 /* a useful literal: at least 3 bytes */
#define LIT_MIN_CHARS 2	 /* and at least 2 characters */
#define LIT_EXACT_MAX 64 /* strings in a set of exact expansions */
#define LIT_SET_MAX 256	 /* strings in a derived set */
#define LIT_LEN_MAX 96	 /* bytes of one derived string */
#define LIT_CLASS_MAX 10 /* a class of up to this many characters expands */
#define LIT_DEPTH_MAX 64 /* group nesting */

/* Derive the literals of 'regex' into 'out' (appended, distinct).
 * Returns true when a set was derived; false when the pattern must
 * always run, 'out' unchanged. */
bool literals_derive(const char *regex, struct strlist *out);
/* The begin set of 'regex' into 'out' (appended, distinct, none a
 * prefix of another): case-folded UTF-8 strings such that wherever a
 * match can start (its zero-width assertions, lookbehinds included,
 * being read as such), the text there, folded, begins with one of them.
 * A positive lookahead's own begin set counts. Returns false, 'out'
 * unchanged, when the regex is not read, a match can start without a
 * literal (a class too big to list, \d, an empty match), or it uses \G. */
bool literals_begin(const char *regex, struct strlist *out);
/* The after set of 'regex' into 'out' (appended, distinct): when the
 * regex is one sequence that begins with a positive lookbehind of exact
 * strings ("(?<=days|weeks)\s+from"), those strings, case-folded: every
 * match starts where one of them ends in the text. Returns false, 'out'
 * unchanged, for any other regex (the lookbehind repeated or not read,
 * an alternation at the top, \G, a string that may be empty). */
bool literals_after(const char *regex, struct strlist *out);
#define LIT_REQUIRED 1u /* literals_read(): the literals were derived */
#define LIT_BEGIN 2u	/* the begin set was */
/* Both from one reading of the regex (either list may be NULL): the
 * bits of those derived, as literals_derive() and literals_begin()
 * would return them. */
unsigned literals_read(const char *regex, struct strlist *lits,
		       struct strlist *begs);
/* True when the folded literal s is long enough to be worth filtering. */
bool literal_useful(const char *s);

#endif /* ESC_LITERALS_H */
