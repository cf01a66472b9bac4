/* prefilter_table.h - the literal prefilter's automaton and tables, as
 * its building (prefilter.c) and its scanning (prefilter_scan.c) share
 * them; users see prefilter.h only. */
#ifndef ESC_PREFILTER_TABLE_H
#define ESC_PREFILTER_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define PF_OUT 0x80000000u  /* in a transition: the target has outputs */
#define PF_STATE 0x7FFFFFFFu
#define PF16_OUT 0x8000u    /* the same in a 16-bit table */
#define PF16_STATE 0x7FFFu
/* An output of a begin literal: this flag, its length in characters
 * (bits 24-30; 0 for an after literal, whose starts are its ends) and its
 * number (bits 0-23: one per distinct literal and kind, whichever
 * patterns share it); else a pattern. */
#define PF_BEGIN 0x80000000u
#define PF_PAT 0x00FFFFFFu
#define PF_CHARS_MAX 127u

struct prefilter {
	size_t npat;
	unsigned char *always;	 /* per pattern: 1 when it always runs */
	uint32_t *windowed;	 /* per pattern: 1 << type when its literals'
				  * ends are wanted, else 0 */
	struct strlist *lits;	 /* per pattern: folded literals */
	uint32_t *begun;	 /* per pattern: 1 << type when it has a
				  * begin set (literals.h), else 0 */
	unsigned char *beg_cand; /* per pattern: its begin literals make it
				  * a candidate (it has no other literals) */
	struct strlist *begs;	 /* per pattern: its begin set, folded */
	unsigned char *after;	 /* per pattern: 1 when begs is its after
				  * set (literals_after): its matches start
				  * where one of them ends */
	uint32_t nbeg;		 /* distinct begin literals */
	uint32_t *beg_types;	 /* per begin literal: the types of the
				  * begun patterns that have it */
	uint32_t *pb_off, *pb_id; /* per pattern i: its begin literals'
				   * numbers, pb_id[pb_off[i]..pb_off[i+1]) */
	size_t nfiltered;	 /* patterns with literals */
	unsigned char cls[256];	 /* byte -> class; A-Z as a-z */
	uint32_t ncls;
	uint32_t nstates;
	uint32_t *delta;	 /* nstates x ncls, PF_OUT marks outputs */
	uint16_t *delta16;	 /* the same in 16 bits (PF16_OUT) when the
				  * states fit: half the memory per byte
				  * scanned; delta is then NULL */
	uint32_t *out_off;	 /* per state: its outputs in out_pat */
	uint32_t *out_len;
	uint32_t *out_pat;	 /* pattern indices */
	struct fold2 *fold2;	 /* per 2-byte UTF-8 character: its folding */
};

/* A character of two bytes (U+0080-U+07FF), folded: the classes of the
 * bytes of its folded form. */
struct fold2 {
	unsigned char n, cls[4];
};

#endif /* ESC_PREFILTER_TABLE_H */
