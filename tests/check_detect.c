/* check_detect.c - format detection: libmagic class plus content sniffing. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "suite.h"
#include "walk.h"

#define MBOX_FROM1 "From a@example.com Sat Nov 28 10:00:00 2026\n"
#define MBOX_FROM2 "From b@example.com Sat Nov 28 11:00:00 2026\n"

static const struct {
	const char *name;
	const char *in;
	size_t len; /* 0: strlen */
	enum input_format want;
	const char *why; /* prefix of the reason, NULL: none */
} rows[] = {
	{"chat.txt", "28.11.2026, 14:05 - A: b\n28.11.2026, 14:06 - B: c\n", 0,
	 FMT_WHATSAPP, NULL},
	{"chat.txt", "\xef\xbb\xbf" "11/28/26, 2:05\xe2\x80\xafPM - A: b\n", 0,
	 FMT_WHATSAPP, NULL},
	{"chat.txt", "\xe2\x80\x8e[28.11.26, 14:05:09] A: b\n", 0,
	 FMT_WHATSAPP, NULL},
	{"x", "[15-01-20 02:22:56] Mary: hi\n", 0, FMT_WHATSAPP, NULL},
	{"log.txt", "[2026-11-28 14:05] A: b\n", 0, FMT_CHATLOG, NULL},
	{"log.txt", "2026-11-28 14:05:01 - A: b\n", 0, FMT_CHATLOG, NULL},
	{"log.txt", "Saved chat\n[2026-11-28 14:05] A: b\n[2026-11-28 14:06] "
		    "B: c\n", 0, FMT_CHATLOG, NULL},
	{"m", "From: a@example.com\nTo: b@example.com\nSubject: x\n\nhi\n", 0,
	 FMT_EML, NULL},
	{"m", "Received: from mx by mx2; Sat, 28 Nov 2026\nFrom: a@b.c\n\nx", 0,
	 FMT_EML, NULL},
	{"m", "\xef\xbb\xbf" "Delivered-To: a@b.c\n\nx", 0, FMT_EML, NULL},
	{"m", "MIME-Version: 1.0\nContent-Type: text/plain\n\nx", 0, FMT_EML,
	 NULL},
	{"m", "Subject: x\n\nbody\0with a binary part", 31, FMT_EML, NULL},
	{"box", MBOX_FROM1 "From: a@example.com\n\nx\n\n" MBOX_FROM2
			   "From: b@example.com\n\ny\n",
	 0, FMT_MBOX, NULL},
	{"one", MBOX_FROM1 "From: a@example.com\n\nx\n", 0, FMT_MBOX, NULL},
	{"one.eml", MBOX_FROM1 "From: a@example.com\n\nx\n", 0, FMT_EML, NULL},
	{"page.html", "<!DOCTYPE html><html><body>hi</body></html>\n", 0,
	 FMT_HTML_PAGE, NULL},
	{"x", "  <div class=\"message\">hi</div>\n", 0, FMT_HTML_PAGE, NULL},
	{"result.json", "{\"name\": \"chat\", \"messages\": []}\n", 0,
	 FMT_TELEGRAM_JSON, NULL},
	{"x.json", "[{\"ts\": \"1\", \"type\": \"message\"}]\n", 0,
	 FMT_SLACK, NULL},
	{"a.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x03\x00", 12,
	 FMT_BINARY, "gzip-compressed file: not read"},
	{"a.xz", "\xfd" "7zXZ\0\0\x04\xe6", 9, FMT_BINARY,
	 "xz-compressed file: not read"},
	{"a.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, FMT_BINARY,
	 "binary file ("},
	{"a.zip", "PK\x03\x04\x14\0\0\0", 8, FMT_BINARY,
	 "zip archive: not read"},
	{"a.bin", "abc\0def\0", 8, FMT_BINARY, "binary file ("},
	{"notes.txt", "hello world\nnothing here\n", 0, FMT_UNKNOWN,
	 "unrecognized format"},
	{"notes.eml", "hello world\nnothing here\n", 0, FMT_EML, NULL},
	{"empty", "", 0, FMT_UNKNOWN, "empty file"},
	{"u16.txt", "\xff\xfe" "a\0b\0", 6, FMT_UNSUPPORTED, "utf-16"},
	{"one-line.txt", "28.11.2026 it was a Saturday - fine\n", 0,
	 FMT_UNKNOWN, "unrecognized format"},
};

START_TEST(test_rows)
{
	const char *in = rows[_i].in;
	size_t len = rows[_i].len ? rows[_i].len : strlen(in);
	char *err = NULL, *why = NULL;
	struct detector *d = detector_new(&err);
	enum input_format f;

	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	f = detect_format(d, rows[_i].name, in, len, &why);
	ck_assert_msg(f == rows[_i].want, "%s '%.40s': %s, want %s (%s)",
		      rows[_i].name, in, format_name(f),
		      format_name(rows[_i].want), why ? why : "");
	if (rows[_i].why)
		ck_assert_msg(why && strncmp(why, rows[_i].why,
					     strlen(rows[_i].why)) == 0,
			      "%s: reason '%s', want '%s'", rows[_i].name,
			      why ? why : "(null)", rows[_i].why);
	free(why);
	detector_free(d);
}
END_TEST

/* A large mail with a "From " line far past the first 64 KiB. */
START_TEST(test_mbox_second_message_late)
{
	size_t pad = 200000;
	const char *head = MBOX_FROM1 "From: a@example.com\n\n";
	const char *tail = "\n" MBOX_FROM2 "From: b@example.com\n\ny\n";
	char *buf = xmalloc(strlen(head) + pad + strlen(tail) + 1), *why = NULL;
	char *err = NULL;
	struct detector *d = detector_new(&err);
	size_t n;

	strcpy(buf, head);
	n = strlen(head);
	memset(buf + n, 'x', pad);
	strcpy(buf + n + pad, tail);
	ck_assert_int_eq(detect_format(d, "box", buf, strlen(buf), &why),
			 FMT_MBOX);
	ck_assert_ptr_null(why);
	free(why);
	free(buf);
	detector_free(d);
}
END_TEST

/* The fixture files of tests/data, each detected as its own format by
 * content (the name is a hint only). */
static const struct {
	const char *path;
	enum input_format f;
} fixture_rows[] = {
	{"tests/data/chat/android_ru.txt", FMT_WHATSAPP},
	{"tests/data/chat/ios_en.txt", FMT_WHATSAPP},
	{"tests/data/chat/chatlog.txt", FMT_CHATLOG},
	{"tests/data/eml/en_alternative.eml", FMT_EML},
	{"tests/data/eml/ru_koi8r_base64.eml", FMT_EML},
	{"tests/data/html/tg/messages.html", FMT_TELEGRAM_HTML},
	{"tests/data/html/tg/messages2.html", FMT_TELEGRAM_HTML},
	{"tests/data/html/tg/messages3.html", FMT_TELEGRAM_HTML},
	{"tests/data/html/support_chat_ru.html", FMT_HTML_PAGE},
	{"tests/data/html/webmail_en.html", FMT_HTML_PAGE},
	{"tests/data/json/telegram_chat.json", FMT_TELEGRAM_JSON},
	{"tests/data/json/discord.json", FMT_DISCORD},
	{"tests/data/json/slack/support/2026-11-25.json", FMT_SLACK},
	/* the export's own files, an object as well as an array */
	{"tests/data/json/slack/integration_logs.json", FMT_SLACK},
	{"tests/data/json/slack/users.json", FMT_SLACK},
	{"tests/data/mbox/mboxrd.mbox", FMT_MBOX},
	{"tests/data/mbox/crlf.mbox", FMT_MBOX},
	{"tests/data/transcript/livechat_en.txt", FMT_TRANSCRIPT},
	{"tests/data/transcript/jivo_ru.txt", FMT_TRANSCRIPT},
	{"tests/data/transcript/helpdesk_ru.txt", FMT_TRANSCRIPT},
	{"tests/data/transcript/bracket_en.txt", FMT_TRANSCRIPT},
	{"tests/data/transcript/transcript_mail.eml", FMT_EML},
};

START_TEST(test_fixtures)
{
	char *err = NULL;
	struct detector *d = detector_new(&err);

	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	for (size_t i = 0; i < sizeof(fixture_rows) / sizeof(fixture_rows[0]);
	     i++) {
		char *why = NULL, *data;
		size_t len;
		enum input_format f;

		data = read_file(fixture_rows[i].path, &len, &err);
		ck_assert_msg(data != NULL, "%s: %s", fixture_rows[i].path,
			      err ? err : "");
		f = detect_format(d, fixture_rows[i].path, data, len, &why);
		ck_assert_msg(f == fixture_rows[i].f, "%s: %s (%s)",
			      fixture_rows[i].path, format_name(f),
			      why ? why : "");
		free(why);
		free(data);
	}
	detector_free(d);
}
END_TEST

UNIT_SUITE(detect,
	UNIT_ROWS(test_rows, rows),
	UNIT_TEST(test_mbox_second_message_late),
	UNIT_TEST(test_fixtures))
