/* check_corpus_eml.c - every .eml of the shared real corpus through
 * eml_read, and every Outlook .msg through detection and its reader:
 * the message count of EXPECTED.tsv, valid UTF-8, no crash. Skipped
 * (passes with a note) when the corpus is not there. */
#include <check.h>
#include <string.h>

#include "corpus.h"
#include "eml.h"
#include "suite.h"

static bool
is_eml(const struct corpus_row *r)
{
	return strcmp(r->format, "eml") == 0;
}

/* Read one row's file; returns how many messages came out. */
static size_t
read_messages(const struct corpus_file *f)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	size_t n = 0;

	if (eml_read(f->path, f->data, f->len, &out, &warn) == 0) {
		ck_assert_uint_eq(out.n, 1);
		n = out.v[0]->n_msgs;
		for (size_t i = 0; i < n; i++)
			corpus_check_message(f->row->path, i + 1,
					     &out.v[0]->msgs[i]);
	} else {
		ck_assert_msg(warn.n > 0, "%s: failed without a warning",
			      f->row->path);
	}
	conv_list_free(&out);
	strlist_free(&warn);
	return n;
}

/* A row expecting 0 may still give its one (empty) message. */
static void
check_eml(const struct corpus_file *f)
{
	size_t got = read_messages(f);

	if (f->row->messages == 0)
		ck_assert_msg(got <= 1, "%s: %zu messages, want 0 or 1",
			      f->row->path, got);
	else
		corpus_check_count(f, got, "messages");
}

START_TEST(test_corpus_eml)
{
	corpus_run("eml", is_eml, check_eml);
}
END_TEST

static bool
is_msg(const struct corpus_row *r)
{
	return strcmp(r->format, "outlook-msg") == 0;
}

/* An Outlook .msg: detected as one, read as one e-mail conversation. */
static void
check_msg(const struct corpus_file *f)
{
	struct strlist warn = {0};
	size_t got;

	ck_assert_msg(f->fmt == FMT_OUTLOOK_MSG, "%s: detected as %s (%s)",
		      f->row->path, format_name(f->fmt), f->why ? f->why : "");
	got = corpus_read_count(f, &warn);
	corpus_check_count(f, got, "messages");
	strlist_free(&warn);
}

START_TEST(test_corpus_msg)
{
	corpus_run("outlook-msg", is_msg, check_msg);
}
END_TEST

UNIT_SUITE_LIMIT(corpus_eml, 60,
	UNIT_TEST(test_corpus_eml),
	UNIT_TEST(test_corpus_msg))
