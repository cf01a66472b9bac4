/* walk.c - expanding PATH arguments into files, and reading a file whole. */
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define WALK_MAX_DEPTH 128
#define READ_MAX ((size_t)512 << 20) /* 512 MiB */

struct dir_id {
	dev_t dev;
	ino_t ino;
};

/* The directories on the current path, against symlink loops. */
struct walk {
	struct dir_id stack[WALK_MAX_DEPTH];
	size_t depth;
	bool top_failed; /* the top directory could not be listed */
	struct strlist *files;
	struct diag_list *diags; /* errors, and notes as warnings */
	walk_skip_fn skip;
	void *ud;
};

/* Folders of version control systems are never inputs. */
static const char *const skipped_dirs[] = {".git", ".hg", ".svn"};

static bool
is_skipped_dir(const char *name)
{
	for (size_t i = 0; i < countof(skipped_dirs); i++)
		if (strcmp(name, skipped_dirs[i]) == 0)
			return true;
	return false;
}

/* Bookkeeping files of mail stores, never messages: MH sequences and
 * caches, mbsync and Dovecot state. Left out without a note. */
static const char *const store_files[] = {
    ".mh_sequences", ".xmhcache", ".mh_profile", ".mbsyncstate",
    ".mbsyncstate.journal", ".mbsyncstate.new", ".uidvalidity",
    "dovecot-uidlist", "dovecot-keywords", "dovecot.index",
    "dovecot.index.cache", "dovecot.index.log", "maildirfolder",
    "subscriptions",
};

static bool
is_store_file(const char *name)
{
	for (size_t i = 0; i < countof(store_files); i++)
		if (strcmp(name, store_files[i]) == 0)
			return true;
	return false;
}

static char *
join_path(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	if (n > 0 && dir[n - 1] == '/')
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s/%s", dir, name);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entry names of an open directory, sorted; takes fd. */
static int
list_dir(int fd, struct strlist *names)
{
	DIR *d = fdopendir(fd);
	struct dirent *e;

	if (!d) {
		close(fd);
		return -1;
	}
	errno = 0;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			strlist_push(names, e->d_name);
		errno = 0;
	}
	closedir(d);
	if (errno != 0)
		return -1;
	if (names->n > 1)
		qsort(names->v, names->n, sizeof(*names->v), cmp_names);
	return 0;
}

static bool
on_path(const struct walk *w, const struct stat *st)
{
	for (size_t i = 0; i < w->depth; i++)
		if (w->stack[i].dev == st->st_dev &&
		    w->stack[i].ino == st->st_ino)
			return true;
	return false;
}

static void walk_dir(struct walk *w, int fd, const char *path);

/* One entry of a directory: recurse, list, or note why not. */
static void
walk_entry(struct walk *w, int dfd, const char *dir, const char *name)
{
	char *path = join_path(dir, name);
	struct stat st;
	int fd;

	if (fstatat(dfd, name, &st, 0) < 0) {
		diag_push_copy(w->diags, path, DIAG_ERROR, strerror(errno));
	} else if (w->skip && w->skip(w->ud, name, path, S_ISDIR(st.st_mode))) {
		free(path);
		return;
	} else if (S_ISREG(st.st_mode)) {
		if (is_store_file(name)) {
			free(path);
			return;
		}
		strlist_push_own(w->files, path);
		return;
	} else if (S_ISDIR(st.st_mode)) {
		if (is_skipped_dir(name)) {
			free(path);
			return;
		}
		fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			diag_push_copy(w->diags, path, DIAG_ERROR, strerror(errno));
		else
			walk_dir(w, fd, path);
	} else {
		diag_push_copy(w->diags, path, DIAG_WARNING,
			       "not a regular file, skipped");
	}
	free(path);
}

/* Guard against loops and depth; push fd's directory on the path. */
static bool
enter_dir(struct walk *w, int fd, const char *path)
{
	struct stat st;

	if (fstat(fd, &st) < 0) {
		diag_push_copy(w->diags, path, DIAG_ERROR, strerror(errno));
		return false;
	}
	if (on_path(w, &st)) {
		diag_push_copy(w->diags, path, DIAG_WARNING,
			       "symlink loop skipped");
		return false;
	}
	if (w->depth >= WALK_MAX_DEPTH) {
		diag_push_copy(w->diags, path, DIAG_WARNING,
			       "too deeply nested, skipped");
		return false;
	}
	w->stack[w->depth].dev = st.st_dev;
	w->stack[w->depth].ino = st.st_ino;
	w->depth++;
	return true;
}

/* Walk the open directory fd (taken) named path. */
static void
walk_dir(struct walk *w, int fd, const char *path)
{
	struct strlist names = {0};
	bool maildir;
	int lfd;

	if (!enter_dir(w, fd, path)) {
		close(fd);
		return;
	}
	lfd = dup(fd);
	if (lfd < 0 || list_dir(lfd, &names) < 0) {
		diag_push_copy(w->diags, path, DIAG_ERROR, strerror(errno));
		if (w->depth == 1)
			w->top_failed = true;
	}
	maildir = strlist_contains(&names, "cur") &&
		  strlist_contains(&names, "new");
	for (size_t i = 0; i < names.n; i++) {
		/* a maildir's tmp/ holds messages still being delivered */
		if (maildir && strcmp(names.v[i], "tmp") == 0)
			continue;
		walk_entry(w, fd, path, names.v[i]);
	}
	w->depth--;
	strlist_free(&names);
	close(fd);
}

int
walk_path(const char *path, struct strlist *files, struct diag_list *diags)
{
	return walk_path_filtered(path, NULL, NULL, files, diags);
}

int
walk_path_filtered(const char *path, walk_skip_fn skip, void *ud,
		   struct strlist *files, struct diag_list *diags)
{
	struct walk w = {.files = files, .diags = diags,
			 .skip = skip, .ud = ud};
	struct stat st;
	int fd;

	if (strcmp(path, "-") == 0) {
		strlist_push(files, path);
		return 0;
	}
	if (stat(path, &st) < 0) {
		diag_push_copy(diags, path, DIAG_ERROR, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		/* Named on the command line: a FIFO or device is read too. */
		strlist_push(files, path);
		return 0;
	}
	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		diag_push_copy(diags, path, DIAG_ERROR, strerror(errno));
		return -1;
	}
	walk_dir(&w, fd, path);
	return w.top_failed ? -1 : 0;
}

/* Read fd to its end into a NUL-terminated buffer. */
static char *
read_fd(int fd, size_t *len, char **err)
{
	size_t cap = 65536, n = 0;
	char *p = xmalloc(cap + 1);

	for (;;) {
		ssize_t r;

		if (n == cap) {
			if (cap >= READ_MAX) {
				free(p);
				*err = xstrdup("file too large");
				return NULL;
			}
			cap *= 2;
			p = xrealloc(p, cap + 1);
		}
		r = read(fd, p + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			*err = xstrdup(strerror(errno));
			free(p);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > READ_MAX) {
		free(p);
		*err = xstrdup("file too large");
		return NULL;
	}
	p[n] = '\0';
	*len = n;
	return p;
}

const char *
walk_base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

char *
read_file(const char *path, size_t *len, char **err)
{
	struct stat st;
	char *p;
	int fd;

	*len = 0;
	*err = NULL;
	if (strcmp(path, "-") == 0)
		return read_fd(STDIN_FILENO, len, err);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*err = xstrdup(strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		*err = xstrdup(strerror(EISDIR));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (unsigned long long)st.st_size > READ_MAX) {
		close(fd);
		*err = xstrdup("file too large");
		return NULL;
	}
	p = read_fd(fd, len, err);
	close(fd);
	return p;
}
