/* check_quote.c - reply/quote/signature splitting, English and Russian. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"

struct quote_case {
	const char *in;
	const char *text;
	const char *quoted; /* NULL: nothing removed */
};

static const struct quote_case cases[] = {
	{"Just a reply.\n", "Just a reply.", NULL},
	{"  \n\nHello\n\n", "Hello", NULL},
	{"Thanks!\n\nOn Tue, 25 Nov 2026 at 10:15, Bob <b@x.org> wrote:\n"
	 "> old text\n> more\n",
	 "Thanks!",
	 "On Tue, 25 Nov 2026 at 10:15, Bob <b@x.org> wrote:\n> old text\n> more"},
	{"Yes.\n\nOn Tue, 22 Jun 2010 20:53:18 +0530\nSuresh <s@x.in> wrote:\n"
	 "> q\n",
	 "Yes.", "On Tue, 22 Jun 2010 20:53:18 +0530\nSuresh <s@x.in> wrote:\n> q"},
	{"Ок\n\n25.11.2026 10:15, Анна пишет:\n> Когда?\n", "Ок",
	 "25.11.2026 10:15, Анна пишет:\n> Когда?"},
	{"Да\n\n25 нояб. 2026 г., в 10:15, Анна <a@b.ru> написал(а):\n> x\n",
	 "Да", "25 нояб. 2026 г., в 10:15, Анна <a@b.ru> написал(а):\n> x"},
	{"Ответ\n\nср, 25 нояб. 2026 г. в 10:15, Анна <a@b.ru>:\n> x\n",
	 "Ответ", "ср, 25 нояб. 2026 г. в 10:15, Анна <a@b.ru>:\n> x"},
	{"Top post\n\n-----Original Message-----\nFrom: Support\nSent: Monday\n"
	 "To: me\nSubject: Re: x\n\nWe will fix it tomorrow.\n",
	 "Top post",
	 "-----Original Message-----\nFrom: Support\nSent: Monday\nTo: me\n"
	 "Subject: Re: x\n\nWe will fix it tomorrow."},
	{"Reply\n________________________________\nFrom: Support <s@x.com>\n"
	 "Sent: Monday\nTo: me\nSubject: x\n\nold\n",
	 "Reply",
	 "________________________________\nFrom: Support <s@x.com>\nSent: Monday\nTo: me\nSubject: x\n\nold"},
	{"Ответ\n\nОт: Поддержка\nОтправлено: 25 ноября 2026 г. 10:00\n"
	 "Кому: Анна\nТема: Обращение\n\nРешим завтра.\n",
	 "Ответ",
	 "От: Поддержка\nОтправлено: 25 ноября 2026 г. 10:00\nКому: Анна\n"
	 "Тема: Обращение\n\nРешим завтра."},
	{"См. ниже\n\n-------- Исходное сообщение --------\nТема: x\nold\n",
	 "См. ниже", "-------- Исходное сообщение --------\nТема: x\nold"},
	{"FYI\n\n---------- Forwarded message ---------\nFrom: a\nold\n", "FYI",
	 "---------- Forwarded message ---------\nFrom: a\nold"},
	/* inline reply: only the '>' lines go */
	{"On Mon, 1 Jan 2026, Bob <b@x> wrote:\n> q1\nanswer one\n> q2\n"
	 "answer two\n",
	 "answer one\nanswer two",
	 "On Mon, 1 Jan 2026, Bob <b@x> wrote:\n> q1\n> q2"},
	{"> quoted only\nmy text\n", "my text", "> quoted only"},
	{"Body\n\n-- \nJohn Smith\nACME\n", "Body", "-- \nJohn Smith\nACME"},
	{"Body\n\nSent from my iPhone\n", "Body", "Sent from my iPhone"},
	{"Текст\n\nОтправлено с iPhone\n", "Текст", "Отправлено с iPhone"},
	/* not quote headers */
	{"As the manual wrote:\nuse it\n", "As the manual wrote:\nuse it", NULL},
	{"From: me\nto you\n", "From: me\nto you", NULL},
	{"a -- b\n", "a -- b", NULL},
	{"", "", NULL},
};

START_TEST(test_split)
{
	const struct quote_case *c = &cases[_i];
	char *text, *quoted;

	quote_split(c->in, &text, &quoted);
	ck_assert_msg(strcmp(text, c->text) == 0, "text of '%s': '%s'", c->in,
		      text);
	if (!c->quoted)
		ck_assert_msg(quoted == NULL, "quoted of '%s': '%s'", c->in,
			      quoted);
	else
		ck_assert_msg(quoted && strcmp(quoted, c->quoted) == 0,
			      "quoted of '%s': '%s'", c->in,
			      quoted ? quoted : "(null)");
	free(text);
	free(quoted);
}
END_TEST

Suite *suite_quote(void);

Suite *
suite_quote(void)
{
	Suite *s = suite_create("quote");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_split, 0, sizeof(cases) / sizeof(*cases));
	suite_add_tcase(s, tc);
	return s;
}
