/* check_print_views.c - saved webmail "print all" pages and service-desk
 * pages (SPEC 3, issue 15): each message's sender and time from its
 * header row, the rows and role labels kept out of the text, the title
 * as the subject. Fixtures in tests/data/html/, written after the
 * layouts Gmail, Outlook on the web, Yandex Mail and Mail.ru print, and
 * of service-desk request pages. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"
#include "roles.h"
#include "page_header.h"
#include "suite.h"
#include "walk.h"

struct pmsg {
	const char *name, *addr, *iso; /* NULL: none */
	enum role role;
	const char *text;
};

struct pview {
	const char *file, *subject;
	struct pmsg m[4];
	size_t n;
};

static const struct pview views[] = {
	{"print-gmail.html", "Gmail - Refund for order 5512",
	 {{"Anna Petrova", "anna@example.org", "2026-11-23T09:12:00", ROLE_CUSTOMER,
	   "Hello, I returned the kettle two weeks ago and still have no refund."},
	  {"Helio Support", "support@helio.example", "2026-11-24T10:15:00",
	   ROLE_AGENT,
	   "Dear Anna, your case number is 77120. We will refund you within 5 "
	   "business days."},
	  {"Anna Petrova", "anna@example.org", "2026-12-01T08:30:00",
	   ROLE_CUSTOMER,
	   "The five business days have passed and there is still no refund."}},
	 3},
	{"print-outlook.html", "Outlook - Your broadband installation",
	 {{"Fastnet Support", "support@fastnet.example", "2026-11-25T10:15:00",
	   ROLE_AGENT,
	   "Dear John,\nAn engineer will visit on Friday, 27 November, between 8 "
	   "am and 1 pm. Your order reference is ORD-55120."},
	  {"John Smith", "john@example.com", "2026-11-28T09:00:00", ROLE_CUSTOMER,
	   "Nobody came on Friday. Please send the engineer this week."}},
	 2},
	{"print-yandex.html", "Яндекс Почта — Возврат за заказ",
	 {{"Служба поддержки", "support@shop.example.ru", "2026-11-24T10:15:00",
	   ROLE_AGENT,
	   "Здравствуйте, Анна! Обращение № 44719 зарегистрировано. Вернём "
	   "деньги в течение 10 дней."},
	  {"Анна Петрова", "anna@example.ru", "2026-12-05T09:00:00",
	   ROLE_CUSTOMER, "Прошло десять дней, деньги не пришли."}},
	 2},
	{"print-mailru.html", "Почта Mail.ru - Ремонт холодильника",
	 {{"Сервисный центр", "service@holod.example.ru",
	   "2026-11-24T15:40:00+03:00", ROLE_AGENT,
	   "Иван, добрый день! Заявка № 7745 принята. Мастер приедет 26 ноября "
	   "с 10:00 до 14:00."},
	  {"Иван Орлов", "orlov@mail.example.ru", "2026-11-27T09:10:00+03:00",
	   ROLE_CUSTOMER, "Мастер не приехал, никто не позвонил."}},
	 2},
	/* role labels on a line of their own: out of the text, the roles */
	{"servicedesk-ru.html", "Заявка № SD-20417 — Не работает VPN — Сервис-деск",
	 {{"Анна Петрова", NULL, "2026-11-23T09:12:00", ROLE_CUSTOMER,
	   "VPN не подключается с понедельника, работать из дома не могу."},
	  {"Игорь Смирнов", NULL, "2026-11-23T11:40:00", ROLE_AGENT,
	   "Пересоздали профиль, проверьте подключение. Если не поможет — "
	   "заменим сертификат до 25.11."},
	  {"Анна Петрова", NULL, "2026-11-26T08:30:00", ROLE_CUSTOMER,
	   "Не помогло, сертификат так и не заменили."}},
	 3},
	/* role labels after the name, a "· date" line */
	{"servicedesk-en.html",
	 "Request REQ-8812 · Laptop screen flickers · IT Service Desk",
	 {{"Ravi Kumar", NULL, "2026-11-23T09:12:00", ROLE_CUSTOMER,
	   "My laptop screen flickers and goes black every few minutes."},
	  {"Priya Natarajan", NULL, "2026-11-23T14:00:00", ROLE_AGENT,
	   "We will replace the display cable on Wednesday, 25 November."},
	  {"Ravi Kumar", NULL, "2026-11-26T10:00:00", ROLE_CUSTOMER,
	   "Nobody came on Wednesday."}},
	 3},
};

static void
expect_str(const char *file, size_t i, const char *what, const char *got,
	   const char *want)
{
	if (!want)
		ck_assert_msg(got == NULL, "%s #%zu: %s '%s'", file, i, what, got);
	else
		ck_assert_msg(got && strcmp(got, want) == 0,
			      "%s #%zu: %s '%s', want '%s'", file, i, what,
			      got ? got : "(null)", want);
}

START_TEST(test_view)
{
	const struct pview *v = &views[_i];
	char *path = xasprintf("tests/data/html/%s", v->file), *err = NULL;
	size_t len;
	char *data = read_file(path, &len, &err);
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct conversation *c;

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	ck_assert(reader_read(path, FMT_HTML_PAGE, data, len, &out, &warn) == 0);
	ck_assert_uint_eq(out.n, 1);
	c = out.v[0];
	roles_assign(c, NULL);
	expect_str(v->file, 0, "subject", c->subject, v->subject);
	ck_assert_msg(c->n_msgs == v->n, "%s: %zu messages", v->file, c->n_msgs);
	for (size_t i = 0; i < v->n; i++) {
		const struct message *m = &c->msgs[i];
		const struct pmsg *w = &v->m[i];
		char iso[32];

		expect_str(v->file, i + 1, "sender", m->sender_name, w->name);
		expect_str(v->file, i + 1, "address", m->sender_addr, w->addr);
		expect_str(v->file, i + 1, "text", m->text, w->text);
		ck_assert_msg(m->role == w->role, "%s #%zu: role %s", v->file,
			      i + 1, role_name(m->role));
		ck_assert_msg(m->time.set, "%s #%zu: no time", v->file, i + 1);
		time_format_iso(m->time, iso);
		ck_assert_msg(strncmp(iso, w->iso, strlen(w->iso)) == 0,
			      "%s #%zu: time %s, want %s", v->file, i + 1, iso,
			      w->iso);
	}
	conv_list_free(&out);
	strlist_free(&warn);
	free(data);
	free(path);
	free(err);
}
END_TEST

/* Rows of a print view cut from a text, one at a time. */
START_TEST(test_sender_cleanup)
{
	static const struct {
		const char *in, *name, *addr;
		enum role hint;
	} v[] = {
		{"От: Сервисный центр <service@x.ru>", "Сервисный центр",
		 "service@x.ru", ROLE_UNKNOWN},
		{"Ravi Kumar (initiator)", "Ravi Kumar", NULL, ROLE_CUSTOMER},
		{"Игорь Смирнов (инженер)", "Игорь Смирнов", NULL, ROLE_AGENT},
		{"Acme (UK) Ltd", "Acme (UK) Ltd", NULL, ROLE_UNKNOWN},
	};

	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		char *name = xstrdup(v[i].in), *addr = NULL;
		enum role hint = ROLE_UNKNOWN;

		page_header_sender(&name, &addr, &hint);
		expect_str(v[i].in, i, "name", name, v[i].name);
		expect_str(v[i].in, i, "addr", addr, v[i].addr);
		ck_assert_int_eq(hint, v[i].hint);
		free(name);
		free(addr);
	}
}
END_TEST

/* A chat message that starts like a row is not cut: one row is not a
 * header. */
START_TEST(test_not_rows)
{
	char text[] = "Тема: возврат денег\nКогда вернёте деньги?";
	struct page_header h;

	ck_assert(!page_header_take(text, &h));
	ck_assert_str_eq(text, "Тема: возврат денег\nКогда вернёте деньги?");
}
END_TEST

UNIT_SUITE(print_views,
	UNIT_ROWS(test_view, views),
	UNIT_TEST(test_sender_cleanup),
	UNIT_TEST(test_not_rows))
