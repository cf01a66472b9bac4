/* check_i18n.c - the report's words: Russian for every phrase the code
 * asks for, English as written, plurals, the report language. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "suite.h"
#include "walk.h"

static const struct {
	const char *lang, *key, *want;
} rows[] = {
	{"ru", "promise in ", "обещание в "},
	{"en", "promise in ", "promise in "},
	{"ru", "message", "сообщении"},
	{"ru", " and is missed by ", " просрочено на "},
	{"en", "@template-lead", ""},
	{"ru", "@template-lead", "в "},
	{"ru", "   tickets:  ", "   номера:   "},
	{"ru", "Findings", "Находки"},
	{"en", "a phrase not in the table", "a phrase not in the table"},
	{"ru", "a phrase not in the table", "a phrase not in the table"},
	{"ru", "@not-in-the-table", "not-in-the-table"},
};

START_TEST(test_tr)
{
	ck_assert_str_eq(tr(rows[_i].lang, rows[_i].key), rows[_i].want);
}
END_TEST

static const struct {
	const char *lang;
	long n;
	const char *want;
} days[] = {
	{"ru", 1, "1 день"}, {"ru", 2, "2 дня"},   {"ru", 5, "5 дней"},
	{"ru", 11, "11 дней"}, {"ru", 21, "21 день"}, {"ru", 22, "22 дня"},
	{"en", 1, "1 day"},  {"en", 3, "3 days"},
};

START_TEST(test_days)
{
	char *s = tr_days(days[_i].lang, days[_i].n);

	ck_assert_str_eq(s, days[_i].want);
	free(s);
}
END_TEST

START_TEST(test_actions)
{
	ck_assert_str_eq(tr_action("ru", ACT_ESCALATE), "эскалировать");
	ck_assert_str_eq(tr_action("en", ACT_REQUEST_SOLUTION),
			 "request solution");
	ck_assert_str_eq(tr_action("ru", ACT_FORMAL_COMPLAINT),
			 "официальная претензия");
}
END_TEST

/* Every T("...") the reports and the ladder ask for has a translation:
 * a phrase added to the code without one would show in English. */
START_TEST(test_every_phrase_known)
{
	static const char *const files[] = {"src/ladder.c", "src/report_text.c",
					    "src/report_html.c",
					    "src/html_conversation.c"};
	size_t checked = 0;

	for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		size_t len;
		char *err = NULL, *src = read_file(files[f], &len, &err);

		ck_assert_msg(src != NULL, "%s: %s", files[f], err);
		for (const char *p = src; (p = strstr(p, "T(\"")) != NULL;) {
			const char *q = p += 3;
			char *key;

			while (*q && *q != '"')
				q += (*q == '\\' && q[1]) ? 2 : 1;
			key = xstrndup(p, (size_t)(q - p));
			/* the source spells \n as two characters */
			for (char *k = key; (k = strstr(k, "\\n")) != NULL;) {
				*k = '\n';
				memmove(k + 1, k + 2, strlen(k + 2) + 1);
			}
			ck_assert_msg(tr_known("ru", key),
				      "%s: no Russian for \"%s\"", files[f],
				      key);
			checked++;
			free(key);
		}
		free(src);
	}
	ck_assert_uint_gt(checked, 40);
}
END_TEST

START_TEST(test_report_lang)
{
	struct conversation *c = conversation_new("x", FMT_CHATLOG);
	struct message *m = conversation_add_message(c);
	struct conversation *v[3];

	m->role = ROLE_CUSTOMER;
	m->text = xstrdup("Здравствуйте, деньги так и не вернули");
	ck_assert_str_eq(report_lang_for(c), "ru");
	c->want_lang = RLANG_EN;
	ck_assert_str_eq(report_lang_for(c), "en");
	c->want_lang = RLANG_RU;
	ck_assert_str_eq(report_lang_for(c), "ru");
	v[0] = v[1] = v[2] = c;
	c->esc.report_lang = xstrdup("ru");
	ck_assert_str_eq(report_lang_of_run(RLANG_AUTO, v, 3), "ru");
	ck_assert_str_eq(report_lang_of_run(RLANG_EN, v, 3), "en");
	ck_assert_str_eq(report_lang_of_run(RLANG_AUTO, v, 0), "en");
	conversation_free(c);
}
END_TEST

UNIT_SUITE(i18n,
	UNIT_ROWS(test_tr, rows),
	UNIT_ROWS(test_days, days),
	UNIT_TEST(test_actions),
	UNIT_TEST(test_every_phrase_known),
	UNIT_TEST(test_report_lang))
