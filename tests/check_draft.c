/* check_draft.c - drafts of the next message, ru and en (docs/drafts.md).
 *
 * A promise made 2026-11-20 10:02 +03:00 "в течение 5 рабочих дней" is
 * due 2026-11-27 23:59:59; 'now' moves to give 1, 2, 5, ... days over. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draft.h"
#include "i18n.h"
#include "ladder.h"
#include "message.h"
#include "suite.h"
#include "timeutil.h"

#define MADE "2026-11-20T10:02:00+03:00"
#define DUE "2026-11-27T23:59:59+03:00"

static struct esc_time
T(const char *iso)
{
	struct esc_time t = {0};

	ck_assert_msg(time_parse_iso(iso, &t), "bad literal %s", iso);
	return t;
}

static void
add_msg(struct conversation *c, enum role r, const char *time,
	const char *text)
{
	struct message *m = conversation_add_message(c);

	m->role = r;
	m->time = T(time);
	m->text = xstrdup(text);
}

static struct finding *
add_find(struct conversation *c, enum finding_type t, size_t msg,
	 const char *match)
{
	struct finding *f = conversation_add_finding(c, t, msg);

	f->match = xstrdup(match);
	f->pattern = xstrdup("test");
	f->start = c->n_findings;
	return f;
}

/* A conversation with one promise at 'status' (ru or en text). */
static struct conversation *
promise_conv(bool ru, bool email, enum deadline_status status,
	     bool ticket)
{
	struct conversation *c =
		conversation_new("t", email ? FMT_EML : FMT_CHATLOG);
	struct finding *f;

	add_msg(c, ROLE_CUSTOMER, "2026-11-19T09:00:00+03:00",
		ru ? "Здравствуйте, где мои деньги?" : "Hello, where is my money?");
	add_msg(c, ROLE_AGENT, MADE,
		ru ? "Вернём в течение 5 рабочих дней"
		   : "We will refund within 5 business days");
	f = add_find(c, FIND_DEADLINE, 2,
		     ru ? "в течение 5 рабочих дней"
			: "within 5 business days");
	f->due = T(DUE);
	f->status = status;
	if (ticket)
		strlist_push(&c->tickets, "12345");
	return c;
}

struct overdue_case {
	const char *now;
	bool ru;
	const char *want;
};

static const struct overdue_case overdues[] = {
	{"2026-11-28T12:00:00+03:00", true, "Срок прошёл 1 день назад"},
	{"2026-11-29T12:00:00+03:00", true, "Срок прошёл 2 дня назад"},
	{"2026-12-02T12:00:00+03:00", true, "Срок прошёл 5 дней назад"},
	{"2026-12-08T12:00:00+03:00", true, "Срок прошёл 11 дней назад"},
	{"2026-12-11T12:00:00+03:00", true, "Срок прошёл 14 дней назад"},
	{"2026-12-18T12:00:00+03:00", true, "Срок прошёл 21 день назад"},
	{"2026-12-19T12:00:00+03:00", true, "Срок прошёл 22 дня назад"},
	{"2026-11-28T12:00:00+03:00", false, "passed 1 day ago"},
	{"2026-11-29T12:00:00+03:00", false, "passed 2 days ago"},
	{"2026-12-08T12:00:00+03:00", false, "passed 11 days ago"},
};

START_TEST(test_escalate_overdue)
{
	const struct overdue_case *k = &overdues[_i];
	struct conversation *c = promise_conv(k->ru, false, DL_MISSED, true);
	const char *d;

	ladder_decide(c, T(k->now));
	draft_compose(c, T(k->now));
	d = c->esc.draft;
	ck_assert_int_eq(c->esc.action, ACT_ESCALATE);
	ck_assert_str_eq(c->esc.lang, k->ru ? "ru" : "en");
	ck_assert_msg(strstr(d, k->want) != NULL, "%s: no '%s' in:\n%s", k->now,
		      k->want, d);
	ck_assert_msg(strstr(d, "12345") != NULL, "%s: no ticket in:\n%s",
		      k->now, d);
	ck_assert_msg(strstr(d, k->ru ? "27.11.2026" : "2026-11-27") != NULL,
		      "%s: no due date in:\n%s", k->now, d);
	ck_assert_msg(strstr(d, k->ru ? "20.11.2026 в 10:02 в чате"
				      : "2026-11-20 at 10:02 in the chat") !=
			      NULL,
		      "%s: no promise time in:\n%s", k->now, d);
	ck_assert_msg(strchr(d, '{') == NULL, "unfilled placeholder in:\n%s",
		      d);
	conversation_free(c);
}
END_TEST

START_TEST(test_email_where)
{
	struct conversation *c = promise_conv(true, true, DL_MISSED, true);

	ladder_decide(c, T("2026-11-28T12:00:00+03:00"));
	draft_compose(c, T("2026-11-28T12:00:00+03:00"));
	ck_assert_msg(strstr(c->esc.draft, "в письме") != NULL, "%s",
		      c->esc.draft);
	conversation_free(c);
}
END_TEST

/* Without a ticket the escalate draft asks for it and has no "№ ". */
START_TEST(test_no_ticket)
{
	struct conversation *c = promise_conv(true, false, DL_MISSED, false);

	ladder_decide(c, T("2026-11-28T12:00:00+03:00"));
	draft_compose(c, T("2026-11-28T12:00:00+03:00"));
	ck_assert_msg(strstr(c->esc.draft, "№") == NULL, "%s", c->esc.draft);
	ck_assert_msg(strstr(c->esc.draft, "сообщить номер") != NULL, "%s",
		      c->esc.draft);
	conversation_free(c);
}
END_TEST

struct plural_case {
	long n;
	bool ru;
	const char *want;
};

static const struct plural_case plurals[] = {
	{1, true, "1 день"},	{2, true, "2 дня"},	{4, true, "4 дня"},
	{5, true, "5 дней"},	{11, true, "11 дней"},	{12, true, "12 дней"},
	{14, true, "14 дней"},	{21, true, "21 день"},	{22, true, "22 дня"},
	{25, true, "25 дней"},	{101, true, "101 день"}, {111, true, "111 дней"},
	{1, false, "1 day"},	{2, false, "2 days"},	{21, false, "21 days"},
};

START_TEST(test_plurals)
{
	const struct plural_case *k = &plurals[_i];
	char *got = tr_days(k->ru ? "ru" : "en", k->n);

	ck_assert_msg(strcmp(got, k->want) == 0, "%ld (%s): '%s', want '%s'",
		      k->n, k->ru ? "ru" : "en", got, k->want);
	free(got);
}
END_TEST

/* Every action's draft, in both languages: filled, no '{'. */
enum scenario {
	S_NONE,
	S_RESOLVED,
	S_TICKET,
	S_DEADLINE,
	S_SOLUTION,
	S_JUSTIFICATION,
	S_COMPLAINT,
	S_COUNT
};

static const enum action scenario_action[S_COUNT] = {
	[S_NONE] = ACT_NONE,
	[S_RESOLVED] = ACT_RESOLVED,
	[S_TICKET] = ACT_REQUEST_TICKET,
	[S_DEADLINE] = ACT_REQUEST_DEADLINE,
	[S_SOLUTION] = ACT_REQUEST_SOLUTION,
	[S_JUSTIFICATION] = ACT_REQUEST_JUSTIFICATION,
	[S_COMPLAINT] = ACT_FORMAL_COMPLAINT,
};

/* Words each draft must carry (ru, en). */
static const char *const scenario_word[S_COUNT][2] = {
	[S_RESOLVED] = {"решён", "resolved"},
	[S_TICKET] = {"номер", "number"},
	[S_DEADLINE] = {"в ближайшее время", "shortly"},
	[S_SOLUTION] = {"типовой", "standard reply"},
	[S_JUSTIFICATION] = {"основание", "grounds"},
	[S_COMPLAINT] = {"Претензия", "formal complaint"},
};

static struct conversation *
scenario_conv(enum scenario s, bool ru)
{
	struct conversation *c = promise_conv(
		ru, true, s == S_NONE ? DL_PENDING : DL_KEPT, s != S_TICKET);
	struct finding *f;

	add_msg(c, ROLE_CUSTOMER, "2026-11-21T09:00:00+03:00",
		ru ? "Прошу передать руководителю" : "Supervisor, please");
	add_msg(c, ROLE_AGENT, "2026-11-22T09:00:00+03:00",
		ru ? "Ответ" : "Answer");
	if (s == S_TICKET || s == S_NONE)
		c->findings[0].due = T("2026-12-01T23:59:59+03:00");
	if (s == S_DEADLINE) {
		c->findings[0].vague = true;
		c->findings[0].status = DL_VAGUE;
		c->findings[0].due.set = false;
		free(c->findings[0].match);
		c->findings[0].match =
			xstrdup(ru ? "в ближайшее время" : "shortly");
	}
	if (s == S_RESOLVED)
		add_find(c, FIND_RESOLUTION, 4, ru ? "деньги вернули" : "refunded");
	if (s == S_SOLUTION)
		add_find(c, FIND_TEMPLATE, 4, ru ? "спасибо за терпение"
						 : "thank you for your patience")
			->score = 0.7;
	if (s == S_JUSTIFICATION)
		add_find(c, FIND_REFUSAL, 4, ru ? "не можем" : "we are unable to");
	if (s == S_COMPLAINT) {
		f = add_find(c, FIND_ESCALATION_REQUEST, 3,
			     ru ? "передать руководителю" : "Supervisor");
		f->request = REQ_SUPERVISOR;
		f = add_find(c, FIND_DEADLINE, 4,
			     ru ? "до 25.11" : "by 25 November");
		f->due = T("2026-11-25T23:59:59+03:00");
		f->status = DL_MISSED;
	}
	return c;
}

START_TEST(test_every_action)
{
	enum scenario s = (enum scenario)(_i / 2);
	bool ru = _i % 2 == 0;
	struct conversation *c = scenario_conv(s, ru);
	const char *word = scenario_word[s][ru ? 0 : 1];

	ladder_decide(c, T("2026-11-28T12:00:00+03:00"));
	draft_compose(c, T("2026-11-28T12:00:00+03:00"));
	ck_assert_msg(c->esc.action == scenario_action[s],
		      "scenario %d (%s): action %s", s, ru ? "ru" : "en",
		      action_name(c->esc.action));
	ck_assert_ptr_nonnull(c->esc.draft);
	if (s == S_NONE) {
		ck_assert_str_eq(c->esc.draft, "");
	} else {
		ck_assert_msg(strstr(c->esc.draft, word) != NULL,
			      "%s (%s): no '%s' in:\n%s",
			      action_name(c->esc.action), ru ? "ru" : "en",
			      word, c->esc.draft);
		ck_assert_msg(strstr(c->esc.draft, s == S_TICKET ? "" : "12345"),
			      "%s: no ticket in:\n%s",
			      action_name(c->esc.action), c->esc.draft);
	}
	ck_assert_msg(strchr(c->esc.draft, '{') == NULL,
		      "unfilled placeholder in:\n%s", c->esc.draft);
	ck_assert_msg(strstr(c->esc.draft, "\n\n\n") == NULL,
		      "double blank line in:\n%s", c->esc.draft);
	conversation_free(c);
}
END_TEST

UNIT_SUITE(draft,
	UNIT_ROWS(test_escalate_overdue, overdues),
	UNIT_TEST(test_email_where),
	UNIT_TEST(test_no_ticket),
	UNIT_ROWS(test_plurals, plurals),
	UNIT_LOOP(test_every_action, 0, 2 * S_COUNT))
