/* check_meta_export.c - Facebook Messenger and Instagram JSON exports:
 * detection, mojibake repair, times, roles, parts of a long thread, on
 * the fixtures of tests/data/meta (README.md there) and literals. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fixture.h"
#include "meta_export.h"
#include "reader.h"
#include "roles.h"
#include "suite.h"
#include "walk.h"

#define META "tests/data/meta/"
#define MSGR META "messenger/inbox/acmebank_10158/"
#define IG META "instagram/your_instagram_activity/messages/inbox/shopfix_2231/"
#define IG_OLD META "instagram-2019/messages.json"

static void
set_tz(void)
{
	setenv("TZ", "MSK-3", 1);
	tzset();
}

/* Read a file through detection and its reader. */
static int
read_path(const char *path, enum input_format *fmt, struct conv_list *out,
	  struct strlist *warn)
{
	return fixture_read(path, "MSK-3", fmt, out, warn);
}

/* Mojibake repair: hand-made escapes of UTF-8 bytes and things that
 * must stay as they are. */
static const struct {
	const char *in, *want;
} moji_rows[] = {
	{"\xc3\x90\xc2\xbf\xc3\x91\xc2\x80\xc3\x90\xc2\xb8", "при"},
	{"Hello", "Hello"},
	/* real Latin-1 text: "café" is no UTF-8 once re-read, so kept */
	{"caf\xc3\xa9", "café"},
	/* a code point above U+00FF: genuine UTF-8 already */
	{"при", "при"},
	/* emoji: F0 9F 98 A1 escaped byte by byte */
	{"\xc3\xb0\xc2\x9f\xc2\x98\xc2\xa1", "\xf0\x9f\x98\xa1"},
	{"", ""},
};

START_TEST(test_unmojibake)
{
	char *got = meta_unmojibake(moji_rows[_i].in, strlen(moji_rows[_i].in));

	ck_assert_msg(strcmp(got, moji_rows[_i].want) == 0,
		      "'%s': got '%s', want '%s'", moji_rows[_i].in, got,
		      moji_rows[_i].want);
	free(got);
}
END_TEST

/* The messages of the fixtures, written by hand from make-fixtures.py:
 * oldest first, times in UTC+3, the titled page as the company. */
static const struct {
	const char *path;
	enum input_format fmt;
	size_t index;
	const char *sender, *time, *text, *quoted;
	enum role role;
} msg_rows[] = {
	{MSGR "message_1.json", FMT_MESSENGER, 1, "Анна Петрова",
	 "2026-11-16T11:40:00+03:00",
	 "Добрый день! С карты дважды списали 1 990 ₽ за один заказ, верните, "
	 "пожалуйста, лишнее списание.", NULL, ROLE_UNKNOWN},
	{MSGR "message_1.json", FMT_MESSENGER, 2, "Acme Bank",
	 "2026-11-16T12:05:00+03:00",
	 "Здравствуйте, Анна! Ваше обращение № 55120 зарегистрировано. Мы "
	 "вернём деньги в течение 3 рабочих дней.", NULL, ROLE_AGENT},
	{MSGR "message_1.json", FMT_MESSENGER, 3, "Анна Петрова",
	 "2026-11-18T14:49:00+03:00", "Вот выписка.", NULL, ROLE_UNKNOWN},
	{MSGR "message_1.json", FMT_MESSENGER, 4, "Анна Петрова",
	 "2026-11-18T14:50:00+03:00", "[photo: statement_1.jpg]", NULL,
	 ROLE_UNKNOWN},
	{MSGR "message_1.json", FMT_MESSENGER, 5, "Acme Bank",
	 "2026-11-18T15:00:00+03:00",
	 "Как вернуть деньги за двойное списание\n"
	 "[link: https://help.example.com/refunds]", NULL, ROLE_AGENT},
	{MSGR "message_1.json", FMT_MESSENGER, 6, "Анна Петрова",
	 "2026-11-25T10:30:00+03:00",
	 "Прошло уже больше трёх рабочих дней, деньги так и не вернули. Прошу "
	 "назвать срок.",
	 "reaction: \xf0\x9f\x98\xa1 by Анна Петрова", ROLE_UNKNOWN},
	{IG "message_1.json", FMT_INSTAGRAM, 2, "ShopFix",
	 "2026-11-20T18:00:00+03:00",
	 "We are unable to replace the phone, as the warranty does not cover "
	 "it.", NULL, ROLE_AGENT},
	{IG_OLD, FMT_INSTAGRAM, 1, "sam.green", "2019-03-02T10:00:00+00:00",
	 "The order page\n[link: https://example.com/p/abc]", NULL,
	 ROLE_UNKNOWN},
	{IG_OLD, FMT_INSTAGRAM, 2, "shopfix", "2019-03-02T10:00:30+00:00",
	 "\xe2\x9d\xa4\xef\xb8\x8f", NULL, ROLE_UNKNOWN},
	{IG_OLD, FMT_INSTAGRAM, 4, "shopfix", "2019-03-02T10:15:30+00:00",
	 "Thanks, your case 7781 is with our team, we will reply within 2 "
	 "days.", NULL, ROLE_UNKNOWN},
};

#define OR_NULL(s) ((s) ? (s) : "(null)")

START_TEST(test_messages)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format fmt;
	const struct message *m;
	char when[32];

	ck_assert_int_eq(read_path(msg_rows[_i].path, &fmt, &out, &warn), 0);
	ck_assert_msg(fmt == msg_rows[_i].fmt, "%s: %s", msg_rows[_i].path,
		      format_name(fmt));
	ck_assert_uint_ge(out.n, 1);
	ck_assert_uint_ge(out.v[0]->n_msgs, msg_rows[_i].index);
	m = &out.v[0]->msgs[msg_rows[_i].index - 1];
	ck_assert_str_eq(OR_NULL(m->sender_name), msg_rows[_i].sender);
	time_format_iso(m->time, when);
	ck_assert_str_eq(when, msg_rows[_i].time);
	ck_assert_str_eq(OR_NULL(m->text), msg_rows[_i].text);
	ck_assert_str_eq(OR_NULL(m->quoted), OR_NULL(msg_rows[_i].quoted));
	ck_assert_int_eq(m->role, msg_rows[_i].role);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Whole files: conversations, messages, subject, notes. */
static const struct {
	const char *path;
	int rc;
	size_t convs, msgs;
	const char *subject, *note, *warning;
} file_rows[] = {
	{MSGR "message_1.json", 0, 1, 6, "Acme Bank", "read with message_2.json",
	 NULL},
	{MSGR "message_2.json", 0, 0, 0, NULL, NULL, "part of message_1.json"},
	{IG "message_1.json", 0, 1, 2, "ShopFix", NULL, NULL},
	/* the second thread of the old layout has no messages */
	{IG_OLD, 0, 1, 4, "sam.green, shopfix", NULL, NULL},
};

START_TEST(test_files)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format fmt;

	ck_assert_int_eq(read_path(file_rows[_i].path, &fmt, &out, &warn),
			 file_rows[_i].rc);
	ck_assert_uint_eq(out.n, file_rows[_i].convs);
	if (file_rows[_i].warning)
		ck_assert(strlist_contains(&warn, file_rows[_i].warning));
	else
		ck_assert_msg(warn.n == 0, "warning '%s'", warn.v[0]);
	if (out.n) {
		ck_assert_uint_eq(out.v[0]->n_msgs, file_rows[_i].msgs);
		ck_assert_str_eq(OR_NULL(out.v[0]->subject),
				 file_rows[_i].subject);
		ck_assert_str_eq(out.v[0]->channel, "chat");
		if (file_rows[_i].note)
			ck_assert(strlist_contains(&out.v[0]->notes,
						   file_rows[_i].note));
	}
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Literal documents: what they give, or the warning they give. */
static const struct {
	const char *json;
	int rc;
	size_t msgs;
	const char *first_text, *warning;
	enum role first_role;
} lit_rows[] = {
	/* the end-to-end encrypted export: camelCase, participants as names */
	{"{\"participants\":[\"Shop\",\"Me\"],\"threadName\":\"Shop\","
	 "\"messages\":[{\"senderName\":\"Shop\",\"timestamp\":1795860000000,"
	 "\"text\":\"Refund sent\",\"type\":\"text\"}]}",
	 0, 1, "Refund sent", NULL, ROLE_AGENT},
	/* group events are system lines; unsent messages say so */
	{"{\"participants\":[{\"name\":\"A\"},{\"name\":\"B\"},{\"name\":\"C\"}],"
	 "\"messages\":[{\"sender_name\":\"A\",\"timestamp_ms\":2,"
	 "\"is_unsent\":true},{\"sender_name\":\"A\",\"timestamp_ms\":1,"
	 "\"content\":\"A added C to the group.\",\"type\":\"Subscribe\"}]}",
	 0, 2, "A added C to the group.", NULL, ROLE_SYSTEM},
	{"{\"participants\":[],\"messages\":[]}", -1, 0, NULL,
	 "no messages found", ROLE_UNKNOWN},
	{"{\"messages\": [", -1, 0, NULL, NULL, ROLE_UNKNOWN},
	/* wrong types everywhere: read what can be read */
	{"{\"messages\":[1,\"x\",{\"sender_name\":7,\"timestamp_ms\":\"no\","
	 "\"content\":[],\"photos\":{},\"reactions\":3}]}",
	 0, 1, "[photo]", NULL, ROLE_UNKNOWN},
	/* a timestamp out of range is no time */
	{"{\"messages\":[{\"sender_name\":\"x\",\"timestamp_ms\":1e300,"
	 "\"content\":\"hi\"}]}",
	 0, 1, "hi", NULL, ROLE_UNKNOWN},
};

START_TEST(test_literals)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	const char *j = lit_rows[_i].json;
	int rc;

	set_tz();
	rc = meta_export_read("lit.json", FMT_MESSENGER, j, strlen(j), &out,
			      &warn);
	ck_assert_msg(rc == lit_rows[_i].rc, "row %d: rc %d (%s)", _i, rc,
		      warn.n ? warn.v[0] : "");
	if (lit_rows[_i].warning)
		ck_assert(strlist_contains(&warn, lit_rows[_i].warning));
	if (rc == 0) {
		ck_assert_uint_eq(out.v[0]->n_msgs, lit_rows[_i].msgs);
		ck_assert_str_eq(out.v[0]->msgs[0].text,
				 lit_rows[_i].first_text);
		ck_assert_int_eq(out.v[0]->msgs[0].role,
				 lit_rows[_i].first_role);
	} else {
		ck_assert_uint_eq(out.n, 0);
		ck_assert_uint_ge(warn.n, 1);
	}
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Kind: the folder or keys say Instagram, else Messenger. */
START_TEST(test_kind)
{
	const char *ig = "{\"messages\":[{\"is_geoblocked_for_viewer\":false}]}";
	const char *fb = "{\"messages\":[{\"sender_name\":\"a\"}]}";

	ck_assert_int_eq(meta_kind("x/message_1.json", fb, strlen(fb), false),
			 FMT_MESSENGER);
	ck_assert_int_eq(meta_kind("x/message_1.json", ig, strlen(ig), false),
			 FMT_INSTAGRAM);
	ck_assert_int_eq(meta_kind("Instagram/inbox/a/message_1.json", fb,
				   strlen(fb), false),
			 FMT_INSTAGRAM);
	ck_assert_int_eq(meta_kind("messages.json", "[", 1, true),
			 FMT_INSTAGRAM);
}
END_TEST

/* --me decides over the title cue. */
START_TEST(test_me_overrides_title)
{
	struct conv_list out = {0};
	struct strlist warn = {0}, me = {0};
	enum input_format fmt;

	ck_assert_int_eq(read_path(MSGR "message_1.json", &fmt, &out, &warn), 0);
	strlist_push(&me, "Acme Bank");
	roles_assign(out.v[0], &me);
	ck_assert_int_eq(out.v[0]->msgs[1].role, ROLE_CUSTOMER);
	ck_assert_int_eq(out.v[0]->msgs[0].role, ROLE_AGENT);
	conv_list_free(&out);
	strlist_free(&warn);
	strlist_free(&me);
}
END_TEST

UNIT_SUITE(meta_export,
	UNIT_ROWS(test_unmojibake, moji_rows),
	UNIT_ROWS(test_messages, msg_rows),
	UNIT_ROWS(test_files, file_rows),
	UNIT_ROWS(test_literals, lit_rows),
	UNIT_TEST(test_kind),
	UNIT_TEST(test_me_overrides_title))
