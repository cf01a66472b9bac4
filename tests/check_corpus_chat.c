/* check_corpus_chat.c - the real chat samples of the shared corpus:
 * WhatsApp message counts, and detection over every listed file. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "detect.h"
#include "reader.h"
#include "walk.h"

#define CORPUS_DEFAULT "../shared/corpus/real"

struct row {
	char *path, *format;
	long messages;
};

/* The corpus folder ($ESC_CORPUS, else the default) if it holds
 * EXPECTED.tsv; NULL skips the tests. */
static const char *
corpus_dir(void)
{
	const char *env = getenv("ESC_CORPUS");
	const char *dir = env && *env ? env : CORPUS_DEFAULT;
	char *tsv = xasprintf("%s/EXPECTED.tsv", dir);
	struct stat st;
	bool ok = stat(tsv, &st) == 0;

	free(tsv);
	return ok ? dir : NULL;
}

/* The rows of EXPECTED.tsv (path, format, messages); NULL when absent. */
static struct row *
load_rows(const char *dir, size_t *n_out)
{
	char *tsv = xasprintf("%s/EXPECTED.tsv", dir), *err = NULL, *data;
	struct row *v = NULL;
	size_t len, n = 0, cap = 0;

	*n_out = 0;
	data = read_file(tsv, &len, &err);
	free(tsv);
	if (!data) {
		free(err);
		return NULL;
	}
	for (char *line = data, *next; line && *line; line = next) {
		char *t1, *t2;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		t1 = strchr(line, '\t');
		t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (line[0] == '#' || !t2 || strncmp(line, "path\t", 5) == 0)
			continue;
		v = xgrow(v, &cap, n + 1, sizeof(*v));
		v[n].path = xstrndup(line, (size_t)(t1 - line));
		v[n].format = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
		v[n].messages = strtol(t2 + 1, NULL, 10);
		n++;
	}
	free(data);
	*n_out = n;
	return v;
}

static void
free_rows(struct row *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].path);
		free(v[i].format);
	}
	free(v);
}

static size_t
count_non_system(const struct conversation *c)
{
	size_t k = 0;

	for (size_t i = 0; i < c->n_msgs; i++)
		k += c->msgs[i].role != ROLE_SYSTEM;
	return k;
}

static void
check_whatsapp(const char *dir, const struct row *r, struct detector *d)
{
	char *path = xasprintf("%s/%s", dir, r->path), *err = NULL, *why = NULL;
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format f;
	size_t len;
	char *data = read_file(path, &len, &err);

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	f = detect_format(d, path, data, len, &why);
	ck_assert_msg(f == FMT_WHATSAPP, "%s: detected as %s", r->path,
		      format_name(f));
	ck_assert_msg(chat_read(path, FMT_WHATSAPP, data, len, &out, &warn) ==
			      0,
		      "%s: not read", r->path);
	ck_assert_msg(count_non_system(out.v[0]) == (size_t)r->messages,
		      "%s: %zu messages, want %ld", r->path,
		      count_non_system(out.v[0]), r->messages);
	conv_list_free(&out);
	strlist_free(&warn);
	free(why);
	free(data);
	free(path);
}

START_TEST(test_whatsapp_counts)
{
	const char *dir = corpus_dir();
	char *err = NULL;
	struct detector *d;
	struct row *v;
	size_t n, seen = 0;

	if (!dir)
		return; /* no corpus here: nothing to check */
	v = load_rows(dir, &n);
	ck_assert_msg(v != NULL, "%s/EXPECTED.tsv unreadable", dir);
	d = detector_new(&err);
	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	for (size_t i = 0; i < n; i++) {
		if (strcmp(v[i].format, "whatsapp-txt") != 0)
			continue;
		check_whatsapp(dir, &v[i], d);
		seen++;
	}
	ck_assert_msg(seen > 0, "%s: no whatsapp-txt rows", dir);
	detector_free(d);
	free_rows(v, n);
}
END_TEST

/* Every file: detection returns, and e-mail rows are EML. */
START_TEST(test_detect_all)
{
	const char *dir = corpus_dir();
	char *err = NULL;
	struct detector *d;
	struct row *v;
	size_t n;

	if (!dir)
		return;
	v = load_rows(dir, &n);
	ck_assert_msg(v != NULL, "%s/EXPECTED.tsv unreadable", dir);
	d = detector_new(&err);
	ck_assert_ptr_nonnull(d);
	for (size_t i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, v[i].path), *why = NULL;
		size_t len;
		char *data = read_file(path, &len, &err);
		enum input_format f;

		ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
		f = detect_format(d, path, data, len, &why);
		if (strcmp(v[i].format, "eml") == 0 ||
		    strcmp(v[i].format, "maildir-message") == 0)
			ck_assert_msg(f == FMT_EML, "%s: detected as %s (%s)",
				      v[i].path, format_name(f),
				      why ? why : "");
		if (f == FMT_BINARY || f == FMT_UNKNOWN ||
		    f == FMT_UNSUPPORTED)
			ck_assert_msg(why != NULL, "%s: %s without a reason",
				      v[i].path, format_name(f));
		free(why);
		free(data);
		free(path);
	}
	detector_free(d);
	free_rows(v, n);
}
END_TEST

Suite *suite_corpus_chat(void);

Suite *
suite_corpus_chat(void)
{
	Suite *s = suite_create("corpus_chat");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_whatsapp_counts);
	tcase_add_test(tc, test_detect_all);
	suite_add_tcase(s, tc);
	return s;
}
