/* unpack.h - archives and compressed files (zip, tar, 7z, cpio; gzip,
 * bzip2, xz, zstd, lz4...) read through libarchive, streamed member by
 * member into unlinked temporary files, under limits against archive
 * bombs (docs/limits.md). Nothing is ever written under a member's own
 * name, so "../" in a name reaches nothing. */
#ifndef ESC_UNPACK_H
#define ESC_UNPACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define ARCHIVE_MAX_TOTAL ((uint64_t)16 << 30) /* bytes unpacked per input */
#define ARCHIVE_MAX_RATIO 200 /* unpacked bytes per byte of the archive */
#define ARCHIVE_RATIO_FLOOR ((uint64_t)64 << 20) /* ratio not checked below */
#define ARCHIVE_MAX_ENTRIES 100000 /* entries per input, skipped ones too */
#define ARCHIVE_MAX_DEPTH 3	    /* archives inside archives */

struct archive_limits {
	uint64_t max_total;
	uint64_t max_ratio;
	uint64_t ratio_floor;
	size_t max_entries;
	int max_depth;
};

/* The limits above; ESCALATE_ARCHIVE_MAX_TOTAL, _MAX_RATIO, _RATIO_FLOOR
 * and _MAX_ENTRIES (numbers) replace them, for tests. */
void archive_limits_default(struct archive_limits *lim);

/* "zip archive", "gzip-compressed file", ... when the first bytes are
 * those of an archive or a compressed file; else NULL. */
const char *archive_kind(const unsigned char *head, size_t n);

/* One member read out: its bytes are in the file 'file', under the
 * folder given to archive_unpack. */
struct member {
	char *path;   /* "ARCHIVE//NAME", or ARCHIVE itself for a lone
		       * compressed file */
	char *file;   /* where its bytes are */
	uint64_t size;
};

struct member_list {
	struct member *v;
	size_t n, cap;
};

void member_list_free(struct member_list *l); /* the files stay */

/* Which members to leave out, by their name inside the archive; true:
 * skip without a word. */
typedef bool (*member_skip_fn)(void *ud, const char *name);

/* Unpack 'open_path' (shown as 'path') under the existing folder 'dest',
 * each member at its own name made safe (no "..", no leading "/",
 * never through a symlink), so that a reader still finds the files
 * next to it (messages2.html, users.json). An archive inside (a
 * .mbox.gz in a .zip) is unpacked in turn, ARCHIVE_MAX_DEPTH deep.
 * Problems with single members go to 'warn', the path each is about
 * to 'warn_paths' (parallel). Returns the number of
 * members added, or -1 when the archive could not be read to its end
 * (*err says why, caller frees): the members read before that stay in
 * 'out'. */
long archive_unpack(const char *path, const char *open_path,
		    const char *dest, const struct archive_limits *lim,
		    member_skip_fn skip, void *ud, struct member_list *out,
		    struct strlist *warn_paths, struct strlist *warn,
		    char **err);

#endif /* ESC_UNPACK_H */
