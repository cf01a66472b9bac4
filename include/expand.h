/* expand.h - the PATH arguments as the files to read: folders walked,
 * --exclude applied, an export's own media and assets and escalate's
 * own temporary files left out, standard input and pipes copied once to
 * a temporary file (so that they are read once), archives and
 * compressed files unpacked (unpack.h). */
#ifndef ESC_EXPAND_H
#define ESC_EXPAND_H

#include <stdbool.h>
#include <stdint.h>

#include "cli.h"
#include "batch.h"

/* The most bytes copied from a pipe or standard input. */
#define SPOOL_MAX ((uint64_t)4 << 30)

struct input_file {
	char *path;   /* as reported: "mail.mbox", "x.zip//chat.txt", "-" */
	char *open;   /* where its bytes are read from */
	bool in_dir;  /* found in a folder or an archive, not named */
};

struct input_set {
	struct input_file *v;
	size_t n, cap;
	char *tmp;    /* the temporary folder, or NULL when none was made */
	size_t n_tmp; /* names handed out in it */
};

/* Why a file named on the command line or met in a folder was not
 * expanded goes to r->inputs (failed when nothing of it can be read). */
struct progress;
void expand_paths(const struct options *o, struct input_set *set,
		  struct run *r, struct progress *pg);
/* Frees the set and removes its temporary folder. */
void input_set_free(struct input_set *set);

/* True for a file that belongs to a chat or mail export without being a
 * conversation: photos, voice notes, stickers, documents, style sheets,
 * scripts, fonts, an archive's index page, macOS and Windows
 * bookkeeping ("IMG-20261120-WA0001.jpg", "css/style.css",
 * "archive_browser.html"). */
bool expand_is_asset(const char *name);
/* True when 'name' (a base name) or 'path' matches one of 'globs'
 * (fnmatch; a glob with a '/' is matched against the path). */
bool expand_excluded(const struct strlist *globs, const char *name,
		     const char *path);

#endif /* ESC_EXPAND_H */
