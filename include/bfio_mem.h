/* bfio_mem.h - a libbfio handle over a buffer in memory that never reads
 * past the buffer's end.
 *
 * libbfio's own memory range (20170123, Debian 12) copies a whole read
 * even when it runs past the end of the range, so a compound file whose
 * sector numbers point near its end makes libolecf read out of bounds.
 * This handle clamps each read to what is there. */
#ifndef ESC_BFIO_MEM_H
#define ESC_BFIO_MEM_H

#include <libbfio.h>
#include <stddef.h>

/* A handle reading data[0..len) (borrowed: it must outlive the handle);
 * NULL on failure. Free with libbfio_handle_free(). */
libbfio_handle_t *bfio_mem_open(const char *data, size_t len);

#endif /* ESC_BFIO_MEM_H */
