/* check_walk.c - expanding PATH arguments and reading files whole. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "suite.h"
#include "walk.h"

/* walk_path() with its records split by level and put into words as
 * "PATH: what", the form the command line shows them in. */
static int
walk_lists(const char *path, struct strlist *f, struct strlist *e,
	   struct strlist *n)
{
	struct diag_list d = {0};
	int rc = walk_path(path, f, &d);

	for (size_t i = 0; i < d.n; i++) {
		ck_assert_ptr_nonnull(d.v[i].path);
		ck_assert_uint_eq(d.v[i].message, 0);
		strlist_pushf(d.v[i].level == DIAG_ERROR ? e : n, "%s: %s",
			      d.v[i].path, d.v[i].text);
	}
	diag_list_free(&d);
	return rc;
}

static char tmpl[64];

static void
put_file(const char *rel, const char *text)
{
	char *p = xasprintf("%s/%s", tmpl, rel);
	FILE *f = fopen(p, "w");

	ck_assert_msg(f != NULL, "cannot create %s", p);
	fputs(text, f);
	fclose(f);
	free(p);
}

static void
at(const char *rel, int (*fn)(const char *, const char *), const char *target)
{
	char *p = xasprintf("%s/%s", tmpl, rel);

	ck_assert_msg(fn(target, p) == 0, "%s: %s", p, strerror(errno));
	free(p);
}

/* D/a.txt D/b.txt D/dangling->nowhere D/fifo D/link.txt->a.txt
 * D/sub/c.txt D/sub/loop->.. D/.git/x */
static void
setup(void)
{
	char *p;

	strcpy(tmpl, "/tmp/esc-walk-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	put_file("b.txt", "b");
	put_file("a.txt", "a");
	at("dangling", symlink, "nowhere");
	at("link.txt", symlink, "a.txt");
	p = xasprintf("%s/fifo", tmpl);
	ck_assert_int_eq(mkfifo(p, 0600), 0);
	free(p);
	p = xasprintf("%s/sub", tmpl);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	p = xasprintf("%s/.git", tmpl);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	put_file(".git/x", "x");
	put_file("sub/c.txt", "c");
	at("sub/loop", symlink, "..");
}

static void
teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpl);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static void
expect_list(const char *what, const struct strlist *got,
	    const char *const *want, size_t n)
{
	ck_assert_msg(got->n == n, "%s: %zu entries, want %zu (first '%s')",
		      what, got->n, n, got->n ? got->v[0] : "");
	for (size_t i = 0; i < n; i++) {
		char *w = xasprintf("%s%s", tmpl, want[i]);

		ck_assert_msg(strcmp(got->v[i], w) == 0, "%s[%zu]: '%s', want '%s'",
			      what, i, got->v[i], w);
		free(w);
	}
}

START_TEST(test_tree)
{
	static const char *const files[] = {"/a.txt", "/b.txt",
					    "/link.txt", "/sub/c.txt"};
	static const char *const errors[] = {
		"/dangling: No such file or directory"};
	static const char *const notes[] = {
		"/fifo: not a regular file, skipped",
		"/sub/loop: symlink loop skipped"};
	struct strlist f = {0}, e = {0}, n = {0};

	ck_assert_int_eq(walk_lists(tmpl, &f, &e, &n), 0);
	expect_list("files", &f, files, 4);
	expect_list("errors", &e, errors, 1);
	expect_list("notes", &n, notes, 2);
	strlist_free(&f);
	strlist_free(&e);
	strlist_free(&n);
}
END_TEST

/* A maildir: cur/ and new/ are read, tmp/ (deliveries in progress) is
 * not; a folder merely named tmp elsewhere is read. */
START_TEST(test_maildir_tmp)
{
	static const char *const files[] = {"/a.txt", "/b.txt", "/box/cur/1",
					    "/box/new/2", "/link.txt",
					    "/other/tmp/4", "/sub/c.txt"};
	static const char *const dirs[] = {"box", "box/cur", "box/new",
					   "box/tmp", "other", "other/tmp"};
	struct strlist f = {0}, e = {0}, n = {0};

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		char *p = xasprintf("%s/%s", tmpl, dirs[i]);

		ck_assert_int_eq(mkdir(p, 0700), 0);
		free(p);
	}
	put_file("box/cur/1", "x");
	put_file("box/new/2", "x");
	put_file("box/tmp/3", "x");
	put_file("other/tmp/4", "x");
	ck_assert_int_eq(walk_lists(tmpl, &f, &e, &n), 0);
	expect_list("files", &f, files, 7);
	strlist_free(&f);
	strlist_free(&e);
	strlist_free(&n);
}
END_TEST

/* An MH folder (numbered files) and a maildir synced by mbsync: the
 * stores' bookkeeping files are not inputs, the messages are. */
START_TEST(test_store_files)
{
	static const char *const files[] = {
	    "/a.txt", "/b.txt", "/link.txt", "/mh/1", "/mh/2", "/mh/notes.txt",
	    "/sub/c.txt", "/sync/cur/1:2,S"};
	static const char *const dirs[] = {"mh", "sync", "sync/cur",
					   "sync/new", "sync/tmp"};
	struct strlist f = {0}, e = {0}, n = {0};

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		char *p = xasprintf("%s/%s", tmpl, dirs[i]);

		ck_assert_int_eq(mkdir(p, 0700), 0);
		free(p);
	}
	put_file("mh/1", "x");
	put_file("mh/2", "x");
	put_file("mh/.mh_sequences", "unseen: 1-2\n");
	put_file("mh/.xmhcache", "x");
	put_file("mh/notes.txt", "x");
	put_file("sync/cur/1:2,S", "x");
	put_file("sync/.mbsyncstate", "x");
	put_file("sync/.uidvalidity", "x");
	put_file("sync/dovecot-uidlist", "x");
	ck_assert_int_eq(walk_lists(tmpl, &f, &e, &n), 0);
	expect_list("files", &f, files, 8);
	for (size_t i = 0; i < n.n; i++) /* no note about them either */
		ck_assert_ptr_null(strstr(n.v[i], "mh_sequences"));
	strlist_free(&f);
	strlist_free(&e);
	strlist_free(&n);
}
END_TEST

/* From sub/, the loop link leads up into the parent, which is not on
 * the current path: it is walked once, then sub/ is a loop. */
START_TEST(test_trailing_slash)
{
	static const char *const files[] = {
		"/sub/c.txt", "/sub/loop/a.txt", "/sub/loop/b.txt",
		"/sub/loop/link.txt"};
	static const char *const notes[] = {
		"/sub/loop/fifo: not a regular file, skipped",
		"/sub/loop/sub: symlink loop skipped"};
	char *top = xasprintf("%s/sub/", tmpl);
	struct strlist f = {0}, e = {0}, n = {0};

	ck_assert_int_eq(walk_lists(top, &f, &e, &n), 0);
	expect_list("files", &f, files, 4);
	expect_list("notes", &n, notes, 2);
	ck_assert_uint_eq(e.n, 1); /* the dangling link */
	free(top);
	strlist_free(&f);
	strlist_free(&e);
	strlist_free(&n);
}
END_TEST

START_TEST(test_single_paths)
{
	char *file = xasprintf("%s/a.txt", tmpl);
	char *missing = xasprintf("%s/missing", tmpl), *want;
	struct strlist f = {0}, e = {0}, n = {0};

	ck_assert_int_eq(walk_lists("-", &f, &e, &n), 0);
	ck_assert_int_eq(walk_lists(file, &f, &e, &n), 0);
	ck_assert_uint_eq(f.n, 2);
	ck_assert_str_eq(f.v[0], "-");
	ck_assert_str_eq(f.v[1], file);
	ck_assert_int_eq(walk_lists(missing, &f, &e, &n), -1);
	want = xasprintf("%s: No such file or directory", missing);
	ck_assert_uint_eq(e.n, 1);
	ck_assert_str_eq(e.v[0], want);
	free(want);
	free(file);
	free(missing);
	strlist_free(&f);
	strlist_free(&e);
	strlist_free(&n);
}
END_TEST

START_TEST(test_unreadable_dir)
{
	char *p = xasprintf("%s/sub", tmpl);
	struct strlist f = {0}, e = {0}, n = {0};

	if (geteuid() == 0) { /* root reads everything */
		free(p);
		return;
	}
	ck_assert_int_eq(chmod(p, 0), 0);
	ck_assert_int_eq(walk_lists(p, &f, &e, &n), -1);
	ck_assert_uint_eq(e.n, 1);
	chmod(p, 0700);
	free(p);
	strlist_free(&f);
	strlist_free(&e);
	strlist_free(&n);
}
END_TEST

START_TEST(test_read_file)
{
	char *p = xasprintf("%s/a.txt", tmpl), *err = NULL, *data;
	size_t len = 99;

	data = read_file(p, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", p, err ? err : "");
	ck_assert_uint_eq(len, 1);
	ck_assert_str_eq(data, "a");
	free(data);
	free(p);

	p = xasprintf("%s/missing", tmpl);
	ck_assert_ptr_null(read_file(p, &len, &err));
	ck_assert_str_eq(err, "No such file or directory");
	free(err);
	free(p);

	ck_assert_ptr_null(read_file(tmpl, &len, &err));
	ck_assert_str_eq(err, "Is a directory");
	free(err);
}
END_TEST

START_TEST(test_read_empty_and_binary)
{
	char *p = xasprintf("%s/bin", tmpl), *err = NULL, *data;
	static const char bytes[] = {'x', '\0', 'y', '\0', 'z'};
	size_t len;
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, bytes, 0), 0);
	close(fd);
	data = read_file(p, &len, &err);
	ck_assert_ptr_nonnull(data);
	ck_assert_uint_eq(len, 0);
	ck_assert_int_eq(data[0], '\0');
	free(data);
	fd = open(p, O_WRONLY | O_TRUNC);
	ck_assert_int_eq(write(fd, bytes, sizeof(bytes)), (int)sizeof(bytes));
	close(fd);
	data = read_file(p, &len, &err);
	ck_assert_uint_eq(len, sizeof(bytes));
	ck_assert(memcmp(data, bytes, sizeof(bytes)) == 0 && data[len] == 0);
	free(data);
	free(p);
}
END_TEST

/* A path and its base name. */
static const char *const bases[][2] = {
	{"export/inbox/message_1.json", "message_1.json"},
	{"messages2.html", "messages2.html"},
	{"/channel/2026-11-25.json", "2026-11-25.json"},
	{"folder/", ""},
	{"-", "-"},
	{"", ""},
};

START_TEST(test_base_name)
{
	ck_assert_str_eq(walk_base_name(bases[_i][0]), bases[_i][1]);
}
END_TEST

Suite *suite_walk(void);

Suite *
suite_walk(void)
{
	const struct unit_test core[] = {
		UNIT_TEST(test_tree),
		UNIT_TEST(test_maildir_tmp),
		UNIT_TEST(test_store_files),
		UNIT_TEST(test_trailing_slash),
		UNIT_TEST(test_single_paths),
		UNIT_TEST(test_unreadable_dir),
		UNIT_TEST(test_read_file),
		UNIT_TEST(test_read_empty_and_binary),
		UNIT_ROWS(test_base_name, bases),
	};
	Suite *s = suite_create("walk");

	tcase_add_checked_fixture(UNIT_CASE(s, "core", core), setup, teardown);
	return s;
}
