/* check_json_export.c - Telegram result.json, Slack and DiscordChatExporter
 * readers and their detection, on hand-written fixtures. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "charset.h"
#include "detect.h"
#include "json_export.h"
#include "reader.h"
#include "suite.h"
#include "walk.h"

#define JSON_DIR "tests/data/json/"
#define TZ_FIXED "MSK-3" /* UTC+3 all year: no tz database needed */
#define SLACK_DAY JSON_DIR "slack/support/2026-11-25.json"
#define FFFD "\xef\xbf\xbd"

static void
set_tz(void)
{
	setenv("TZ", TZ_FIXED, 1);
	tzset();
}

/* Read a fixture with the given format; asserts the return code. */
static void
read_fixture(const char *file, enum input_format fmt, int want_rc,
	     struct conv_list *out, struct strlist *warn)
{
	char *err = NULL, *data;
	size_t len;
	int rc;

	set_tz();
	data = read_file(file, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", file, err ? err : "");
	rc = reader_read(file, fmt, data, len, out, warn);
	ck_assert_msg(rc == want_rc, "%s: rc %d, want %d (%s)", file, rc,
		      want_rc, warn->n ? warn->v[0] : "no warning");
	free(data);
}

static bool
str_eq(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

#define OR_NULL(s) ((s) ? (s) : "(null)")

/* Messages, hand-checked from the fixtures. time NULL: unknown. */
static const struct {
	const char *file;
	enum input_format fmt;
	size_t conv, index;
	const char *sender, *addr, *time;
	enum role role;
	const char *text, *quoted;
} msg_rows[] = {
	/* Telegram single chat: date_unixtime wins over date */
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 0, 1,
	 "Анна Петрова", "user1001", "2026-11-20T09:58:00+03:00",
	 ROLE_SYSTEM, "phone call", NULL},
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 0, 2,
	 "Анна Петрова", "user1001", "2026-11-20T10:00:00+03:00",
	 ROLE_UNKNOWN,
	 "Здравствуйте! Деньги не пришли.\nПроверьте, пожалуйста.", NULL},
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 0, 3,
	 "Служба поддержки", "user9", "2026-11-20T10:05:00+03:00",
	 ROLE_UNKNOWN,
	 "Ваше обращение № 12345 зарегистрировано, ответим "
	 "https://bank.example/t/12345",
	 NULL},
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 0, 4,
	 "Анна Петрова", "1001", "2026-11-21T12:30:15+03:00", ROLE_UNKNOWN,
	 "[photo]", NULL},
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 0, 5, NULL,
	 "user77", "2026-11-22T11:26:40+03:00", ROLE_UNKNOWN,
	 "[voice message]", NULL},
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 0, 6,
	 "Анна Петрова", "user1001", "2026-11-22T11:28:20+03:00",
	 ROLE_UNKNOWN, "[forwarded from Служба поддержки]",
	 "Вернём средства в течение 3 рабочих дней"},
	/* Telegram whole-account export: one conversation per chat */
	{JSON_DIR "telegram_account.json", FMT_TELEGRAM_JSON, 0, 1, "Anna",
	 "user1001", "2026-11-25T09:00:00+03:00", ROLE_UNKNOWN,
	 "Where is my order?", NULL},
	{JSON_DIR "telegram_account.json", FMT_TELEGRAM_JSON, 0, 2,
	 "Shop Support", "user5", "2026-11-25T09:30:00+03:00", ROLE_UNKNOWN,
	 "We will ship it by Friday.", NULL},
	{JSON_DIR "telegram_account.json", FMT_TELEGRAM_JSON, 1, 1, "Anna",
	 NULL, "2026-11-26T08:00:00+03:00", ROLE_SYSTEM, "create group",
	 NULL},
	{JSON_DIR "telegram_account.json", FMT_TELEGRAM_JSON, 1, 2,
	 "Courier", "user6", "2026-11-26T08:01:00+03:00", ROLE_UNKNOWN,
	 "[sticker]", NULL},
	{JSON_DIR "telegram_account.json", FMT_TELEGRAM_JSON, 2, 1, "Anna",
	 "user1001", "2023-11-15T01:13:20+03:00", ROLE_UNKNOWN, "hello",
	 NULL},
	/* DiscordChatExporter: the file's own offsets */
	{JSON_DIR "discord.json", FMT_DISCORD, 0, 1, "Ivan", "501",
	 "2026-11-24T18:15:30+03:00", ROLE_UNKNOWN,
	 "My server is down since morning &amp; nobody answers", NULL},
	{JSON_DIR "discord.json", FMT_DISCORD, 0, 2, "acme-support", "900",
	 "2026-11-24T15:20:00+00:00", ROLE_UNKNOWN,
	 "We are looking into it and will reply within 2 hours.", NULL},
	{JSON_DIR "discord.json", FMT_DISCORD, 0, 3, "acme-support", "900",
	 "2026-11-24T15:21:00+00:00", ROLE_SYSTEM, "Pinned a message.", NULL},
	{JSON_DIR "discord.json", FMT_DISCORD, 0, 4, "Ivan", "501",
	 "2026-11-25T09:00:00+00:00", ROLE_UNKNOWN,
	 "[attachment: error.png] [sticker: sad]", NULL},
	{JSON_DIR "discord.json", FMT_DISCORD, 0, 5, "newbie", "502",
	 "2026-11-25T09:01:00+00:00", ROLE_SYSTEM, "GuildMemberJoin", NULL},
	/* Slack day file: names from ../users.json, markup resolved */
	{SLACK_DAY, FMT_SLACK, 0, 1, "Anna Smith", "U01",
	 "2026-11-25T13:00:00+03:00", ROLE_SYSTEM,
	 "@anna has joined the channel", NULL},
	{SLACK_DAY, FMT_SLACK, 0, 2, "Anna Smith", "U01",
	 "2026-11-25T13:01:00+03:00", ROLE_UNKNOWN,
	 "@Bob (Support) my invoice <#884> is wrong & I was charged twice, "
	 "see the invoice",
	 NULL},
	{SLACK_DAY, FMT_SLACK, 0, 3, "Bob (Support)", "U02",
	 "2026-11-25T13:10:00+03:00", ROLE_UNKNOWN,
	 "Sorry @Anna Smith! Ticket #support INC0012345: refund within 3 "
	 "business days. @here",
	 NULL},
	{SLACK_DAY, FMT_SLACK, 0, 4, "Anna Smith", "U01",
	 "2026-11-25T13:20:00+03:00", ROLE_UNKNOWN, "[file: statement.pdf]",
	 NULL},
	{SLACK_DAY, FMT_SLACK, 0, 5, "billing-bot", "B01",
	 "2026-11-25T13:21:00+03:00", ROLE_UNKNOWN, "Refund #1 queued", NULL},
	{SLACK_DAY, FMT_SLACK, 0, 6, "Dave Guest", "U99",
	 "2026-11-25T13:22:00+03:00", ROLE_UNKNOWN, "@carol @U98 hi", NULL},
	/* bad input: wrong types and bad bytes never crash */
	{JSON_DIR "telegram_wrong_types.json", FMT_TELEGRAM_JSON, 0, 1, NULL,
	 NULL, NULL, ROLE_UNKNOWN, "", NULL},
	{JSON_DIR "telegram_wrong_types.json", FMT_TELEGRAM_JSON, 0, 2, NULL,
	 NULL, NULL, ROLE_UNKNOWN, "ok", NULL},
	{JSON_DIR "telegram_wrong_types.json", FMT_TELEGRAM_JSON, 0, 3, NULL,
	 NULL, NULL, ROLE_SYSTEM, "service message", NULL},
	{JSON_DIR "telegram_bad_utf8.json", FMT_TELEGRAM_JSON, 0, 1,
	 "A" FFFD, NULL, "2026-11-25T10:00:00+03:00", ROLE_UNKNOWN,
	 "caf" FFFD " ok!", NULL},
	{JSON_DIR "discord_wrong_types.json", FMT_DISCORD, 0, 1, NULL, NULL,
	 NULL, ROLE_UNKNOWN, "", NULL},
	{JSON_DIR "discord_wrong_types.json", FMT_DISCORD, 0, 2, "ok", NULL,
	 NULL, ROLE_UNKNOWN, "hi", NULL},
};

static void
check_time(const char *file, size_t index, const struct message *m,
	   const char *want)
{
	char iso[32];

	if (!want) {
		ck_assert_msg(!m->time.set, "%s #%zu: time set", file, index);
		return;
	}
	ck_assert_msg(m->time.set, "%s #%zu: no time", file, index);
	time_format_iso(m->time, iso);
	ck_assert_msg(strcmp(iso, want) == 0, "%s #%zu: time %s, want %s",
		      file, index, iso, want);
}

START_TEST(test_messages)
{
	const char *file = msg_rows[_i].file;
	size_t idx = msg_rows[_i].index, ci = msg_rows[_i].conv;
	struct conv_list out = {0};
	struct strlist warn = {0};
	const struct message *m;

	read_fixture(file, msg_rows[_i].fmt, 0, &out, &warn);
	ck_assert_msg(ci < out.n, "%s: %zu conversations", file, out.n);
	ck_assert_msg(idx <= out.v[ci]->n_msgs, "%s: %zu messages", file,
		      out.v[ci]->n_msgs);
	m = &out.v[ci]->msgs[idx - 1];
	ck_assert_uint_eq(m->index, idx);
	ck_assert_msg(str_eq(m->sender_name, msg_rows[_i].sender),
		      "%s #%zu: sender '%s'", file, idx,
		      OR_NULL(m->sender_name));
	ck_assert_msg(str_eq(m->sender_addr, msg_rows[_i].addr),
		      "%s #%zu: address '%s'", file, idx,
		      OR_NULL(m->sender_addr));
	check_time(file, idx, m, msg_rows[_i].time);
	ck_assert_msg(m->role == msg_rows[_i].role, "%s #%zu: role %s", file,
		      idx, role_name(m->role));
	ck_assert_msg(str_eq(m->text, msg_rows[_i].text), "%s #%zu: text '%s'",
		      file, idx, OR_NULL(m->text));
	ck_assert_msg(str_eq(m->quoted, msg_rows[_i].quoted),
		      "%s #%zu: quoted '%s'", file, idx, OR_NULL(m->quoted));
	ck_assert_msg(utf8_valid(m->text, strlen(m->text)), "%s #%zu: utf-8",
		      file, idx);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Conversations per file: count, subjects, message counts. */
static const struct {
	const char *file;
	enum input_format fmt;
	size_t n_convs;
	const char *subject[3];
	size_t n_msgs[3];
} conv_rows[] = {
	{JSON_DIR "telegram_chat.json", FMT_TELEGRAM_JSON, 1,
	 {"Банк Поддержка"}, {6}},
	{JSON_DIR "telegram_account.json", FMT_TELEGRAM_JSON, 3,
	 {"Shop Support", "Delivery", "Old support"}, {2, 2, 1}},
	{JSON_DIR "discord.json", FMT_DISCORD, 1, {"Acme Cloud / support"},
	 {5}},
	{SLACK_DAY, FMT_SLACK, 1, {"#support 2026-11-25"}, {6}},
	{JSON_DIR "slack/users.json", FMT_SLACK, 0, {NULL}, {0}},
	{JSON_DIR "slack/channels.json", FMT_SLACK, 0, {NULL}, {0}},
	{JSON_DIR "telegram_wrong_types.json", FMT_TELEGRAM_JSON, 1, {NULL},
	 {3}},
	{JSON_DIR "discord_wrong_types.json", FMT_DISCORD, 1, {NULL}, {2}},
};

START_TEST(test_conversations)
{
	const char *file = conv_rows[_i].file;
	struct conv_list out = {0};
	struct strlist warn = {0};

	read_fixture(file, conv_rows[_i].fmt, 0, &out, &warn);
	ck_assert_msg(out.n == conv_rows[_i].n_convs,
		      "%s: %zu conversations", file, out.n);
	ck_assert_msg(warn.n == 0, "%s: warning '%s'", file,
		      warn.n ? warn.v[0] : "");
	for (size_t i = 0; i < out.n; i++) {
		ck_assert_msg(out.v[i]->format == conv_rows[_i].fmt,
			      "%s: format %s", file,
			      format_name(out.v[i]->format));
		ck_assert_msg(str_eq(out.v[i]->subject,
				     conv_rows[_i].subject[i]),
			      "%s: subject '%s'", file,
			      OR_NULL(out.v[i]->subject));
		ck_assert_msg(out.v[i]->n_msgs == conv_rows[_i].n_msgs[i],
			      "%s: conversation %zu has %zu messages", file,
			      i, out.v[i]->n_msgs);
		ck_assert_str_eq(out.v[i]->channel, "chat");
	}
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Inputs read in memory: -1 and one clear warning, nothing read. */
static const struct {
	const char *path;
	enum input_format fmt;
	const char *in;
	const char *warn; /* prefix */
} bad_rows[] = {
	{"t.json", FMT_TELEGRAM_JSON, "{\"messages\": [{\"text\": \"x\"",
	 "invalid json at line 1"},
	{"t.json", FMT_TELEGRAM_JSON, "", "invalid json"},
	{"t.json", FMT_TELEGRAM_JSON, "{\"name\": \"x\"}",
	 "no telegram messages found"},
	{"t.json", FMT_TELEGRAM_JSON, "[{\"messages\": []}]",
	 "no telegram messages found"},
	{"t.json", FMT_TELEGRAM_JSON, "{\"messages\": []}",
	 "no telegram messages found"},
	{"d.json", FMT_DISCORD, "{\"messages\": {}}",
	 "no discord messages found"},
	{"c/2026-01-01.json", FMT_SLACK, "{\"ts\": \"1\"}",
	 "no slack messages found"},
	{"c/2026-01-01.json", FMT_SLACK, "[{\"type\": \"file\"}, 1]",
	 "no slack messages found"},
	{"t.json", FMT_BINARY, "{}", "binary file skipped"},
};

START_TEST(test_bad_input)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	int rc;

	rc = reader_read(bad_rows[_i].path, bad_rows[_i].fmt,
			 bad_rows[_i].in, strlen(bad_rows[_i].in), &out,
			 &warn);
	ck_assert_msg(rc == -1 && out.n == 0, "'%s': rc %d, %zu read",
		      bad_rows[_i].in, rc, out.n);
	ck_assert_msg(warn.n == 1 && strncmp(warn.v[0], bad_rows[_i].warn,
					     strlen(bad_rows[_i].warn)) == 0,
		      "'%s': warning '%s'", bad_rows[_i].in,
		      warn.n ? warn.v[0] : "(none)");
	strlist_free(&warn);
}
END_TEST

/* '[' repeated n times (and ']' n times when closed). */
static char *
nested(size_t n, bool closed, const char *inner)
{
	struct buf b = {0};

	for (size_t i = 0; i < n; i++)
		buf_putc(&b, '[');
	buf_puts(&b, inner);
	for (size_t i = 0; closed && i < n; i++)
		buf_putc(&b, ']');
	return buf_steal(&b);
}

START_TEST(test_depth_scan)
{
	char *s64 = nested(JSON_MAX_DEPTH, true, "1");
	char *s65 = nested(JSON_MAX_DEPTH + 1, true, "1");
	const char *in_str = "[\"[[[[[[\", \"\\\"[[[[\"]";

	ck_assert(!json_too_deep(s64, strlen(s64), JSON_MAX_DEPTH));
	ck_assert(json_too_deep(s65, strlen(s65), JSON_MAX_DEPTH));
	ck_assert(!json_too_deep(in_str, strlen(in_str), 2));
	ck_assert(json_too_deep("{\"a\":{\"b\":[", 11, 2));
	ck_assert(!json_too_deep("]]]]{}", 6, 1));
	free(s64);
	free(s65);
}
END_TEST

/* SPEC 9: JSON nested 100,000 deep is refused with a warning. */
START_TEST(test_deep_document)
{
	static const enum input_format fmts[] = {FMT_TELEGRAM_JSON,
						 FMT_SLACK, FMT_DISCORD};
	char *deep = nested(100000, true, "{\"messages\": []}");
	char *open = nested(100000, false, "");

	for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++) {
		struct conv_list out = {0};
		struct strlist warn = {0};
		const char *in = i == 2 ? open : deep;

		ck_assert_int_eq(reader_read("deep.json", fmts[i], in,
					     strlen(in), &out, &warn),
				 -1);
		ck_assert_uint_eq(out.n, 0);
		ck_assert_msg(warn.n == 1 && strstr(warn.v[0],
						    "nested deeper than 64"),
			      "warning '%s'", warn.n ? warn.v[0] : "");
		strlist_free(&warn);
	}
	free(deep);
	free(open);
}
END_TEST

/* A Slack day file without users.json beside it: ids stand in. */
START_TEST(test_slack_without_users)
{
	const char *in = "[{\"type\": \"message\", \"user\": \"U7\", "
			 "\"text\": \"<@U8> ok\", \"ts\": \"0\"}]";
	struct conv_list out = {0};
	struct strlist warn = {0};
	const struct message *m;

	set_tz();
	ck_assert_int_eq(reader_read("no/such/dir/c/2026-01-01.json",
				     FMT_SLACK, in, strlen(in), &out,
				     &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	m = &out.v[0]->msgs[0];
	ck_assert_ptr_null(m->sender_name);
	ck_assert_str_eq(m->sender_addr, "U7");
	ck_assert_str_eq(m->text, "@U8 ok");
	ck_assert_str_eq(out.v[0]->subject, "#c 2026-01-01");
	ck_assert_uint_eq(warn.n, 0);
	conv_list_free(&out);
}
END_TEST

/* Detection: fixtures by content, and short documents. */
static const struct {
	const char *name;
	const char *in; /* NULL: read the file 'name' */
	enum input_format want;
} detect_rows[] = {
	{JSON_DIR "telegram_chat.json", NULL, FMT_TELEGRAM_JSON},
	{JSON_DIR "telegram_account.json", NULL, FMT_TELEGRAM_JSON},
	{JSON_DIR "discord.json", NULL, FMT_DISCORD},
	{SLACK_DAY, NULL, FMT_SLACK},
	{JSON_DIR "slack/users.json", NULL, FMT_SLACK},
	{JSON_DIR "slack/channels.json", NULL, FMT_SLACK},
	{"result.json", "{\"name\": \"chat\", \"messages\": []}\n",
	 FMT_TELEGRAM_JSON},
	{"x", "{\"messages\": [{\"from\": \"A\", \"text\": \"hi\"}]}",
	 FMT_TELEGRAM_JSON},
	{"x", "\xef\xbb\xbf{\"chats\": {\"list\": []}}", FMT_TELEGRAM_JSON},
	{"x.json", "[{\"ts\": \"1\", \"type\": \"message\"}]\n", FMT_SLACK},
	{"x", "{\"guild\": {}, \"channel\": {}, \"messages\": []}",
	 FMT_DISCORD},
	{"messenger.json",
	 "{\"participants\": [{\"name\": \"A\"}], \"messages\": "
	 "[{\"sender_name\": \"A\", \"timestamp_ms\": 1, \"content\": \"x\"}],"
	 " \"title\": \"t\"}",
	 FMT_MESSENGER},
	{"x.json", "{\"a\": 1}", FMT_UNKNOWN},
	{"x.json", "[1, 2]", FMT_UNKNOWN},
	{"x.json", "[{\"ts\": \"1\", \"type\": \"presence\"}]", FMT_UNKNOWN},
	{"x.json",
	 "{\"text\": \"\\\"guild\\\": \\\"channel\\\": \\\"messages\\\": \"}",
	 FMT_UNKNOWN},
	{"x.json", "{\"messages\": \"guild\", \"x\": \"channel\"}",
	 FMT_UNKNOWN},
	/* only the start is sniffed: a cut file is the reader's problem */
	{"x.json", "{\"messages\": [{\"from\": \"A\", \"text\": \"\\",
	 FMT_TELEGRAM_JSON},
};

START_TEST(test_detect)
{
	const char *name = detect_rows[_i].name;
	char *err = NULL, *why = NULL, *data = NULL;
	struct detector *d = detector_new(&err);
	enum input_format f;
	size_t len;

	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	if (detect_rows[_i].in) {
		data = xstrdup(detect_rows[_i].in);
		len = strlen(data);
	} else {
		data = read_file(name, &len, &err);
		ck_assert_msg(data != NULL, "%s: %s", name, err ? err : "");
	}
	f = detect_format(d, name, data, len, &why);
	ck_assert_msg(f == detect_rows[_i].want, "%s '%.50s': %s, want %s (%s)",
		      name, data, format_name(f),
		      format_name(detect_rows[_i].want), why ? why : "");
	if (f == FMT_UNKNOWN)
		ck_assert_msg(why && !strncmp(why, "unrecognized format", 19),
			      "%s: reason '%s'", name, why ? why : "(null)");
	free(why);
	free(data);
	detector_free(d);
}
END_TEST

START_TEST(test_meta_names)
{
	ck_assert(slack_meta_name("a/b/users.json"));
	ck_assert(slack_meta_name("channels.json"));
	ck_assert(slack_meta_name("x/integration_logs.json"));
	ck_assert(!slack_meta_name("x/users.json/2026-01-01.json"));
	ck_assert(!slack_meta_name("x/myusers.json"));
	ck_assert_str_eq(format_name(FMT_TELEGRAM_JSON), "telegram-json");
	ck_assert_str_eq(format_name(FMT_SLACK), "slack");
	ck_assert_str_eq(format_name(FMT_DISCORD), "discord");
}
END_TEST

/* reader_read dispatches the JSON formats here. */
START_TEST(test_dispatch)
{
	const char *in = "{\"messages\": [{\"from\": \"A\", "
			 "\"text\": \"hi\"}]}";
	struct conv_list out = {0};
	struct strlist warn = {0};

	ck_assert_int_eq(reader_read("r.json", FMT_TELEGRAM_JSON, in,
				     strlen(in), &out, &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_str_eq(out.v[0]->msgs[0].text, "hi");
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

UNIT_SUITE(json_export,
	UNIT_ROWS(test_messages, msg_rows),
	UNIT_ROWS(test_conversations, conv_rows),
	UNIT_ROWS(test_bad_input, bad_rows),
	UNIT_TEST(test_depth_scan),
	UNIT_TEST(test_deep_document),
	UNIT_TEST(test_slack_without_users),
	UNIT_ROWS(test_detect, detect_rows),
	UNIT_TEST(test_meta_names),
	UNIT_TEST(test_dispatch))
