/* check_eml.c - whole messages from tests/data/eml through eml_read. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "rfc822.h"
#include "eml.h"
#include "suite.h"
#include "walk.h"

#define DATA "tests/data/eml/"

struct eml_case {
	const char *file;
	const char *iso; /* expected time, NULL: no valid Date */
	const char *name, *addr, *subject, *msgid, *irt;
	const char *text;
	const char *quoted_start; /* NULL: nothing quoted */
};

static const struct eml_case cases[] = {
	{"en_alternative.eml", "2026-11-26T09:30:00-05:00", "Acme Support",
	 "help@acme.example", "Re: [#12345] Refund not received",
	 "a2@acme.example", NULL,
	 "Hi Bob,\n\nWe will get back to you within 2 business days "
	 "\xE2\x80\x94 sorry for the wait.",
	 "On Wed, Nov 25, 2026 at 8:00 AM Bob <bob@example.com> wrote:\n"
	 "> Where is my refund?"},
	{"ru_koi8r_base64.eml", "2026-11-25T12:00:00+03:00", "Служба поддержки",
	 "support@bank.example", "Обращение № 4521", "r1@bank.example",
	 "q1@example.org",
	 "Здравствуйте, Анна!\n\nВаше обращение N 4521 передано в профильный "
	 "отдел.\nОтветим в течение 3 рабочих дней.",
	 "-- \nСлужба поддержки\n\n25.11.2026 10:15, Анна Петрова пишет:"},
	{"ru_html_no_date.eml", NULL, "Оператор", "operator@shop.example",
	 "Заказ", NULL, NULL, "Заказ отправлен.\nСпасибо", NULL},
	/* an HTML-only reply: Gmail's quote block is quoted history, with
	 * "> " per level, not new text (its promise is not a new one) */
	{"ru_html_gmail_quote.eml", "2026-11-27T09:00:00+03:00", "Анна Петрова",
	 "anna@example.org", "Re: Обращение № 4521", "q2@example.org",
	 "r1@bank.example", "Прошло уже два дня, ответа нет.",
	 "> ср, 25 нояб. 2026 г. в 12:00, Служба поддержки "
	 "<support@bank.example>:\n> > Здравствуйте, Анна!\n"
	 "> > Ответим в течение 3 рабочих дней.\n> > > Где мои деньги?"},
	{"truncated_multipart.eml", "2026-12-01T10:00:00+03:00", NULL,
	 "support@x.example", "broken", NULL, NULL, "Part one text", NULL},
};

static void
expect_str(const char *file, const char *what, const char *got,
	   const char *want)
{
	if (!want)
		ck_assert_msg(got == NULL, "%s: %s is '%s', want none", file,
			      what, got);
	else
		ck_assert_msg(got && strcmp(got, want) == 0,
			      "%s: %s is '%s', want '%s'", file, what,
			      got ? got : "(null)", want);
}

static struct conversation *
read_one(const char *file, struct conv_list *out, struct strlist *w)
{
	char *path = xasprintf(DATA "%s", file), *err = NULL;
	size_t len;
	char *data = read_file(path, &len, &err);

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	ck_assert_msg(eml_read(path, data, len, out, w) == 0, "%s: not read",
		      file);
	ck_assert_uint_eq(out->n, 1);
	free(data);
	free(path);
	return out->v[0];
}

START_TEST(test_eml)
{
	const struct eml_case *c = &cases[_i];
	struct conv_list out = {0};
	struct strlist w = {0};
	struct conversation *cv = read_one(c->file, &out, &w);
	struct message *m = &cv->msgs[0];
	char iso[32];

	ck_assert_uint_eq(cv->n_msgs, 1);
	ck_assert_int_eq(cv->format, FMT_EML);
	ck_assert_str_eq(cv->channel, "email");
	ck_assert_uint_eq(m->index, 1);
	ck_assert_int_eq(m->role, ROLE_UNKNOWN);
	if (c->iso) {
		ck_assert_msg(m->time.set, "%s: no time", c->file);
		time_format_iso(m->time, iso);
		ck_assert_msg(strcmp(iso, c->iso) == 0, "%s: time %s", c->file,
			      iso);
	} else {
		ck_assert_msg(!m->time.set, "%s: time set", c->file);
		ck_assert_msg(strlist_contains(&w, "no valid Date header"),
			      "%s: no date warning", c->file);
	}
	expect_str(c->file, "name", m->sender_name, c->name);
	expect_str(c->file, "addr", m->sender_addr, c->addr);
	expect_str(c->file, "subject", m->subject, c->subject);
	expect_str(c->file, "conversation subject", cv->subject, c->subject);
	expect_str(c->file, "message id", m->message_id, c->msgid);
	expect_str(c->file, "in-reply-to", m->in_reply_to, c->irt);
	expect_str(c->file, "text", m->text, c->text);
	if (c->quoted_start)
		ck_assert_msg(m->quoted && strncmp(m->quoted, c->quoted_start,
						   strlen(c->quoted_start)) == 0,
			      "%s: quoted '%s'", c->file,
			      m->quoted ? m->quoted : "(null)");
	else
		ck_assert_msg(!m->quoted, "%s: quoted '%s'", c->file, m->quoted);
	conv_list_free(&out);
	strlist_free(&w);
}
END_TEST

START_TEST(test_not_mail)
{
	const char *s = "// this is not a message at all\njust text\n";
	struct conv_list out = {0};
	struct strlist w = {0};

	ck_assert_int_eq(eml_read("x.eml", s, strlen(s), &out, &w), -1);
	ck_assert_uint_eq(out.n, 0);
	ck_assert(strlist_contains(&w, "no mail headers"));
	ck_assert_int_eq(eml_read("empty", "", 0, &out, &w), -1);
	strlist_free(&w);
}
END_TEST

struct raw_case {
	const char *what;
	const char *data;
	size_t len;
};

#define R(what, x) {what, x, sizeof(x) - 1}

static const struct raw_case damaged[] = {
	R("nul bytes", "From: a\0b@x\nSubject: s\0t\n\nbo\0dy\n"),
	R("header only", "Subject: only\n"),
	R("no body boundary", "Content-Type: multipart/mixed\n\n--x\nabc"),
	R("bad base64", "Content-Transfer-Encoding: base64\n\n!!!!"),
	R("raw 8-bit", "Subject: \xFF\xFE\nFrom: \xD0\n\n\xC0\xC1\n"),
	R("unterminated word", "Subject: =?utf-8?B?0J/R\n\nx"),
	R("cr only", "Subject: a\rFrom: b\r\rbody"),
	R("obsolete date", "Date: 25 Nov 26 12:00 GMT\n\nx"),
};

START_TEST(test_damaged)
{
	const struct raw_case *c = &damaged[_i];
	struct conv_list out = {0};
	struct strlist w = {0};
	struct message *m;

	ck_assert_msg(eml_read("d.eml", c->data, c->len, &out, &w) == 0,
		      "%s: not read", c->what);
	m = &out.v[0]->msgs[0];
	ck_assert_msg(utf8_valid(m->text, strlen(m->text)), "%s: text",
		      c->what);
	if (m->subject)
		ck_assert_msg(utf8_valid(m->subject, strlen(m->subject)),
			      "%s: subject", c->what);
	if (m->sender_addr)
		ck_assert_msg(utf8_valid(m->sender_addr,
					 strlen(m->sender_addr)),
			      "%s: address", c->what);
	conv_list_free(&out);
	strlist_free(&w);
}
END_TEST

/* A 2 MB single-line body and a 200 KB folded header. */
START_TEST(test_huge)
{
	struct buf b = {0};
	struct conv_list out = {0};
	struct strlist w = {0};

	buf_puts(&b, "From: a@b\nTo: x@y");
	for (int i = 0; i < 20000; i++)
		buf_puts(&b, ",\n x@y");
	buf_puts(&b, "\nSubject: big\n\n");
	for (int i = 0; i < 200000; i++)
		buf_puts(&b, "0123456789");
	ck_assert_int_eq(eml_read("h.eml", b.s, b.len, &out, &w), 0);
	ck_assert_str_eq(out.v[0]->msgs[0].subject, "big");
	ck_assert_uint_eq(strlen(out.v[0]->msgs[0].text), 2000000);
	conv_list_free(&out);
	strlist_free(&w);
	buf_free(&b);
}
END_TEST

struct date_case {
	const char *in, *iso;
};

static const struct date_case dates[] = {
	{"Thu, 18 Oct 2012 22:48:39 -0700", "2012-10-18T22:48:39-07:00"},
	{"18 Oct 2012 22:48 +0000", "2012-10-18T22:48:00+00:00"},
	{"Mon, 29 Jul 1996 02:13:08 -0700 (PDT)", "1996-07-29T02:13:08-07:00"},
	{"Wed, 25 Nov 2026 12:00:00 MSK", "2026-11-25T12:00:00+03:00"},
	{"Wed, 25 Nov 2026 12:00:00 GMT", "2026-11-25T12:00:00+00:00"},
	{"Wed, 25 Nov 2026 12:00:00 UT", "2026-11-25T12:00:00+00:00"},
	{"Wed, 25 Nov 2026 12:00:00 EST", "2026-11-25T12:00:00-05:00"},
	{"25 Nov 99 12:00:00 EDT", "1999-11-25T12:00:00-04:00"},
	{"Wed Nov 25 12:00:00 2026", "2026-11-25T12:00:00+00:00"},
	{"Wed, 25 Nov 2026 12:00:00 +0530", "2026-11-25T12:00:00+05:30"},
};

START_TEST(test_dates)
{
	struct esc_time t;
	char iso[32];

	ck_assert_msg(rfc822_date(dates[_i].in, &t), "%s: not parsed",
		      dates[_i].in);
	time_format_iso(t, iso);
	ck_assert_msg(strcmp(iso, dates[_i].iso) == 0, "%s -> %s",
		      dates[_i].in, iso);
}
END_TEST

static const char *const bad_dates[] = {
	"", "tomorrow", "32 Nov 2026 12:00 +0000", "25 Nov 2026",
	"30 Feb 2026 10:00 +0000", "25 Xyz 2026 12:00",
};

START_TEST(test_bad_dates)
{
	struct esc_time t;

	ck_assert_msg(!rfc822_date(bad_dates[_i], &t), "'%s' parsed",
		      bad_dates[_i]);
}
END_TEST

static const struct {
	const char *in, *ids; /* ids NULL: none */
} id_lists[] = {
	{"<a@b> <c@d>", "a@b c@d"},
	{"<a@b>", "a@b"},
	{"  <a@b>\r\n\t<c@d>  ", "a@b c@d"},
	{"<> <a@b> <>", "a@b"},
	{"no brackets", NULL},
	{"<unclosed", NULL},
	{"", NULL},
	{NULL, NULL},
};

START_TEST(test_ids)
{
	char *ids = rfc822_ids(id_lists[_i].in);

	if (id_lists[_i].ids == NULL)
		ck_assert_ptr_null(ids);
	else
		ck_assert_str_eq(ids, id_lists[_i].ids);
	free(ids);
}
END_TEST

UNIT_SUITE(eml,
	UNIT_ROWS(test_eml, cases),
	UNIT_TEST(test_not_mail),
	UNIT_ROWS(test_damaged, damaged),
	UNIT_TEST(test_huge),
	UNIT_ROWS(test_dates, dates),
	UNIT_ROWS(test_bad_dates, bad_dates),
	UNIT_ROWS(test_ids, id_lists))
