/* walk.h - expand PATH arguments into regular files. */
#ifndef ESC_WALK_H
#define ESC_WALK_H

#include "util.h"

/* Append the regular files under 'path' (itself if a file; "-" as is)
 * to 'files', directories recursed in name order without following
 * symlink loops. Unreadable paths go to 'errors' as "PATH: message";
 * skipped special files to 'notes'. Returns -1 if 'path' itself cannot
 * be read. */
int walk_path(const char *path, struct strlist *files, struct strlist *errors,
	      struct strlist *notes);

/* Read a whole file (or stdin for "-"); returns NULL with *err set. The
 * buffer is NUL-terminated; caller frees. */
char *read_file(const char *path, size_t *len, char **err);

#endif /* ESC_WALK_H */
