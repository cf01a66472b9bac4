/* unpack.c - archives and compressed files through libarchive, member by
 * member into unlinked temporary files, with limits against bombs. */
#include "unpack.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


#define COPY_BUF (64u * 1024u)
#define HEAD_BYTES 512 /* enough for a tar header's "ustar" at 257 */

/* Signatures, as in file(1)'s magic; "ustar" sits at offset 257. */
static const struct {
	size_t at;
	const char *sig;
	size_t len;
	const char *what;
} kinds[] = {
	{0, "\x1f\x8b", 2, "gzip-compressed file"},
	{0, "\xfd" "7zXZ\0", 6, "xz-compressed file"},
	{0, "BZh", 3, "bzip2-compressed file"},
	{0, "\x28\xb5\x2f\xfd", 4, "zstd-compressed file"},
	{0, "\x04\x22\x4d\x18", 4, "lz4-compressed file"},
	{0, "\x5d\0\0", 3, "lzma-compressed file"},
	{0, "PK\x03\x04", 4, "zip archive"},
	{0, "PK\x05\x06", 4, "zip archive"}, /* an empty one */
	{0, "7z\xbc\xaf\x27\x1c", 6, "7z archive"},
	{0, "Rar!\x1a\x07", 6, "rar archive"},
	{257, "ustar", 5, "tar archive"},
	{0, "070707", 6, "cpio archive"},
	{0, "070701", 6, "cpio archive"},
	{0, "\xc7\x71", 2, "cpio archive"},
};

const char *
archive_kind(const unsigned char *head, size_t n)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (n >= kinds[i].at + kinds[i].len &&
		    memcmp(head + kinds[i].at, kinds[i].sig, kinds[i].len) == 0)
			return kinds[i].what;
	return NULL;
}

static uint64_t
env_number(const char *name, uint64_t dflt)
{
	const char *v = getenv(name);
	char *end;
	unsigned long long n;

	if (!v || !*v)
		return dflt;
	errno = 0;
	n = strtoull(v, &end, 10);
	return (errno || *end || n == 0) ? dflt : (uint64_t)n;
}

void
archive_limits_default(struct archive_limits *lim)
{
	lim->max_total = env_number("ESCALATE_ARCHIVE_MAX_TOTAL",
				    ARCHIVE_MAX_TOTAL);
	lim->max_ratio = env_number("ESCALATE_ARCHIVE_MAX_RATIO",
				    ARCHIVE_MAX_RATIO);
	lim->ratio_floor = env_number("ESCALATE_ARCHIVE_RATIO_FLOOR",
				      ARCHIVE_RATIO_FLOOR);
	lim->max_entries = (size_t)env_number("ESCALATE_ARCHIVE_MAX_ENTRIES",
					      ARCHIVE_MAX_ENTRIES);
	lim->max_depth = ARCHIVE_MAX_DEPTH;
}

void
member_list_free(struct member_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].file);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* One input being unpacked, nested archives included. */
struct unpacking {
	const struct archive_limits *lim;
	member_skip_fn skip;
	void *ud;
	uint64_t base_size; /* bytes of the outermost file */
	uint64_t unpacked;  /* bytes written so far, all levels */
	size_t entries;	    /* entries met so far, all levels */
	struct member_list *out;
	long added;
	struct strlist *warn_paths, *warn; /* parallel */
	char *err;	    /* why unpacking stopped */
	bool stop;	    /* a limit was reached: stop at every level */
};

static void
warn_member(struct unpacking *u, const char *path, const char *msg)
{
	strlist_push(u->warn_paths, path);
	strlist_push(u->warn, msg);
}

static int unpack_level(struct unpacking *u, const char *path,
			const char *open_path, const char *dest, int depth);

/* The bytes a bomb may not pass: the total, and past the floor, the
 * ratio to the outermost file's size. */
static bool
over_limits(struct unpacking *u)
{
	const struct archive_limits *lim = u->lim;

	if (u->unpacked > lim->max_total) {
		u->err = xasprintf("unpacks to more than %llu bytes: stopped (an archive bomb?)",
				   (unsigned long long)lim->max_total);
		return u->stop = true;
	}
	if (u->unpacked > lim->ratio_floor &&
	    u->unpacked / (u->base_size ? u->base_size : 1) >= lim->max_ratio) {
		u->err = xasprintf("unpacks to more than %llu times its size: stopped (an archive bomb?)",
				   (unsigned long long)lim->max_ratio);
		return u->stop = true;
	}
	return false;
}

/* Copy the current entry's data into fd; 1 done, 0 a damaged member
 * (warned), -1 stop (u->err set). */
static int
copy_data(struct unpacking *u, struct archive *a, int fd, const char *path,
	  uint64_t *size)
{
	char *buf = xmalloc(COPY_BUF);
	int rc = 1;

	for (;;) {
		la_ssize_t n = archive_read_data(a, buf, COPY_BUF);

		if (n == 0)
			break;
		if (n < 0) {
			const char *why = archive_error_string(a);

			warn_member(u, path, why ? why : "damaged data");
			rc = n == ARCHIVE_FATAL ? -1 : 0;
			if (rc < 0)
				u->err = xstrdup("the archive is damaged: stopped");
			break;
		}
		*size += (uint64_t)n;
		u->unpacked += (uint64_t)n;
		if (over_limits(u)) {
			rc = -1;
			break;
		}
		if (!fd_write_all(fd, buf, (size_t)n, -1)) {
			u->err = xasprintf("cannot write a temporary file: %s",
					   strerror(errno));
			u->stop = true;
			rc = -1;
			break;
		}
	}
	free(buf);
	return rc;
}

/* A member that is itself an archive is unpacked in place of it. */
static bool
is_archive_file(const char *file)
{
	unsigned char head[HEAD_BYTES];
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return false;
	n = read(fd, head, sizeof(head));
	close(fd);
	return n > 0 && archive_kind(head, (size_t)n) != NULL;
}

/* Keep the member (path and file taken), or unpack it when it is an
 * archive itself, into FILE.d/ next to it. */
static int
keep_member(struct unpacking *u, char *path, char *file, uint64_t size,
	    int depth)
{
	struct member_list *l = u->out;
	char *sub;
	int rc;

	if (!is_archive_file(file)) {
		l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
		l->v[l->n++] = (struct member){path, file, size};
		u->added++;
		return 0;
	}
	if (depth + 1 >= u->lim->max_depth) {
		warn_member(u, path, "archives nested too deep, skipped");
		rc = 0;
	} else if (mkdir(sub = xasprintf("%s.d", file), 0700) < 0) {
		u->err = xasprintf("cannot make a temporary folder: %s",
				   strerror(errno));
		u->stop = true;
		free(sub);
		rc = -1;
	} else {
		rc = unpack_level(u, path, file, sub, depth + 1);
		free(sub);
	}
	if (rc < 0 && !u->stop) {
		/* a damaged archive inside: the others still count */
		warn_member(u, path, u->err);
		free(u->err);
		u->err = NULL;
		rc = 0;
	}
	unlink(file);
	free(file);
	free(path);
	return rc;
}

static const char *
entry_name(struct archive_entry *e)
{
	const char *n = archive_entry_pathname_utf8(e);

	if (!n)
		n = archive_entry_pathname(e);
	return n ? n : "";
}

/* The member's name made safe as a relative path: no empty, "." or ".."
 * parts, no leading "/"; NULL when nothing is left. */
static char *
safe_name(const char *name)
{
	struct buf b = {0};
	const char *p = name;

	while (*p) {
		size_t n = strcspn(p, "/\\");

		if (n > 0 && !(n == 1 && p[0] == '.') &&
		    !(n == 2 && p[0] == '.' && p[1] == '.')) {
			if (b.len)
				buf_putc(&b, '/');
			buf_append(&b, p, n);
		}
		p += n;
		if (*p)
			p++;
	}
	return b.len ? buf_steal(&b) : (buf_free(&b), NULL);
}

/* The folders of 'rel' under the open folder dfd, made as needed; the
 * descriptor of the last one (taken: dfd is closed), or -1. */
static int
make_dirs(int dfd, char *rel, char **leaf)
{
	char *p = rel, *slash;

	while ((slash = strchr(p, '/')) != NULL) {
		int next;

		*slash = '\0';
		(void)mkdirat(dfd, p, 0700);
		next = openat(dfd, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
				      O_CLOEXEC);
		*slash = '/';
		close(dfd);
		if (next < 0)
			return -1;
		dfd = next;
		p = slash + 1;
	}
	*leaf = p;
	return dfd;
}

/* A new file for the member under dest; its descriptor, or -1 with
 * *file NULL. */
static int
create_member_file(const char *dest, const char *rel, char **file)
{
	char *copy = xstrdup(rel), *leaf;
	int dfd = open(dest, O_RDONLY | O_DIRECTORY | O_CLOEXEC), fd = -1;

	*file = NULL;
	if (dfd >= 0 && (dfd = make_dirs(dfd, copy, &leaf)) >= 0) {
		fd = openat(dfd, leaf, O_WRONLY | O_CREAT | O_EXCL |
					       O_NOFOLLOW | O_CLOEXEC, 0600);
		close(dfd);
	}
	if (fd >= 0)
		*file = xasprintf("%s/%s", dest, rel);
	free(copy);
	return fd;
}

/* A lone compressed file keeps its name less the compression suffix
 * (the name is a hint to the format: chat.eml.gz holds chat.eml). */
static char *
raw_name(const char *path)
{
	static const char *const sufs[] = {".gz", ".bz2", ".xz", ".zst",
					   ".lz4", ".lzma", ".Z", ".tgz"};
	const char *base = strrchr(path, '/');
	size_t n;

	base = base ? base + 1 : path;
	n = strlen(base);
	for (size_t i = 0; i < sizeof(sufs) / sizeof(sufs[0]); i++) {
		size_t k = strlen(sufs[i]);

		if (n > k && ascii_strcaseeq(base + n - k, sufs[i]))
			return xstrndup(base, n - k);
	}
	return n ? xstrdup(base) : xstrdup("data");
}

/* One entry of an open archive; 0 go on, -1 stop. */
static int
unpack_entry(struct unpacking *u, struct archive *a, struct archive_entry *e,
	     const char *path, const char *dest, bool raw, int depth)
{
	const char *name = entry_name(e);
	char *rel, *mpath, *file;
	uint64_t size = 0;
	int fd, rc;

	if (++u->entries > u->lim->max_entries) {
		u->err = xasprintf("more than %zu entries: stopped (an archive bomb?)",
				   u->lim->max_entries);
		u->stop = true;
		return -1;
	}
	if (!raw && (archive_entry_filetype(e) != AE_IFREG ||
		     (u->skip && u->skip(u->ud, name))))
		return 0;
	rel = raw ? raw_name(path) : safe_name(name);
	if (!rel)
		return 0;
	mpath = raw ? xstrdup(path) : xasprintf("%s//%s", path, rel);
	if (archive_entry_is_encrypted(e)) {
		warn_member(u, mpath, "encrypted, skipped");
		rc = 0;
	} else if ((fd = create_member_file(dest, rel, &file)) < 0) {
		char *why = xasprintf("cannot be unpacked: %s", strerror(errno));

		warn_member(u, mpath, why);
		free(why);
		rc = 0;
	} else {
		rc = copy_data(u, a, fd, mpath, &size);
		close(fd);
		if (rc > 0) {
			free(rel);
			return keep_member(u, mpath, file, size, depth);
		}
		unlink(file);
		free(file);
	}
	free(rel);
	free(mpath);
	return rc;
}

/* libarchive with every filter and format; NULL with u->err when the
 * file cannot be opened as an archive. */
static struct archive *
open_archive(struct unpacking *u, const char *open_path)
{
	struct archive *a = archive_read_new();
	const char *why;

	archive_read_support_filter_all(a);
	archive_read_support_format_all(a);
	/* a lone compressed file is one entry of the "raw" format */
	archive_read_support_format_raw(a);
	if (archive_read_open_filename(a, open_path, COPY_BUF) == ARCHIVE_OK)
		return a;
	why = archive_error_string(a);
	u->err = xstrdup(why ? why : "cannot be opened as an archive");
	archive_read_free(a);
	return NULL;
}

static int
unpack_level(struct unpacking *u, const char *path, const char *open_path,
	     const char *dest, int depth)
{
	struct archive *a = open_archive(u, open_path);
	struct archive_entry *e;
	int r = ARCHIVE_OK, rc = 0;

	if (!a)
		return -1;
	while (rc == 0 &&
	       ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK ||
		r == ARCHIVE_WARN)) {
		bool raw = archive_format(a) == ARCHIVE_FORMAT_RAW;

		/* "raw" without a decompressor: the bytes are not a
		 * compressed file after all (a damaged header) */
		if (raw && archive_filter_code(a, 0) == ARCHIVE_FILTER_NONE) {
			u->err = xstrdup("damaged or unknown compression");
			archive_read_free(a);
			return -1;
		}
		rc = unpack_entry(u, a, e, path, dest, raw, depth);
	}
	if (rc == 0 && r != ARCHIVE_EOF) {
		const char *why = archive_error_string(a);

		u->err = xstrdup(why ? why : "damaged archive");
		rc = -1;
	}
	archive_read_free(a);
	return rc;
}

long
archive_unpack(const char *path, const char *open_path, const char *dest,
	       const struct archive_limits *lim, member_skip_fn skip, void *ud,
	       struct member_list *out, struct strlist *warn_paths,
	       struct strlist *warn, char **err)
{
	struct unpacking u = {.lim = lim, .skip = skip, .ud = ud, .out = out,
			      .warn_paths = warn_paths, .warn = warn};
	struct stat st;
	int rc;

	*err = NULL;
	if (stat(open_path, &st) == 0 && S_ISREG(st.st_mode))
		u.base_size = (uint64_t)st.st_size;
	rc = unpack_level(&u, path, open_path, dest, 0);
	if (rc < 0) {
		*err = u.err ? u.err : xstrdup("cannot be unpacked");
		return -1;
	}
	free(u.err);
	return u.added;
}
