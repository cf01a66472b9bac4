/* check_corpus_mbox.c - every mbox row of the shared real corpus through
 * the streaming reader and mbox_read_stream: the message count of
 * EXPECTED.tsv, valid UTF-8, no crash. Skipped (passes with a note) when
 * the corpus is not there. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "corpus.h"
#include "mbox.h"
#include "suite.h"

static bool
is_mbox(const struct corpus_row *r)
{
	return strcmp(r->format, "mbox") == 0;
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
		corpus_check_message(rel, i + 1, &out.v[i]->msgs[0]);
	}
	conv_list_free(&out);
	strlist_free(&w);
	return n;
}

static void
check_mbox(const struct corpus_file *f)
{
	size_t raw = count_raw(f->path);
	size_t convs = count_conversations(f->row->path, f->path);

	corpus_check_count(f, raw, "messages");
	corpus_check_count(f, convs, "conversations");
}

START_TEST(test_corpus_mbox)
{
	corpus_run("mbox", is_mbox, check_mbox);
}
END_TEST

UNIT_SUITE_LIMIT(corpus_mbox, 60,
	UNIT_TEST(test_corpus_mbox))
