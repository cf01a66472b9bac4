/* reader.h - turning one input's bytes into conversations.
 *
 * Readers never see patterns. Each reader appends conversations it owns
 * to 'out' (caller frees them) and warnings about the input to 'warn'. */
#ifndef ESC_READER_H
#define ESC_READER_H

#include <stddef.h>

#include "message.h"

/* What every reader of formats.def looks like: the input at path, whose
 * bytes are data[0..len), becomes conversations appended to out;
 * returns 0, or -1 when nothing could be read (then *warn says why). */
typedef int reader_fn(const char *path, const char *data, size_t len,
		      struct conv_list *out, struct strlist *warn);

/* Read an input of format fmt with the reader its row of formats.def
 * names; a format that is not read (binary, unknown, ...) gives -1 and
 * the reason in *warn. */
int reader_read(const char *path, enum input_format fmt, const char *data,
		size_t len, struct conv_list *out, struct strlist *warn);

#endif /* ESC_READER_H */
