/* check_corpus_html.c - the real HTML samples of the shared corpus: message
 * counts. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "detect.h"
#include "reader.h"
#include "walk.h"

#define CORPUS_DEFAULT "../shared/corpus/real"

/* EXPECTED.tsv formats read by the HTML readers. */
static const char *const html_formats[] = {
    "telegram-html", "vkopt-html", "vk-html", "html-reply-fragment", "html",
};

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

static bool
parse_row(char *line, struct row *r)
{
	char *t1 = strchr(line, '\t');
	char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;

	if (line[0] == '#' || !t2 || strncmp(line, "path\t", 5) == 0)
		return false;
	r->path = xstrndup(line, (size_t)(t1 - line));
	r->format = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
	r->messages = strtol(t2 + 1, NULL, 10);
	return true;
}

/* The rows of EXPECTED.tsv; NULL when unreadable. */
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
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		v = xgrow(v, &cap, n + 1, sizeof(*v));
		n += parse_row(line, &v[n]);
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

static bool
is_html_row(const struct row *r)
{
	for (size_t i = 0; i < sizeof(html_formats) / sizeof(html_formats[0]);
	     i++)
		if (strcmp(r->format, html_formats[i]) == 0)
			return true;
	return false;
}

/* Non-system messages over every conversation the reader returned. */
static size_t
count_non_system(const struct conv_list *out)
{
	size_t k = 0;

	for (size_t c = 0; c < out->n; c++)
		for (size_t i = 0; i < out->v[c]->n_msgs; i++)
			k += out->v[c]->msgs[i].role != ROLE_SYSTEM;
	return k;
}

static void
check_row(const char *dir, const struct row *r, struct detector *d)
{
	char *path = xasprintf("%s/%s", dir, r->path), *err = NULL, *why = NULL;
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format f;
	size_t len;
	char *data = read_file(path, &len, &err);

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	f = detect_format(d, path, data, len, &why);
	ck_assert_msg(f == FMT_TELEGRAM_HTML || f == FMT_HTML_PAGE,
		      "%s: detected as %s (%s)", r->path, format_name(f),
		      why ? why : "");
	ck_assert_msg(reader_read(path, f, data, len, &out, &warn) == 0,
		      "%s: not read", r->path);
	ck_assert_msg(count_non_system(&out) == (size_t)r->messages,
		      "%s: %zu messages, want %ld", r->path,
		      count_non_system(&out), r->messages);
	conv_list_free(&out);
	strlist_free(&warn);
	free(why);
	free(data);
	free(path);
}

START_TEST(test_html_counts)
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
		if (!is_html_row(&v[i]))
			continue;
		check_row(dir, &v[i], d);
		seen++;
	}
	ck_assert_msg(seen > 0, "%s: no html rows", dir);
	detector_free(d);
	free_rows(v, n);
}
END_TEST

Suite *suite_corpus_html(void);

Suite *
suite_corpus_html(void)
{
	Suite *s = suite_create("corpus_html");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_html_counts);
	suite_add_tcase(s, tc);
	return s;
}
