/* check_quote.c - reply/quote/signature splitting, English and Russian. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "util.h"

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

/* Closing sign-offs: the line and the short name block after it go to
 * the evidence, only at the very end and only when short. */
static const struct quote_case signoff_cases[] = {
	/* positives */
	{"Деньги вернём до 30 ноября.\n\nС уважением,\nАнна Петрова\n"
	 "Служба поддержки ООО «Ромашка»\nТел.: +7 (495) 123-45-67\n",
	 "Деньги вернём до 30 ноября.",
	 "С уважением,\nАнна Петрова\nСлужба поддержки ООО «Ромашка»\n"
	 "Тел.: +7 (495) 123-45-67"},
	{"Ответ ниже.\nс уважением, Иван\n", "Ответ ниже.",
	 "с уважением, Иван"},
	{"Вопрос решён.\n\nС наилучшими пожеланиями,\nОтдел заботы\n",
	 "Вопрос решён.", "С наилучшими пожеланиями,\nОтдел заботы"},
	{"Ждём вашего ответа.\n\nВсего доброго!\n", "Ждём вашего ответа.",
	 "Всего доброго!"},
	{"We will refund you by Friday.\n\nBest regards,\nJohn Smith\n"
	 "Customer Care, Acme Inc.\n+1 800 555 0199\n",
	 "We will refund you by Friday.",
	 "Best regards,\nJohn Smith\nCustomer Care, Acme Inc.\n"
	 "+1 800 555 0199"},
	{"Done.\n\nKind regards\n\nSam\n", "Done.", "Kind regards\n\nSam"},
	{"See the attached.\nRegards,\nAcme Support\n", "See the attached.",
	 "Regards,\nAcme Support"},
	{"Your case is closed.\n\nSincerely,\nJ. Doe\n",
	 "Your case is closed.", "Sincerely,\nJ. Doe"},
	{"It works now.\n\nThanks,\nBob\n", "It works now.",
	 "Thanks,\nBob"},
	{"Всё работает.\n\nСпасибо,\nОльга\n", "Всё работает.",
	 "Спасибо,\nОльга"},
	{"Fixed.\n\nBEST REGARDS, ANNA\n", "Fixed.", "BEST REGARDS, ANNA"},
	/* with a "-- " signature and a phone-app line */
	{"Готово.\n\nС уважением,\nМария\n-- \nООО Ромашка\n",
	 "Готово.", "С уважением,\nМария\n-- \nООО Ромашка"},
	{"OK.\n\nRegards,\nTom\n\nSent from my iPhone\n", "OK.",
	 "Regards,\nTom\n\nSent from my iPhone"},
	/* hard negatives: content, not a sign-off */
	{"Regards to your family, and we will call you tomorrow.\nBye\n",
	 "Regards to your family, and we will call you tomorrow.\nBye", NULL},
	{"Спасибо, что подождали, вот решение: перезагрузите роутер.\n",
	 "Спасибо, что подождали, вот решение: перезагрузите роутер.", NULL},
	{"Проблема решена.\nСпасибо, что подождали!\nАнна\n",
	 "Проблема решена.\nСпасибо, что подождали!\nАнна", NULL},
	{"Спасибо, всё работает.\n", "Спасибо, всё работает.", NULL},
	{"Thanks!\n", "Thanks!", NULL},
	{"It is fixed now.\n\nThanks!\n", "It is fixed now.\n\nThanks!",
	 NULL},
	/* nothing before it: the sign-off is the whole reply */
	{"Спасибо,\nАнна\n", "Спасибо,\nАнна", NULL},
	{"Best regards,\nJohn\n", "Best regards,\nJohn", NULL},
	/* a P.S. or a sentence after it: not at the end */
	{"Done.\n\nBest regards,\nJohn\n\nP.S. The refund will arrive by "
	 "Friday.\n",
	 "Done.\n\nBest regards,\nJohn\n\nP.S. The refund will arrive by "
	 "Friday.",
	 NULL},
	{"Hello.\nBest regards,\nJohn\nWe will refund the money within five "
	 "days.\n",
	 "Hello.\nBest regards,\nJohn\nWe will refund the money within five "
	 "days.",
	 NULL},
	/* a ticket number in the block stays for the analysis */
	{"Done.\n\nRegards,\nSupport, ticket #12345\n",
	 "Done.\n\nRegards,\nSupport, ticket #12345", NULL},
	{"Готово.\n\nС уважением,\nпо обращению № 4512\n",
	 "Готово.\n\nС уважением,\nпо обращению № 4512", NULL},
	/* the phrase inside a sentence or a longer word */
	{"We send our best regards to the team that fixed it.\n",
	 "We send our best regards to the team that fixed it.", NULL},
	{"Ok.\nRegardless of the plan, we refund.\n",
	 "Ok.\nRegardless of the plan, we refund.", NULL},
	{"Ок.\nС уважением к вашему времени, ответим завтра.\n",
	 "Ок.\nС уважением к вашему времени, ответим завтра.", NULL},
	{"Ок.\nThanks, we will call you at 10:00\n",
	 "Ок.\nThanks, we will call you at 10:00", NULL},
	/* too long a block */
	{"Text.\nRegards,\na\nb\nc\nd\ne\nf\ng\n",
	 "Text.\nRegards,\na\nb\nc\nd\ne\nf\ng", NULL},
};

static void
check_case(const struct quote_case *c)
{
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

START_TEST(test_split)
{
	check_case(&cases[_i]);
}
END_TEST

START_TEST(test_signoff)
{
	check_case(&signoff_cases[_i]);
}
END_TEST

/* A line longer than SIGNOFF_LINE_BYTES after a sign-off: content. */
START_TEST(test_signoff_long_line)
{
	struct buf in = {0};
	char *text, *quoted;

	buf_puts(&in, "Text.\nRegards,\n");
	for (int i = 0; i < 500; i++)
		buf_putc(&in, 'x');
	buf_putc(&in, '\n');
	quote_split(in.s, &text, &quoted);
	ck_assert_ptr_null(quoted);
	ck_assert_uint_eq(strlen(text), in.len - 1);
	free(text);
	buf_free(&in);
}
END_TEST

Suite *suite_quote(void);

Suite *
suite_quote(void)
{
	Suite *s = suite_create("quote");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_split, 0, sizeof(cases) / sizeof(*cases));
	tcase_add_loop_test(tc, test_signoff, 0,
			    sizeof(signoff_cases) / sizeof(*signoff_cases));
	tcase_add_test(tc, test_signoff_long_line);
	suite_add_tcase(s, tc);
	return s;
}
