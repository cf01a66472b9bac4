/* expand.c - PATH arguments into the files to read: walk, --exclude,
 * assets, pipes copied once, archives unpacked. */
#include "expand.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "progress.h"
#include "unpack.h"
#include "util.h"
#include "walk.h"

#define HEAD_BYTES 512 /* enough for archive_kind() */
#define COPY_BUF (64u * 1024u)

/* Extensions of the media and documents an export carries next to its
 * conversation (WhatsApp, Telegram Desktop, Takeout), and of a page's
 * style sheets, scripts and fonts. */
static const char *const asset_exts[] = {
	"jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif",
	"tiff", "svg", "ico", "avif", "mp4", "m4v", "mov", "3gp", "avi",
	"mkv", "webm", "mp3", "m4a", "aac", "ogg", "oga", "opus", "wav",
	"amr", "flac", "caf", "tgs", "pdf", "doc", "docx", "xls", "xlsx",
	"ppt", "pptx", "odt", "ods", "vcf", "css", "js", "map", "woff",
	"woff2", "ttf", "otf", "eot",
};

/* Whole names that are never conversations. */
static const char *const asset_names[] = {
	"archive_browser.html", /* Google Takeout's index page */
	".DS_Store", "Thumbs.db", "desktop.ini",
};

/* Folders that hold only assets (macOS zips carry __MACOSX/). */
static const char *const asset_dirs[] = {"__MACOSX"};

static const char *
base_of(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static bool
in_list(const char *s, const char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_strcaseeq(s, v[i]))
			return true;
	return false;
}

#define IN_LIST(s, v) in_list((s), (v), countof(v))

/* Any folder part of an archive member's name is an asset folder. */
static bool
in_asset_dir(const char *name)
{
	for (size_t i = 0; i < countof(asset_dirs); i++) {
		size_t k = strlen(asset_dirs[i]);
		const char *p = name;

		while ((p = strstr(p, asset_dirs[i])) != NULL) {
			if ((p == name || p[-1] == '/') && p[k] == '/')
				return true;
			p += k;
		}
	}
	return false;
}

bool
expand_is_asset(const char *name)
{
	const char *base = base_of(name), *dot = strrchr(base, '.');

	if (IN_LIST(base, asset_names) || IN_LIST(base, asset_dirs) ||
	    in_asset_dir(name))
		return true;
	return dot && dot != base && IN_LIST(dot + 1, asset_exts);
}

bool
expand_excluded(const struct strlist *globs, const char *name,
		const char *path)
{
	for (size_t i = 0; i < globs->n; i++) {
		const char *g = globs->v[i];

		if (fnmatch(g, name, 0) == 0 ||
		    (strchr(g, '/') && fnmatch(g, path, 0) == 0))
			return true;
	}
	return false;
}

/* escalate's own temporary files: the report being written next to
 * -o FILE ("FILE.escalate-XXXXXX") and unpacked inputs. */
static bool
own_temporary(const char *name)
{
	const char *p = strstr(name, ".escalate-");

	return p && strlen(p) == strlen(".escalate-XXXXXX");
}

/* ---- collecting ---- */

struct expander {
	const struct options *o;
	struct input_set *set;
	struct run *r;
	struct archive_limits lim;
	struct progress *pg;
};

static void
add_message(struct run *r, const char *path, char *msg, bool failed,
	    enum input_format fmt)
{
	struct input_result *ir;

	r->inputs = xrealloc(r->inputs, (r->n_inputs + 1) * sizeof(*r->inputs));
	ir = &r->inputs[r->n_inputs++];
	memset(ir, 0, sizeof(*ir));
	ir->path = xstrdup(path);
	ir->format = fmt;
	ir->failed = failed;
	diag_push(&ir->diags, path, failed ? DIAG_ERROR : DIAG_WARNING, msg);
}

static void
add_file(struct input_set *set, const char *path, const char *open,
	 bool in_dir)
{
	set->v = xgrow(set->v, &set->cap, set->n + 1, sizeof(*set->v));
	set->v[set->n++] = (struct input_file){
		xstrdup(path), xstrdup(open ? open : path), in_dir};
}

/* A new name in the temporary folder (made on first use, in $TMPDIR,
 * else /tmp); NULL with errno set when it cannot be made. */
static char *
temp_name(struct input_set *set)
{
	if (!set->tmp) {
		const char *dir = getenv("TMPDIR");
		char *t = xasprintf("%s/escalate-XXXXXX",
				    dir && *dir ? dir : "/tmp");

		bool made = mkdtemp(t) != NULL;

		if (!made && dir && *dir) { /* TMPDIR unusable: /tmp */
			free(t);
			t = xstrdup("/tmp/escalate-XXXXXX");
			made = mkdtemp(t) != NULL;
		}
		if (!made) {
			free(t);
			return NULL;
		}
		set->tmp = t;
	}
	return xasprintf("%s/%zu", set->tmp, ++set->n_tmp);
}

/* Copy fd to its end into a new temporary file; its name, or NULL with
 * *err. */
static char *
spool(struct input_set *set, int in, char **err)
{
	char *name = temp_name(set), *buf;
	uint64_t total = 0;
	int out;

	if (!name || (out = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
				 0600)) < 0) {
		*err = xasprintf("cannot make a temporary file: %s",
				 strerror(errno));
		free(name);
		return NULL;
	}
	buf = xmalloc(COPY_BUF);
	for (*err = NULL; !*err;) {
		ssize_t n = read(in, buf, COPY_BUF);

		if (n < 0 && errno == EINTR)
			continue;
		if (n == 0)
			break;
		if (n < 0 || (total += (uint64_t)n) > SPOOL_MAX ||
		    write(out, buf, (size_t)n) != n)
			*err = n < 0 ? xstrdup(strerror(errno))
			       : total > SPOOL_MAX
				   ? xasprintf("more than %llu bytes",
					       (unsigned long long)SPOOL_MAX)
				   : xasprintf("cannot write a temporary file: %s",
					       strerror(errno));
	}
	free(buf);
	close(out);
	if (*err) {
		unlink(name);
		free(name);
		return NULL;
	}
	return name;
}

/* The first bytes of a file; 0 when it cannot be read. */
static size_t
read_head(const char *path, unsigned char *head, size_t n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	ssize_t k;

	if (fd < 0)
		return 0;
	k = read(fd, head, n);
	close(fd);
	return k > 0 ? (size_t)k : 0;
}

static bool
skip_member(void *ud, const char *name)
{
	const struct expander *x = ud;

	return expand_is_asset(name) ||
	       expand_excluded(&x->o->excludes, base_of(name), name);
}

/* An archive or compressed file: its members become inputs. */
static void
expand_archive(struct expander *x, const char *path, const char *open,
	       bool in_dir, const char *kind)
{
	struct member_list ml = {0};
	struct strlist warn = {0}, warn_paths = {0};
	char *dest = temp_name(x->set), *err = NULL;
	long n = -1;

	if (x->pg) {
		char *what = xasprintf("unpacking %s", path);

		progress_phase(x->pg, what);
		free(what);
	}
	if (!dest || mkdir(dest, 0700) < 0)
		err = xasprintf("cannot make a temporary folder: %s",
				strerror(errno));
	else
		n = archive_unpack(path, open, dest, &x->lim, skip_member, x,
				   &ml, &warn_paths, &warn, &err);
	for (size_t i = 0; i < warn.n; i++)
		add_message(x->r, warn_paths.v[i], xstrdup(warn.v[i]), false,
			    FMT_ARCHIVE);
	for (size_t i = 0; i < ml.n; i++)
		add_file(x->set, ml.v[i].path, ml.v[i].file, true);
	if (err)
		add_message(x->r, path, xasprintf("%s: %s", kind, err),
			    true, FMT_ARCHIVE);
	else if (n == 0)
		add_message(x->r, path,
			    xasprintf("%s: no conversation in it", kind),
			    !in_dir, FMT_ARCHIVE);
	member_list_free(&ml);
	strlist_free(&warn);
	strlist_free(&warn_paths);
	free(dest);
	free(err);
}

/* One file to read: unpacked when it is an archive. */
static void
expand_file(struct expander *x, const char *path, const char *open,
	    bool in_dir)
{
	unsigned char head[HEAD_BYTES];
	size_t n = read_head(open ? open : path, head, sizeof(head));
	const char *kind = archive_kind(head, n);

	if (kind)
		expand_archive(x, path, open ? open : path, in_dir, kind);
	else
		add_file(x->set, path, open, in_dir);
}

/* Standard input or a pipe: copied once, then read like a file. */
static void
expand_stream(struct expander *x, const char *path)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO
					: open(path, O_RDONLY | O_CLOEXEC);
	char *err = NULL, *copy;

	if (fd < 0) {
		add_message(x->r, path, xstrdup(strerror(errno)), true,
			    FMT_UNKNOWN);
		return;
	}
	if (x->pg) {
		char *what = xasprintf("reading %s",
				       strcmp(path, "-") ? path : "standard input");

		progress_phase(x->pg, what);
		free(what);
	}
	copy = spool(x->set, fd, &err);
	if (fd != STDIN_FILENO)
		close(fd);
	if (!copy) {
		add_message(x->r, path, err, true, FMT_UNKNOWN);
		return;
	}
	expand_file(x, path, copy, false);
	free(copy);
}

static bool
skip_walked(void *ud, const char *name, const char *path, bool is_dir)
{
	const struct expander *x = ud;

	if (expand_excluded(&x->o->excludes, name, path))
		return true;
	if (is_dir)
		return IN_LIST(name, asset_dirs);
	return expand_is_asset(name) || own_temporary(name);
}

/* The walk's records of one level, each an input entry of its own
 * (failed for an error). */
static void
add_walk_diags(struct run *r, const struct diag_list *diags,
	       enum diag_level level)
{
	for (size_t k = 0; k < diags->n; k++)
		if (diags->v[k].level == level)
			add_message(r, diags->v[k].path,
				    xstrdup(diags->v[k].text),
				    level == DIAG_ERROR, FMT_UNKNOWN);
}

static void
expand_walk(struct expander *x, const char *top)
{
	struct strlist files = {0};
	struct diag_list diags = {0};

	walk_path_filtered(top, skip_walked, x, &files, &diags);
	for (size_t k = 0; k < files.n; k++)
		expand_file(x, files.v[k], NULL, strcmp(files.v[k], top) != 0);
	add_walk_diags(x->r, &diags, DIAG_ERROR);
	add_walk_diags(x->r, &diags, DIAG_WARNING);
	strlist_free(&files);
	diag_list_free(&diags);
}

void
expand_paths(const struct options *o, struct input_set *set, struct run *r,
	     struct progress *pg)
{
	struct expander x = {.o = o, .set = set, .r = r, .pg = pg};

	archive_limits_default(&x.lim);
	for (size_t i = 0; i < o->paths.n; i++) {
		const char *top = o->paths.v[i];
		struct stat st;

		if (strcmp(top, "-") != 0 && stat(top, &st) == 0 &&
		    !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
			expand_stream(&x, top);
		else if (strcmp(top, "-") == 0)
			expand_stream(&x, top);
		else
			expand_walk(&x, top);
	}
	progress_phase(pg, NULL);
}

static int
remove_entry(const char *path, const struct stat *st, int flag,
	     struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void
input_set_free(struct input_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->v[i].path);
		free(set->v[i].open);
	}
	if (set->tmp)
		nftw(set->tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(set->v);
	free(set->tmp);
	memset(set, 0, sizeof(*set));
}
