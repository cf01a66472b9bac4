/* i18n.c - the report's words in Russian: one table, English key next
 * to its Russian. */
#include "i18n.h"

#include <stdio.h>
#include <string.h>

#include "lang.h"

/* key: the English phrase as the code writes it (spaces included), or
 * "@name" with its English in 'en'. Sorted by nothing: a new phrase
 * goes next to its kin. */
static const struct phrase {
	const char *key, *en, *ru;
} phrases[] = {
	/* reasons (src/ladder.c) */
	{"message", NULL, "сообщении"},
	{"@message-subject", "message", "сообщение"},
	{"promise in ", NULL, "обещание в "},
	{"promise claimed in ", NULL, "обещание со слов клиента в "},
	{" was due ", NULL, " со сроком "},
	{" and is missed by ", NULL, " просрочено на "},
	{"resolution in ", NULL, "решение в "},
	{"; promise in ", NULL, "; обещание в "},
	{" was kept late", NULL, " выполнено с опозданием"},
	{"supervisor requested in ", NULL, "просьба передать руководителю в "},
	{"escalated by the company in ", NULL,
	 "обращение передано руководителю в "},
	{", then ", NULL, ", затем "},
	{" ago and the matter is not resolved", NULL,
	 " назад, а вопрос не решён"},
	{"solution requested in ", NULL, "просьба о конкретном решении в "},
	{"justification requested in ", NULL, "просьба обосновать отказ в "},
	{", and ", NULL, ", а в "},
	{" is a template again", NULL, " снова шаблонный ответ"},
	{" refuses again without a reason", NULL, " снова отказ без причины"},
	{"refusal in ", NULL, "отказ в "},
	{" gives no reason", NULL, " без указания причины"},
	{"@template-lead", "", "в "},
	{" is a template reply", NULL, " шаблонный ответ"},
	{" (score ", NULL, " (оценка "},
	{"no dated promise from the company", NULL,
	 "компания не назвала срок"},
	{"only a vague promise in ", NULL, "только расплывчатое обещание в "},
	{", no date", NULL, ", без срока"},
	{"no ticket number in the conversation", NULL,
	 "в переписке нет номера обращения"},
	{"nothing to act on", NULL, "действий не требуется"},
	{" is due ", NULL, " со сроком "},
	{" was kept in message ", NULL, " выполнено в сообщении "},
	{" was kept late in message ", NULL,
	 " выполнено с опозданием в сообщении "},
	{"legal period of ", NULL, "срок по закону "},
	{" working days", NULL, " раб. дн."},
	{" days", NULL, " дн."},
	{" weeks", NULL, " нед."},
	{" for the claim in ", NULL, " для претензии в "},
	{" runs until ", NULL, " истекает "},
	{" was met in message ", NULL, " соблюдён в сообщении "},
	{" ended ", NULL, " истёк "},
	{", overdue by ", NULL, ", просрочка "},
	{"; next: ", NULL, "; далее: "},
	{" unanswered for ", NULL, " без ответа уже "},

	/* actions, as labels */
	{"@none", "none", "ничего не нужно"},
	{"@resolved", "resolved", "решено"},
	{"@request-ticket", "request ticket", "запросить номер обращения"},
	{"@request-deadline", "request deadline", "запросить срок"},
	{"@request-solution", "request solution", "запросить решение"},
	{"@request-justification", "request justification",
	 "запросить обоснование"},
	{"@escalate", "escalate", "эскалировать"},
	{"@formal-complaint", "formal complaint", "официальная претензия"},

	/* the text report (src/report_text.c) */
	{"   subject:  ", NULL, "   тема:     "},
	{"   files:    ", NULL, "   файлы:    "},
	{"   tickets:  ", NULL, "   номера:   "},
	{"none", NULL, "нет"},
	{" (step ", NULL, " (шаг "},
	{"also:", NULL, "ещё:"},
	{"   note:     ", NULL, "   заметка:  "},
	{"   promises:\n", NULL, "   обещания:\n"},
	{"   timeline:\n", NULL, "   хронология:\n"},
	{"   draft:\n", NULL, "   черновик:\n"},
	{"messages", NULL, "сообщ."},
	{"resolve", NULL, "решить"},
	{"reply", NULL, "ответить"},
	{"due", NULL, "срок"},
	{"kept", NULL, "выполнено"},
	{"late", NULL, "опоздание"},
	{"missed", NULL, "просрочено"},
	{"pending", NULL, "ожидается"},
	{"vague", NULL, "без срока"},
	{"(none)", NULL, "(нет)"},
	{"@overdue-lead", "", "на "},
	{" overdue", NULL, ""},
	{" due today", NULL, " срок сегодня"},
	{" due in ", NULL, " срок через "},
	{" claimed", NULL, " со слов клиента"},
	{" superseded", NULL, " заменено"},
	{"customer", NULL, "клиент"},
	{"agent", NULL, "компания"},
	{"system", NULL, "система"},
	{"unknown", NULL, "неизвестно"},
	{" earlier messages", NULL, " более ранних сообщ."},

	/* the HTML report (src/report_html.c) */
	{"Support conversations: what to do next", NULL,
	 "Переписка с поддержкой: что делать дальше"},
	{"Judged at ", NULL, "На момент "},
	{"Messages", NULL, "Сообщения"},
	{"Findings", NULL, "Находки"},
	{"Draft of the next message", NULL, "Черновик следующего сообщения"},
	{"Time", NULL, "Время"},
	{"Sender", NULL, "Отправитель"},
	{"Text", NULL, "Текст"},
	{"Type", NULL, "Тип"},
	{"Message", NULL, "Сообщение"},
	{"Quote", NULL, "Цитата"},
	{"Pattern", NULL, "Шаблон"},
	{"Details", NULL, "Подробности"},
	{"Source", NULL, "Источник"},
	{"Ticket", NULL, "Номер"},
	{"Step", NULL, "Шаг"},
	{"Next due", NULL, "Ближайший срок"},
	{"Overdue", NULL, "Просрочка"},
	{"Inputs with problems", NULL, "Входы с проблемами"},
	{"; subject: ", NULL, "; тема: "},
	{"files: ", NULL, "файлы: "},
	{"None.", NULL, "Нет."},
	{" earlier messages are not listed.", NULL,
	 " более ранних сообщений не показаны."},
	{"One click selects the whole draft.", NULL,
	 "Один щелчок выделяет весь черновик."},
	{"Also applicable:", NULL, "Также применимо:"},
	{"Note: ", NULL, "Заметка: "},
	{"   law:      ", NULL, "   закон:    "},
	{"; law: ", NULL, "; закон: "},
	{" (--jurisdiction)", NULL, " (--jurisdiction)"},
	{" (the conversation is in Russian)", NULL, " (переписка на русском)"},
	{" (no default outside Russian; --jurisdiction)", NULL,
	 " (не по-русски: по умолчанию нет; --jurisdiction)"},
	{"by law ", NULL, "по закону "},
	{"next: ", NULL, "далее: "},
};

#define N_PHRASES (sizeof(phrases) / sizeof(phrases[0]))

static const struct phrase *
find_phrase(const char *key)
{
	for (size_t i = 0; i < N_PHRASES; i++)
		if (strcmp(phrases[i].key, key) == 0)
			return &phrases[i];
	return NULL;
}

const char *
tr(const char *lang, const char *en)
{
	const struct phrase *p = find_phrase(en);
	bool ru = lang && strcmp(lang, "ru") == 0;

	if (!p)
		return en[0] == '@' ? en + 1 : en;
	if (ru)
		return p->ru;
	return p->en ? p->en : p->key;
}

bool
tr_known(const char *lang, const char *en)
{
	(void)lang; /* one other language so far */
	return find_phrase(en) != NULL;
}

char *
tr_period(const char *lang, const char *period)
{
	static const char *const units[] = {" working days", " days",
					    " weeks"};
	size_t n = strlen(period);

	for (size_t i = 0; lang && strcmp(lang, "ru") == 0 &&
			   i < sizeof(units) / sizeof(units[0]);
	     i++) {
		size_t u = strlen(units[i]);

		if (n > u && strcmp(period + n - u, units[i]) == 0)
			return xasprintf("%.*s%s", (int)(n - u), period,
					 tr(lang, units[i]));
	}
	return xstrdup(period);
}

const char *
report_lang_for(const struct conversation *c)
{
	switch (c->want_lang) {
	case RLANG_RU:
		return "ru";
	case RLANG_EN:
		return "en";
	case RLANG_AUTO:
	default:
		return conversation_lang(c);
	}
}

const char *
report_lang_of_run(enum report_lang want, struct conversation *const *convs,
		   size_t n)
{
	size_t ru = 0;

	if (want != RLANG_AUTO)
		return want == RLANG_RU ? "ru" : "en";
	for (size_t i = 0; i < n; i++) {
		const char *l = convs[i]->esc.report_lang;

		ru += l && strcmp(l, "ru") == 0;
	}
	return ru * 2 > n ? "ru" : "en";
}

char *
tr_days(const char *lang, long n)
{
	long m10 = n % 10, m100 = n % 100;

	if (!lang || strcmp(lang, "ru") != 0)
		return xasprintf("%ld day%s", n, n == 1 ? "" : "s");
	if (m10 == 1 && m100 != 11)
		return xasprintf("%ld день", n);
	if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14))
		return xasprintf("%ld дня", n);
	return xasprintf("%ld дней", n);
}

const char *
tr_action(const char *lang, enum action a)
{
	char key[40];
	const struct phrase *p;

	snprintf(key, sizeof(key), "@%s", action_name(a));
	if (!(p = find_phrase(key)))
		return action_name(a);
	return lang && strcmp(lang, "ru") == 0 ? p->ru : p->en;
}
