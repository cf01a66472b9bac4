/* check_corpus_eml.c - every .eml of the shared real corpus through
 * eml_read: the message count of EXPECTED.tsv, valid UTF-8, no crash.
 * Skipped (passes with a note) when the corpus is not there. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charset.h"
#include "reader.h"
#include "walk.h"

#define CORPUS_DEFAULT "../shared/corpus/real"

/* $ESC_CORPUS, else the default, when it holds EXPECTED.tsv. */
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

static void
check_strings(const char *file, const struct message *m)
{
	const char *v[] = {m->text, m->quoted, m->subject, m->sender_name,
			   m->sender_addr, m->message_id, m->in_reply_to};

	ck_assert_msg(m->text != NULL, "%s: no text", file);
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++)
		ck_assert_msg(!v[i] || utf8_valid(v[i], strlen(v[i])),
			      "%s: field %zu not UTF-8", file, i);
	ck_assert_msg(!strchr(m->text, '\r'), "%s: CR in text", file);
}

/* Read one row's file; returns how many messages came out. */
static size_t
read_row(const char *dir, const char *rel)
{
	char *path = xasprintf("%s/%s", dir, rel), *err = NULL;
	struct conv_list out = {0};
	struct strlist warn = {0};
	size_t len, n = 0;
	char *data = read_file(path, &len, &err);

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	if (eml_read(path, data, len, &out, &warn) == 0) {
		ck_assert_uint_eq(out.n, 1);
		n = out.v[0]->n_msgs;
		for (size_t i = 0; i < n; i++)
			check_strings(rel, &out.v[0]->msgs[i]);
	} else {
		ck_assert_msg(warn.n > 0, "%s: failed without a warning", rel);
	}
	conv_list_free(&out);
	strlist_free(&warn);
	free(data);
	free(path);
	free(err);
	return n;
}

/* One EXPECTED.tsv line: path, format, messages. */
static void
check_line(const char *dir, char *line, size_t *seen)
{
	char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
	size_t got;
	long want;

	if (line[0] == '#' || !t2)
		return;
	*t1 = *t2 = '\0';
	if (strcmp(t1 + 1, "eml") != 0)
		return;
	want = strtol(t2 + 1, NULL, 10);
	got = read_row(dir, line);
	if (want == 0)
		ck_assert_msg(got <= 1, "%s: %zu messages, want 0 or 1", line,
			      got);
	else
		ck_assert_msg(got == (size_t)want, "%s: %zu messages, want %ld",
			      line, got, want);
	(*seen)++;
}

START_TEST(test_corpus_eml)
{
	const char *dir = corpus_dir();
	char *tsv, *data, *err = NULL;
	size_t len, seen = 0;

	if (!dir) {
		fprintf(stderr, "corpus_eml: no corpus found, skipped\n");
		return;
	}
	tsv = xasprintf("%s/EXPECTED.tsv", dir);
	data = read_file(tsv, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", tsv, err ? err : "");
	for (char *line = data, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		check_line(dir, line, &seen);
	}
	ck_assert_msg(seen > 0, "%s: no eml rows", tsv);
	free(data);
	free(tsv);
}
END_TEST

Suite *suite_corpus_eml(void);

Suite *
suite_corpus_eml(void)
{
	Suite *s = suite_create("corpus_eml");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_corpus_eml);
	suite_add_tcase(s, tc);
	return s;
}
