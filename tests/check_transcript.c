/* check_transcript.c - web-chat and helpdesk transcripts, in files and in
 * e-mail bodies. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "detect.h"
#include "reader.h"
#include "suite.h"
#include "transcript.h"
#include "walk.h"

#define TR_DIR "tests/data/transcript/"
#define TZ_FIXED "MSK-3" /* UTC+3 all year: no tz database needed */

static void
set_tz(void)
{
	setenv("TZ", TZ_FIXED, 1);
	tzset();
}

/* The UTC instant of a civil time at offset 'off' hours. */
static int64_t
at(int y, int mo, int d, int h, int mi, int off)
{
	return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 -
	       off * 3600;
}

struct want {
	const char *sender; /* NULL: a system line */
	const char *text;   /* exact */
	int y, mo, d, h, mi, off;
};

static void
check_messages(const struct conversation *c, const struct want *w, size_t n,
	       const char *what)
{
	ck_assert_msg(c->n_msgs == n, "%s: %zu messages, want %zu", what,
		      c->n_msgs, n);
	for (size_t i = 0; i < n; i++) {
		const struct message *m = &c->msgs[i];

		ck_assert_msg(w[i].sender ? m->role == ROLE_UNKNOWN
					  : m->role == ROLE_SYSTEM,
			      "%s #%zu: role %s", what, i + 1,
			      role_name(m->role));
		if (w[i].sender)
			ck_assert_msg(m->sender_name &&
					  strcmp(m->sender_name, w[i].sender) ==
					      0,
				      "%s #%zu: sender '%s'", what, i + 1,
				      m->sender_name ? m->sender_name : "");
		ck_assert_msg(strcmp(m->text, w[i].text) == 0,
			      "%s #%zu: text '%s'", what, i + 1, m->text);
		ck_assert_msg(m->time.set &&
				  m->time.t == at(w[i].y, w[i].mo, w[i].d,
						  w[i].h, w[i].mi, w[i].off) &&
				  m->time.off == w[i].off * 3600,
			      "%s #%zu: time %lld%+d", what, i + 1,
			      (long long)m->time.t, m->time.off);
	}
}

/* Hand-checked from the fixture files. */
static const struct want livechat_en[] = {
    {NULL, "Chat started: 2026-11-20 10:00", 2026, 11, 20, 10, 0, 3},
    {"John Smith", "Hi, my order A-5521 has not arrived.", 2026, 11, 20, 10, 1,
     3},
    {"Kate", "Hello John! I am sorry to hear that.\nLet me check the order.",
     2026, 11, 20, 10, 3, 3},
    {"Kate",
     "Your ticket number is 48213. We will refund the payment within 5 "
     "business days.",
     2026, 11, 20, 10, 5, 3},
    {"John Smith", "Thank you.", 2026, 11, 20, 10, 6, 3},
    {NULL, "Chat ended by visitor", 2026, 11, 20, 10, 6, 3},
};

static const struct want jivo_ru[] = {
    {"Посетитель", "Здравствуйте, заказ 7781 не доставлен.", 2026, 11, 20, 10,
     2, 3},
    {NULL, "Оператор Анна подключилась к чату", 2026, 11, 20, 10, 3, 3},
    {"Анна",
     "Добрый день! Передала обращение № 55012 в службу доставки.\n"
     "Ответим в течение 2 рабочих дней.",
     2026, 11, 20, 10, 4, 3},
    {"Посетитель", "Жду.", 2026, 11, 20, 23, 58, 3},
    /* the clock went back: the next day */
    {"Анна", "Уточнила: доставка завтра.", 2026, 11, 21, 0, 10, 3},
    {NULL, "Диалог завершён", 2026, 11, 21, 0, 12, 3},
};

static const struct want helpdesk_ru[] = {
    {"Мария Соколова", "Добрый день. Деньги за возврат так и не пришли.", 2026,
     11, 20, 14, 30, 3},
    {"Служба поддержки",
     "Здравствуйте, Мария. Возврат оформлен, срок зачисления до "
     "27.11.2026.",
     2026, 11, 20, 15, 10, 3},
    {"Мария Соколова", "Деньги не пришли. Прошу сообщить причину задержки.",
     2026, 11, 28, 9, 0, 3},
};

static const struct want bracket_en[] = {
    {NULL, "Chat started: November 20, 2026 9:58 AM", 2026, 11, 20, 9, 58, 3},
    {"Visitor", "I was charged twice for my subscription.", 2026, 11, 20, 10, 0,
     3},
    {"Support Bot", "An agent will join shortly.", 2026, 11, 20, 10, 2, 3},
    {NULL, "Mike joined the chat", 2026, 11, 20, 10, 5, 3},
    {"Mike", "Hi, I see the duplicate charge. Your ticket is #77310.", 2026, 11,
     20, 10, 6, 3},
    {"Mike", "We are unable to refund it today, sorry.", 2026, 11, 20, 10, 7,
     3},
    {NULL, "Chat ended", 2026, 11, 20, 10, 7, 3},
};

static const struct {
	const char *file;
	const struct want *w;
	size_t n;
} file_rows[] = {
    {"livechat_en.txt", livechat_en,
     sizeof(livechat_en) / sizeof(livechat_en[0])},
    {"jivo_ru.txt", jivo_ru, sizeof(jivo_ru) / sizeof(jivo_ru[0])},
    {"helpdesk_ru.txt", helpdesk_ru,
     sizeof(helpdesk_ru) / sizeof(helpdesk_ru[0])},
    {"bracket_en.txt", bracket_en, sizeof(bracket_en) / sizeof(bracket_en[0])},
};

START_TEST(test_files)
{
	set_tz();
	for (size_t i = 0; i < sizeof(file_rows) / sizeof(file_rows[0]); i++) {
		char *path = xasprintf("%s%s", TR_DIR, file_rows[i].file);
		char *err = NULL, *data;
		struct conv_list out = {0};
		struct strlist warn = {0};
		size_t len;

		data = read_file(path, &len, &err);
		ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
		ck_assert_int_eq(transcript_read(path, data, len, &out, &warn),
				 0);
		ck_assert_uint_eq(out.n, 1);
		ck_assert_int_eq(out.v[0]->format, FMT_TRANSCRIPT);
		check_messages(out.v[0], file_rows[i].w, file_rows[i].n,
			       file_rows[i].file);
		conv_list_free(&out);
		strlist_free(&warn);
		free(data);
		free(path);
	}
}
END_TEST

/* One header line under "Chat started: 20.11.2026" gives this message. */
static const struct {
	const char *line;
	const char *sender; /* NULL: system */
	const char *text;
	int h, mi;
} line_rows[] = {
    {"Anna (10:02): hello", "Anna", "hello", 10, 2},
    {"Anna (10:02:00): hello", "Anna", "hello", 10, 2},
    {"Анна Иванова (9:05 PM): добрый вечер", "Анна Иванова", "добрый вечер", 21,
     5},
    {"[10:02] Anna: see 10:30: ok", "Anna", "see 10:30: ok", 10, 2},
    {"[10:02:00] Оператор: Здравствуйте", "Оператор", "Здравствуйте", 10, 2},
    {"10:02 Anna: hi", "Anna", "hi", 10, 2},
    {"10:02 - Anna: hi", "Anna", "hi", 10, 2},
    {"Anna, 20.11.2026 10:02\nhello\nthere", "Anna", "hello\nthere", 10, 2},
    {"Anna (20.11.2026 10:02): hi", "Anna", "hi", 10, 2},
    {"Дарья (Служба поддержки) (10:05): Добрый день",
     "Дарья (Служба поддержки)", "Добрый день", 10, 5},
    {"Sam (Acme Support) (9:15 AM): hi (really)", "Sam (Acme Support)",
     "hi (really)", 9, 15},
    {"[10:02] Visitor left the chat", NULL, "Visitor left the chat", 10, 2},
};

START_TEST(test_lines)
{
	set_tz();
	for (size_t i = 0; i < sizeof(line_rows) / sizeof(line_rows[0]); i++) {
		char *in = xasprintf("Chat started: 20.11.2026\n%s\n",
				     line_rows[i].line);
		struct conversation *c = conversation_new("t", FMT_TRANSCRIPT);
		const struct message *m;

		transcript_parse(c, in, strlen(in), NULL);
		ck_assert_msg(c->n_msgs == 2, "'%s': %zu messages",
			      line_rows[i].line, c->n_msgs);
		m = &c->msgs[1];
		ck_assert_msg(
		    line_rows[i].sender
			? m->sender_name &&
			      strcmp(m->sender_name, line_rows[i].sender) == 0
			: m->role == ROLE_SYSTEM,
		    "'%s': sender '%s'", line_rows[i].line,
		    m->sender_name ? m->sender_name : "");
		ck_assert_msg(strcmp(m->text, line_rows[i].text) == 0,
			      "'%s': text '%s'", line_rows[i].line, m->text);
		ck_assert_msg(m->time.t == at(2026, 11, 20, line_rows[i].h,
					      line_rows[i].mi, 3),
			      "'%s': time", line_rows[i].line);
		conversation_free(c);
		free(in);
	}
}
END_TEST

/* Day separators that open with the day's name ("Tuesday, April 14,
 * 2026", «Вторник, 14 апреля 2026 г.») move the date on; the lines
 * themselves are no message text. */
START_TEST(test_named_day_separators)
{
	static const char *const ins[] = {
	    "Monday, April 6, 2026\nAnna (10:14): hi\n\n"
	    "Tuesday, April 14, 2026\nAnna (09:02): again\n",
	    "Понедельник, 6 апреля 2026 г.\nАнна (10:14): привет\n\n"
	    "Вторник, 14 апреля 2026 г.\nАнна (09:02): снова\n",
	};

	set_tz();
	for (size_t i = 0; i < sizeof(ins) / sizeof(ins[0]); i++) {
		struct conversation *c = conversation_new("t", FMT_TRANSCRIPT);

		ck_assert_uint_eq(transcript_parse(c, ins[i], strlen(ins[i]),
						   NULL),
				  2);
		ck_assert(c->msgs[0].time.t == at(2026, 4, 6, 10, 14, 3));
		ck_assert(c->msgs[1].time.t == at(2026, 4, 14, 9, 2, 3));
		ck_assert_msg(strchr(c->msgs[0].text, '\n') == NULL,
			      "'%s'", c->msgs[0].text);
		conversation_free(c);
	}
}
END_TEST

/* No date anywhere: times of day without a date are unknown. */
START_TEST(test_no_date)
{
	static const char in[] = "Anna (10:02): hi\nBob (10:03): hello\n";
	struct conversation *c = conversation_new("t", FMT_TRANSCRIPT);

	ck_assert_uint_eq(transcript_parse(c, in, strlen(in), NULL), 2);
	ck_assert(!c->msgs[0].time.set);
	conversation_free(c);
}
END_TEST

/* A transcript mailed by a web chat: a chat at the mail's offset. */
static const struct want mail_rows[] = {
    {"John Smith", "Hi, my refund has not arrived.", 2026, 11, 20, 10, 1, 0},
    {"Kate", "Hello John, your case number is 99812.", 2026, 11, 20, 10, 3, 0},
    {"Kate", "The refund will be processed within 3 business days.", 2026, 11,
     20, 10, 4, 0},
    {"John Smith", "Ok, thanks.", 2026, 11, 20, 10, 5, 0},
};

START_TEST(test_in_email)
{
	char *err = NULL, *data;
	struct conv_list out = {0};
	struct strlist warn = {0};
	size_t len;

	set_tz();
	data = read_file(TR_DIR "transcript_mail.eml", &len, &err);
	ck_assert_ptr_nonnull(data);
	ck_assert_int_eq(reader_read("m.eml", FMT_EML, data, len, &out, &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_str_eq(out.v[0]->channel, "chat");
	ck_assert_str_eq(out.v[0]->subject, "Your chat transcript");
	check_messages(out.v[0], mail_rows,
		       sizeof(mail_rows) / sizeof(mail_rows[0]), "mail");
	ck_assert_uint_eq(out.v[0]->notes.n, 1);
	conv_list_free(&out);
	strlist_free(&warn);
	free(data);
}
END_TEST

/* An ordinary mail stays one e-mail message. */
START_TEST(test_plain_email)
{
	static const char mail[] =
	    "From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\n"
	    "Date: Fri, 20 Nov 2026 10:30:00 +0000\r\n\r\n"
	    "Hello (see below): nothing here.\r\nBye.\r\n";
	struct conv_list out = {0};
	struct strlist warn = {0};

	ck_assert_int_eq(
	    reader_read("m.eml", FMT_EML, mail, strlen(mail), &out, &warn), 0);
	ck_assert_uint_eq(out.v[0]->n_msgs, 1);
	ck_assert_str_eq(out.v[0]->channel, "email");
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

static const char *const not_transcripts[] = {
    "Hello,\nI called you (at 10:00) twice.\nRegards\n",
    "Date: 20.11.2026\nFrom: a@example.com\nSubject: x\n\nAnna (10:02): hi\n",
    "28.11.2026, 14:05 - Anna: hi\n28.11.2026, 14:06 - Bob: hello\n",
    "Anna, hello there\nBob, 12:00 is fine\n",
};

/* Not transcripts: a letter, a mail, a WhatsApp export, prose. */
START_TEST(test_sniff_negative)
{
	char *err = NULL;
	struct detector *d = detector_new(&err);

	ck_assert_ptr_nonnull(d);
	for (size_t i = 0;
	     i < sizeof(not_transcripts) / sizeof(not_transcripts[0]); i++) {
		const char *s = not_transcripts[i];
		char *why = NULL;
		enum input_format f =
		    detect_format(d, "x.txt", s, strlen(s), &why);

		ck_assert_msg(f != FMT_TRANSCRIPT,
			      "'%s' taken for a transcript", s);
		free(why);
	}
	detector_free(d);
}
END_TEST

UNIT_SUITE(transcript,
	UNIT_TEST(test_files),
	UNIT_TEST(test_lines),
	UNIT_TEST(test_no_date),
	UNIT_TEST(test_named_day_separators),
	UNIT_TEST(test_in_email),
	UNIT_TEST(test_plain_email),
	UNIT_TEST(test_sniff_negative))
