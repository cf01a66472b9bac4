/* check_chat_events.c - system messages in chats (SPEC 3, issue 15):
 * a chat widget's service events ("Operator ended the chat", «Чат
 * завершён») in transcripts, logs and saved pages, and senders named
 * System / Система / Bot. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"
#include "roles.h"
#include "suite.h"

struct want {
	enum role role;
	const char *sender; /* NULL: none */
	const char *text;
};

static void
expect(enum input_format fmt, const char *data, const struct want *w,
       size_t n)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct conversation *c;

	ck_assert_msg(reader_read("t", fmt, data, strlen(data), &out, &warn) ==
			      0,
		      "not read: %s", warn.n ? warn.v[0] : "");
	ck_assert_uint_eq(out.n, 1);
	c = out.v[0];
	roles_assign(c, NULL);
	ck_assert_msg(c->n_msgs == n, "%zu messages, want %zu", c->n_msgs, n);
	for (size_t i = 0; i < n; i++) {
		const struct message *m = &c->msgs[i];

		ck_assert_msg(m->role == w[i].role, "message %zu: role %s", i + 1,
			      role_name(m->role));
		if (w[i].sender)
			ck_assert_msg(m->sender_name &&
					      strcmp(m->sender_name, w[i].sender) == 0,
				      "message %zu: sender %s", i + 1,
				      m->sender_name ? m->sender_name : "(null)");
		ck_assert_msg(m->text && strcmp(m->text, w[i].text) == 0,
			      "message %zu: text '%s'", i + 1,
			      m->text ? m->text : "(null)");
	}
	conv_list_free(&out);
	strlist_free(&warn);
}

/* A transcript: an event line without a time is a message of its own. */
START_TEST(test_transcript_events)
{
	const char *t = "Anna (10:01): Hi, my order has not arrived.\n"
			"Kate (10:03): Your ticket number is 48213.\n"
			"System (10:04): Kate has left the conversation\n"
			"Operator ended the chat\n";
	const struct want w[] = {
		{ROLE_CUSTOMER, "Anna", "Hi, my order has not arrived."},
		{ROLE_AGENT, "Kate", "Your ticket number is 48213."},
		{ROLE_SYSTEM, "System", "Kate has left the conversation"},
		{ROLE_SYSTEM, NULL, "Operator ended the chat"},
	};

	expect(FMT_TRANSCRIPT, t, w, sizeof(w) / sizeof(*w));
}
END_TEST

START_TEST(test_transcript_events_ru)
{
	const char *t = "Мария (10:01): Здравствуйте, деньги не пришли.\n"
			"Оператор Ольга (10:03): Проверяю, обращение № 5512.\n"
			"Оператор завершил чат\n";
	const struct want w[] = {
		{ROLE_CUSTOMER, "Мария", "Здравствуйте, деньги не пришли."},
		{ROLE_AGENT, "Оператор Ольга", "Проверяю, обращение № 5512."},
		{ROLE_SYSTEM, NULL, "Оператор завершил чат"},
	};

	expect(FMT_TRANSCRIPT, t, w, sizeof(w) / sizeof(*w));
}
END_TEST

/* A log: lines from "System:" / «Система:» / "Bot:" are system lines. */
START_TEST(test_system_senders)
{
	const char *t = "[20.11.2026 10:00] Анна: Здравствуйте, заказ не пришёл\n"
			"[20.11.2026 10:01] Bot: Оператор ответит в течение 5 минут\n"
			"[20.11.2026 10:02] Оператор: Добрый день! Обращение № 55012.\n"
			"[20.11.2026 10:06] System: Chat closed\n"
			"[20.11.2026 10:07] Система: Клиент покинул чат\n";
	const struct want w[] = {
		{ROLE_CUSTOMER, "Анна", "Здравствуйте, заказ не пришёл"},
		{ROLE_SYSTEM, "Bot", "Оператор ответит в течение 5 минут"},
		{ROLE_AGENT, "Оператор", "Добрый день! Обращение № 55012."},
		{ROLE_SYSTEM, "System", "Chat closed"},
		{ROLE_SYSTEM, "Система", "Клиент покинул чат"},
	};

	expect(FMT_WHATSAPP, t, w, sizeof(w) / sizeof(*w));
}
END_TEST

/* A saved chat page: event blocks between the messages. */
START_TEST(test_page_events)
{
	const char *t =
		"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Чат"
		"</title></head><body><div class=\"chat\">"
		"<div class=\"msg\"><span class=\"author\">Анна</span> <span "
		"class=\"time\">20.11.2026 10:02</span><div class=\"body\">Заказ "
		"не пришёл.</div></div>"
		"<div class=\"event\">Оператор Дмитрий подключился к чату</div>"
		"<div class=\"msg\"><span class=\"author\">Оператор Дмитрий</span> "
		"<span class=\"time\">20.11.2026 10:05</span><div class=\"body\">"
		"Ответим завтра.</div></div>"
		"<div class=\"event\"><b>Оператор</b> завершил чат</div>"
		"</div></body></html>";
	const struct want w[] = {
		{ROLE_CUSTOMER, "Анна", "Заказ не пришёл."},
		{ROLE_SYSTEM, NULL, "Оператор Дмитрий подключился к чату"},
		{ROLE_AGENT, "Оператор Дмитрий", "Ответим завтра."},
		{ROLE_SYSTEM, NULL, "Оператор завершил чат"},
	};

	expect(FMT_HTML_PAGE, t, w, sizeof(w) / sizeof(*w));
}
END_TEST

UNIT_SUITE(chat_events,
	UNIT_TEST(test_transcript_events),
	UNIT_TEST(test_transcript_events_ru),
	UNIT_TEST(test_system_senders),
	UNIT_TEST(test_page_events))
