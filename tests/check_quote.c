/* check_quote.c - reply/quote/signature splitting, English and Russian. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "suite.h"
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

/* Quoted history in the common mail-client locales (issue 21): the
 * attribution, separator and header-block words of
 * src/patterns/mail/quotes.txt. */
static const struct quote_case locale_cases[] = {
	/* attributions */
	{"Merci.\n\nLe 23 janv. 2015 à 22:03, Brendan <b@x.com> a écrit :\n"
	 "> Bonjour\n",
	 "Merci.", "Le 23 janv. 2015 à 22:03, Brendan <b@x.com> a écrit :\n> Bonjour"},
	{"Danke.\n\nAm 12.11.2026 um 10:15 schrieb Support <s@x.de>:\n\nAlt\n",
	 "Danke.", "Am 12.11.2026 um 10:15 schrieb Support <s@x.de>:\n\nAlt"},
	{"Gracias.\n\nEl mar., 10 nov. 2026 a las 9:00, Soporte (<s@x.es>) "
	 "escribió:\n> hola\n",
	 "Gracias.",
	 "El mar., 10 nov. 2026 a las 9:00, Soporte (<s@x.es>) escribió:\n> hola"},
	{"Obrigado.\n\nEm 10/11/2026 09:00, Suporte escreveu:\n> olá\n",
	 "Obrigado.", "Em 10/11/2026 09:00, Suporte escreveu:\n> olá"},
	{"Grazie.\n\nIl giorno 10 nov 2026, alle ore 09:00, Supporto <s@x.it> "
	 "ha scritto:\n\nvecchio\n",
	 "Grazie.",
	 "Il giorno 10 nov 2026, alle ore 09:00, Supporto <s@x.it> ha scritto:\n\nvecchio"},
	{"Dank.\n\nOp 17-feb.-2015, om 13:18 heeft Julius <j@r.com> het "
	 "volgende geschreven:\n\noud\n",
	 "Dank.",
	 "Op 17-feb.-2015, om 13:18 heeft Julius <j@r.com> het volgende geschreven:\n\noud"},
	/* wrapped over two lines: joined forwards from the date line */
	{"Dzięki.\n\nW dniu 28 stycznia 2015 01:53 użytkownik Zoe <z@x.com>\n"
	 "napisał:\n\nstare\n",
	 "Dzięki.",
	 "W dniu 28 stycznia 2015 01:53 użytkownik Zoe <z@x.com>\nnapisał:\n\nstare"},
	{"Tack.\nDen 14 september 2015 02:23, Rudy (r@x.be) skrev:\n\ngammal\n",
	 "Tack.", "Den 14 september 2015 02:23, Rudy (r@x.be) skrev:\n\ngammal"},
	{"好的\n\n2026年11月10日 09:00，客服 <s@x.cn> 写道：\n> 旧\n", "好的",
	 "2026年11月10日 09:00，客服 <s@x.cn> 写道：\n> 旧"},
	{"Жду.\n\nпт, 27 нояб. 2026 г. в 10:00, Поддержка <s@x.ru>:\n> Ответим\n",
	 "Жду.", "пт, 27 нояб. 2026 г. в 10:00, Поддержка <s@x.ru>:\n> Ответим"},
	/* dash-wrapped, without the colon */
	{"Ok\n\n---- John Smith wrote ----\n\n> old\n", "Ok",
	 "---- John Smith wrote ----\n> old"},
	{"Yes.\n\n------On 12/29/1987 17:32 PM, Julius wrote-----\n\nold\n",
	 "Yes.", "------On 12/29/1987 17:32 PM, Julius wrote-----\n\nold"},
	/* "sent:" after a start word */
	{"Reply\n\nOn 11-Apr-2011, at 6:54 PM, Roman <r@x.com> sent:\n\n> Test\n",
	 "Reply", "On 11-Apr-2011, at 6:54 PM, Roman <r@x.com> sent:\n> Test"},
	/* the reply shares the line with the attribution */
	{"reply--- On Wed, Apr 4, 2012 at 3:59 PM, me@x.com wrote:\n> Hi\n",
	 "reply", "--- On Wed, Apr 4, 2012 at 3:59 PM, me@x.com wrote:\n> Hi"},
	/* a date, a name and an address, then '>' lines */
	{"Replying ok\n2011/4/7 Nathan <support@x.com>\n\n>  Cool\n",
	 "Replying ok", "2011/4/7 Nathan <support@x.com>\n>  Cool"},
	/* separators */
	{"Test reply\n\n-----Ursprüngliche Nachricht-----\n\nTest\n",
	 "Test reply", "-----Ursprüngliche Nachricht-----\n\nTest"},
	{"Ok\n\n-----Oprindelig meddelelse-----\nold\n", "Ok",
	 "-----Oprindelig meddelelse-----\nold"},
	{"Ok\n\n-------- Message d'origine --------\nold\n", "Ok",
	 "-------- Message d'origine --------\nold"},
	{"Ok\n\n-----Reply Message-----\nold\n", "Ok",
	 "-----Reply Message-----\nold"},
	{"See below\n\nBegin forwarded message:\n\nFrom: a@b.c\nold\n",
	 "See below", "Begin forwarded message:\n\nFrom: a@b.c\nold"},
	/* header blocks in other languages, in any order */
	{"Allo!\n\nVon: s@x.com\nGesendet: Dienstag, 25. November 2014 14:59\n"
	 "An: Somebody\nBetreff: Loop\n\nBlah\n",
	 "Allo!",
	 "Von: s@x.com\nGesendet: Dienstag, 25. November 2014 14:59\nAn: Somebody\nBetreff: Loop\n\nBlah"},
	{"Lorem\n\nDe : Brendan [mailto:b@x.com]\nEnvoyé : vendredi 23 janvier "
	 "2015 16:39\nÀ : Camille\nObjet : Suivi\n\nBlah\n",
	 "Lorem",
	 "De : Brendan [mailto:b@x.com]\nEnvoyé : vendredi 23 janvier 2015 16:39\nÀ : Camille\nObjet : Suivi\n\nBlah"},
	{"Allo!\nFrån: Anno [mailto:a@x.com]\nSkickat: den 26 augusti 2015 14:45\n"
	 "Till: Leiff\nÄmne: RE: Week 36\n\nBlah\n",
	 "Allo!",
	 "Från: Anno [mailto:a@x.com]\nSkickat: den 26 augusti 2015 14:45\nTill: Leiff\nÄmne: RE: Week 36\n\nBlah"},
	{"Ok\n\n*From:* Support <s@x.com>\n*Sent:* Monday, 9 Nov 2026\n"
	 "*To:* me\n\nold\n",
	 "Ok",
	 "*From:* Support <s@x.com>\n*Sent:* Monday, 9 Nov 2026\n*To:* me\n\nold"},
	{"Blah\nDate: Fri, 28 Sep 2012 10:55:48 +0000\nFrom: t@x.com\n"
	 "To: b@x.com\nSubject: [Ticket #8] Test\n",
	 "Blah",
	 "Date: Fri, 28 Sep 2012 10:55:48 +0000\nFrom: t@x.com\nTo: b@x.com\nSubject: [Ticket #8] Test"},
	{"Ok\n\n差出人: サポート <s@x.jp>\n送信日時: 2026年11月10日 9:00\n"
	 "宛先: me\n件名: 返信\n\n古い\n",
	 "Ok",
	 "差出人: サポート <s@x.jp>\n送信日時: 2026年11月10日 9:00\n宛先: me\n件名: 返信\n\n古い"},
	/* one field under a rule, several fields on one line */
	{"Reply\n________________________________\nFrom: b@x.com Date: Thu, "
	 "24 Mar 2016 08:07\nQuoted\n",
	 "Reply",
	 "________________________________\nFrom: b@x.com Date: Thu, 24 Mar 2016 08:07\nQuoted"},
	/* a wrapped subject inside the block */
	{"FYI\n\nFrom: b@x.com\nDate: Tue, Sep 4, 2012 at 1:35 PM\nSubject: Two\n"
	 "line subject\nTo: r@x.com\n\nText\n",
	 "FYI",
	 "From: b@x.com\nDate: Tue, Sep 4, 2012 at 1:35 PM\nSubject: Two\nline subject\nTo: r@x.com\n\nText"},
	/* a wrapped link keeps a '>' run together */
	{"Blah\n\nOn Monday, 24 September, 2012 at 3:46 PM, bob wrote:\n\n"
	 "> View ticket (http://x.com/action\n_nonce=3dd518)\n>\n",
	 "Blah",
	 "On Monday, 24 September, 2012 at 3:46 PM, bob wrote:\n> View ticket (http://x.com/action\n_nonce=3dd518)\n>"},
	/* a sign-off below the quote closes the reply and stays */
	{"Test reply\n\nOn 04/19/2011 07:10 AM, Roman wrote:\n\n>\n> Test\n\n"
	 "Regards, Roman\n",
	 "Test reply\n\nRegards, Roman",
	 "On 04/19/2011 07:10 AM, Roman wrote:\n>\n> Test"},
	/* a body that is only a quote is read one level down */
	{"> Reply\n> On 11-Apr-2011, at 6:54 PM, Bob <b@x.com> wrote:\n> > Test\n",
	 "Reply", "On 11-Apr-2011, at 6:54 PM, Bob <b@x.com> wrote:\n> Test"},
};

/* Not history: what a reply itself writes. */
static const struct quote_case not_history_cases[] = {
	/* an invitation: Date/Time/Address are no mail header block */
	{"Invitation:\n\nDate: Wednesday 3, October 2011\nTime: 7 : 00am\n"
	 "Address: 130 Fox St\n\nBring your ID.\n",
	 "Invitation:\n\nDate: Wednesday 3, October 2011\nTime: 7 : 00am\n"
	 "Address: 130 Fox St\n\nBring your ID.",
	 NULL},
	/* a web form: From and Subject without an address or a date */
	{"New request\nFrom: John\nSubject: refund\nMessage: please help\n",
	 "New request\nFrom: John\nSubject: refund\nMessage: please help",
	 NULL},
	/* a ticket summary: Subject and Date, no From or To */
	{"Ваше обращение зарегистрировано.\nТема: Возврат\nДата: 12.11.2026\n"
	 "Ответим в течение 3 дней.\n",
	 "Ваше обращение зарегистрировано.\nТема: Возврат\nДата: 12.11.2026\n"
	 "Ответим в течение 3 дней.",
	 NULL},
	/* "On Monday I wrote:" without a date, an address or '>' lines */
	{"On Monday I wrote:\nplease refund me.\n",
	 "On Monday I wrote:\nplease refund me.", NULL},
	/* "call me on Monday at 10, my colleague wrote:" is no shared line */
	{"Please call me back on Monday at 10, as my colleague wrote:\nthanks\n",
	 "Please call me back on Monday at 10, as my colleague wrote:\nthanks",
	 NULL},
	/* '>>> ... <<<' decoration */
	{"Visit us now...\n>>> >>>  http://www.x.com <<<\nVisit our site\n",
	 "Visit us now...\n>>> >>>  http://www.x.com <<<\nVisit our site",
	 NULL},
	/* a rule with feedback under it */
	{"Please enter your feedback below.\n\n---- Enter Feedback Below ----\n\n"
	 "The experience was great. I am sending payment to ensure\nthat this "
	 "line is intact.\n",
	 "Please enter your feedback below.\n\n---- Enter Feedback Below ----\n\n"
	 "The experience was great. I am sending payment to ensure\nthat this "
	 "line is intact.",
	 NULL},
	/* the reply's last line is not joined into the attribution below */
	{"Жду ответа.\nНомер обращения 4471902\n"
	 "27 нояб. 2026 г., в 10:00, Поддержка <s@x.ru> написал(а):\n> старое\n",
	 "Жду ответа.\nНомер обращения 4471902",
	 "27 нояб. 2026 г., в 10:00, Поддержка <s@x.ru> написал(а):\n> старое"},
	{"Waiting.\nTicket 44719\nAnna\nOn Fri, Nov 27, 2026 at 10:00 AM Support\n"
	 "<s@x.com> wrote:\n> old\n",
	 "Waiting.\nTicket 44719\nAnna",
	 "On Fri, Nov 27, 2026 at 10:00 AM Support\n<s@x.com> wrote:\n> old"},
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
	struct quote_parts p;

	quote_split(c->in, &p);
	ck_assert_msg(strcmp(p.text, c->text) == 0, "text of '%s': '%s'",
		      c->in, p.text);
	if (!c->quoted)
		ck_assert_msg(p.quoted == NULL, "quoted of '%s': '%s'", c->in,
			      p.quoted);
	else
		ck_assert_msg(p.quoted && strcmp(p.quoted, c->quoted) == 0,
			      "quoted of '%s': '%s'", c->in,
			      p.quoted ? p.quoted : "(null)");
	quote_parts_free(&p);
}

START_TEST(test_split)
{
	check_case(&cases[_i]);
}
END_TEST

START_TEST(test_locale)
{
	check_case(&locale_cases[_i]);
}
END_TEST

START_TEST(test_not_history)
{
	check_case(&not_history_cases[_i]);
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
	struct quote_parts p;

	buf_puts(&in, "Text.\nRegards,\n");
	for (int i = 0; i < 500; i++)
		buf_putc(&in, 'x');
	buf_putc(&in, '\n');
	quote_split(in.s, &p);
	ck_assert_ptr_null(p.quoted);
	ck_assert_uint_eq(strlen(p.text), in.len - 1);
	quote_parts_free(&p);
	buf_free(&in);
}
END_TEST

UNIT_SUITE(quote,
	UNIT_ROWS(test_split, cases),
	UNIT_ROWS(test_locale, locale_cases),
	UNIT_ROWS(test_not_history, not_history_cases),
	UNIT_ROWS(test_signoff, signoff_cases),
	UNIT_TEST(test_signoff_long_line))
