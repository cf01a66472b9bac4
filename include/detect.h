/* detect.h - input format detection: libmagic's broad class, then
 * content sniffing; the file name is a hint only. One detector per
 * thread (a libmagic cookie is not thread-safe). */
#ifndef ESC_DETECT_H
#define ESC_DETECT_H

#include <stddef.h>

#include "message.h"

struct detector;

/* NULL and *err (caller frees) when libmagic cannot be loaded. */
struct detector *detector_new(char **err);
void detector_free(struct detector *d);
/* Classify the first bytes of an input. *why (caller frees, may be NULL
 * on success) explains FMT_BINARY/FMT_UNKNOWN/FMT_UNSUPPORTED. */
enum input_format detect_format(struct detector *d, const char *name,
				const char *buf, size_t len, char **why);

#endif /* ESC_DETECT_H */
