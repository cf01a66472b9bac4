/* check_corpus_mbox.c - every mbox row of the shared real corpus through
 * the streaming reader and mbox_read_stream: the message count of
 * EXPECTED.tsv, valid UTF-8, no crash. Skipped (passes with a note) when
 * the corpus is not there. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charset.h"
#include "mbox.h"
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
check_strings(const char *file, size_t nr, const struct message *m)
{
	const char *v[] = {m->text,        m->quoted,      m->subject,
			   m->sender_name, m->sender_addr, m->message_id,
			   m->in_reply_to, m->references};

	ck_assert_msg(m->text != NULL, "%s: message %zu: no text", file, nr);
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++)
		ck_assert_msg(!v[i] || utf8_valid(v[i], strlen(v[i])),
			      "%s: message %zu: field %zu not UTF-8", file, nr,
			      i);
	ck_assert_msg(!strchr(m->text, '\r'), "%s: CR in text", file);
}

/* Raw messages as the iterator gives them. */
static size_t
count_raw(const char *path)
{
	FILE *f = fopen(path, "rb");
	struct mbox_reader *r;
	struct buf m = {0};
	struct strlist w = {0};
	size_t n = 0;
	int rc;

	ck_assert_msg(f != NULL, "%s: cannot open", path);
	r = mbox_open(f, path);
	while ((rc = mbox_next(r, &m, &w)) > 0)
		n++;
	ck_assert_msg(rc == 0, "%s: read error", path);
	mbox_close(r);
	fclose(f);
	buf_free(&m);
	strlist_free(&w);
	return n;
}

/* Conversations made by mbox_read_stream (one per message). */
static size_t
count_conversations(const char *rel, const char *path)
{
	FILE *f = fopen(path, "rb");
	struct conv_list out = {0};
	struct strlist w = {0};
	size_t n;

	ck_assert_msg(f != NULL, "%s: cannot open", path);
	mbox_read_stream(f, path, &out, &w);
	fclose(f);
	n = out.n;
	for (size_t i = 0; i < out.n; i++) {
		ck_assert_uint_eq(out.v[i]->n_msgs, 1);
		check_strings(rel, i + 1, &out.v[i]->msgs[0]);
	}
	conv_list_free(&out);
	strlist_free(&w);
	return n;
}

/* One EXPECTED.tsv line: path, format, messages. */
static void
check_line(const char *dir, char *line, size_t *seen)
{
	char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
	char *path;
	size_t raw, convs;
	long want;

	if (line[0] == '#' || !t2)
		return;
	*t1 = *t2 = '\0';
	if (strcmp(t1 + 1, "mbox") != 0)
		return;
	want = strtol(t2 + 1, NULL, 10);
	path = xasprintf("%s/%s", dir, line);
	raw = count_raw(path);
	convs = count_conversations(line, path);
	ck_assert_msg(raw == (size_t)want, "%s: %zu messages, want %ld", line,
		      raw, want);
	ck_assert_msg(convs == (size_t)want, "%s: %zu conversations, want %ld",
		      line, convs, want);
	free(path);
	(*seen)++;
}

START_TEST(test_corpus_mbox)
{
	const char *dir = corpus_dir();
	char *tsv, *data, *err = NULL;
	size_t len, seen = 0;

	if (!dir) {
		fprintf(stderr, "corpus_mbox: no corpus found, skipped\n");
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
	ck_assert_msg(seen > 0, "%s: no mbox rows", tsv);
	free(data);
	free(tsv);
}
END_TEST

Suite *suite_corpus_mbox(void);

Suite *
suite_corpus_mbox(void)
{
	Suite *s = suite_create("corpus_mbox");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_corpus_mbox);
	suite_add_tcase(s, tc);
	return s;
}
