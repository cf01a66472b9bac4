/* check_mbox.c - the streaming mbox reader on tests/data/mbox and on
 * literal inputs: separators, unescaping, CRLF, Content-Length, limits. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "eml.h"
#include "mbox.h"
#include "suite.h"

#define DATA "tests/data/mbox/"

/* Every message of a file (or literal) collected for checking. */
struct got {
	struct strlist msgs;
	struct strlist warn;
	size_t found; /* mbox_count at the end */
	int rc;
};

static void
read_all(FILE *f, enum mbox_variant v, size_t max, struct got *g)
{
	struct mbox_reader *r = mbox_open(f, "test");
	struct buf m = {0};

	mbox_set_variant(r, v);
	if (max)
		mbox_set_max_message(r, max);
	memset(g, 0, sizeof(*g));
	while ((g->rc = mbox_next(r, &m, &g->warn)) > 0) {
		ck_assert_uint_eq(strlen(m.s), m.len); /* no NUL in tests */
		strlist_push(&g->msgs, m.s);
	}
	g->found = mbox_count(r);
	buf_free(&m);
	mbox_close(r);
}

static void
read_file_msgs(const char *file, enum mbox_variant v, struct got *g)
{
	char *path = xasprintf(DATA "%s", file);
	FILE *f = fopen(path, "rb");

	ck_assert_msg(f != NULL, "%s: cannot open", path);
	read_all(f, v, 0, g);
	fclose(f);
	free(path);
}

static void
read_literal(const char *s, size_t max, struct got *g)
{
	FILE *f = fmemopen((void *)s, strlen(s), "rb");

	if (!*s) /* fmemopen refuses a zero size on some systems */
		f = tmpfile();
	ck_assert_ptr_nonnull(f);
	read_all(f, MBOX_O, max, g);
	fclose(f);
}

static void
got_free(struct got *g)
{
	strlist_free(&g->msgs);
	strlist_free(&g->warn);
}

static bool
has_warning(const struct got *g, const char *part)
{
	for (size_t i = 0; i < g->warn.n; i++)
		if (strstr(g->warn.v[i], part))
			return true;
	return false;
}

/* ---- files: counts and warnings ---- */

static const struct {
	const char *file;
	size_t count;
	const char *warning; /* a part of the expected warning, or NULL */
} files[] = {
    {"mboxo.mbox", 3, NULL},
    {"mboxrd.mbox", 2, NULL},
    {"crlf.mbox", 2, NULL},
    {"no_from.mbox", 2, "does not start with a \"From \" line"},
    {"content_length.mbox", 4, NULL},
    {"unmunged.mbox", 3, NULL},
    {"ru.mbox", 3, NULL},
    {"mboxrd_auto.mbox", 5, NULL},
};

START_TEST(test_file_counts)
{
	struct got g;

	read_file_msgs(files[_i].file, MBOX_O, &g);
	ck_assert_int_eq(g.rc, 0);
	ck_assert_msg(g.msgs.n == files[_i].count, "%s: %zu messages, want %zu",
		      files[_i].file, g.msgs.n, files[_i].count);
	if (files[_i].warning)
		ck_assert_msg(has_warning(&g, files[_i].warning),
			      "%s: no warning '%s'", files[_i].file,
			      files[_i].warning);
	else
		ck_assert_msg(g.warn.n == 0, "%s: warning '%s'", files[_i].file,
			      g.warn.v[0]);
	got_free(&g);
}
END_TEST

/* ---- literal inputs: separator rules ---- */

static const struct {
	const char *input;
	size_t count;
} literals[] = {
    {"", 0},
    {"\n\n", 0},
    {"From -\n", 1},
    {"From -\nFrom: a\n\nx\n\nFrom -\nFrom: b\n\ny\n", 2},
    /* a body line with digits, but no header block follows */
    {"From -\nSubject: a\n\nFrom 12 apples\nare here\n", 1},
    /* strong forms after a non-blank line */
    {"From -\nSubject: a\n\nbody\nFrom - \nSubject: b\n\nc\n", 2},
    {"From -\nSubject: a\n\nbody\nFrom x@y Mon Jan  1 00:00:00 2026\n"
     "Date: x\n\nc\n",
     2},
    /* weak form after a non-blank line: body */
    {"From -\nSubject: a\n\nbody\nFrom them on Monday 12\nSubject: b\n\n", 1},
    /* a header block without any well-known mail header */
    {"From -\nSubject: a\n\nFrom x@y Mon Jan  1 00:00:00 2026\nYear: 1963\n"
     "\nc\n",
     1},
    /* continuation lines before the key header */
    {"From -\nSubject: a\n\nFrom a@b 1 2026\nX-Long: one\n two\nTo: z\n\n", 2},
    /* bare "From " at the start and in the middle */
    {"From \nSubject: a\n\nx\n\nFrom \nSubject: b\n\ny", 2},
    /* CR LF blank line before the separator */
    {"From -\r\nSubject: a\r\n\r\nx\r\n\r\nFrom -\r\nSubject: b\r\n\r\ny\r\n",
     2},
};

START_TEST(test_literal_counts)
{
	struct got g;

	read_literal(literals[_i].input, 0, &g);
	ck_assert_int_eq(g.rc, 0);
	ck_assert_msg(g.msgs.n == literals[_i].count,
		      "case %d: %zu messages, want %zu", _i, g.msgs.n,
		      literals[_i].count);
	got_free(&g);
}
END_TEST

/* ---- message bytes ---- */

START_TEST(test_mboxo_unescape)
{
	struct got g;

	read_file_msgs("mboxo.mbox", MBOX_O, &g);
	ck_assert_uint_eq(g.msgs.n, 3);
	ck_assert_str_eq(g.msgs.v[0] + strlen(g.msgs.v[0]) -
			     strlen("for a refund.\n"),
			 "for a refund.\n");
	ck_assert_ptr_nonnull(
	    strstr(g.msgs.v[0], "\n\nFrom my bank statement the money"));
	ck_assert_ptr_nonnull(
	    strstr(g.msgs.v[0], "\n>>From a quoted escape that mboxo"));
	ck_assert_ptr_nonnull(strstr(g.msgs.v[0], "\n\nFrom the start I"));
	ck_assert(strncmp(g.msgs.v[1], "From: Acme Support", 18) == 0);
	ck_assert_str_eq(g.msgs.v[2] + strlen(g.msgs.v[2]) - 16,
			 "no final newline");
	got_free(&g);
}
END_TEST

static const char rd_first_body[] =
    "From: Bob <bob@example.com>\n"
    "Subject: mboxrd escaping\n"
    "Date: Sat, 21 Nov 2026 10:00:00 +0000\n"
    "\n"
    "From me@example.com Sat Jan  3 01:05:34 1996\n"
    "Subject: this is body, not a separator\n"
    "\n"
    ">From one quoted line\n"
    ">>From two quoted lines\n"
    "> From is not escaped\n";

START_TEST(test_mboxrd_unescape)
{
	struct got g;

	read_file_msgs("mboxrd.mbox", MBOX_RD, &g);
	ck_assert_uint_eq(g.msgs.n, 2);
	ck_assert_str_eq(g.msgs.v[0], rd_first_body);
	ck_assert_str_eq(g.msgs.v[1], "From: Bob <bob@example.com>\n"
				      "Subject: second\n"
				      "Date: Sat, 21 Nov 2026 11:00:00 +0000\n"
				      "\n"
				      "Second body.\n");
	got_free(&g);
	/* read as mboxo: only the single '>' is removed */
	read_file_msgs("mboxrd.mbox", MBOX_O, &g);
	ck_assert_ptr_nonnull(strstr(g.msgs.v[0],
				     "\n>>From one quoted line\n"
				     ">>>From two quoted lines\n"));
	got_free(&g);
}
END_TEST

/* MBOX_AUTO (the default) on tests/data/mbox/mboxrd_auto.mbox: each
 * message's body (after its header block) as written by hand. */
static const struct {
	const char *why;
	const char *body;
} auto_rows[] = {
    /* "From mboxrd@z" settles mboxrd, even beside an unescaped line */
    {"envelope", "From here on the envelope decides.\n"
		 ">From an archive\n"
		 "From a single escape\n"},
    /* a ">>From " line and no unescaped "From ": mboxrd */
    {"deep escape", ">From a quoted escape\n"
		    "From a plain line\n"
		    ">>From three\n"},
    /* an unescaped "From " line: the writer is not mboxrd */
    {"unescaped line", ">>From kept as written\n"
		       "From a plain line\n"
		       "From the start, nothing was escaped twice.\n"},
    /* single escapes read the same either way; "> >From" is no escape */
    {"single", "From one\n"
	       "> >From spaced quote\n"
	       "From two\n"},
    {"crlf", ">From crlf\r\n"
	     "From single\r\n"},
};

#define N_AUTO (sizeof(auto_rows) / sizeof(auto_rows[0]))

START_TEST(test_auto_variant)
{
	FILE *f = fopen(DATA "mboxrd_auto.mbox", "rb");
	struct mbox_reader *r;
	struct strlist w = {0};
	struct buf m = {0};
	size_t n = 0;

	ck_assert_ptr_nonnull(f);
	r = mbox_open(f, "test"); /* no mbox_set_variant: the default */
	while (mbox_next(r, &m, &w) > 0) {
		const char *body = strstr(m.s, "\n\n");

		ck_assert_uint_lt(n, N_AUTO);
		ck_assert_ptr_nonnull(body);
		ck_assert_msg(strcmp(body + 2, auto_rows[n].body) == 0,
			      "%s: got '%s'", auto_rows[n].why, body + 2);
		n++;
	}
	ck_assert_uint_eq(n, N_AUTO);
	ck_assert_uint_eq(w.n, 0);
	buf_free(&m);
	strlist_free(&w);
	mbox_close(r);
	fclose(f);
}
END_TEST

/* The default reading of the older fixtures: mboxrd.mbox is recognised
 * as mboxrd, mboxo.mbox (an unescaped body line) as mboxo. */
START_TEST(test_auto_fixtures)
{
	struct got g;

	read_file_msgs("mboxrd.mbox", MBOX_AUTO, &g);
	ck_assert_uint_eq(g.msgs.n, 2);
	ck_assert_str_eq(g.msgs.v[0], rd_first_body);
	got_free(&g);
	read_file_msgs("mboxo.mbox", MBOX_AUTO, &g);
	ck_assert_uint_eq(g.msgs.n, 3);
	ck_assert_ptr_nonnull(strstr(g.msgs.v[0],
				     "\n\nFrom my bank statement the money"));
	ck_assert_ptr_nonnull(
	    strstr(g.msgs.v[0], "\n>>From a quoted escape that mboxo"));
	got_free(&g);
}
END_TEST

START_TEST(test_crlf_bytes)
{
	struct got g;

	read_file_msgs("crlf.mbox", MBOX_O, &g);
	ck_assert_uint_eq(g.msgs.n, 2);
	ck_assert_str_eq(g.msgs.v[0],
			 "From: Shop <support@shop.example>\r\n"
			 "Subject: CRLF one\r\n"
			 "Date: Mon, 23 Nov 2026 09:00:00 +0300\r\n"
			 "\r\n"
			 "Line one\r\n"
			 "Line two\r\n");
	got_free(&g);
}
END_TEST

START_TEST(test_content_length)
{
	struct got g;

	read_file_msgs("content_length.mbox", MBOX_O, &g);
	ck_assert_uint_eq(g.msgs.n, 4);
	/* trusted: the embedded "From " line stays in the body */
	ck_assert_ptr_nonnull(strstr(g.msgs.v[0], "\n\nFrom log@example.com"));
	ck_assert_ptr_nonnull(strstr(g.msgs.v[0], "end of log.\n"));
	/* lying (too long, too short): ignored, separators still found */
	ck_assert_ptr_nonnull(strstr(g.msgs.v[1], "Subject: lying length"));
	ck_assert_ptr_nonnull(strstr(g.msgs.v[2], "Subject: too short"));
	ck_assert_ptr_nonnull(strstr(g.msgs.v[2], "Third body.\n"));
	ck_assert_ptr_nonnull(strstr(g.msgs.v[3], "after a non-blank line"));
	got_free(&g);
}
END_TEST

START_TEST(test_unmunged_bom)
{
	struct got g;

	read_file_msgs("unmunged.mbox", MBOX_O, &g);
	ck_assert_uint_eq(g.msgs.n, 3);
	ck_assert(strncmp(g.msgs.v[0], "From: Jeff", 10) == 0);
	ck_assert_ptr_nonnull(strstr(g.msgs.v[1], "\nFrom Russia with love\n"
						  "Year: 1963\n"));
	ck_assert_ptr_nonnull(strstr(g.msgs.v[1], "we changed the rules.\n"));
	ck_assert(strncmp(g.msgs.v[2], "X-Gmail-Labels: Inbox\n", 22) == 0);
	got_free(&g);
}
END_TEST

/* ---- limits ---- */

START_TEST(test_oversize_skipped)
{
	struct got g;
	struct buf in = {0};

	buf_puts(&in, "From a@b Mon Jan  1 00:00:00 2026\nSubject: big\n\n");
	for (int i = 0; i < 20; i++)
		buf_puts(&in, "0123456789 0123456789 0123456789\n");
	buf_puts(&in,
		 "\nFrom a@b Mon Jan  1 00:00:01 2026\nSubject: ok\n\nx\n");
	read_literal(in.s, 200, &g);
	ck_assert_uint_eq(g.msgs.n, 1);
	ck_assert_uint_eq(g.found, 2);
	ck_assert_str_eq(g.msgs.v[0], "Subject: ok\n\nx\n");
	ck_assert(has_warning(&g, "message 1 larger than 200 bytes, skipped"));
	got_free(&g);
	buf_free(&in);
}
END_TEST

/* A 100 MB line: skipped (over the 64 MiB cap), the stream goes on, and
 * memory stays near the cap, not near the line. */
START_TEST(test_huge_line)
{
	FILE *f = tmpfile();
	char *chunk = xmalloc(1024 * 1024);
	struct rusage ru;
	struct got g;

	ck_assert_ptr_nonnull(f);
	memset(chunk, 'x', 1024 * 1024);
	fputs("From a@b Mon Jan  1 00:00:00 2026\nSubject: huge\n\n", f);
	for (int i = 0; i < 100; i++)
		fwrite(chunk, 1, 1024 * 1024, f);
	fputs("\n\nFrom a@b Mon Jan  1 00:00:01 2026\nSubject: next\n\nok\n",
	      f);
	free(chunk);
	rewind(f);
	read_all(f, MBOX_O, 0, &g);
	fclose(f);
	ck_assert_uint_eq(g.msgs.n, 1);
	ck_assert_str_eq(g.msgs.v[0], "Subject: next\n\nok\n");
	ck_assert(has_warning(&g, "message 1 larger than"));
	getrusage(RUSAGE_SELF, &ru);
#ifndef __SANITIZE_ADDRESS__    /* its allocator keeps freed blocks a while */
	if (!getenv("CK_FORK")) /* a forked test: the peak is this test's */
		ck_assert_msg(ru.ru_maxrss < 100 * 1024, "peak %ld KiB",
			      ru.ru_maxrss);
#endif
	got_free(&g);
}
END_TEST

/* ---- whole conversations through eml_parse_message ---- */

static const struct {
	const char *subject, *name, *addr, *text_part;
} ru_msgs[] = {
    {"Обращение 4521", "Служба поддержки", "support@bank.example",
     "Здравствуйте! Ваше обращение N 4521 принято.\nОтветим в течение 3 "
     "рабочих дней."},
    {"Заявка № 777", NULL, "support@shop.example",
     "Ваша заявка № 777 закрыта."},
    {"Re: Заявка № 777", "Анна", "anna@example.ru", "Спасибо, всё работает."},
};

START_TEST(test_stream_russian)
{
	FILE *f = fopen(DATA "ru.mbox", "rb");
	struct conv_list out = {0};
	struct strlist w = {0};

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(mbox_read_stream(f, "ru.mbox", &out, &w), 0);
	fclose(f);
	ck_assert_uint_eq(w.n, 0);
	ck_assert_uint_eq(out.n, 3);
	for (size_t i = 0; i < out.n; i++) {
		struct conversation *c = out.v[i];
		struct message *m = &c->msgs[0];

		ck_assert_int_eq(c->format, FMT_MBOX);
		ck_assert_str_eq(c->channel, "email");
		ck_assert_str_eq(c->source, "ru.mbox");
		ck_assert_uint_eq(c->n_msgs, 1);
		ck_assert_uint_eq(m->index, 1);
		ck_assert(m->time.set);
		ck_assert_str_eq(c->subject, ru_msgs[i].subject);
		ck_assert_str_eq(m->subject, ru_msgs[i].subject);
		if (ru_msgs[i].name)
			ck_assert_str_eq(m->sender_name, ru_msgs[i].name);
		ck_assert_str_eq(m->sender_addr, ru_msgs[i].addr);
		ck_assert_msg(strstr(m->text, ru_msgs[i].text_part) != NULL,
			      "message %zu: text '%s'", i + 1, m->text);
	}
	conv_list_free(&out);
	strlist_free(&w);
}
END_TEST

START_TEST(test_stream_crlf_and_ids)
{
	FILE *f = fopen(DATA "crlf.mbox", "rb");
	struct conv_list out = {0};
	struct strlist w = {0};

	ck_assert_int_eq(mbox_read_stream(f, "crlf.mbox", &out, &w), 0);
	fclose(f);
	ck_assert_uint_eq(out.n, 2);
	ck_assert_str_eq(out.v[0]->subject, "CRLF one");
	ck_assert_str_eq(out.v[0]->msgs[0].text, "Line one\nLine two");
	ck_assert_str_eq(out.v[1]->subject, "CRLF two");
	conv_list_free(&out);
	strlist_free(&w);

	f = fopen(DATA "mboxo.mbox", "rb");
	ck_assert_int_eq(mbox_read_stream(f, "mboxo.mbox", &out, &w), 0);
	fclose(f);
	ck_assert_uint_eq(out.n, 3);
	ck_assert_str_eq(out.v[1]->msgs[0].message_id, "o2@acme.example");
	ck_assert_str_eq(out.v[1]->msgs[0].in_reply_to, "o1@example.com");
	conv_list_free(&out);
	strlist_free(&w);
}
END_TEST

START_TEST(test_stream_headerless)
{
	const char *s = "From -\n\njust a body\n";
	FILE *f = fmemopen((void *)s, strlen(s), "rb");
	struct conv_list out = {0};
	struct strlist w = {0};
	struct got g = {0};

	ck_assert_int_eq(mbox_read_stream(f, "x", &out, &w), -1);
	fclose(f);
	ck_assert_uint_eq(out.n, 0);
	g.warn = w;
	ck_assert(has_warning(&g, "message 1: no mail headers, skipped"));
	ck_assert(has_warning(&g, "no messages in mbox"));
	strlist_free(&w);
}
END_TEST

UNIT_SUITE_LIMIT(mbox, 60,
	UNIT_ROWS(test_file_counts, files),
	UNIT_ROWS(test_literal_counts, literals),
	UNIT_TEST(test_mboxo_unescape),
	UNIT_TEST(test_mboxrd_unescape),
	UNIT_TEST(test_auto_variant),
	UNIT_TEST(test_auto_fixtures),
	UNIT_TEST(test_crlf_bytes),
	UNIT_TEST(test_content_length),
	UNIT_TEST(test_unmunged_bom),
	UNIT_TEST(test_oversize_skipped),
	UNIT_TEST(test_huge_line),
	UNIT_TEST(test_stream_russian),
	UNIT_TEST(test_stream_crlf_and_ids),
	UNIT_TEST(test_stream_headerless))
