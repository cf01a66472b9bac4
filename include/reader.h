/* reader.h - turning one input's bytes into conversations.
 *
 * Readers never see patterns. Each reader appends conversations it owns
 * to 'out' (caller frees them) and warnings about the input to 'warn'. */
#ifndef ESC_READER_H
#define ESC_READER_H

#include <stddef.h>

#include "message.h"

/* Dispatch on format. */
int reader_read(const char *path, enum input_format fmt, const char *data,
		size_t len, struct conv_list *out, struct strlist *warn);

#endif /* ESC_READER_H */
