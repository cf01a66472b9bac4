/* extsort.h - sorting the fixed-size records of a tape with bounded
 * memory.
 *
 * Runs of at most EXTSORT_RUN bytes are sorted in memory (qsort) and
 * written out; then at most EXTSORT_FANIN runs at a time are merged,
 * each through a reader of EXTSORT_MERGE_BUF bytes, until one is left.
 * Memory is therefore about EXTSORT_RUN bytes whatever the tape's size.
 * cmp must be a total order on whole records (qsort is not stable), so
 * that the result does not depend on the run boundaries. */
#ifndef ESC_EXTSORT_H
#define ESC_EXTSORT_H

#include <stddef.h>

#include "tape.h"

#define EXTSORT_RUN (2u * 1024u * 1024u) /* bytes sorted in memory */
#define EXTSORT_FANIN 32		  /* runs merged at once */
#define EXTSORT_MERGE_BUF (16u * 1024u)	  /* bytes per merged run */

/* A new tape holding in's records (each 'size' bytes, 0 < size <=
 * EXTSORT_MERGE_BUF) in cmp order; in is left as it is. A trailing
 * partial record is dropped. run_bytes 0 means EXTSORT_RUN (tests pass
 * smaller values to force many runs). */
struct tape *extsort(const struct tape *in, size_t size,
		     int (*cmp)(const void *, const void *), size_t run_bytes);

#endif /* ESC_EXTSORT_H */
