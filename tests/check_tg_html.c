/* check_tg_html.c - Telegram Desktop HTML exports and generic saved pages. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "html_export.h"
#include "stamp.h"
#include "suite.h"
#include "walk.h"

#define HTML_DIR "tests/data/html/"
#define TG_DIR HTML_DIR "tg/"
#define TZ_FIXED "MSK-3" /* UTC+3 all year: no tz database needed */
#define DEEP_LEVELS 100000

static void
set_tz(void)
{
	setenv("TZ", TZ_FIXED, 1);
	tzset();
}

/* The UTC instant of a civil time at offset 'off' hours. */
static int64_t
at(int y, int mo, int d, int h, int mi, int s, int off)
{
	return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s -
	       off * 3600;
}

struct want {
	const char *sender; /* NULL: none */
	enum role role;
	const char *text;   /* expected prefix */
	const char *quoted; /* expected substring, NULL: no quote */
	int y, mo, d, h, mi, s, off;
};

/* Hand-checked from tests/data/html/tg/messages*.html. */
static const struct want tg_rows[] = {
    {NULL, ROLE_SYSTEM, "Иван Петров joined group by link", NULL, 2026, 11, 20,
     0, 0, 0, 3},
    {"Иван Петров", ROLE_UNKNOWN,
     "Здравствуйте! С карты списали 5\xc2\xa0"
     "000 ₽ дважды.\n"
     "Прошу вернуть \"лишний\" платёж.",
     NULL, 2026, 11, 20, 10, 2, 33, 3},
    {"Иван Петров", ROLE_UNKNOWN, "Номер карты не помню & чек приложу.", NULL,
     2026, 11, 20, 10, 3, 10, 3},
    {"Служба поддержки", ROLE_UNKNOWN, "Обращение № 123456 зарегистрировано",
     "In reply to", 2026, 11, 20, 10, 15, 0, 3},
    {"Служба поддержки", ROLE_UNKNOWN, "Спасибо за ожидание.", NULL, 2026, 11,
     20, 10, 16, 0, 3},
    {"Иван Петров", ROLE_UNKNOWN, "", "Ответим в течение 3 рабочих дней.", 2026,
     11, 25, 9, 0, 0, 3},
    {"Иван Петров", ROLE_UNKNOWN, "Photo", NULL, 2026, 11, 25, 9, 1, 0, 3},
    {"Служба поддержки", ROLE_UNKNOWN, "К сожалению, мы не можем", NULL, 2026,
     11, 26, 18, 30, 0, 3}, /* no zone in the title: --tz */
    {NULL, ROLE_SYSTEM, "Иван Петров pinned \"К сожалению\"", NULL, 2026, 11,
     26, 18, 30, 0, 3},
};

static struct conv_list
read_with(int (*reader)(const char *, const char *, size_t, struct conv_list *,
			struct strlist *),
	  const char *path, struct strlist *warn, int *rc)
{
	struct conv_list out = {0};
	char *err = NULL;
	size_t len;
	char *data = read_file(path, &len, &err);

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	*rc = reader(path, data, len, &out, warn);
	free(data);
	return out;
}

static void
check_message(const struct message *m, const struct want *w, size_t i)
{
	if (w->sender)
		ck_assert_msg(m->sender_name &&
				  strcmp(m->sender_name, w->sender) == 0,
			      "#%zu sender '%s'", i + 1,
			      m->sender_name ? m->sender_name : "(null)");
	else
		ck_assert_msg(m->sender_name == NULL, "#%zu has a sender",
			      i + 1);
	ck_assert_msg(m->role == w->role, "#%zu role %s", i + 1,
		      role_name(m->role));
	ck_assert_msg(m->text &&
			  strncmp(m->text, w->text, strlen(w->text)) == 0,
		      "#%zu text '%s'", i + 1, m->text ? m->text : "(null)");
	if (w->quoted)
		ck_assert_msg(m->quoted && strstr(m->quoted, w->quoted),
			      "#%zu quoted '%s'", i + 1,
			      m->quoted ? m->quoted : "(null)");
	else
		ck_assert_msg(m->quoted == NULL, "#%zu quoted '%s'", i + 1,
			      m->quoted);
	ck_assert_msg(m->time.set, "#%zu no time", i + 1);
	ck_assert_msg(
	    m->time.t == at(w->y, w->mo, w->d, w->h, w->mi, w->s, w->off) &&
		m->time.off == w->off * 3600,
	    "#%zu time %lld%+d", i + 1, (long long)m->time.t, m->time.off);
}

/* Three files, one conversation in order; joined messages inherit the
 * sender across files; date separators are not messages. */
START_TEST(test_three_files)
{
	struct strlist warn = {0};
	struct conv_list out;
	int rc;

	set_tz();
	out = read_with(tg_html_read, TG_DIR "messages.html", &warn, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_int_eq(out.v[0]->format, FMT_TELEGRAM_HTML);
	ck_assert_uint_eq(out.v[0]->n_msgs,
			  sizeof(tg_rows) / sizeof(tg_rows[0]));
	for (size_t i = 0; i < out.v[0]->n_msgs; i++) {
		ck_assert_uint_eq(out.v[0]->msgs[i].index, i + 1);
		check_message(&out.v[0]->msgs[i], &tg_rows[i], i);
	}
	ck_assert_uint_eq(warn.n, 0);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* A later part says why it gives nothing, and is not an error. */
START_TEST(test_later_part)
{
	static const char *const parts[] = {"messages2.html", "messages3.html"};

	for (size_t i = 0; i < 2; i++) {
		char *path = xasprintf("%s%s", TG_DIR, parts[i]);
		struct strlist warn = {0};
		struct conv_list out;
		int rc;

		ck_assert(tg_html_later_part(path));
		out = read_with(tg_html_read, path, &warn, &rc);
		ck_assert_int_eq(rc, 0);
		ck_assert_uint_eq(out.n, 0);
		ck_assert_uint_eq(warn.n, 1);
		ck_assert_str_eq(warn.v[0], "part of messages.html");
		strlist_free(&warn);
		free(path);
	}
	ck_assert(!tg_html_later_part(TG_DIR "messages.html"));
	ck_assert(!tg_html_later_part(HTML_DIR "messages2.html"));
	ck_assert(!tg_html_later_part("-"));
}
END_TEST

/* Title zones: UTC+hh:mm, GMT, none (local). */
static const struct {
	const char *title;
	int off_s; /* expected offset; local MSK when no zone */
	int64_t t;
} zone_rows[] = {
    {"20.11.2026 10:02:33 UTC+03:00", 3 * 3600, 1795158153 - 0},
    {"20.11.2026 07:02:33 GMT+00:00", 0, 1795158153},
    {"20.11.2026 02:02:33 UTC-05:00", -5 * 3600, 1795158153},
    {"20.11.2026 12:32:33 UTC+05:30", 5 * 3600 + 1800, 1795158153},
    {"20.11.2026 10:02:33", 3 * 3600, 1795158153},
};

static const char tg_one[] =
    "<html><body><div class=\"page_wrap\"><div class=\"history\">"
    "<div class=\"message default clearfix\" id=\"message1\"><div "
    "class=\"body\"><div class=\"pull_right date details\" "
    "title=\"%s\">x</div><div class=\"from_name\">A</div><div "
    "class=\"text\">hi</div></div></div></div></div></body></html>";

START_TEST(test_title_zones)
{
	set_tz();
	ck_assert_int_eq(at(2026, 11, 20, 7, 2, 33, 0), 1795158153);
	for (size_t i = 0; i < sizeof(zone_rows) / sizeof(zone_rows[0]); i++) {
		char *doc = xasprintf(tg_one, zone_rows[i].title);
		struct conv_list out = {0};
		struct strlist warn = {0};

		ck_assert_int_eq(
		    tg_html_read("x.html", doc, strlen(doc), &out, &warn), 0);
		ck_assert_uint_eq(out.v[0]->n_msgs, 1);
		ck_assert_msg(out.v[0]->msgs[0].time.t == zone_rows[i].t &&
				  out.v[0]->msgs[0].time.off ==
				      zone_rows[i].off_s,
			      "'%s': %lld %+d", zone_rows[i].title,
			      (long long)out.v[0]->msgs[0].time.t,
			      out.v[0]->msgs[0].time.off);
		conv_list_free(&out);
		strlist_free(&warn);
		free(doc);
	}
}
END_TEST

/* 100 000 nested divs: no recursion, no crash, for both readers; what
 * the parser keeps before the nesting is read. */
START_TEST(test_deep_nesting)
{
	struct buf b = {0};
	struct conv_list out = {0};
	struct strlist warn = {0};

	buf_puts(&b,
		 "<html><body><div class=\"page_wrap\"><div class=\"history\">"
		 "<div class=\"message default clearfix\"><div class=\"body\">"
		 "<div class=\"from_name\">A</div><div class=\"text\">top"
		 "</div></div></div>");
	for (int i = 0; i < DEEP_LEVELS; i++)
		buf_puts(&b, "<div class=\"x\">");
	buf_puts(&b,
		 "<div class=\"message default clearfix\"><div class=\"body\">"
		 "<div class=\"from_name\">A</div><div class=\"text\">deep"
		 "</div></div></div>");
	ck_assert_int_eq(tg_html_read("deep.html", b.s, b.len, &out, &warn), 0);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_str_eq(out.v[0]->msgs[0].text, "top");
	conv_list_free(&out);
	ck_assert_int_eq(html_page_read("deep.html", b.s, b.len, &out, &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	conv_list_free(&out);
	strlist_free(&warn);
	buf_free(&b);
}
END_TEST

START_TEST(test_not_html)
{
	struct conv_list out = {0};
	struct strlist warn = {0};

	ck_assert_int_eq(tg_html_read("x.html", "", 0, &out, &warn), -1);
	ck_assert_uint_eq(out.n, 0);
	ck_assert_uint_eq(warn.n, 1);
	strlist_free(&warn);
}
END_TEST

/* Hand-checked from tests/data/html/support_chat_ru.html. */
static const struct want page_rows[] = {
    {"Ольга Смирнова", ROLE_UNKNOWN,
     "Здравствуйте! Интернет не работает третий день.\nДоговор 4411-22.", NULL,
     2026, 11, 20, 10, 2, 0, 3},
    {"Оператор Дмитрий", ROLE_UNKNOWN,
     "Добрый день! Заявка № 889900 передана в технический отдел.", NULL, 2026,
     11, 20, 10, 7, 0, 3},
    {"Ольга Смирнова", ROLE_UNKNOWN, "Мастер так и не приехал.",
     "Мастер приедет завтра до 18:00.", 2026, 11, 22, 9, 15, 0, 3},
};

/* Hand-checked from tests/data/html/webmail_en.html. */
static const struct want mail_rows[] = {
    {"John Smith", ROLE_UNKNOWN, "Hello, I returned the headphones", NULL, 2026,
     11, 20, 9, 0, 0, 0},
    {"Acme Support", ROLE_UNKNOWN,
     "Dear John, your case number is 00123456. We will get back to you "
     "within 2 business days.",
     "John Smith wrote:", 2026, 11, 21, 14, 30, 0, 0},
};

static void
check_page(const char *path, const struct want *rows, size_t n)
{
	struct strlist warn = {0};
	struct conv_list out;
	int rc;

	set_tz();
	out = read_with(html_page_read, path, &warn, &rc);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_int_eq(out.v[0]->format, FMT_HTML_PAGE);
	ck_assert_msg(out.v[0]->n_msgs == n, "%s: %zu messages", path,
		      out.v[0]->n_msgs);
	for (size_t i = 0; i < n; i++)
		check_message(&out.v[0]->msgs[i], &rows[i], i);
	conv_list_free(&out);
	strlist_free(&warn);
}

START_TEST(test_page_chat)
{
	check_page(HTML_DIR "support_chat_ru.html", page_rows,
		   sizeof(page_rows) / sizeof(page_rows[0]));
	check_page(HTML_DIR "webmail_en.html", mail_rows,
		   sizeof(mail_rows) / sizeof(mail_rows[0]));
}
END_TEST

/* No repeated structure: the page is one message, history split off. */
START_TEST(test_page_whole)
{
	static const char doc[] =
	    "<html><body><p>Hi, the refund is still missing.</p>"
	    "<p>On Fri, Nov 20, 2026 at 10:00 AM Support "
	    "&lt;help@acme.example&gt; wrote:</p><blockquote>We will refund "
	    "within 5 days.</blockquote></body></html>";
	struct conv_list out = {0};
	struct strlist warn = {0};
	const struct message *m;

	ck_assert_int_eq(
	    html_page_read("p.html", doc, strlen(doc), &out, &warn), 0);
	ck_assert_uint_eq(out.v[0]->n_msgs, 1);
	m = &out.v[0]->msgs[0];
	ck_assert_str_eq(m->text, "Hi, the refund is still missing.");
	ck_assert_ptr_nonnull(m->quoted);
	ck_assert_ptr_nonnull(strstr(m->quoted, "We will refund"));
	ck_assert(!m->time.set);
	ck_assert_uint_eq(out.v[0]->notes.n, 1);
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Free-text stamps used by the HTML readers. */
static const struct {
	const char *in;
	bool date, time, zone;
	int y, mo, d, h, mi, s;
	int32_t off;
} stamp_rows[] = {
    {"20.11.2026 10:02:33 UTC+03:00", 1, 1, 1, 2026, 11, 20, 10, 2, 33, 10800},
    {"2018.01.21 19:00:55", 1, 1, 0, 2018, 1, 21, 19, 0, 55, 0},
    {"at 2026-11-20T10:02:00Z ok", 1, 1, 1, 2026, 11, 20, 10, 2, 0, 0},
    {"20 ноября 2026 г.", 1, 0, 0, 2026, 11, 20, 0, 0, 0, 0},
    {"Nov 21, 2026, 2:30 PM", 1, 1, 0, 2026, 11, 21, 14, 30, 0, 0},
    {"20 November 2026", 1, 0, 0, 2026, 11, 20, 0, 0, 0, 0},
    {"12/31/2026 23:59 GMT-0500", 1, 1, 1, 2026, 12, 31, 23, 59, 0, -18000},
    {"Anna 10:07", 0, 1, 0, 0, 0, 0, 10, 7, 0, 0},
    /* a Russian webmail's print view: the year word, then "в" */
    {"ср, 12 авг. 2026 г. в 09:14", 1, 1, 0, 2026, 8, 12, 9, 14, 0, 0},
    {"12.08.2026 г., 18:05", 1, 1, 0, 2026, 8, 12, 18, 5, 0, 0},
};

START_TEST(test_stamps)
{
	for (size_t i = 0; i < sizeof(stamp_rows) / sizeof(stamp_rows[0]);
	     i++) {
		struct stamp sp;
		const char *in = stamp_rows[i].in;

		ck_assert_msg(stamp_find(in, strlen(in), &sp), "'%s'", in);
		ck_assert_msg(sp.has_date == stamp_rows[i].date &&
				  sp.has_time == stamp_rows[i].time &&
				  sp.has_zone == stamp_rows[i].zone,
			      "'%s': flags %d%d%d", in, sp.has_date,
			      sp.has_time, sp.has_zone);
		ck_assert_msg(sp.year == stamp_rows[i].y &&
				  sp.month == stamp_rows[i].mo &&
				  sp.day == stamp_rows[i].d &&
				  sp.hour == stamp_rows[i].h &&
				  sp.min == stamp_rows[i].mi &&
				  sp.sec == stamp_rows[i].s &&
				  sp.off == stamp_rows[i].off,
			      "'%s': %d-%d-%d %d:%d:%d %d", in, sp.year,
			      sp.month, sp.day, sp.hour, sp.min, sp.sec,
			      sp.off);
	}
}
END_TEST

static const char *const not_stamps[] = {
    "version 1.2.3", "call 123456789", "99:99", "32.13.2026", "abc",
};

START_TEST(test_not_stamps)
{
	for (size_t i = 0; i < sizeof(not_stamps) / sizeof(not_stamps[0]);
	     i++) {
		struct stamp sp;

		ck_assert_msg(
		    !stamp_find(not_stamps[i], strlen(not_stamps[i]), &sp),
		    "'%s' found", not_stamps[i]);
	}
}
END_TEST

Suite *suite_tg_html(void);

Suite *
suite_tg_html(void)
{
	const struct unit_test telegram[] = {
		UNIT_TEST(test_three_files),
		UNIT_TEST(test_later_part),
		UNIT_TEST(test_title_zones),
		UNIT_TEST(test_deep_nesting),
		UNIT_TEST(test_not_html),
	};
	const struct unit_test page[] = {
		UNIT_TEST(test_page_chat),
		UNIT_TEST(test_page_whole),
		UNIT_TEST(test_stamps),
		UNIT_TEST(test_not_stamps),
	};
	Suite *s = suite_create("tg_html");

	tcase_set_timeout(UNIT_CASE(s, "telegram", telegram), 60);
	UNIT_CASE(s, "page", page);
	return s;
}
