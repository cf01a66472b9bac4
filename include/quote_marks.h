/* quote_marks.h - the two larger line classifiers that quote.c composes
 * into the history of a mail body (include/quote.h): quoted header
 * blocks (src/quote_header.c) and attributions (src/attribution.c). The
 * words they look for are data: src/patterns/mail/ (src/mailvocab.c). */
#ifndef ESC_QUOTE_MARKS_H
#define ESC_QUOTE_MARKS_H

#include <stdbool.h>
#include <stddef.h>

#include "mailtext.h"

/* A quoted header block from line i: the end of its last field line, or
 * 0. At least two fields, a from field (or a date and a to field), an
 * address or a digit in a value; one from/date line is enough under a
 * rule ('rule_before': "______\nFrom: ..."). */
size_t quote_header_block(struct mt_text *t, size_t i, bool rule_before);

/* An attribution starting at line i: the line after its end, or 0. A
 * wrapped attribution is joined forwards only, from a line that can
 * start one; across blank lines only from a start word with a date. */
size_t attribution_at(struct mt_text *t, size_t i);

/* "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:": the
 * reply and the attribution share line i. Split such a line where the
 * attribution starts (a start word after a blank or a dash, with a date
 * and an address or a time after it), the dashes before it going with
 * the attribution; any other line is left as it is. */
void attribution_split_line(struct mt_text *t, size_t i);

#endif /* ESC_QUOTE_MARKS_H */
