/* check_promise.c - promises read from the clause (docs/promises.md),
 * resolutions and reopens (SPEC 4-5), through the built-in patterns.
 *
 * Every row is a construction, written for this suite in both
 * languages; the expected values are worked out by hand from SPEC 5.
 * Messages are written on Monday 2026-11-23 09:00 (M) or Friday
 * 2026-11-27 10:00 (F), +03:00, and judged at NOW, Saturday 2026-11-28
 * 12:00. Working days are Mon-Fri. Deadlines are written as "due kind
 * status[ claimed]" joined with "; ", "-" for a vague due, "none" for
 * no deadline. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "calendar.h"
#include "match.h"
#include "patterns.h"

#define NOW "2026-11-28T12:00:00+03:00"
#define M "2026-11-23T09:00:00+03:00"
#define F "2026-11-27T10:00:00+03:00"
#define E(d, rest) d "T23:59:59+03:00 " rest
#define AT(d, hm, rest) d "T" hm ":00+03:00 " rest

struct prow {
	char who; /* A agent, C customer */
	const char *made;
	const char *text;
	const char *want;
	char who2; /* 0: no later message */
	const char *made2;
	const char *text2;
};

static const struct prow prows[] = {
	/* promises in any grammar (SPEC 5 clarifications) */
	{'A', M, "Your card will be sent within 5 days.",
	 E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Our billing team is checking this and will reply within two "
		 "days.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	/* a remedy in the future shares the time with a reply word
	 * coordinated after it: resolve */
	{'A', M, "They will refund the difference to your card and email you "
		 "the corrected invoice by Wednesday.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Вернём разницу на карту и пришлём исправленный счёт до среды.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	/* a line wrapped inside a sentence: the verb at the start of the
	 * next line is no order to the customer */
	{'A', M, "We have logged your message and someone from our billing "
		 "team will\nreply within 3 working days.",
	 E("2026-11-26", "reply missed"), 0, NULL, NULL},
	{'A', M, "Hi Anna,\nSend us the receipt by Monday.", "none", 0, NULL,
	 NULL},
	/* a list of two dates is one time, not two clauses: the later
	 * clause's past verb governs it */
	{'A', M, "The technician will call you soon, and I have noted that 1 "
		 "and 2 December work for you.",
	 "- reply vague", 0, NULL, NULL},
	{'A', M, "Мастер позвонит вам в ближайшее время, а я передала, что вам "
		 "подходят 1 и 2 декабря.",
	 "- reply vague", 0, NULL, NULL},
	{'A', M, "The update is planned to roll out on Thursday.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "The courier firm will contact you within a week.",
	 E("2026-11-30", "reply pending"), 0, NULL, NULL},
	/* opening hours end at a conjunction before a clause that promises
	 * on its own, not inside a list of hours */
	{'A', M, "Our team is online 6am-10pm daily, and we'll reply within 2 "
		 "hours.",
	 AT("2026-11-23", "11:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Операторы на связи ежедневно с 8 до 22, и мы ответим в "
		 "течение 2 часов.",
	 AT("2026-11-23", "11:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Our team is available Mon-Fri 8am-6pm and Sat 9am-1pm.",
	 "none", 0, NULL, NULL},
	{'A', M, "The payments team sets the timing, but they'll be in touch "
		 "shortly.",
	 "- reply vague", 0, NULL, NULL},
	/* what is promised: a result named as a circumstance ("по
	 * результатам", "following the inspection") leaves a call a call;
	 * coming back with an update, joining the chat are replies */
	{'A', M, "По результатам экспертизы инженер позвонит вам до четверга.",
	 E("2026-11-26", "reply missed"), 0, NULL, NULL},
	{'A', M, "Ответ по итогам проверки будет направлен до 30 ноября.",
	 E("2026-11-30", "reply pending"), 0, NULL, NULL},
	{'A', M, "Вернёмся к вам с новостями до пятницы.",
	 E("2026-11-27", "reply missed"), 0, NULL, NULL},
	{'A', M, "Following the inspection, our surveyor will call you by "
		 "Thursday.",
	 E("2026-11-26", "reply missed"), 0, NULL, NULL},
	{'A', M, "You'll have the money back by the 15th.",
	 E("2026-12-15", "resolve pending"), 0, NULL, NULL},
	{'A', M, "The payment will reappear on your statement within a week.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "The technician comes on Friday between 8am and 12pm.",
	 AT("2026-11-27", "12:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "By Friday, as agreed, we will replace the router.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Delivery on 3 December.", E("2026-12-03", "resolve pending"), 0,
	 NULL, NULL},
	{'A', M, "We've booked an engineer for you on Tuesday.",
	 E("2026-11-24", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We'll have it deployed by EOD Wednesday.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "The unit arrives from the factory on the 26th.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will call you by end of day tomorrow.",
	 E("2026-11-24", "reply missed"), 0, NULL, NULL},
	{'A', M, "The engineer will visit on Monday, 30 November.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you within 14 days, i.e. by 7 December.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "The switch is on Wednesday 25 November between 06:00 and "
		 "07:00.",
	 AT("2026-11-25", "07:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We'll let you know our decision by Friday.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "You will get an answer by Friday.",
	 E("2026-11-27", "reply missed"), 0, NULL, NULL},
	{'A', M, "Your refund has been approved and will reach your card within "
		 "5 working days.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We are checking with the warehouse; you will hear from us "
		 "tomorrow.",
	 E("2026-11-24", "reply missed"), 0, NULL, NULL},
	{'A', M, "Документы будут готовы в среду.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Решение будет принято до 4 декабря.",
	 E("2026-12-04", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Монтажники приедут в среду.", E("2026-11-25", "resolve missed"),
	 0, NULL, NULL},
	{'A', M, "Ответ по заявке направим до пятницы.",
	 E("2026-11-27", "reply missed"), 0, NULL, NULL},
	{'A', M, "Решение примем и сообщим до пятницы.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Заказ будет у вас завтра с 10 до 14.",
	 AT("2026-11-24", "14:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Мастер придёт 26 числа.", E("2026-11-26", "resolve missed"), 0,
	 NULL, NULL},
	{'A', M, "Наш отдел проверяет платёж, ответ будет в течение 2 рабочих "
		 "дней.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	{'A', M, "Возврат оформлен, деньги поступят на карту в течение 10 дней.",
	 E("2026-12-03", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Доставка и сборка — в субботу, 28 ноября, с 9:00 до 13:00.",
	 AT("2026-11-28", "13:00", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Срок рассмотрения — 10 рабочих дней.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	/* a mail body wrapped at 72 columns is one sentence: one promise */
	{'A', M, "Решение по выплате будет принято в течение 10 рабочих дней, "
		 "то есть\nне позднее 7 декабря. О решении сообщим письмом.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	/* a line that opens with a label wraps too when its text goes
	 * on in lower case: the past verb of the sentence governs */
	{'A', M, "Good news: the replacement router for your flat has been "
		 "posted\ntoday, so there is nothing more you need to do.",
	 "none", 0, NULL, NULL},
	{'A', M, "Хорошие новости: возврат по вашему заказу на 2 400 рублей "
		 "был\nоформлен сегодня.",
	 "none", 0, NULL, NULL},
	/* a time of day alone in the sentence after a promised day is that
	 * day's time; opening hours there stay none */
	{'A', M, "Your appointment is set for Friday 27 November. The "
		 "engineer will arrive between 8am and 12pm.",
	 AT("2026-11-27", "12:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Визит мастера назначен на пятницу, 27 ноября. Он приедет с "
		 "10 до 14 часов.",
	 AT("2026-11-27", "14:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "The parts will arrive on Wednesday. Our line is open from "
		 "9am to 5pm.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	/* a claim of a promise due yesterday; the company's own yesterday
	 * is past */
	{'C', F, "You were supposed to send the plumber yesterday and nobody "
		 "came.",
	 E("2026-11-26", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Мастер должен был прийти вчера, но так и не пришёл.",
	 E("2026-11-26", "resolve missed claimed"), 0, NULL, NULL},
	{'A', F, "We answered your email yesterday.", "none", 0, NULL, NULL},
	/* a claimed time of day already past at the message is that day's */
	{'C', F, "It's ten now and nobody came. You promised the plumber by "
		 "9am.",
	 AT("2026-11-27", "09:00", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Уже десять, никого нет. Вы обещали привезти до 09:30.",
	 AT("2026-11-27", "09:30", "resolve missed claimed"), 0, NULL, NULL},
	/* a visit rebooked or moved to a day is a promise of that day */
	{'A', M, "I've rebooked the visit for Thursday 26 November, AM slot "
		 "(8am-1pm).",
	 AT("2026-11-26", "13:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "I have moved your installation to Friday 27 November.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	/* «займёт до N часов»: an upper bound of the work is a promise; a
	 * duration without one is not */
	{'A', M, "Пересоздаём том из снимка, это займёт до 48 часов.",
	 AT("2026-11-25", "09:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Доставка в субботу, сама сборка займёт 2-3 часа.",
	 E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	/* a day compared with, not promised */
	{'A', M, "Пени снять не можем: оплата поступила позже 10-го числа.",
	 "none", 0, NULL, NULL},
	/* participles coordinated under one future share it */
	{'A', M, "Your new licence will be printed and posted by 26 November.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "The parcel was returned to us and will be refunded by 26 "
		 "November.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	/* one promise told twice in a message is one deadline */
	{'A', M, "The engineer is rebooked for Thursday 26 November. Your "
		 "line will be working again by end of day on Thursday.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Мастер придёт в четверг, 26 ноября. Интернет заработает в "
		 "четверг.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	/* ... to a weekday alone, with or without a time window */
	{'A', M, "We've moved your installation to Friday, between 8am and "
		 "12pm.",
	 AT("2026-11-27", "12:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "I've pushed the engineer's visit back to Thursday.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Мы перенесли визит мастера на четверг.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "You moved the call from Monday to Tuesday last week.", "none",
	 0, NULL, NULL},
	/* a courtesy with a day and no verb thanks, it promises nothing */
	{'A', F, "Hi Sam, Lee here. Thanks for your patience today.", "none", 0,
	 NULL, NULL},
	{'A', F, "Спасибо за ваше терпение сегодня!", "none", 0, NULL, NULL},
	/* a span from a named day, before the message or after it */
	{'A', M, "Your refund will be processed within 10 working days of "
		 "20 November.",
	 E("2026-12-04", "resolve pending"), 0, NULL, NULL},
	{'C', F, "Вы обещали вернуть деньги в течение 5 рабочих дней с "
		 "16 ноября.",
	 E("2026-11-23", "resolve missed claimed"), 0, NULL, NULL},
	/* a target date named as a noun phrase; the customer's request
	 * "let me know by Friday" is no promise; a reply word in the third
	 * person; an engineer's call-out is a visit, not a call */
	{'A', M, "The repair has been given a target completion date of "
		 "Thursday 26 November.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Плановая дата подключения — 4 декабря.",
	 E("2026-12-04", "resolve pending"), 0, NULL, NULL},
	{'A', M, "If you'd rather cancel, just let me know by Friday and I'll "
		 "arrange a refund.",
	 "none", 0, NULL, NULL},
	{'A', M, "Jess will make sure that her colleague contacts you by "
		 "Wednesday.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	{'A', M, "Our engineer will call out on Wednesday to repair the boiler.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'C', F, "Вы писали, что карта поступит в отделение не позднее "
		 "25 ноября.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	/* a claim beside today's date: the date is the present, not what
	 * was promised; «обещали» with no subject is a claim too */
	{'C', F, "Вы обещали вернуть деньги до 20.11, сегодня уже 27-е — "
		 "денег нет.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "You promised to refund me by 20 November, today is already "
		 "the 27th.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Обещали решение до 25 ноября, а ничего нет.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	/* a customer telling of a past day: the day just gone */
	{'C', M, "Was the router replaced on Friday as agreed?",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', M, "В пятницу, как и обещали, никто не приехал.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	/* what was due: "supposed to", «должен был», a term that passed */
	{'C', F, "Your courier was supposed to come on 25 November.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Курьер должен был приехать 26 ноября, но так и не приехал.",
	 E("2026-11-26", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Срок ремонта истёк 25 ноября.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "В магазине сказали, что ремонт закончат до 25 ноября.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	/* the same words from an agent are a promise */
	{'A', M, "I'm going to follow up with you by Wednesday.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	{'A', M, "Я перезвоню вам в среду.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	/* a purpose clause, an undertaking, a request to a third party,
	 * "give us until" */
	{'A', M, "Постараюсь, чтобы вам перезвонили в среду.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	{'A', M, "Инженеры обязались устранить сбой к пятнице.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Дайте нам время до пятницы.", E("2026-11-27", "resolve missed"),
	 0, NULL, NULL},
	{'A', M, "Ответ пришлём в ближайшие 2 рабочих дня.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	{'A', M, "Engineering has committed to a fix by Friday.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "I've asked the courier to redeliver on Thursday.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "It'll be with you Friday.", E("2026-11-27", "resolve missed"), 0,
	 NULL, NULL},
	{'A', M, "Someone will call you before noon on Wednesday.",
	 AT("2026-11-25", "12:00", "reply missed"), 0, NULL, NULL},
	/* a clock in the next coordinated clause is the day's clock */
	{'A', M, "The crew comes on 25 November and will restore the line by "
		 "18:00.",
	 AT("2026-11-25", "18:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Мастер приедет 25 ноября и всё починит до 17:00.",
	 AT("2026-11-25", "17:00", "resolve missed"), 0, NULL, NULL},
	/* what is available is no promise */
	{'A', M, "На 06.12 есть места на рейс 1456 с вылетом в 09:40.", "none", 0,
	 NULL, NULL},
	{'A', M, "There are seats available on the 9:40 flight on 6 December.",
	 "none", 0, NULL, NULL},
	/* a weekday with its day of the month */
	{'A', M, "We'll ship it on Thursday the 26th.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	/* a date wrapped onto the start of a line is no list item */
	{'A', M, "Our engineer has been booked for your address on Monday,\n"
		 "30/11, between 08:00 and 12:00 as you asked us earlier.",
	 AT("2026-11-30", "12:00", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Замена счётчика в вашей квартире назначена на понедельник,\n"
		 "30.11, с 9:00 до 13:00, мастер позвонит заранее.",
	 AT("2026-11-30", "13:00", "resolve pending"), 0, NULL, NULL},

	/* not promises: past, orders, conditions, questions, negation,
	 * opening hours, general policy, absence, permission, dates of
	 * other things */
	{'A', M, "We received your request on Monday.", "none", 0, NULL, NULL},
	/* a customer's own plans are none of the company's promises */
	{'C', M, "I'm going to call my bank on Friday.", "none", 0, NULL, NULL},
	{'C', M, "Я сама перезвоню в банк в пятницу.", "none", 0, NULL, NULL},
	{'A', M, "Please send the photos by Friday.", "none", 0, NULL, NULL},
	{'A', M, "If we don't hear from you by Friday, we will close the case.",
	 "none", 0, NULL, NULL},
	{'A', M, "Could you call us back tomorrow?", "none", 0, NULL, NULL},
	{'A', M, "We won't be able to deliver by Friday.", "none", 0, NULL,
	 NULL},
	{'A', M, "Our office is open until 6 pm.", "none", 0, NULL, NULL},
	{'A', M, "Refunds usually take up to 10 days.", "none", 0, NULL, NULL},
	{'A', M, "I'm out of the office until Monday 30 November.", "none", 0,
	 NULL, NULL},
	{'A', M, "You can return the item within 14 days.", "none", 0, NULL,
	 NULL},
	{'A', M, "Your order of 12 November was shipped.", "none", 0, NULL,
	 NULL},
	{'A', M, "Заказ отправили 20 ноября.", "none", 0, NULL, NULL},
	{'A', M, "Пришлите, пожалуйста, документы до пятницы.", "none", 0, NULL,
	 NULL},
	{'A', M, "Если до пятницы не придёт, напишите нам.", "none", 0, NULL,
	 NULL},
	{'A', M, "Вам удобно в пятницу?", "none", 0, NULL, NULL},
	{'A', M, "К сожалению, до пятницы не успеем.", "none", 0, NULL, NULL},
	{'A', M, "Мы работаем с 9 до 18.", "none", 0, NULL, NULL},
	{'A', M, "Обычно возврат занимает до 10 дней.", "none", 0, NULL, NULL},
	{'A', M, "Я в отпуске до 1 декабря.", "none", 0, NULL, NULL},
	{'A', M, "Вы можете вернуть товар в течение 14 дней.", "none", 0, NULL,
	 NULL},
	{'A', M, "Перерасчёт за период с 01.11 по 20.11 выполнен.", "none", 0,
	 NULL, NULL},

	/* the customer: claims of an earlier promise, and wishes */
	{'C', F, "I was told on 18 November the refund would arrive by 25 "
		 "November.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "You said it would be fixed by 25 November.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Мне сказали, что деньги вернут до 25 ноября.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	{'C', M, "I want it delivered by Friday.", "none", 0, NULL, NULL},
	{'C', M, "Хочу получить заказ до пятницы.", "none", 0, NULL, NULL},

	/* a pleasantry keeps no reply promise; a message that says
	 * something does */
	{'A', M, "We will reply within 24 hours.",
	 AT("2026-11-24", "09:00", "reply missed"), 'A', F,
	 "You're welcome, have a great weekend!"},
	{'A', M, "We will reply within 24 hours.",
	 AT("2026-11-24", "09:00", "reply late"), 'A', F,
	 "The warehouse has found your parcel."},
	{'A', M, "Ответим в течение 24 часов.",
	 AT("2026-11-24", "09:00", "reply missed"), 'A', F, "Всего доброго!"},
};

/* Resolutions and reopens: what a short exchange yields, as the types
 * of its findings of those two kinds, "type@message" joined by "; ". */
struct orow {
	const char *a_text; /* the company, M */
	const char *c_text; /* then the customer, F */
	const char *want;
};

static const struct orow orows[] = {
	{"Your parcel has been dispatched, tracking number 1Z999AA10123456784.",
	 "Got it today, thanks!", "resolution@1; resolution@2"},
	{"Your voucher has been issued.", "Thanks.", "resolution@1"},
	/* a state restored, money come through, a fix gone live, a
	 * customer's "Confirmed - ... thanks", a repair ready to collect,
	 * a past dispatch with a tracking number, a delivery notice */
	{"Please try the heating now.",
	 "Thanks - the office is warm again.", "resolution@2"},
	{"We have sent the refund to your bank.",
	 "The refund's come through, thank you.", "resolution@2"},
	{"The fix is live in version 2.4.1.", "Great.", "resolution@1"},
	{"We re-ran the nightly job.",
	 "Confirmed - all 12 files are in the bucket. Thanks!",
	 "resolution@2"},
	{"Ноутбук готов, можно забирать.", "Забрала, всё заряжается, спасибо!",
	 "resolution@1; resolution@2"},
	{"Новый чехол выслали вам сегодня почтой, трек-номер 80099912345678.",
	 "Спасибо.", "resolution@1"},
	{"Отправление 5512 вручено получателю 12.10.2026.",
	 "Мне ничего не привезли, посылки так и нет.",
	 "resolution@1; reopen@2"},
	/* a recalculation done, then the customer says the old debt is
	 * still there */
	{"The recalculation has been done: your October bill is reduced by "
	 "£21.47.",
	 "My account still shows the old debt for October.",
	 "resolution@1; reopen@2"},
	{"Перерасчёт выполнен, начисление за октябрь уменьшено.",
	 "В личном кабинете по-прежнему долг за октябрь. Перерасчёта нет.",
	 "resolution@1; reopen@2"},
	{"Перерасчёт выполнен.", "Претензий нет, спасибо!", "resolution@1"},
	/* a refund issued is a resolution even when the money is still to
	 * show; the ladder waits for that promise */
	{"Your refund of £89.00 has been processed today. It will appear on "
	 "your statement within 3-5 working days.",
	 "OK.", "resolution@1"},
	{"Возврат 5 400 руб. проведён сегодня, деньги поступят на карту в "
	 "течение 5 рабочих дней.",
	 "Хорошо.", "resolution@1"},
	/* a step done with more to wait for in the same sentence */
	{"The pipe has been replaced and we're now waiting for the network to "
	 "pressure-test it.",
	 "OK, thanks.", "none"},
	{"Деталь пришла, осталось дождаться мастера.", "Хорошо.", "none"},
	/* a part sent to the company is a step still ahead */
	{"The screen has been dispatched by the supplier and should be with "
	 "us on Monday.",
	 "OK.", "none"},
	{"I've corrected the reading; you'll receive the new bill within 3 "
	 "working days.",
	 "Thanks.", "none"},
	{"We'll let you know as soon as it's restored.", "OK.", "none"},
	{"The fault has been fixed.", "It still doesn't work.",
	 "resolution@1; reopen@2"},
	{"Перерасчёт выполнен.", "Получила, спасибо!",
	 "resolution@1; resolution@2"},
	/* after a mere promise a "still not" is that promise's status */
	{"Мы вернём деньги в течение 5 дней.", "Деньги так и не пришли.",
	 "none"},
	{"Ваша карта готова к выдаче.", "Интернета по-прежнему нет.",
	 "resolution@1; reopen@2"},
	{"Thank you for contacting us.", "It still doesn't work.", "none"},
	/* what a refusal says is done is its reason, not a resolution */
	{"The courier confirmed the parcel was delivered on 8 May, so we "
	 "cannot refund it.",
	 "That is not true.", "none"},
	{"Заказ был выдан 08.11 по вашему коду, поэтому вернуть деньги мы не "
	 "можем.",
	 "Я его не получала.", "none"},
	/* what was done, in other grammars: an impersonal plural, a credit
	 * put on the account, a parcel in the post with its tracking */
	{"Двойное списание отменили.", "Спасибо.", "resolution@1"},
	{"I've put a £25 goodwill credit on your account.", "Thanks.",
	 "resolution@1"},
	{"Новая карта уже в пути, трек-номер RR123456789RU.", "Спасибо!",
	 "resolution@1"},
	{"Возврат выполнен.", "Проверила, деньги на карте. Спасибо!",
	 "resolution@1; resolution@2"},
	/* a fault cleared, a technician's repair, working since, an amount
	 * that landed */
	{"The tech replaced the faulty splitter and the error has cleared.",
	 "It has been working perfectly since yesterday, thanks!",
	 "resolution@1; resolution@2"},
	{"Мы проверили линию.", "Всё подключили, интернет работает. Спасибо!",
	 "resolution@2"},
	{"We have chased the warehouse.", "The $49.99 landed on my card today.",
	 "resolution@2"},
	/* a single agent's own completed action; a customer's confirmation */
	{"Ограничение я сняла, попробуйте войти.", "Получилось, вошла. Спасибо!",
	 "resolution@1; resolution@2"},
	{"I have released the deposit manually just now.",
	 "Picked it up from the bank app, works perfectly. Thanks!",
	 "resolution@1; resolution@2"},
	{"We will refund you within 5 days.",
	 "The app shows «Refunded» but the money still hasn't arrived.",
	 "none"},
	{"Деньги возвращены на карту.",
	 "Приложение пишет «Возврат выполнен», но денег так и нет.",
	 "resolution@1; reopen@2"},
	/* an adverb between the auxiliary and the participle; an item on
	 * its way; a fix gone live; a cancelled plan; the customer's "that's
	 * worked", money in the account, a parcel that turned up */
	{"Your refund of $80 has now been processed.",
	 "That's worked, cheers!", "resolution@1; resolution@2"},
	{"Good news: the new modem is on its way.",
	 "The parcel turned up this morning, thank you.",
	 "resolution@1; resolution@2"},
	{"The patch went live overnight.", "Yes, everything is fine now.",
	 "resolution@1; resolution@2"},
	{"We've stopped the direct debit, so no more payments will be taken.",
	 "OK, the money is on my card now.", "resolution@1; resolution@2"},
	/* a step received while the fix is still ahead; another matter
	 * fixed; nothing changed */
	{"Meanwhile a courier brings you a loan phone; the repair is booked "
	 "for Monday.",
	 "The loan phone arrived, thanks. See you on Monday then.", "none"},
	{"Пока привезём подменный обогреватель, мастер придёт в понедельник.",
	 "Обогреватель привезли, спасибо. Ждём мастера в понедельник.",
	 "none"},
	{"The errors last night were a different problem at our payment "
	 "provider, which has been fixed.",
	 "OK.", "none"},
	{"Ночные ошибки — отдельная неполадка у платёжного шлюза, её уже "
	 "устранили.",
	 "Понятно.", "none"},
	{"Yes, nothing has changed on our side.", "Good.", "none"},
	{"Is the new modem on its way?", "It worked fine before the update.",
	 "none"},
	{"Подписка на музыку отключена.", "Вижу возврат в приложении, спасибо.",
	 "resolution@1; resolution@2"},
	{"Кешбэк начислен баллами.", "Спасибо.", "resolution@1"},
	{"Ваш заказ передан в транспортную компанию, трек 12345678.",
	 "Спасибо.", "resolution@1"},
	{"Замена уже в пути.", "Спасибо.", "resolution@1"},
	{"Ваш заказ передан в службу доставки повторно.", "Жду.", "none"},
	{"Компенсация будет начислена позже.", "Жду.", "none"},
};

/* Templates by what a reply names of the customer's case (overlap.h):
 * the customer writes, then the company; "template" or "none". */
struct trow {
	const char *c_text, *a_text, *want;
};

static const struct trow trows[] = {
	/* a short acknowledgement signed by a department */
	{"Прошу вернуть деньги за отменённый рейс.",
	 "Уважаемая Ирина Павловна!\n\nВаше письмо получено. Ответ будет "
	 "направлен вам в течение 30 календарных дней.\n\nОтдел по работе "
	 "с обращениями пассажиров",
	 "template"},
	/* a bot's menu: the numbers pick options, they are no specifics;
	 * a bot that asks for the question */
	{"Роутер каждый вечер теряет связь.",
	 "Здравствуйте! Я виртуальный помощник «Оптолинк». Выберите тему:\n"
	 "1 — Оплата и баланс\n2 — Интернет и ТВ\n3 — Другое",
	 "template"},
	{"My router drops the line every evening.",
	 "Hi! I'm the Fibrelink virtual assistant. Pick a topic:\n"
	 "1 - Billing\n2 - Broadband and TV\n3 - Something else",
	 "template"},
	{"Роутер каждый вечер теряет связь.",
	 "Здравствуйте! Я бот-помощник. Опишите, пожалуйста, ваш вопрос "
	 "подробнее, и я передам его специалисту.",
	 "template"},
	{"My router drops the line every evening.",
	 "Hi, I'm a bot. Please describe your issue in a few words and I'll "
	 "pass it to an agent.",
	 "template"},
	/* a scripted chat opener, a holding line, a transfer, a deflection
	 * to self-service: canned; a question about the case is not */
	{"My router drops the line every evening.",
	 "Hello! You're chatting with Nadia from Fibrelink. How can I help "
	 "you today?",
	 "template"},
	{"Роутер каждый вечер теряет связь.",
	 "Добрый день! Вас приветствует чат поддержки «Оптолинк». Чем могу "
	 "помочь?",
	 "template"},
	{"My router drops the line every evening.",
	 "One moment please, I'm transferring you to our fault team.",
	 "template"},
	{"Роутер каждый вечер теряет связь.",
	 "Минуточку, уточняю информацию.",
	 "template"},
	{"How do I get my deposit back for booking 2241?",
	 "You can request the deposit refund yourself at any time under My "
	 "Bookings. Thanks for contacting us!",
	 "template"},
	{"Как вернуть залог за бронь 2241?",
	 "Вернуть залог вы можете самостоятельно в личном кабинете в разделе "
	 "«Мои брони».",
	 "template"},
	/* a machine-made acknowledgement is canned even with its standard
	 * decision term; a machine-made notice of an outcome is not */
	{"Прошу выплатить возмещение за разбитое лобовое стекло.",
	 "Уважаемый клиент! Ваше заявление зарегистрировано, номер убытка "
	 "55-1200. Решение будет принято до 15 декабря 2026 г. Это сообщение "
	 "сформировано автоматически, отвечать на него не нужно.",
	 "template"},
	{"Please pay out my claim for the cracked windscreen.",
	 "This is an automated message. Your claim 88-1204 has been "
	 "received. A decision will be made by 15 December 2026.",
	 "template"},
	{"Когда будет готова перевыпущенная карта?",
	 "Ваша карта по заявке № 77-1290 готова к выдаче в отделении на "
	 "Садовой. Письмо сформировано автоматически.",
	 "none"},
	/* a refusal decides the case: no filler, even without reasons */
	{"I want compensation for the 5-hour delay of flight SV1127.",
	 "Thank you for contacting Skyway. We have reviewed your claim. We "
	 "regret to inform you that we are unable to offer compensation in "
	 "this instance. Please do not change the subject line of this "
	 "email.",
	 "none"},
	/* automation lines: a survey (its link's "?" ends no sentence),
	 * reception hours with an address («ул. Строителей» ends no
	 * sentence), a queue position */
	{"I was charged for roaming in France.",
	 "Thanks for chatting with Corvid Mobile! How did we do? Rate your "
	 "experience: https://corvid.example/csat?c=8812",
	 "template"},
	{"Когда сделают перерасчёт за горячую воду?",
	 "Уважаемый житель! Ваше обращение зарегистрировано. Срок ответа — "
	 "10 рабочих дней. Приём граждан: вторник с 15:00 до 19:00, ул. "
	 "Строителей, д. 3.",
	 "template"},
	{"My water meter reading is wrong.",
	 "Thanks for contacting Severn Water. You are number 3 in the queue. "
	 "Please note this chat may be recorded for training purposes.",
	 "template"},
	/* self-service sentence by sentence: a menu path with its
	 * purpose, what the app or the account lets one do */
	{"Why was I charged twice for my gym membership?",
	 "Happy to help! In the members app you can also see every payment. "
	 "To dispute a payment, go to Account > Payments > Report.",
	 "template"},
	{"Почему за абонемент в спортзал списали дважды?",
	 "Здравствуйте! Историю платежей можно посмотреть в личном кабинете. "
	 "Также в приложении можно оформить заявку на возврат.",
	 "template"},
	{"My router drops the line every evening.",
	 "One moment please. Could you tell me whether the red light on the "
	 "router blinks when the line drops?",
	 "none"},
	{"Роутер каждый вечер теряет связь.",
	 "Минуточку. Скажите, пожалуйста, мигает ли красный индикатор на "
	 "роутере, когда пропадает связь?",
	 "none"},
	/* a reply-time promise of up to 16 words that names nothing of
	 * the case is the acknowledgement's form line */
	{"My e-bike battery stopped charging after the update.",
	 "Thanks for reaching out! Your case number is 55-1290. Our team will "
	 "review your case and get back to you within 48 hours.",
	 "template"},
	{"My e-bike battery stopped charging after the update.",
	 "Thanks for reaching out! Your case number is 55-1290. Our battery "
	 "engineer will test the charging board after the update and call "
	 "you within 48 hours.",
	 "none"},
	/* a helpdesk status notice */
	{"My e-bike battery stopped charging after the update.",
	 "Status of your request has changed to: Waiting for customer. If we "
	 "don't hear from you within 7 days, the request will be closed "
	 "automatically.",
	 "template"},
	{"Аккумулятор самоката перестал заряжаться после обновления.",
	 "Статус вашей заявки № 5512 изменён на «В работе».",
	 "template"},
	/* a canned phrase and nothing of the case: an acknowledgement */
	{"My kettle from order 5512 leaks and I want a refund.",
	 "Thank you for your patience. Our team is reviewing everything "
	 "carefully and will get back to you.",
	 "template"},
	{"Чайник из заказа 5512 протекает, верните деньги.",
	 "Благодарим за ожидание. Коллеги внимательно всё изучают, мы "
	 "вернёмся к вам с ответом.",
	 "template"},
	/* the same phrase beside what was asked about: a real answer */
	{"My kettle from order 5512 leaks and I want a refund.",
	 "Thank you for your patience. A new kettle goes out with the "
	 "courier, so no refund is needed.",
	 "none"},
	{"Чайник из заказа 5512 протекает, верните деньги.",
	 "Благодарим за ожидание. Новый чайник передаём курьеру, возврат "
	 "не потребуется.",
	 "none"},
	/* an unattended chat desk; a company's registration line is no
	 * specific */
	{"Where is my refund for order 5512?",
	 "No agents are available right now. Please leave a message and "
	 "we'll get back to you.",
	 "template"},
	{"Где возврат по заказу 5512?",
	 "Все операторы сейчас заняты. Оставьте сообщение, и мы перезвоним.",
	 "template"},
	{"Where is my refund for order 5512?",
	 "Thank you for contacting Harbor Bank. We have received your "
	 "enquiry. A member of our team will respond within 5 business "
	 "days.\nHarbor Bank Limited ABN 12 345 678 901",
	 "template"},
	/* a fact the agent found is specific even in other words */
	{"My kettle from order 5512 leaks and I want a refund.",
	 "Thank you for your patience. The warehouse found a cracked seal "
	 "on the whole batch.",
	 "none"},
	/* pronoun objects forwarded "for further investigation"; a chat
	 * desk's away notice; the handover to a named team without it is
	 * a real step */
	{"The app crashes when I upload photos, logs attached.",
	 "Thank you for the logs. We have sent them over to our mobile team "
	 "for further investigation. We appreciate your patience.",
	 "template"},
	{"The app crashes when I upload photos, logs attached.",
	 "Thanks, I've passed it to our Payments team, who will email you "
	 "about the refund for order 5512 within 24 hours.",
	 "none"},
	{"Where is my refund for order 5512?",
	 "Thanks for your message. We're currently closed - our hours are "
	 "Mon-Fri 9-17. We'll get back to you when we're open.",
	 "template"},
	{"Где возврат по заказу 5512?",
	 "Спасибо за сообщение! Вы написали нам в нерабочее время, ответим "
	 "вам в рабочее время.",
	 "template"},
	/* a status notice: a ticket number and the signature block of a
	 * letter (an address with digits) are form fields */
	{"My laptop from order 5512 does not charge.",
	 "Your service case SC-88120 has been updated.\n\n"
	 "You can follow the progress of your repair at any time in your "
	 "account.\n\nThis is an automated message, please do not reply "
	 "to this email.\n\nNorthwind Repairs Ltd, Unit 7, Mill Road, "
	 "Leeds LS1 4AB",
	 "template"},
	{"Ноутбук из заказа 5512 не заряжается.",
	 "Ваше обращение № 66-2026-0012 зарегистрировано.\n\n"
	 "Ответ будет направлен в течение 5 рабочих дней.\n\n"
	 "Письмо сформировано автоматически и не требует ответа.\n\n"
	 "Сервисный центр «Ремонт24»",
	 "template"},
	/* the same letter with a fact of the case in its body: no */
	{"My laptop from order 5512 does not charge.",
	 "Your service case SC-88120 has been updated.\n\n"
	 "The technician replaced the charging port on 4 December.\n\n"
	 "This is an automated message, please do not reply to this "
	 "email.\n\nNorthwind Repairs Ltd, Unit 7, Mill Road, Leeds LS1 4AB",
	 "none"},
};

static struct patset tps;
static struct matcher *tmt;
static struct calendar *tcal;

static void
setup(void)
{
	char *err = NULL;

	memset(&tps, 0, sizeof(tps));
	ck_assert_msg(patset_load_builtin(&tps, "ru,en", &err) == 0, "%s",
		      err ? err : "?");
	ck_assert_msg(patset_compile(&tps, &err) == 0, "%s", err ? err : "?");
	tmt = matcher_new(&tps);
	tcal = calendar_new();
}

static void
teardown(void)
{
	matcher_free(tmt);
	patset_free(&tps);
	calendar_free(tcal);
}

static void
add_msg(struct conversation *c, char who, const char *when, const char *text)
{
	struct message *x = conversation_add_message(c);

	x->role = who == 'A' ? ROLE_AGENT : ROLE_CUSTOMER;
	x->sender_name = xstrdup(who == 'A' ? "Support" : "Anna");
	ck_assert_msg(time_parse_iso(when, &x->time), "bad row time");
	x->text = xstrdup(text);
}

static void
describe_deadlines(const struct conversation *c, struct buf *b)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];
		char iso[32];

		if (f->type != FIND_DEADLINE)
			continue;
		if (b->len)
			buf_puts(b, "; ");
		if (f->due.set) {
			time_format_iso(f->due, iso);
			buf_puts(b, iso);
		} else {
			buf_puts(b, "-");
		}
		buf_printf(b, " %s %s%s", promise_kind_name(f->promise),
			   deadline_status_name(f->status),
			   f->claimed ? " claimed" : "");
	}
	if (b->len == 0)
		buf_puts(b, "none");
}

static struct conversation *
run(char who, const char *made, const char *text, char who2,
    const char *made2, const char *text2)
{
	struct conversation *c = conversation_new("t", FMT_CHATLOG);
	struct analyze_opts o = {.cal = tcal};

	ck_assert(time_parse_iso(NOW, &o.now));
	add_msg(c, who, made, text);
	if (who2 != 0)
		add_msg(c, who2, made2, text2);
	analyze_conversation(c, tmt, &o, NULL);
	return c;
}

START_TEST(test_promise_row)
{
	const struct prow *r = &prows[_i];
	struct conversation *c =
		run(r->who, r->made, r->text, r->who2, r->made2, r->text2);
	struct buf b = {NULL, 0, 0};

	describe_deadlines(c, &b);
	ck_assert_msg(strcmp(b.s, r->want) == 0, "row %d \"%s\":\n  got  %s\n  want %s",
		      _i, r->text, b.s, r->want);
	buf_free(&b);
	conversation_free(c);
}
END_TEST

START_TEST(test_template_row)
{
	const struct trow *r = &trows[_i];
	struct conversation *c = run('C', M, r->c_text, 'A', F, r->a_text);
	bool tpl = false;

	for (size_t i = 0; i < c->n_findings; i++)
		tpl |= c->findings[i].type == FIND_TEMPLATE &&
		       c->findings[i].message == 2;
	ck_assert_msg(strcmp(tpl ? "template" : "none", r->want) == 0,
		      "row %d \"%s\": got %s, want %s", _i, r->a_text,
		      tpl ? "template" : "none", r->want);
	conversation_free(c);
}
END_TEST

START_TEST(test_outcome_row)
{
	const struct orow *r = &orows[_i];
	struct conversation *c = run('A', M, r->a_text, 'C', F, r->c_text);
	struct buf b = {NULL, 0, 0};

	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type != FIND_RESOLUTION && f->type != FIND_REOPEN)
			continue;
		buf_printf(&b, "%s%s@%zu", b.len ? "; " : "",
			   finding_type_name(f->type), f->message);
	}
	if (b.len == 0)
		buf_puts(&b, "none");
	ck_assert_msg(strcmp(b.s, r->want) == 0,
		      "row %d \"%s\" / \"%s\":\n  got  %s\n  want %s", _i,
		      r->a_text, r->c_text, b.s, r->want);
	buf_free(&b);
	conversation_free(c);
}
END_TEST

Suite *suite_promise(void);

Suite *
suite_promise(void)
{
	Suite *s = suite_create("promise");
	TCase *tc = tcase_create("clause");

	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_promise_row, 0,
			    (int)(sizeof(prows) / sizeof(prows[0])));
	tcase_add_loop_test(tc, test_outcome_row, 0,
			    (int)(sizeof(orows) / sizeof(orows[0])));
	tcase_add_loop_test(tc, test_template_row, 0,
			    (int)(sizeof(trows) / sizeof(trows[0])));
	suite_add_tcase(s, tc);
	return s;
}
