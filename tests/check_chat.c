/* check_chat.c - WhatsApp and generic chat-log text readers. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chat_text.h"
#include "reader.h"
#include "suite.h"
#include "walk.h"

#define CHAT_DIR "tests/data/chat/"
#define TZ_FIXED "MSK-3" /* UTC+3 all year: no tz database needed */
#define NNBSP "\xe2\x80\xaf"
#define LRM "\xe2\x80\x8e"

static void
set_tz(void)
{
	setenv("TZ", TZ_FIXED, 1);
	tzset();
}

/* The UTC instant of a civil time written at UTC+3. */
static int64_t
msk(int y, int mo, int d, int h, int mi, int s)
{
	return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s -
	       3 * 3600;
}

/* One header line: the first message it yields. */
static const struct {
	const char *in;
	const char *sender; /* NULL: a system line */
	const char *text;
	int y, mo, d, h, mi, s;
} line_rows[] = {
	{"28.11.2026, 14:05 - Иван: Здравствуйте", "Иван", "Здравствуйте",
	 2026, 11, 28, 14, 5, 0},
	{"28/11/2026, 14:05 - Anna: hi", "Anna", "hi", 2026, 11, 28, 14, 5, 0},
	{"11/28/26, 2:05" NNBSP "PM - Anna: hi", "Anna", "hi", 2026, 11, 28,
	 14, 5, 0},
	{"1/2/26, 12:05 AM - A: b", "A", "b", 2026, 1, 2, 0, 5, 0},
	{"12/01/26, 9:00 pm - A: b", "A", "b", 2026, 12, 1, 21, 0, 0},
	{"01/02/2026, 12:10 p. m. - A: b", "A", "b", 2026, 1, 2, 12, 10, 0},
	{"06/20/2020, 00:08 a. m. - A: b", "A", "b", 2020, 6, 20, 0, 8, 0},
	{LRM "[28.11.26, 14:05:09] Anna: " LRM "image omitted", "Anna",
	 "image omitted", 2026, 11, 28, 14, 5, 9},
	{"[15-01-20 02:22:56] Mary: Nostrud", "Mary", "Nostrud", 2020, 1, 15,
	 2, 22, 56},
	{"[2026-11-28 14:05] Support: text", "Support", "text", 2026, 11, 28,
	 14, 5, 0},
	{"2026-11-28 14:05 - Bob: x", "Bob", "x", 2026, 11, 28, 14, 5, 0},
	{"2026-11-28 14:05:30 - Bob: x", "Bob", "x", 2026, 11, 28, 14, 5, 30},
	{"[2019-12-24, 12:23] Jane Doe: Hello John!", "Jane Doe",
	 "Hello John!", 2019, 12, 24, 12, 23, 0},
	{"2019/01/20, 11:23 - John Doe:.", "John Doe", ".", 2019, 1, 20, 11,
	 23, 0},
	{"\xef\xbb\xbf" "28.11.2026, 14:05 - A: b", "A", "b", 2026, 11, 28, 14,
	 5, 0},
	{"28.11.2026, 14:05 - A: <Media omitted>", "A", "<Media omitted>",
	 2026, 11, 28, 14, 5, 0},
	{"28.11.2026, 14:05 - +7 999 123-45-67: да", "+7 999 123-45-67", "да",
	 2026, 11, 28, 14, 5, 0},
	{"28.11.2026, 14:05 - A: see 10:30: ok", "A", "see 10:30: ok", 2026,
	 11, 28, 14, 5, 0},
	{"12/9/20, 23:55 - Messages and calls are end-to-end encrypted.", NULL,
	 "Messages and calls are end-to-end encrypted.", 2020, 9, 12, 23, 55,
	 0},
	{"15.04.2016, 15:04 - Pokemon Chat: Messages and calls are "
	 "end-to-end encrypted.",
	 NULL, "Messages and calls are end-to-end encrypted.", 2016, 4, 15, 15,
	 4, 0},
	{"12/9/20, 23:16 - Alice created group \"Cool: chat\"", NULL,
	 "Alice created group \"Cool: chat\"", 2020, 9, 12, 23, 16, 0},
	{"12/9/20, 23:55 - Alice added you", NULL, "Alice added you", 2020, 9,
	 12, 23, 55, 0},
	{"12/9/20, 23:55 - Alice changed the subject to \"Re: x\"", NULL,
	 "Alice changed the subject to \"Re: x\"", 2020, 9, 12, 23, 55, 0},
	{"28.11.2026, 10:00 - Иван создал(а) группу «Тест: 1»", NULL,
	 "Иван создал(а) группу «Тест: 1»", 2026, 11, 28, 10, 0, 0},
	{"28.11.2026, 14:05 - A: caf\xe9 \xd0\xc0 ok", "A",
	 "caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd ok", 2026, 11, 28, 14, 5,
	 0},
	{"28.11.2026, 14:05 - A: \xed\xa0\x80 \xf0\x9f\x98\x80", "A",
	 "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xf0\x9f\x98\x80", 2026, 11, 28,
	 14, 5, 0},
	{"28.11.2026, 10:00 - Alice joined using https://chat.example/x", NULL,
	 "Alice joined using https://chat.example/x", 2026, 11, 28, 10, 0, 0},
};

START_TEST(test_header_lines)
{
	const char *in = line_rows[_i].in;
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct message *m;
	int rc;

	set_tz();
	rc = chat_read("t.txt", FMT_WHATSAPP, in, strlen(in), &out, &warn);
	ck_assert_msg(rc == 0 && out.n == 1, "'%s': rc %d", in, rc);
	ck_assert_msg(out.v[0]->n_msgs == 1, "'%s': %zu messages", in,
		      out.v[0]->n_msgs);
	m = &out.v[0]->msgs[0];
	if (line_rows[_i].sender) {
		ck_assert_msg(m->sender_name &&
				      strcmp(m->sender_name,
					     line_rows[_i].sender) == 0,
			      "'%s': sender '%s'", in,
			      m->sender_name ? m->sender_name : "(null)");
		ck_assert_msg(m->role == ROLE_UNKNOWN, "'%s': role %s", in,
			      role_name(m->role));
	} else {
		ck_assert_msg(m->sender_name == NULL && m->role == ROLE_SYSTEM,
			      "'%s': not a system line (sender '%s')", in,
			      m->sender_name ? m->sender_name : "(null)");
	}
	ck_assert_msg(strcmp(m->text, line_rows[_i].text) == 0,
		      "'%s': text '%s'", in, m->text);
	ck_assert_msg(m->time.set, "'%s': no time", in);
	ck_assert_msg(m->time.t == msk(line_rows[_i].y, line_rows[_i].mo,
				       line_rows[_i].d, line_rows[_i].h,
				       line_rows[_i].mi, line_rows[_i].s),
		      "'%s': wrong time %lld", in, (long long)m->time.t);
	ck_assert_msg(m->time.off == 3 * 3600, "'%s': offset %d", in,
		      (int)m->time.off);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Whole files: messages expected as sender|text, "-" for system. */
static const struct {
	const char *name;
	const char *in;
	const char *msgs[4];
	int first_day, first_month; /* date of message 1 */
} file_rows[] = {
	{"multi-line",
	 "28.11.2026, 14:05 - A: line1\nline2\n\n28.11.2026, 14:06 - B: x\n",
	 {"A|line1\nline2", "B|x"}, 28, 11},
	{"crlf",
	 "28.11.2026, 14:05 - A: line1\r\nline2\r\n28.11.2026, 14:06 - B: x\r\n",
	 {"A|line1\nline2", "B|x"}, 28, 11},
	{"preamble",
	 "Chat history\nexported\n28.11.2026, 14:05 - A: a\n", {"A|a"}, 28,
	 11},
	{"day first decided later",
	 "01/02/2026, 10:00 - A: x\n13/02/2026, 10:00 - A: y\n",
	 {"A|x", "A|y"}, 1, 2},
	{"month first decided later",
	 "01/02/2026, 10:00 - A: x\n02/13/2026, 10:00 - A: y\n",
	 {"A|x", "A|y"}, 2, 1},
	{"ambiguous 24h is day first", "03/04/26, 10:00 - A: x\n", {"A|x"},
	 3, 4},
	{"invalid date is text",
	 "28.11.2026, 14:05 - A: x\n31.02.2026, 14:05 - A: y\n",
	 {"A|x\n31.02.2026, 14:05 - A: y"}, 28, 11},
	{"system then messages",
	 "12/9/20, 23:55 - Alice added you\n12/9/20, 23:56 - Bob: hi\n",
	 {"-|Alice added you", "Bob|hi"}, 12, 9},
	{"empty text",
	 "28.11.2026, 14:05 - A:\nnext line\n28.11.2026, 14:06 - B: \n",
	 {"A|next line", "B|"}, 28, 11},
};

static void
check_message(const char *name, const struct message *m, const char *want,
	      size_t idx)
{
	const char *bar = strchr(want, '|');
	size_t sl = (size_t)(bar - want);

	ck_assert_msg(m->index == idx, "%s: message %zu has index %zu", name,
		      idx, m->index);
	if (sl == 1 && want[0] == '-')
		ck_assert_msg(m->role == ROLE_SYSTEM && !m->sender_name,
			      "%s: message %zu not system", name, idx);
	else
		ck_assert_msg(m->sender_name && strlen(m->sender_name) == sl &&
				      strncmp(m->sender_name, want, sl) == 0,
			      "%s: message %zu sender '%s'", name, idx,
			      m->sender_name ? m->sender_name : "(null)");
	ck_assert_msg(strcmp(m->text, bar + 1) == 0,
		      "%s: message %zu text '%s', want '%s'", name, idx,
		      m->text, bar + 1);
}

START_TEST(test_files)
{
	const char *in = file_rows[_i].in, *name = file_rows[_i].name;
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct conversation *c;
	struct civil cv;
	size_t n = 0;

	set_tz();
	while (n < 4 && file_rows[_i].msgs[n])
		n++;
	ck_assert_msg(chat_read("f.txt", FMT_WHATSAPP, in, strlen(in), &out,
				&warn) == 0,
		      "%s: failed", name);
	c = out.v[0];
	ck_assert_msg(c->n_msgs == n, "%s: %zu messages, want %zu", name,
		      c->n_msgs, n);
	for (size_t i = 0; i < n; i++)
		check_message(name, &c->msgs[i], file_rows[_i].msgs[i], i + 1);
	time_to_civil(c->msgs[0].time, &cv);
	ck_assert_msg(cv.day == file_rows[_i].first_day &&
			      cv.month == file_rows[_i].first_month,
		      "%s: first date %d.%d", name, cv.day, cv.month);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

static const struct {
	const char *in;
	size_t len; /* 0: strlen */
} bad_rows[] = {
	{"hello\nworld\n", 0},
	{"", 0},
	{"32.13.2026, 10:00 - A: x\n", 0},
	{"28.11.2026 - A: x\n", 0},
	{"[28.11.2026, 14:05 A: x\n", 0},
	{"\0\0\0", 3},
};

START_TEST(test_no_messages)
{
	const char *in = bad_rows[_i].in;
	size_t len = bad_rows[_i].len ? bad_rows[_i].len : strlen(in);
	struct conv_list out = {0};
	struct strlist warn = {0};
	int rc;

	rc = chat_read("bad.txt", FMT_WHATSAPP, in, len, &out, &warn);
	ck_assert_msg(rc == -1 && out.n == 0, "row %d: rc %d, %zu convs", _i,
		      rc, out.n);
	ck_assert_msg(warn.n == 1 &&
			      strcmp(warn.v[0], "no chat messages recognised") ==
				      0,
		      "row %d: warning '%s'", _i, warn.n ? warn.v[0] : "");
	strlist_free(&warn);
}
END_TEST

START_TEST(test_conversation_fields)
{
	const char *in = "[2026-11-28 14:05] A: x\n";
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct conversation *c;

	ck_assert(chat_read("dir/log.txt", FMT_CHATLOG, in, strlen(in), &out,
			    &warn) == 0);
	c = out.v[0];
	ck_assert_str_eq(c->source, "dir/log.txt");
	ck_assert_int_eq(c->format, FMT_CHATLOG);
	ck_assert_str_eq(c->channel, "chat");
	ck_assert_ptr_null(c->subject);
	ck_assert_ptr_null(c->msgs[0].sender_addr);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

START_TEST(test_nul_and_long_lines)
{
	size_t n = 1 << 20;
	char *big = xmalloc(n + 64);
	struct conv_list out = {0};
	struct strlist warn = {0};
	int rc;

	strcpy(big, "28.11.2026, 14:05 - A: ");
	memset(big + 23, 'x', n);
	big[100] = '\0'; /* a NUL inside the text is dropped */
	memcpy(big + 23 + n, "\n", 2);
	rc = chat_read("big.txt", FMT_WHATSAPP, big, 23 + n + 1, &out, &warn);
	ck_assert_msg(rc == 0 && out.n == 1, "long line: rc %d", rc);
	ck_assert_uint_eq(strlen(out.v[0]->msgs[0].text), n - 1);
	conv_list_free(&out);
	strlist_free(&warn);
	free(big);
}
END_TEST

/* Fixture files: messages, of them system, and the text of one. */
static const struct {
	const char *file;
	enum input_format fmt;
	size_t n_msgs, n_system;
	size_t probe;
	const char *probe_sender, *probe_text;
} fixture_rows[] = {
	{"android_ru.txt", FMT_WHATSAPP, 5, 1, 2, "Иван Петров",
	 "Здравствуйте, деньги не вернулись.\nНомер заказа 4411."},
	{"ios_en.txt", FMT_WHATSAPP, 4, 1, 3, "Acme Support",
	 "We will get back to you within 3 business days."},
	{"chatlog.txt", FMT_CHATLOG, 3, 0, 2, "Agent Smith",
	 "Checking.\nPlease wait."},
};

START_TEST(test_fixtures)
{
	const char *file = fixture_rows[_i].file;
	char *path = xasprintf(CHAT_DIR "%s", file), *err = NULL, *data;
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct conversation *c;
	const struct message *m;
	size_t len, sys = 0;

	set_tz();
	data = read_file(path, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	ck_assert_msg(chat_read(path, fixture_rows[_i].fmt, data, len, &out,
				&warn) == 0,
		      "%s: not read", file);
	c = out.v[0];
	for (size_t i = 0; i < c->n_msgs; i++)
		sys += c->msgs[i].role == ROLE_SYSTEM;
	ck_assert_msg(c->n_msgs == fixture_rows[_i].n_msgs &&
			      sys == fixture_rows[_i].n_system,
		      "%s: %zu messages, %zu system", file, c->n_msgs, sys);
	m = &c->msgs[fixture_rows[_i].probe - 1];
	ck_assert_msg(m->sender_name &&
			      strcmp(m->sender_name,
				     fixture_rows[_i].probe_sender) == 0 &&
			      strcmp(m->text, fixture_rows[_i].probe_text) == 0,
		      "%s: message %zu is '%s': '%s'", file,
		      fixture_rows[_i].probe,
		      m->sender_name ? m->sender_name : "(null)", m->text);
	conv_list_free(&out);
	strlist_free(&warn);
	free(data);
	free(path);
}
END_TEST

START_TEST(test_ios_times)
{
	char *err = NULL, *data;
	struct conv_list out = {0};
	struct strlist warn = {0};
	size_t len;

	set_tz();
	data = read_file(CHAT_DIR "ios_en.txt", &len, &err);
	ck_assert_ptr_nonnull(data);
	ck_assert_int_eq(chat_read("ios_en.txt", FMT_WHATSAPP, data, len, &out,
				   &warn),
			 0);
	/* [11/27/26, 1:05:30 PM] and [11/28/26, 12:10:00 AM] */
	ck_assert(out.v[0]->msgs[2].time.t == msk(2026, 11, 27, 13, 5, 30));
	ck_assert(out.v[0]->msgs[3].time.t == msk(2026, 11, 28, 0, 10, 0));
	ck_assert_str_eq(out.v[0]->msgs[3].text, "image omitted");
	conv_list_free(&out);
	strlist_free(&warn);
	free(data);
}
END_TEST

START_TEST(test_reader_dispatch)
{
	const char *in = "28.11.2026, 14:05 - A: x\n";
	struct conv_list out = {0};
	struct strlist warn = {0};
	static const enum input_format refused[] = {FMT_BINARY, FMT_UNKNOWN,
						     FMT_UNSUPPORTED};

	ck_assert_int_eq(reader_read("a.txt", FMT_WHATSAPP, in, strlen(in),
				     &out, &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	for (size_t i = 0; i < 3; i++) {
		ck_assert_msg(reader_read("a.txt", refused[i], in, strlen(in),
					  &out, &warn) == -1,
			      "format %s was read", format_name(refused[i]));
		ck_assert_uint_eq(warn.n, i + 1);
	}
	ck_assert_uint_eq(out.n, 1);
	conv_list_free(&out);
	ck_assert_uint_eq(out.n, 0);
	strlist_free(&warn);
}
END_TEST

UNIT_SUITE(chat,
	UNIT_ROWS(test_header_lines, line_rows),
	UNIT_ROWS(test_files, file_rows),
	UNIT_ROWS(test_no_messages, bad_rows),
	UNIT_TEST(test_conversation_fields),
	UNIT_TEST(test_nul_and_long_lines),
	UNIT_ROWS(test_fixtures, fixture_rows),
	UNIT_TEST(test_ios_times),
	UNIT_TEST(test_reader_dispatch))
