/* check_empty_text.c - no message of any fixture, sample or corpus file
 * has an empty analyzed text unless its body is empty (issue 15): the
 * body held nothing, or nothing of it was the sender's own — an e-mail
 * whose removed part opens with quoted or forwarded history, a chat
 * message that is only a forward. A helpdesk notification whose content
 * sits under a reply-above marker is not "all history". */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "detect.h"
#include "quote.h"
#include "reader.h"
#include "suite.h"
#include "walk.h"

static bool
is_mail(enum input_format f)
{
	return f == FMT_EML || f == FMT_MBOX;
}

/* Checks every message of one file; returns the messages seen. */
static size_t
check_messages(const char *path, enum input_format fmt, const char *data,
	       size_t len)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	size_t seen = 0;

	(void)reader_read(path, fmt, data, len, &out, &warn);
	for (size_t c = 0; c < out.n; c++)
		for (size_t i = 0; i < out.v[c]->n_msgs; i++) {
			const struct message *m = &out.v[c]->msgs[i];
			bool empty = !m->text || !*m->text, ok;

			seen++;
			if (!empty)
				continue;
			if (!m->quoted)
				ok = true; /* the body held nothing */
			else if (is_mail(fmt))
				ok = quote_opens_history(m->quoted);
			else
				ok = true; /* a chat message that is a forward */
			ck_assert_msg(ok,
				      "%s: message %zu has no text, but its "
				      "body does not open with history:\n%s",
				      path, i + 1, m->quoted);
		}
	conv_list_free(&out);
	strlist_free(&warn);
	return seen;
}

static void
check_tree(const char *root)
{
	struct strlist files = {0};
	struct diag_list diags = {0};
	char *err = NULL;
	struct detector *d = detector_new(&err);
	size_t seen = 0;

	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	walk_path(root, &files, &diags);
	for (size_t i = 0; i < files.n; i++) {
		size_t len;
		char *e = NULL, *why = NULL;
		char *data = read_file(files.v[i], &len, &e);
		enum input_format fmt;

		if (!data) {
			free(e);
			continue;
		}
		fmt = detect_format(d, files.v[i], data, len, &why);
		seen += check_messages(files.v[i], fmt, data, len);
		free(data);
		free(why);
	}
	ck_assert_msg(seen > 0, "%s: no messages read", root);
	detector_free(d);
	strlist_free(&files);
	diag_list_free(&diags);
}

START_TEST(test_samples)
{
	check_tree("samples");
}
END_TEST

START_TEST(test_fixtures)
{
	check_tree("tests/data");
}
END_TEST

static void
corpus_file(const struct corpus_file *f)
{
	(void)check_messages(f->path, f->fmt, f->data, f->len);
}

START_TEST(test_corpus)
{
	corpus_run("all", NULL, corpus_file);
}
END_TEST

/* The rule itself, on bodies written for it. */
START_TEST(test_rule)
{
	static const struct {
		const char *body;
		bool empty;
	} v[] = {
		{"", true},
		{"  \n\n", true},
		{"---------- Forwarded message ---------\nFrom: a@b.c\nold\n", true},
		{"On Mon, 1 Jan 2026 at 10:00, Bob <b@x.org> wrote:\n> q\n", true},
		{"> only a quote\n", false}, /* read one level down */
		{"##- Please type your reply above this line -##\n\nYour request "
		 "(48213) has been updated.\n",
		 false},
		{"--\nRoman\n", false},
		{"Sent from my iPhone\n", false},
	};

	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		struct quote_parts p;

		quote_split(v[i].body, &p);
		ck_assert_msg((*p.text == '\0') == v[i].empty, "'%s': text '%s'",
			      v[i].body, p.text);
		if (*p.text == '\0' && p.quoted)
			ck_assert(quote_opens_history(p.quoted));
		quote_parts_free(&p);
	}
}
END_TEST

UNIT_SUITE_LIMIT(empty_text, 120,
	UNIT_TEST(test_rule),
	UNIT_TEST(test_samples),
	UNIT_TEST(test_fixtures),
	UNIT_TEST(test_corpus))
