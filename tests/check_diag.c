/* check_diag.c - diagnostics as records, put into words at the edges. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "mbox.h"
#include "suite.h"

struct words_case {
	size_t message;
	enum diag_form form;
	const char *text;
	const char *want;
};

static const struct words_case words[] = {
	{0, DIAG_ABOUT, "Permission denied", "Permission denied"},
	{0, DIAG_VERB, "no messages in mbox", "no messages in mbox"},
	{7, DIAG_ABOUT, "no header block, skipped",
	 "message 7: no header block, skipped"},
	{1002, DIAG_VERB, "larger than 1024 bytes, skipped",
	 "message 1002 larger than 1024 bytes, skipped"},
	{3, DIAG_ABOUT, "", "message 3: "},
};

START_TEST(test_words)
{
	const struct words_case *k = &words[_i];
	struct diag_list l = {0};
	struct diag *d = diag_push_copy(&l, "box.mbox", DIAG_WARNING, k->text);
	char *got;

	d->message = k->message;
	d->form = k->form;
	got = diag_text(d);
	ck_assert_msg(strcmp(got, k->want) == 0, "'%s': '%s', want '%s'",
		      k->text, got, k->want);
	ck_assert_str_eq(l.v[0].path, "box.mbox");
	free(got);
	diag_list_free(&l);
}
END_TEST

/* A later piece's records move behind the first's, in order, and keep
 * their fields; the source list is left empty. */
START_TEST(test_move)
{
	struct diag_list to = {0}, from = {0};

	diag_pushf(&to, NULL, DIAG_ERROR, "read error");
	diag_pushf(&from, "a", DIAG_WARNING, "bad %s", "date")->message = 4;
	diag_push_copy(&from, NULL, DIAG_WARNING, "b");
	diag_move(&to, &from);
	ck_assert_uint_eq(from.n, 0);
	ck_assert_ptr_null(from.v);
	ck_assert_uint_eq(to.n, 3);
	ck_assert_ptr_null(to.v[0].path);
	ck_assert_int_eq(to.v[0].level, DIAG_ERROR);
	ck_assert_str_eq(to.v[1].path, "a");
	ck_assert_str_eq(to.v[1].text, "bad date");
	ck_assert_uint_eq(to.v[1].message, 4);
	ck_assert_str_eq(to.v[2].text, "b");
	diag_list_free(&to);
	ck_assert_uint_eq(to.n, 0);
}
END_TEST

/* A reader's plain warnings become records about the whole input, and
 * records go back to plain words for an interface that wants them. */
START_TEST(test_strings)
{
	struct strlist in = {0}, out = {0};
	struct diag_list l = {0};

	strlist_push(&in, "message 2: bad charset");
	strlist_push(&in, "truncated");
	diag_take_strings(&l, "chat.txt", DIAG_WARNING, &in);
	ck_assert_uint_eq(in.n, 0);
	ck_assert_uint_eq(l.n, 2);
	ck_assert_uint_eq(l.v[0].message, 0); /* a text, not re-parsed */
	ck_assert_str_eq(l.v[1].path, "chat.txt");
	l.v[1].message = 9;
	l.v[1].form = DIAG_VERB;
	diag_list_words(&out, &l);
	ck_assert_uint_eq(out.n, 2);
	ck_assert_str_eq(out.v[0], "message 2: bad charset");
	ck_assert_str_eq(out.v[1], "message 9 truncated");
	strlist_free(&out);
	diag_list_free(&l);
}
END_TEST

static void
drop(void *ud, struct conversation *c)
{
	(*(size_t *)ud)++;
	conversation_free(c);
}

/* The mbox reader numbers a message's warning in the record, counted from
 * where the read began, so that the batch can renumber a later piece by
 * adding the messages before it. */
START_TEST(test_mbox_numbers)
{
	static const char box[] =
		"From a@x Mon Nov  2 10:00:00 2026\n"
		"From: a@x\nSubject: one\n"
		"Date: Mon, 2 Nov 2026 10:00:00 +0300\n\nfirst\n\n"
		"From b@x Mon Nov  2 11:00:00 2026\n"
		"Subject: two\nDate: Mon, 2 Nov 2026 11:00:00 +0300\n\nsecond\n\n"
		"From c@x Mon Nov  2 12:00:00 2026\n"
		"From: c@x\nSubject: three\n"
		"Date: Mon, 2 Nov 2026 12:00:00 +0300\n\nthird\n";
	FILE *f = fmemopen((void *)box, sizeof(box) - 1, "r");
	struct diag_list d = {0};
	size_t got = 0, seen = 0;
	char *w;

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(mbox_read_each(f, "box", UINT64_MAX, drop, &got, &d,
					&seen),
			 3);
	fclose(f);
	ck_assert_uint_eq(got, 3);
	ck_assert_uint_eq(seen, 3);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_uint_eq(d.v[0].message, 2);
	ck_assert_int_eq(d.v[0].form, DIAG_ABOUT);
	ck_assert_str_eq(d.v[0].text, "no From header");
	d.v[0].message += 1000; /* as if 1000 messages came before */
	w = diag_text(&d.v[0]);
	ck_assert_str_eq(w, "message 1002: no From header");
	free(w);
	diag_list_free(&d);
}
END_TEST

UNIT_SUITE(diag,
	UNIT_ROWS(test_words, words),
	UNIT_TEST(test_move),
	UNIT_TEST(test_strings),
	UNIT_TEST(test_mbox_numbers))
