/* check_formats.c - the table of input formats (include/formats.def):
 * names as docs/json.md spells them, channels, formings, feeds, and the
 * dispatch to readers (reader.h). */
#include <check.h>
#include <string.h>

#include "message.h"
#include "reader.h"
#include "suite.h"

/* Written from docs/json.md (INPUT and CONVERSATION "format" and
 * "channel") and SPEC 3: e-mail formats are threaded, chats are not;
 * SPEC 3's streamed mbox is read in pieces, a .pst streamed by libpst,
 * every other file whole. */
static const struct {
	enum input_format fmt;
	const char *name;
	const char *channel;
	enum conv_forming forming;
	enum feed feed;
} rows[] = {
	{FMT_EML, "eml", "email", CONV_THREADED, FEED_WHOLE},
	{FMT_MBOX, "mbox", "email", CONV_THREADED, FEED_PIECES},
	{FMT_OUTLOOK_MSG, "outlook-msg", "email", CONV_THREADED, FEED_WHOLE},
	{FMT_PST, "pst", "email", CONV_THREADED, FEED_STREAM},
	{FMT_WHATSAPP, "whatsapp", "chat", CONV_FILE, FEED_WHOLE},
	{FMT_CHATLOG, "chat-log", "chat", CONV_FILE, FEED_WHOLE},
	{FMT_TELEGRAM_JSON, "telegram-json", "chat", CONV_PER_CHAT, FEED_WHOLE},
	{FMT_SLACK, "slack", "chat", CONV_DAY_FILES, FEED_WHOLE},
	{FMT_DISCORD, "discord", "chat", CONV_FILE, FEED_WHOLE},
	{FMT_MESSENGER, "messenger", "chat", CONV_PARTS, FEED_WHOLE},
	{FMT_INSTAGRAM, "instagram", "chat", CONV_PARTS, FEED_WHOLE},
	{FMT_TELEGRAM_HTML, "telegram-html", "chat", CONV_PARTS, FEED_WHOLE},
	{FMT_HTML_PAGE, "html", "chat", CONV_FILE, FEED_WHOLE},
	{FMT_TRANSCRIPT, "transcript", "chat", CONV_FILE, FEED_WHOLE},
	{FMT_ARCHIVE, "archive", "chat", CONV_NONE, FEED_WHOLE},
	{FMT_OWN_REPORT, "report", "chat", CONV_NONE, FEED_WHOLE},
	{FMT_BINARY, "binary", "chat", CONV_NONE, FEED_WHOLE},
	{FMT_UNSUPPORTED, "unsupported", "chat", CONV_NONE, FEED_WHOLE},
	{FMT_UNKNOWN, "unknown", "chat", CONV_NONE, FEED_WHOLE},
};

#define N_ROWS ((int)(sizeof(rows) / sizeof(rows[0])))

START_TEST(test_row)
{
	struct conversation *c = conversation_new("x", rows[_i].fmt);

	ck_assert_str_eq(format_name(rows[_i].fmt), rows[_i].name);
	ck_assert_str_eq(channel_name(format_channel(rows[_i].fmt)),
			 rows[_i].channel);
	ck_assert_int_eq(format_forming(rows[_i].fmt), rows[_i].forming);
	ck_assert_int_eq(format_feed(rows[_i].fmt), rows[_i].feed);
	/* a conversation is born with its format's channel */
	ck_assert_str_eq(c->channel, rows[_i].channel);
	ck_assert(conversation_is_email(c) ==
		  (strcmp(rows[_i].channel, "email") == 0));
	conversation_free(c);
}
END_TEST

/* Every value of the enum is a row above, and no two share a name. */
START_TEST(test_every_format_once)
{
	ck_assert_int_eq(N_ROWS, FMT_OWN_REPORT + 1);
	for (int i = 0; i < N_ROWS; i++)
		for (int j = i + 1; j < N_ROWS; j++) {
			ck_assert_int_ne(rows[i].fmt, rows[j].fmt);
			ck_assert_str_ne(format_name(rows[i].fmt),
					 format_name(rows[j].fmt));
		}
	ck_assert_str_eq(format_name((enum input_format)(FMT_OWN_REPORT + 1)),
			 "?");
}
END_TEST

/* Formats that are recognised but never read: no conversation, the
 * reason as the one warning. */
static const struct {
	enum input_format fmt;
	const char *warn;
} refused[] = {
	{FMT_BINARY, "binary file skipped"},
	{FMT_UNSUPPORTED, "format not supported by this version"},
	{FMT_UNKNOWN, "unrecognized format"},
	{FMT_ARCHIVE, "unrecognized format"},
	{FMT_OWN_REPORT, "unrecognized format"},
	{(enum input_format)(FMT_OWN_REPORT + 1), "unrecognized format"},
};

START_TEST(test_refused)
{
	const char *in = "Date: Mon, 2 Nov 2026 10:00:00 +0300\n\nhello\n";
	struct conv_list out = {0};
	struct strlist warn = {0};

	ck_assert_int_eq(reader_read("f", refused[_i].fmt, in, strlen(in),
				     &out, &warn),
			 -1);
	ck_assert_uint_eq(out.n, 0);
	ck_assert_uint_eq(warn.n, 1);
	ck_assert_str_eq(warn.v[0], refused[_i].warn);
	strlist_free(&warn);
}
END_TEST

/* The same bytes go to the reader the row names. */
START_TEST(test_dispatch)
{
	const char *mail = "From: a@example.com\nSubject: s\n\nhello\n";
	const char *chat = "[2026-11-02 10:00] Ann: hello\n"
			   "[2026-11-02 10:05] Bob: hi\n";
	struct conv_list out = {0};
	struct strlist warn = {0};

	ck_assert_int_eq(reader_read("m.eml", FMT_EML, mail, strlen(mail),
				     &out, &warn),
			 0);
	ck_assert_int_eq(reader_read("c.txt", FMT_CHATLOG, chat, strlen(chat),
				     &out, &warn),
			 0);
	ck_assert_uint_eq(out.n, 2);
	ck_assert_int_eq(out.v[0]->format, FMT_EML);
	ck_assert_str_eq(out.v[0]->channel, "email");
	ck_assert_int_eq(out.v[1]->format, FMT_CHATLOG);
	ck_assert_str_eq(out.v[1]->channel, "chat");
	ck_assert_uint_eq(out.v[1]->n_msgs, 2);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

Suite *suite_formats(void);

Suite *
suite_formats(void)
{
	const struct unit_test formats[] = {
		UNIT_ROWS(test_row, rows),
		UNIT_TEST(test_every_format_once),
		UNIT_ROWS(test_refused, refused),
		UNIT_TEST(test_dispatch),
	};
	Suite *s = suite_create("formats");

	UNIT_CASE(s, "formats", formats);
	return s;
}
