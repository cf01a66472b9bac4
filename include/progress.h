/* progress.h - a progress line on stderr while a batch runs (only on a
 * terminal, or with --progress): files and bytes read, conversations
 * analyzed. Counters are atomic: any worker thread adds to them; one
 * thread of its own redraws the line a few times a second and wipes it
 * when the batch ends. Every function takes NULL and then does nothing. */
#ifndef ESC_PROGRESS_H
#define ESC_PROGRESS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct progress;

/* Start drawing on 'out' (NULL when the line cannot be shown). */
struct progress *progress_start(FILE *out);
/* Wipe the line and free. */
void progress_stop(struct progress *p);

/* What is being done now, before the files are read ("unpacking
 * x.zip"); copied. NULL: nothing special. */
void progress_phase(struct progress *p, const char *what);
/* The files to read and their bytes, once known. */
void progress_total(struct progress *p, size_t files, uint64_t bytes);
void progress_bytes(struct progress *p, uint64_t n);
void progress_file_done(struct progress *p);
void progress_conversation_done(struct progress *p);

/* The line as it would be drawn now (tests). */
void progress_format(struct progress *p, char *out, size_t n);

#endif /* ESC_PROGRESS_H */
