/* i18n.h - the report's words in the report language (--report-lang):
 * reasons, labels and headings. Every phrase is in one table in
 * src/i18n.c, English next to Russian; the drafts to the company have
 * their own files (src/drafts/). */
#ifndef ESC_I18N_H
#define ESC_I18N_H

#include <stdbool.h>

#include "message.h"

/* 'en' in 'lang' ("ru" or "en"): the table's translation, else 'en'
 * itself (a phrase missing from the table shows in English). A key of
 * the form "@name" stands for a phrase whose English is not its key.
 * Borrowed, static. */
const char *tr(const char *lang, const char *en);
/* Whether tr() knows 'en' for 'lang' (tests). */
bool tr_known(const char *lang, const char *en);

/* The language of the reasons and labels of c: --report-lang when
 * ru or en, else the conversation's language. Borrowed, static. */
const char *report_lang_for(const struct conversation *c);
/* The language of a whole report's headings: 'want' when ru or en,
 * else the language of most of its conversations (English on a tie). */
const char *report_lang_of_run(enum report_lang want,
			       struct conversation *const *convs, size_t n);

/* "N days" in lang with the right plural: "1 день", "2 дня", "5 дней";
 * "1 day", "2 days". Caller frees. */
char *tr_days(const char *lang, long n);
/* An action name ("request-solution") as the report shows it:
 * "REQUEST SOLUTION", «ЗАПРОСИТЬ РЕШЕНИЕ» (upper) or in lower case. */
const char *tr_action(const char *lang, enum action a);

/* A period of the law files ("10 days", "15 working days", "8 weeks")
 * in the report language ("10 дн.", "15 раб. дн.", "8 нед."). Caller
 * frees. */
char *tr_period(const char *lang, const char *period);

#endif /* ESC_I18N_H */
