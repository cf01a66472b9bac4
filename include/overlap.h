/* overlap.h - what a company reply shares with the customer's messages.
 *
 * SPEC 4 calls a template boilerplate "that does not address the
 * specifics". A sentence that names nothing the customer wrote about (no
 * content word in common, by a five-letter stem, beyond the words every
 * support exchange uses), holds no number and tells no past fact says
 * nothing of the case: src/template.c counts it with the boilerplate.
 * Words are folded (fold_cp) and cut to OVERLAP_STEM characters, so
 * "refund"/"refunded", «возврат»/«возврата» meet. */
#ifndef ESC_OVERLAP_H
#define ESC_OVERLAP_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

#define OVERLAP_STEM 5	   /* characters of a stem */
#define OVERLAP_MIN_WORD 4 /* shorter words say nothing */

struct overlap;

/* The stems of the customer's messages of c before message 'index'
 * (1-based); never NULL. The caller frees it with overlap_free. */
struct overlap *overlap_new(const struct conversation *c, size_t index);
void overlap_free(struct overlap *o);

/* Whether text[a..b) holds a content word whose stem the customer used. */
bool overlap_shares(const struct overlap *o, const char *text, size_t a,
		    size_t b);

#endif /* ESC_OVERLAP_H */
