/* check_analyze.c - pattern hits turned into findings and statuses.
 *
 * Most cases load a small pattern set of their own (below) so that they
 * do not depend on the wording of the built-in files; a few run whole
 * realistic messages through the built-in set. Expected findings are
 * written by hand as "type@message details" joined with "; ".
 * Dates: 2026-11-20 is a Friday, 2026-11-25 a Wednesday; now is
 * 2026-11-28 12:00 +03:00 (Saturday). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "judge.h"
#include "calendar.h"
#include "match.h"
#include "patterns.h"
#include "suite.h"

#define NOW "2026-11-28T12:00:00+03:00"

static const char test_patterns[] =
	"lang en\n"
	"pattern t.ticket\n"
	"type ticket\n"
	"regex (?:ticket|request|обращени[еяю])\\s*(?:№|#)\\s*(?<id>[0-9A-Za-z-]{3,20})\n"
	"pattern t.ticket.inc\n"
	"type ticket\n"
	"regex \\b(?<id>inc[0-9]{7})\\b\n"
	"pattern t.deadline.span\n"
	"type deadline\n"
	"regex within\\s+(?<n>[0-9]+)\\s+(?<unit>business\\s+days|days|hours)\n"
	"pattern t.deadline.ru-span\n"
	"type deadline\n"
	"regex в\\s+течение\\s+(?<n>[0-9]+)\\s+(?<unit>рабочих\\s+дней|дней|часов)\n"
	"pattern t.deadline.date\n"
	"type deadline\n"
	"meta expr=date\n"
	"regex (?:by\\s+|до\\s+)?(?<day>[0-9]{1,2})\\.(?<month>[0-9]{1,2})(?:\\.(?<year>[0-9]{4}))?\n"
	"pattern t.deadline.friday\n"
	"type deadline\n"
	"meta expr=weekday\n"
	"regex by\\s+(?<weekday>friday)\n"
	"pattern t.deadline.soon\n"
	"type deadline\n"
	"meta expr=vague\n"
	"regex as\\s+soon\\s+as\\s+possible|shortly\n"
	"pattern t.promise.reply\n"
	"type promise\n"
	"meta kind=reply\n"
	"regex we\\s+will\\s+(?:reply|get\\s+back\\s+to\\s+you|contact\\s+you)|ответим\n"
	"pattern t.promise.resolve\n"
	"type promise\n"
	"meta kind=resolve\n"
	"regex we\\s+will\\s+(?:refund|fix|resolve)|вернём\n"
	"pattern t.claim\n"
	"type claim\n"
	"regex you\\s+promised|вы\\s+обещали\n"
	"pattern t.template.important\n"
	"type template\n"
	"meta weight=0.6\n"
	"regex your\\s+request\\s+is\\s+very\\s+important\\s+to\\s+us\n"
	"pattern t.template.thanks\n"
	"type template\n"
	"meta weight=0.2\n"
	"regex thank\\s+you\\s+for\\s+contacting\\s+us\n"
	"pattern t.template.patience\n"
	"type template\n"
	"meta weight=0.3\n"
	"regex thank\\s+you\\s+for\\s+your\\s+patience\n"
	"pattern t.refusal\n"
	"type refusal\n"
	"regex we\\s+are\\s+unable\\s+to|we\\s+can't\n"
	"pattern t.justification\n"
	"type justification\n"
	"regex according\\s+to\\s+(?:our\\s+policy|section\\s+[0-9.]+)\n"
	"pattern t.resolution\n"
	"type resolution\n"
	"regex we\\s+have\\s+refunded|it\\s+works\\s+now|has\\s+been\\s+fixed|вернули\\s+деньги\n"
	"pattern t.not.cant-wait\n"
	"type not-promise\n"
	"meta cancels=refusal,promise\n"
	"regex can't\\s+wait\n"
	"pattern t.not.if-you-dont\n"
	"type not-promise\n"
	"meta cancels=promise\n"
	"regex if\\s+you\\s+don't\\s+hear\\s+from\\s+us\n"
	"pattern t.esc.supervisor\n"
	"type escalation-request\n"
	"meta request=supervisor\n"
	"regex supervisor\n"
	"pattern t.esc.solution\n"
	"type escalation-request\n"
	"meta request=solution\n"
	"regex concrete\\s+solution\n"
	/* clause grammar (docs/promises.md) */
	"pattern t.clause.future\n"
	"type clause\n"
	"meta class=future\n"
	"regex \\bwill\\b\n"
	"pattern t.clause.past\n"
	"type clause\n"
	"meta class=past\n"
	"regex \\b(?:have\\s+refunded|was\\s+shipped)\\b\n"
	"pattern t.clause.negation\n"
	"type clause\n"
	"meta class=negation\n"
	"regex \\bunable\\s+to\\b|\\bcan't\\b\n"
	"pattern t.clause.condition\n"
	"type clause\n"
	"meta class=condition\n"
	"regex \\bif\\b\n"
	"pattern t.clause.boundary\n"
	"type clause\n"
	"meta class=boundary\n"
	"regex \\band\\b\n";

#define C ROLE_CUSTOMER
#define A ROLE_AGENT
#define U ROLE_UNKNOWN

struct tmsg {
	enum role role;
	const char *time; /* NULL: no time */
	const char *text;
};

struct acase {
	const char *name;
	struct tmsg m[4];
	const char *want;    /* findings */
	const char *tickets; /* c->tickets joined with ',' */
};

#define FRI10 "2026-11-20T10:02:00+03:00"
#define FRI15 "2026-11-20T15:00:00+03:00"
#define SUN "2026-11-22T11:00:00+03:00"
#define TUE "2026-11-24T09:00:00+03:00"
#define WED "2026-11-25T10:00:00+03:00"
#define EOD(d) "due=" d "T23:59:59+03:00"

static const struct acase cases[] = {
	/* promise or mention */
	{"order date is not a deadline",
	 {{C, TUE, "My order of 12.11 has not arrived."},
	  {A, WED, "Your order of 12.11 was shipped on 20.11."}},
	 "", ""},
	{"customer's own plans are not a promise",
	 {{C, TUE, "We will reply within 2 days to your survey."}}, "", ""},
	{"I can't log in is not a refusal",
	 {{C, TUE, "We can't log in since Monday."}}, "", ""},
	{"claimed by the customer",
	 {{C, WED, "You promised to refund by 20.11!"}},
	 "deadline@1 resolve missed claimed " EOD("2026-11-20"), ""},
	{"claim without kind takes the promise's",
	 {{C, WED, "You promised that we will reply by friday."}},
	 "deadline@1 reply missed claimed " EOD("2026-11-27"), ""},
	{"a term in the sentence after the promise is its due",
	 {{A, FRI10, "We will refund. Allow within 5 days for it."}},
	 "deadline@1 resolve missed " EOD("2026-11-25"), ""},
	{"trap cancels the promise",
	 {{A, FRI10, "If you don't hear from us within 3 days, we will "
		     "contact you."}},
	 "", ""},
	{"can't wait is not a refusal",
	 {{A, FRI10, "We can't wait to help you!"}}, "", ""},
	/* statuses */
	{"missed working-day promise",
	 {{C, FRI10, "Where is my money?"},
	  {A, FRI10, "We will refund within 5 business days."}},
	 "deadline@2 resolve missed " EOD("2026-11-27"), ""},
	{"pending promise",
	 {{A, WED, "We will refund within 10 days."}},
	 "deadline@1 resolve pending " EOD("2026-12-05"), ""},
	{"reply promise kept",
	 {{A, FRI10, "We will reply within 24 hours."},
	  {C, FRI10, "Ok."},
	  {A, FRI15, "The warehouse confirmed the parcel is in Leeds."}},
	 "deadline@1 reply kept kept_by=3 due=2026-11-21T10:02:00+03:00", ""},
	{"reply promise late",
	 {{A, FRI10, "We will reply within 24 hours."},
	  {A, SUN, "The warehouse confirmed the parcel is in Leeds."}},
	 "deadline@1 reply late kept_by=2 due=2026-11-21T10:02:00+03:00", ""},
	{"resolve promise not kept by a mere reply",
	 {{A, FRI10, "We will refund within 3 days."},
	  {A, SUN, "Hello again."}},
	 "deadline@1 resolve missed " EOD("2026-11-23"), ""},
	{"resolve promise kept by a resolution",
	 {{A, FRI10, "We will refund within 3 days."},
	  {A, SUN, "We have refunded the money."}},
	 "deadline@1 resolve kept kept_by=2 " EOD("2026-11-23") "; "
	 "resolution@2",
	 ""},
	{"vague promise",
	 {{A, WED, "We will fix it as soon as possible."}},
	 "deadline@1 resolve vague vague", ""},
	{"later promise supersedes",
	 {{A, FRI10, "We will refund within 3 days."},
	  {A, TUE, "We will refund within 5 days."}},
	 "deadline@1 resolve missed superseded " EOD("2026-11-23") "; "
	 "deadline@2 resolve pending " EOD("2026-11-29"),
	 ""},
	{"one promise stated twice",
	 {{A, WED, "We will refund within 14 days, i.e. by 9.12.2026."}},
	 "deadline@1 resolve pending " EOD("2026-12-09"), ""},
	{"two promises in one sentence",
	 {{A, WED, "We will reply within 2 days and we will refund within 10 "
		   "days."}},
	 "deadline@1 reply missed " EOD("2026-11-27") "; "
	 "deadline@1 resolve pending " EOD("2026-12-05"),
	 ""},
	{"unknown sender with a promise is the company",
	 {{U, WED, "We will refund by 30.11."}},
	 "deadline@1 resolve pending " EOD("2026-11-30"), ""},
	{"message without a time is skipped",
	 {{A, NULL, "We will refund within 3 days."}}, "", ""},
	/* refusals, resolutions, requests, templates */
	{"justified refusal, dotted clause",
	 {{A, WED, "We are unable to refund according to section 4.2. "
		   "Sorry."}},
	 "refusal@1 justified", ""},
	{"unjustified refusal",
	 {{A, WED, "Sorry, we are unable to refund."}}, "refusal@1", ""},
	{"customer requests",
	 {{C, WED, "I want a concrete solution or a supervisor."}},
	 "request@1 solution; request@1 supervisor", ""},
	{"negated resolution",
	 {{C, WED, "It never has been fixed."}}, "", ""},
	{"negated resolution, ru",
	 {{C, WED, "Мне до сих пор не вернули деньги."}}, "", ""},
	{"resolution, ru",
	 {{C, WED, "Не знаю как, но вернули деньги."}}, "resolution@1", ""},
	{"negation stops at a comma, ru",
	 {{C, WED, "Звонить не нужно, вернули деньги."}}, "resolution@1", ""},
	{"negation stops at a semicolon",
	 {{C, WED, "Not needed; it works now."}}, "resolution@1", ""},
	{"negation in the same clause after a comma, ru",
	 {{C, WED, "Нет, ещё не вернули деньги."}}, "", ""},
	{"negation in the same clause after a comma",
	 {{C, WED, "Sadly, it never has been fixed."}}, "", ""},
	{"customer confirms resolution",
	 {{C, WED, "Thanks, it works now."}}, "resolution@1", ""},
	{"template",
	 {{A, WED, "Hello! Thank you for your patience. Your request is very "
		   "important to us."}},
	 "template@1", ""},
	{"boilerplate with a specific answer is no template",
	 {{A, WED, "Thank you for contacting us. We have refunded 500 RUB to "
		   "your card on 25.11."}},
	 "resolution@1", ""},
	{"template phrase in the customer's text",
	 {{C, WED, "Your request is very important to us, they say."}}, "",
	 ""},
	/* tickets */
	{"tickets: the company's first",
	 {{C, TUE, "About request #999: nothing works."},
	  {A, WED, "Your ticket № ab-123 is open; also see inc0012345."}},
	 "ticket@1=999; ticket@2=AB-123; ticket@2=INC0012345",
	 "AB-123,INC0012345,999"},
	{"tickets de-duplicated",
	 {{A, TUE, "Ticket #12345 opened."},
	  {C, WED, "Thanks, ticket # 12345 noted."}},
	 "ticket@1=12345; ticket@2=12345", "12345"},
};

static const char *const status_words[] = {
	[DL_PENDING] = "pending", [DL_KEPT] = "kept", [DL_LATE] = "late",
	[DL_MISSED] = "missed",	  [DL_VAGUE] = "vague",
};

static void
describe(struct buf *b, const struct finding *f)
{
	char iso[32];

	switch (f->type) {
	case FIND_TICKET:
		buf_printf(b, "ticket@%zu=%s", f->message, f->value);
		break;
	case FIND_DEADLINE:
		buf_printf(b, "deadline@%zu %s %s", f->message,
			   f->promise == PROMISE_REPLY ? "reply" : "resolve",
			   status_words[f->status]);
		if (f->claimed)
			buf_puts(b, " claimed");
		if (f->superseded)
			buf_puts(b, " superseded");
		if (f->kept_by)
			buf_printf(b, " kept_by=%zu", f->kept_by);
		if (f->vague)
			buf_puts(b, " vague");
		if (f->due.set) {
			time_format_iso(f->due, iso);
			buf_printf(b, " due=%s", iso);
		}
		break;
	case FIND_TEMPLATE:
		buf_printf(b, "template@%zu", f->message);
		break;
	case FIND_REOPEN:
		buf_printf(b, "reopen@%zu", f->message);
		break;
	case FIND_REFUSAL:
		buf_printf(b, "refusal@%zu%s", f->message,
			   f->justified ? " justified" : "");
		break;
	case FIND_RESOLUTION:
		buf_printf(b, "resolution@%zu", f->message);
		break;
	case FIND_ESCALATION_REQUEST:
		buf_printf(b, "request@%zu %s", f->message,
			   request_kind_name(f->request));
		break;
	case FIND_FORMAL_CLAIM:
		buf_printf(b, "formal-claim@%zu %s", f->message, f->category);
		break;
	case FIND_ESCALATED:
		buf_printf(b, "escalated@%zu", f->message);
		break;
	case FIND_UNANSWERED:
		buf_printf(b, "unanswered@%zu %ld", f->message, f->days);
		break;
	}
	if (f->type == FIND_DEADLINE && f->law != NULL)
		buf_printf(b, " law=%s", f->law->rule);
}

static struct esc_time
T(const char *iso)
{
	struct esc_time t = {0};

	if (iso)
		ck_assert_msg(time_parse_iso(iso, &t), "bad literal %s", iso);
	return t;
}

static struct conversation *
build(const struct tmsg *m, size_t max)
{
	struct conversation *c = conversation_new("test", FMT_CHATLOG);

	for (size_t i = 0; i < max && m[i].text; i++) {
		struct message *x = conversation_add_message(c);

		x->role = m[i].role;
		x->time = T(m[i].time);
		x->text = xstrdup(m[i].text);
	}
	return c;
}

static struct patset ps;
static struct matcher *mt;
static struct calendar *cal;

static void
setup_set(const char *builtin)
{
	char *err = NULL;
	int rc;

	memset(&ps, 0, sizeof(ps));
	rc = builtin ? patset_load_builtin(&ps, builtin, &err)
		     : patset_load_buffer(&ps, "test.pat", test_patterns,
					  strlen(test_patterns), &err);
	ck_assert_msg(rc == 0, "load: %s", err ? err : "?");
	ck_assert_msg(patset_compile(&ps, &err) == 0, "compile: %s",
		      err ? err : "?");
	mt = matcher_new(&ps);
	ck_assert_ptr_nonnull(mt);
	cal = calendar_new();
}

static void
setup_test(void)
{
	setup_set(NULL);
}

static void
setup_builtin(void)
{
	setup_set("ru,en");
}

static void
teardown(void)
{
	matcher_free(mt);
	patset_free(&ps);
	calendar_free(cal);
}

static struct conversation *
run(const struct tmsg *m, size_t max, struct strlist *warn)
{
	struct conversation *c = build(m, max);
	struct analyze_opts o = {.now = T(NOW), .cal = cal};

	analyze_conversation(c, mt, &o, warn);
	return c;
}

static char *
summary(const struct conversation *c)
{
	struct buf b = {0};

	for (size_t i = 0; i < c->n_findings; i++) {
		if (i)
			buf_puts(&b, "; ");
		describe(&b, &c->findings[i]);
	}
	return b.s ? buf_steal(&b) : xstrdup("");
}

static char *
joined(const struct strlist *l)
{
	struct buf b = {0};

	for (size_t i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i ? "," : "", l->v[i]);
	return b.s ? buf_steal(&b) : xstrdup("");
}

/* Cases on the built-in patterns. */
static const struct acase builtin_cases[] = {
	/* a canned letter whose address footer holds digits: the footer is
	 * no specific */
	{"canned letter with an address footer",
	 {{A, WED, "Dear Customer,\n\nThank you for your message. Due to a high "
		   "volume of requests, our response times are currently "
		   "longer than usual. We thank you for your patience and "
		   "understanding.\n\nKind regards,\nDrivo Customer Care\n"
		   "Drivo Rentals SAS \xc2\xb7 12 rue de la Buffa \xc2\xb7 "
		   "06000 Nice"}},
	 "template@1", ""},
	{"queue notice with a waiting time",
	 {{A, WED, "I'm connecting you with one of our baggage specialists. "
		   "The current waiting time is about 6 minutes."}},
	 "template@1", ""},
	/* the company passing the matter up (SPEC 7), not under a
	 * condition, not a stock hand-over */
	{"escalated by the company",
	 {{A, WED, "I have escalated your case to my manager."}},
	 "escalated@1", ""},
	{"escalated by the company, ru",
	 {{A, WED, "Ваше обращение передано руководителю отдела претензий."}},
	 "escalated@1", ""},
	{"escalation under a condition",
	 {{A, WED, "If it is not fixed by Friday, I will escalate this to my "
		   "manager."}},
	 "", ""},
	{"escalation under a condition, ru",
	 {{A, WED, "Если не решим вопрос, передадим руководителю."}}, "", ""},
	{"stock hand-over, ru",
	 {{A, WED, "Ваше обращение передано ответственному сотруднику."}}, "",
	 ""},
};

static void
check_case(const struct acase *k)
{
	struct strlist warn = {0};
	struct conversation *c = run(k->m, 4, &warn);
	char *got = summary(c), *tk = joined(&c->tickets);

	ck_assert_msg(strcmp(got, k->want) == 0,
		      "%s:\n  got  '%s'\n  want '%s'", k->name, got, k->want);
	ck_assert_msg(strcmp(tk, k->tickets) == 0, "%s: tickets '%s', want '%s'",
		      k->name, tk, k->tickets);
	free(got);
	free(tk);
	strlist_free(&warn);
	conversation_free(c);
}

START_TEST(test_cases)
{
	check_case(&cases[_i]);
}
END_TEST

START_TEST(test_builtin_cases)
{
	check_case(&builtin_cases[_i]);
}
END_TEST

START_TEST(test_no_time_warns)
{
	struct tmsg m[] = {{A, NULL, "We will refund within 3 days."}};
	struct strlist warn = {0};
	struct conversation *c = run(m, 1, &warn);

	ck_assert_uint_eq(c->n_findings, 0);
	ck_assert_uint_eq(warn.n, 1);
	ck_assert_msg(strstr(warn.v[0], "no time") != NULL, "%s", warn.v[0]);
	strlist_free(&warn);
	conversation_free(c);
}
END_TEST

/* A template finding carries its strongest phrase and a score. */
START_TEST(test_template_detail)
{
	struct tmsg m[] = {{A, WED, "Thank you for your patience. Your "
				    "request is very important to us."}};
	struct conversation *c = run(m, 1, NULL);

	ck_assert_uint_eq(c->n_findings, 1);
	ck_assert_str_eq(c->findings[0].pattern, "t.template.important");
	ck_assert_str_eq(c->findings[0].match,
			 "Your request is very important to us");
	/* 1 - 0.7 * 0.4 = 0.72, all of the text is boilerplate */
	ck_assert_double_eq_tol(c->findings[0].score, 0.72, 0.005);
	conversation_free(c);
}
END_TEST

/* deadlines_judge is idempotent and follows 'now'. */
START_TEST(test_judge_now)
{
	struct tmsg m[] = {{A, WED, "We will refund within 2 days."}};
	struct conversation *c = run(m, 1, NULL);

	ck_assert_int_eq(c->findings[0].status, DL_MISSED);
	deadlines_judge(c, T("2026-11-27T10:00:00+03:00"));
	ck_assert_int_eq(c->findings[0].status, DL_PENDING);
	deadlines_judge(c, T("2026-11-27T10:00:00+03:00"));
	ck_assert_int_eq(c->findings[0].status, DL_PENDING);
	conversation_free(c);
}
END_TEST

struct norm_case {
	const char *in, *want;
};

static const struct norm_case norms[] = {
	{"#12345", "12345"},
	{"№ 12345", "12345"},
	{"№5821347", "5821347"},
	{"inc0012345", "INC0012345"},
	{"Sup-123", "SUP-123"},
	{"12 345", "12345"},
	{"12\xc2\xa0" "345", "12345"},
	{"1-2345678901", "1-2345678901"},
	{"-ab-12-", "AB-12"},
	{"00012345", "00012345"},
	{"# ", ""},
};

START_TEST(test_normalize)
{
	const struct norm_case *k = &norms[_i];
	char *got = ticket_normalize(k->in, strlen(k->in));

	ck_assert_msg(strcmp(got, k->want) == 0, "normalize '%s': '%s', want '%s'",
		      k->in, got, k->want);
	free(got);
}
END_TEST

/* Whole messages through the built-in patterns. */
static bool
has_finding(const struct conversation *c, enum finding_type t, size_t msg)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == t && c->findings[i].message == msg)
			return true;
	return false;
}

static const struct finding *
first_deadline(const struct conversation *c)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_DEADLINE)
			return &c->findings[i];
	return NULL;
}

START_TEST(test_builtin_ru)
{
	struct tmsg m[] = {
		{C, "2026-11-19T09:00:00+03:00",
		 "Здравствуйте! Мне не вернули деньги за заказ от 12.11."},
		{A, FRI10,
		 "Здравствуйте! Ваше обращение № 12345 зарегистрировано. "
		 "Мы вернём средства в течение 5 рабочих дней."},
	};
	struct conversation *c = run(m, 2, NULL);
	const struct finding *d = first_deadline(c);
	char iso[32];

	ck_assert_msg(c->tickets.n == 1 && strcmp(c->tickets.v[0], "12345") == 0,
		      "ru ticket not found");
	ck_assert_msg(d != NULL && d->message == 2, "ru deadline not found");
	time_format_iso(d->due, iso);
	ck_assert_str_eq(iso, "2026-11-27T23:59:59+03:00");
	ck_assert_int_eq(d->status, DL_MISSED);
	ck_assert_int_eq(d->promise, PROMISE_RESOLVE);
	ck_assert_msg(!has_finding(c, FIND_RESOLUTION, 1),
		      "\"не вернули деньги\" taken for a resolution");
	conversation_free(c);
}
END_TEST

START_TEST(test_builtin_en)
{
	struct tmsg m[] = {
		{C, "2026-11-24T09:00:00+03:00",
		 "I can't log in since Monday. I want a refund."},
		{A, WED,
		 "Thank you for contacting us. We have refunded 500 RUB to "
		 "your card on 25.11."},
		{C, "2026-11-25T12:00:00+03:00", "Thanks, it works now."},
	};
	struct conversation *c = run(m, 3, NULL);

	ck_assert_msg(!has_finding(c, FIND_REFUSAL, 1),
		      "\"I can't log in\" taken for a refusal");
	ck_assert_msg(!has_finding(c, FIND_TEMPLATE, 2),
		      "specific refund reply taken for a template");
	ck_assert_msg(first_deadline(c) == NULL, "date in a resolution taken "
						 "for a deadline");
	conversation_free(c);
}
END_TEST

Suite *suite_analyze(void);

Suite *
suite_analyze(void)
{
	const struct unit_test small[] = {
		UNIT_ROWS(test_cases, cases),
		UNIT_TEST(test_no_time_warns),
		UNIT_TEST(test_template_detail),
		UNIT_TEST(test_judge_now),
	};
	const struct unit_test normalize[] = {UNIT_ROWS(test_normalize, norms)};
	const struct unit_test builtin[] = {
		UNIT_ROWS(test_builtin_cases, builtin_cases),
		UNIT_TEST(test_builtin_ru),
		UNIT_TEST(test_builtin_en),
	};
	Suite *s = suite_create("analyze");

	tcase_add_checked_fixture(UNIT_CASE(s, "small-set", small), setup_test,
				  teardown);
	UNIT_CASE(s, "normalize", normalize);
	tcase_add_checked_fixture(UNIT_CASE(s, "builtin", builtin),
				  setup_builtin, teardown);
	return s;
}
