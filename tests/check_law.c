/* check_law.c - the legal periods table (src/law/), the jurisdiction
 * of a conversation, legal deadlines of formal claims, unanswered
 * messages and how the ladder reads them (docs/law.md).
 * Dates: 2026-11-05 is a Thursday, 2026-11-16 a Monday. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "calendar.h"
#include "fixture.h"
#include "i18n.h"
#include "draft.h"
#include "ladder.h"
#include "law.h"
#include "legal.h"
#include "match.h"
#include "patterns.h"
#include "suite.h"

/* Every shipped rule, written out by hand from docs/law.md. */
static const struct {
	const char *jur, *category, *rule;
	int n;
	enum law_unit unit;
	enum promise_kind kind;
	const char *cites; /* a part of the citation */
	bool decision;
} rule_rows[] = {
	{"ru", "refund", "ru.zozpp-22-31", 10, LAW_DAYS, PROMISE_RESOLVE,
	 "ст. 22", false},
	{"ru", "replacement", "ru.zozpp-21", 20, LAW_DAYS, PROMISE_RESOLVE,
	 "ст. 21", false},
	{"ru", "repair", "ru.zozpp-20", 45, LAW_DAYS, PROMISE_RESOLVE,
	 "ст. 20", false},
	{"ru", "appeal", "ru.59fz-12", 30, LAW_DAYS, PROMISE_REPLY,
	 "59-ФЗ", true},
	{"uk", "complaint", "uk.disp-1.6", 8, LAW_WEEKS, PROMISE_REPLY,
	 "DISP 1.6.2R", true},
	{"uk", "transaction", "uk.psrs-101", 15, LAW_WORKING_DAYS,
	 PROMISE_REPLY, "reg. 101", true},
	{"eu", "transaction", "eu.psd2-101", 15, LAW_WORKING_DAYS,
	 PROMISE_REPLY, "art. 101(2)", true},
	{"us", "billing-error", "us.regz-1026.13-ack", 30, LAW_DAYS,
	 PROMISE_REPLY, "1026.13(c)(1)", false},
	{"us", "billing-error", "us.regz-1026.13-resolve", 90, LAW_DAYS,
	 PROMISE_RESOLVE, "1026.13(c)(2)", false},
	{"us", "transaction", "us.rege-1005.11", 10, LAW_WORKING_DAYS,
	 PROMISE_RESOLVE, "1005.11(c)", false},
};

#define N_RULE_ROWS (sizeof(rule_rows) / sizeof(rule_rows[0]))

START_TEST(test_rules)
{
	struct law_table t = {0};
	char *err = NULL;

	ck_assert_msg(law_table_load_builtin(&t, &err) == 0, "%s", err);
	ck_assert_uint_eq(t.n, N_RULE_ROWS); /* nothing unlisted shipped */
	for (size_t i = 0; i < N_RULE_ROWS; i++) {
		const struct law_rule *got[4] = {NULL};
		size_t n = law_rules_for(&t, rule_rows[i].jur,
					 rule_rows[i].category, got, 4);
		const struct law_rule *r = NULL;

		for (size_t k = 0; k < n; k++)
			if (strcmp(got[k]->id, rule_rows[i].rule) == 0)
				r = got[k];
		ck_assert_msg(r != NULL, "%s %s: no rule %s", rule_rows[i].jur,
			      rule_rows[i].category, rule_rows[i].rule);
		ck_assert_int_eq(r->n, rule_rows[i].n);
		ck_assert_int_eq(r->unit, rule_rows[i].unit);
		ck_assert_int_eq(r->kind, rule_rows[i].kind);
		ck_assert_int_eq(r->decision, rule_rows[i].decision);
		ck_assert_msg(strstr(r->citation, rule_rows[i].cites) != NULL,
			      "%s: citation '%s' lacks '%s'", r->id,
			      r->citation, rule_rows[i].cites);
		ck_assert_msg(r->next != NULL && *r->next != '\0',
			      "%s: no next authority", r->id);
	}
	ck_assert_uint_eq(law_rules_for(&t, "none", "refund", NULL, 0), 0);
	ck_assert_uint_eq(law_rules_for(&t, "uk", "refund", NULL, 0), 0);
	law_table_free(&t);
}
END_TEST

/* A bad law file: the error names the file and line; nothing kept. */
static const struct {
	const char *text, *err;
} bad_rows[] = {
	{"rule x\n", "f:1: 'rule' before 'jurisdiction'"},
	{"jurisdiction xx\n", "f:1: unknown jurisdiction"},
	{"jurisdiction ru\nrule a\nperiod 10 fortnights\n",
	 "f:3: bad 'period' (N days, N working days, N weeks)"},
	{"jurisdiction ru\nrule a\nperiod 0 days\n",
	 "f:3: bad 'period' (N days, N working days, N weeks)"},
	{"jurisdiction ru\nrule a\nkind maybe\n",
	 "f:3: bad 'kind' (reply, decision or resolve)"},
	{"jurisdiction ru\ncategory refund\n",
	 "f:2: keyword outside a 'rule' block"},
	{"jurisdiction ru\nrule a\ncategory refund\nperiod 10 days\n",
	 "f:2: rule lacks category, period, citation or next"},
	{"jurisdiction ru\nrule a\nwhatever x\n", "f:3: unknown keyword"},
	{"jurisdiction ru\nrule a\ncitation\n", "f:3: keyword without a value"},
};

START_TEST(test_bad_files)
{
	for (size_t i = 0; i < sizeof(bad_rows) / sizeof(bad_rows[0]); i++) {
		struct law_table t = {0};
		char *err = NULL;

		ck_assert_int_eq(law_table_load_buffer(&t, "f", bad_rows[i].text,
						       strlen(bad_rows[i].text),
						       &err),
				 -1);
		ck_assert_msg(err && strcmp(err, bad_rows[i].err) == 0,
			      "'%s': error '%s', want '%s'", bad_rows[i].text,
			      err ? err : "(null)", bad_rows[i].err);
		ck_assert_uint_eq(t.n, 0);
		free(err);
		law_table_free(&t);
	}
}
END_TEST

START_TEST(test_jurisdictions)
{
	static const struct {
		const char *name, *calendar;
		bool valid;
	} rows[] = {
		{"ru", "ru", true},  {"uk", "uk", true},   {"us", "us", true},
		{"eu", NULL, true},  {"none", NULL, true}, {"de", NULL, false},
		{"", NULL, false},
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const char *cal = law_jurisdiction_calendar(rows[i].name);

		ck_assert_int_eq(law_jurisdiction_valid(rows[i].name),
				 rows[i].valid);
		ck_assert_msg((cal == NULL) == (rows[i].calendar == NULL) &&
				      (cal == NULL ||
				       strcmp(cal, rows[i].calendar) == 0),
			      "%s: calendar %s", rows[i].name,
			      cal ? cal : "(none)");
	}
	ck_assert(!law_jurisdiction_valid(NULL));
}
END_TEST

START_TEST(test_period_words)
{
	static const char *const rows[][3] = {
		{"ru", "10 days", "10 дн."},
		{"ru", "15 working days", "15 раб. дн."},
		{"ru", "8 weeks", "8 нед."},
		{"en", "8 weeks", "8 weeks"},
		{"ru", "odd", "odd"},
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		char *s = tr_period(rows[i][0], rows[i][1]);

		ck_assert_str_eq(s, rows[i][2]);
		free(s);
	}
}
END_TEST

/* ------------------------------------------------------------------ */
/* Whole conversations through the built-in patterns. */

#define C ROLE_CUSTOMER
#define A ROLE_AGENT

struct lmsg {
	enum role role;
	const char *time;
	const char *text;
};

struct lcase {
	const char *name;
	struct lmsg m[5];
	const char *jurisdiction; /* --jurisdiction; NULL: by language */
	const char *calendar;	  /* --calendar; NULL: none given */
	const char *now;
	int within;		  /* --answer-within */
	const char *want;	  /* claims, law deadlines, unanswered */
	const char *action;
	const char *juris_want;	  /* c->jurisdiction after analysis */
};

static const struct lcase cases[] = {
	{"ru refund claim unanswered past 10 days",
	 {{C, "2026-11-02T10:15:00+03:00", "Пылесос не включается, заказ 55120."},
	  {A, "2026-11-02T10:40:00+03:00",
	   "Ваше обращение № 88213 зарегистрировано."},
	  {C, "2026-11-05T09:02:00+03:00",
	   "Направляю вам претензию. Требую вернуть уплаченную за товар "
	   "денежную сумму."}},
	 NULL, NULL, "2026-11-28T12:00:00+03:00", 3,
	 "claim@3 general; claim@3 refund; law@3 ru.zozpp-22-31 resolve "
	 "missed due=2026-11-15T23:59:59+03:00; unanswered@3 23d 16wd",
	 "escalate", "ru"},
	{"ru refund claim within its period: request-deadline, not escalate",
	 {{C, "2026-11-05T09:02:00+03:00",
	   "Требую вернуть уплаченную за товар денежную сумму."}},
	 NULL, NULL, "2026-11-12T12:00:00+03:00", 3,
	 "claim@1 refund; law@1 ru.zozpp-22-31 resolve pending "
	 "due=2026-11-15T23:59:59+03:00; unanswered@1 7d 4wd",
	 "request-deadline", "ru"},
	{"ru claim: a later company promise due earlier supersedes the law",
	 {{C, "2026-11-05T09:02:00+03:00",
	   "Требую вернуть уплаченную за товар денежную сумму, заказ 55120."},
	  {A, "2026-11-06T10:00:00+03:00",
	   "Обращение № 88213. Вернём деньги в течение 3 рабочих дней."}},
	 NULL, NULL, "2026-11-28T12:00:00+03:00", 3,
	 "claim@1 refund; law@1 ru.zozpp-22-31 resolve missed superseded "
	 "due=2026-11-15T23:59:59+03:00",
	 "escalate", "ru"},
	{"ru claim: a later promise due after the legal period does not "
	 "supersede it; the missed law governs",
	 {{C, "2026-11-05T09:02:00+03:00",
	   "Требую вернуть уплаченную за товар денежную сумму, заказ 55120."},
	  {A, "2026-11-06T10:00:00+03:00",
	   "Обращение № 88213. Вернём деньги до 30 ноября."}},
	 NULL, NULL, "2026-11-20T12:00:00+03:00", 3,
	 "claim@1 refund; law@1 ru.zozpp-22-31 resolve missed "
	 "due=2026-11-15T23:59:59+03:00",
	 "escalate", "ru"},
	{"ru claim met in time: the law deadline is kept",
	 {{C, "2026-11-05T09:02:00+03:00",
	   "Требую вернуть уплаченную за товар денежную сумму, заказ 55120."},
	  {A, "2026-11-10T10:00:00+03:00",
	   "Обращение № 88213: деньги возвращены на вашу карту."}},
	 NULL, NULL, "2026-11-28T12:00:00+03:00", 3,
	 "claim@1 refund; law@1 ru.zozpp-22-31 resolve kept "
	 "due=2026-11-15T23:59:59+03:00",
	 "resolved", "ru"},
	{"--jurisdiction none: a claim sets no legal deadline",
	 {{C, "2026-11-05T09:02:00+03:00",
	   "Требую вернуть уплаченную за товар денежную сумму."}},
	 "none", NULL, "2026-11-28T12:00:00+03:00", 3,
	 "claim@1 refund; unanswered@1 23d 16wd", "request-deadline", "none"},
	{"en claim without --jurisdiction: none by default",
	 {{C, "2026-09-01T10:00:00-04:00",
	   "This letter is a notice of billing error on my credit card "
	   "account."}},
	 NULL, NULL, "2026-11-28T12:00:00-05:00", 0,
	 "claim@1 billing-error", "request-deadline", "none"},
	{"us billing error: acknowledge in 30 days, resolve in 90",
	 {{C, "2026-09-01T10:00:00-04:00",
	   "This letter is a notice of billing error on my credit card "
	   "account, case 44120."},
	  {A, "2026-09-02T09:00:00-04:00",
	   "We received your dispute. Your case number is 44120."}},
	 "us", NULL, "2026-12-05T12:00:00-05:00", 3,
	 "claim@1 billing-error; law@1 us.regz-1026.13-ack reply kept "
	 "due=2026-10-01T23:59:59-04:00; law@1 us.regz-1026.13-resolve "
	 "resolve missed due=2026-11-30T23:59:59-04:00",
	 "escalate", "us"},
	{"us transaction: 10 business days on the US calendar (Columbus "
	 "Day, 12 Oct, off)",
	 {{C, "2026-10-08T10:00:00-04:00",
	   "I dispute this transaction of $120 on my debit card."}},
	 "us", NULL, "2026-10-20T12:00:00-04:00", 0,
	 "claim@1 transaction; law@1 us.rege-1005.11 resolve pending "
	 "due=2026-10-23T23:59:59-04:00",
	 "request-deadline", "us"},
	{"uk complaint acknowledged, no final response in 8 weeks: missed",
	 {{C, "2026-09-01T10:00:00+01:00",
	   "Please treat this as a formal complaint about my account 5512."},
	  {A, "2026-09-01T12:00:00+01:00",
	   "Thank you, your complaint reference is CMP-55120."}},
	 "uk", NULL, "2026-11-28T12:00:00+00:00", 3,
	 "claim@1 complaint; law@1 uk.disp-1.6 reply missed "
	 "due=2026-10-27T23:59:59+01:00",
	 "escalate", "uk"},
	{"uk complaint never answered: missed",
	 {{C, "2026-09-01T10:00:00+01:00",
	   "Please treat this as a formal complaint, reference CMP-55120."}},
	 "uk", NULL, "2026-11-28T12:00:00+00:00", 3,
	 "claim@1 complaint; law@1 uk.disp-1.6 reply missed "
	 "due=2026-10-27T23:59:59+01:00; unanswered@1 88d 63wd",
	 "escalate", "uk"},
	{"uk complaint: a final response refusing with a reason in time "
	 "keeps the period",
	 {{C, "2026-09-01T10:00:00+01:00",
	   "Please treat this as a formal complaint, reference CMP-55120."},
	  {A, "2026-09-20T12:00:00+01:00",
	   "We are unable to refund the fee: according to section 4.2 of "
	   "your account terms it applies to every transfer."}},
	 "uk", NULL, "2026-11-28T12:00:00+00:00", 3,
	 "claim@1 complaint; law@1 uk.disp-1.6 reply kept "
	 "due=2026-10-27T23:59:59+01:00",
	 "request-deadline", "uk"},
	{"eu transaction: 15 business days, Mon-Fri",
	 {{C, "2026-11-02T10:00:00+01:00",
	   "I dispute this transaction, card ending 4411."}},
	 "eu", NULL, "2026-11-10T12:00:00+01:00", 0,
	 "claim@1 transaction; law@1 eu.psd2-101 reply pending "
	 "due=2026-11-23T23:59:59+01:00",
	 "request-deadline", "eu"},
	{"unanswered: not before N working days have ended",
	 {{C, "2026-11-20T10:00:00+03:00", "Где мой заказ 5512?"},
	  {A, "2026-11-20T11:00:00+03:00", "Проверим, обращение № 4411."},
	  {C, "2026-11-24T10:00:00+03:00", "Так где же заказ?"}},
	 NULL, NULL, "2026-11-27T23:00:00+03:00", 3, "",
	 "request-deadline", "ru"},
	{"unanswered: the 3rd working day over",
	 {{C, "2026-11-20T10:00:00+03:00", "Где мой заказ 5512?"},
	  {A, "2026-11-20T11:00:00+03:00", "Проверим, обращение № 4411."},
	  {C, "2026-11-24T10:00:00+03:00", "Так где же заказ?"}},
	 NULL, NULL, "2026-11-28T09:00:00+03:00", 3, "unanswered@3 4d 3wd",
	 "request-deadline", "ru"},
	{"unanswered: a thank-you after a resolution is not waiting",
	 {{C, "2026-11-20T10:00:00+03:00", "Где мой заказ 5512?"},
	  {A, "2026-11-20T11:00:00+03:00",
	   "Обращение № 4411: заказ доставлен вам сегодня."},
	  {C, "2026-11-20T12:00:00+03:00", "Получила, спасибо!"}},
	 NULL, NULL, "2026-11-28T09:00:00+03:00", 3, "", "resolved", "ru"},
};

static struct patset ps;
static struct matcher *mt;

static void
setup(void)
{
	mt = fixture_builtin(&ps);
}

static void
teardown(void)
{
	matcher_free(mt);
	patset_free(&ps);
}

static struct esc_time
T(const char *iso)
{
	struct esc_time t = {0, 0, false};

	ck_assert_msg(time_parse_iso(iso, &t), "bad literal %s", iso);
	return t;
}

static void
describe(struct buf *b, const struct finding *f)
{
	static const char *const st[] = {"pending", "kept", "late", "missed",
					  "vague"};
	char iso[32];

	if (f->type == FIND_FORMAL_CLAIM) {
		buf_printf(b, "claim@%zu %s", f->message, f->category);
	} else if (f->type == FIND_UNANSWERED) {
		buf_printf(b, "unanswered@%zu %ldd %ldwd", f->message, f->days,
			   f->working_days);
	} else {
		time_format_iso(f->due, iso);
		buf_printf(b, "law@%zu %s %s %s%s due=%s", f->message,
			   f->law->rule, promise_kind_name(f->promise),
			   st[f->status], f->superseded ? " superseded" : "",
			   iso);
	}
}

static char *
summary(const struct conversation *c)
{
	struct buf b = {0};

	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type != FIND_FORMAL_CLAIM && f->type != FIND_UNANSWERED &&
		    (f->type != FIND_DEADLINE || f->law == NULL))
			continue;
		if (b.len)
			buf_puts(&b, "; ");
		describe(&b, f);
	}
	return b.s ? buf_steal(&b) : xstrdup("");
}

START_TEST(test_cases)
{
	const struct lcase *k = &cases[_i];
	struct conversation *c = conversation_new("test", FMT_CHATLOG);
	struct calendar *cal = calendar_new();
	struct law_table t = {0};
	const char *calname = k->calendar ? k->calendar
					  : law_jurisdiction_calendar(k->jurisdiction);
	struct analyze_opts o = {.now = T(k->now), .cal = cal, .law = &t,
				 .jurisdiction = k->jurisdiction,
				 .cal_given = calname != NULL,
				 .answer_within = k->within};
	char *err = NULL, *got;

	ck_assert(law_table_load_builtin(&t, &err) == 0);
	if (calname)
		ck_assert(calendar_load_builtin(cal, calname, &err) == 0);
	for (size_t i = 0; i < 5 && k->m[i].text; i++) {
		struct message *x = conversation_add_message(c);

		x->role = k->m[i].role;
		x->time = T(k->m[i].time);
		x->text = xstrdup(k->m[i].text);
	}
	analyze_conversation(c, mt, &o, NULL);
	ladder_decide(c, o.now);
	draft_compose(c, o.now);
	got = summary(c);
	ck_assert_msg(strcmp(got, k->want) == 0, "%s:\n  got  '%s'\n  want '%s'",
		      k->name, got, k->want);
	ck_assert_msg(strcmp(action_name(c->esc.action), k->action) == 0,
		      "%s: action %s, want %s (%s)", k->name,
		      action_name(c->esc.action), k->action, c->esc.reason);
	ck_assert_str_eq(c->jurisdiction, k->juris_want);
	free(got);
	conversation_free(c);
	calendar_free(cal);
	law_table_free(&t);
}
END_TEST

/* The escalate draft of a claim past its period cites the article and
 * names the next authority; request-deadline says the message went
 * unanswered. */
static const struct {
	size_t kase;
	const char *parts[3];
} draft_rows[] = {
	{0, {"ст. 22", "Роспотребнадзор", "без ответа уже 23 дня"}},
	{1, {"без ответа уже 7 дней", "до 15.11.2026", "ст. 22"}},
	{10, {"DISP 1.6.2R", "Financial Ombudsman Service",
	      "unanswered for 88 days"}},
	{9, {"DISP 1.6.2R", "by 2026-10-27", "Financial Ombudsman Service"}},
};

START_TEST(test_drafts)
{
	const struct lcase *k = &cases[draft_rows[_i].kase];
	struct conversation *c = conversation_new("test", FMT_CHATLOG);
	struct calendar *cal = calendar_new();
	struct law_table t = {0};
	struct analyze_opts o = {.now = T(k->now), .cal = cal, .law = &t,
				 .jurisdiction = k->jurisdiction,
				 .answer_within = k->within};
	char *err = NULL;

	ck_assert(law_table_load_builtin(&t, &err) == 0);
	for (size_t i = 0; i < 5 && k->m[i].text; i++) {
		struct message *x = conversation_add_message(c);

		x->role = k->m[i].role;
		x->time = T(k->m[i].time);
		x->text = xstrdup(k->m[i].text);
	}
	analyze_conversation(c, mt, &o, NULL);
	ladder_decide(c, o.now);
	draft_compose(c, o.now);
	for (size_t i = 0; i < 3; i++)
		ck_assert_msg(strstr(c->esc.draft, draft_rows[_i].parts[i]),
			      "%s: draft lacks '%s':\n%s", k->name,
			      draft_rows[_i].parts[i], c->esc.draft);
	conversation_free(c);
	calendar_free(cal);
	law_table_free(&t);
}
END_TEST

Suite *suite_law(void);

Suite *
suite_law(void)
{
	const struct unit_test table[] = {
		UNIT_TEST(test_rules),
		UNIT_TEST(test_bad_files),
		UNIT_TEST(test_jurisdictions),
		UNIT_TEST(test_period_words),
	};
	const struct unit_test convs[] = {
		UNIT_ROWS(test_cases, cases),
		UNIT_ROWS(test_drafts, draft_rows),
	};
	Suite *s = suite_create("law");

	UNIT_CASE(s, "table", table);
	tcase_add_checked_fixture(UNIT_CASE(s, "conversations", convs), setup,
				  teardown);
	return s;
}
