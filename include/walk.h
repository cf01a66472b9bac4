/* walk.h - expand PATH arguments into regular files. */
#ifndef ESC_WALK_H
#define ESC_WALK_H

#include "diag.h"
#include "util.h"

/* Append the regular files under 'path' (itself if a file; "-" as is)
 * to 'files', directories recursed in name order without following
 * symlink loops. An unreadable path goes to 'diags' as an error with
 * the system's reason, a skipped special file (or loop, or folder too
 * deep) as a warning; each record names its path. Returns -1 if 'path'
 * itself cannot be read. */
int walk_path(const char *path, struct strlist *files,
	      struct diag_list *diags);

/* Which entries of a folder to leave out without a word: 'name' is the
 * entry's own name, 'path' the path shown; is_dir for folders (then
 * nothing under it is looked at). */
typedef bool (*walk_skip_fn)(void *ud, const char *name, const char *path,
			     bool is_dir);

/* walk_path, leaving out what 'skip' (may be NULL) says. */
int walk_path_filtered(const char *path, walk_skip_fn skip, void *ud,
		       struct strlist *files, struct diag_list *diags);

/* Read a whole file (or stdin for "-"); returns NULL with *err set. The
 * buffer is NUL-terminated; caller frees. */
char *read_file(const char *path, size_t *len, char **err);

/* The last component of a path: what follows its last '/' (the whole
 * path when it has none); points into 'path'. */
const char *walk_base_name(const char *path);

#endif /* ESC_WALK_H */
