/* check_ladder.c - the escalation ladder (SPEC 7) from literal findings.
 *
 * Conversations are built from roles, times and findings only (the
 * ladder never reads text). Statuses and 'superseded' are written by
 * hand. Timeline: now = 2026-11-28 12:00 +03:00; message 1 is the
 * customer's (11-18), 2 the agent's (11-20 10:02), 3 the customer's
 * (11-21), 4 the agent's (11-22), 5 the customer's (11-24), 6 the
 * agent's (11-25). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ladder.h"
#include "lang.h"
#include "message.h"
#include "suite.h"
#include "timeutil.h"

#define NOW "2026-11-28T12:00:00+03:00"
#define MAXF 8

/* Short names for the literals. */
#define C ROLE_CUSTOMER
#define A ROLE_AGENT
#define U ROLE_UNKNOWN

struct tf {
	enum finding_type type;
	size_t msg;
	/* deadline */
	enum promise_kind kind;
	enum deadline_status status;
	const char *due; /* NULL: vague */
	bool claimed, superseded;
	/* template / refusal / request */
	double score;
	bool justified;
	enum request_kind req;
};

#define TICKET(m) {.type = FIND_TICKET, .msg = (m)}
#define DL(m, k, st, d)                                                       \
	{.type = FIND_DEADLINE, .msg = (m), .kind = (k), .status = (st),      \
	 .due = (d)}
#define DL_SUP(m, k, st, d)                                                   \
	{.type = FIND_DEADLINE, .msg = (m), .kind = (k), .status = (st),      \
	 .due = (d), .superseded = true}
#define CLAIM(m, k, st, d)                                                    \
	{.type = FIND_DEADLINE, .msg = (m), .kind = (k), .status = (st),      \
	 .due = (d), .claimed = true}
#define VAGUE(m)                                                              \
	{.type = FIND_DEADLINE, .msg = (m), .status = DL_VAGUE, .due = NULL}
#define TPL(m, s) {.type = FIND_TEMPLATE, .msg = (m), .score = (s)}
#define REFUSE(m, j) {.type = FIND_REFUSAL, .msg = (m), .justified = (j)}
#define RES(m) {.type = FIND_RESOLUTION, .msg = (m)}
#define ASK(m, r) {.type = FIND_ESCALATION_REQUEST, .msg = (m), .req = (r)}
#define REOPEN(m) {.type = FIND_REOPEN, .msg = (m)}
#define ESCALATED(m) {.type = FIND_ESCALATED, .msg = (m)}

#define DUE_PAST "2026-11-27T23:59:59+03:00"
#define DUE_AHEAD "2026-12-02T23:59:59+03:00"

struct lcase {
	const char *name;
	enum role roles[6]; /* 0-terminated would clash: n_msgs below */
	size_t n_msgs;
	const char *times[6]; /* NULL: the default timeline */
	bool ticket;
	struct tf f[MAXF];
	size_t n_f;
	const char *want; /* actions, highest first, comma-separated */
	int step;
};

static const char *const default_times[6] = {
	"2026-11-18T10:00:00+03:00", "2026-11-20T10:02:00+03:00",
	"2026-11-21T09:00:00+03:00", "2026-11-22T11:00:00+03:00",
	"2026-11-24T09:00:00+03:00", "2026-11-25T15:00:00+03:00",
};

#define STD6 {C, A, C, A, C, A}, 6

static const struct lcase cases[] = {
	{"nothing at all", {C}, 1, {0}, false, {{0}}, 0,
	 "request-deadline,request-ticket", 2},
	{"ticket, no promise", {C, A}, 2, {0}, true, {TICKET(2)}, 1,
	 "request-deadline", 2},
	{"ticket + pending resolve promise", {C, A}, 2, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD)}, 2, "none",
	 0},
	{"pending promise but no ticket", {C, A}, 2, {0}, false,
	 {DL(2, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD)}, 1, "request-ticket",
	 1},
	{"vague promise only", {C, A}, 2, {0}, true, {TICKET(2), VAGUE(2)}, 2,
	 "request-deadline", 2},
	{"governing promise missed", {C, A}, 2, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_MISSED, DUE_PAST)}, 2,
	 "escalate", 5},
	{"missed then superseded by a pending one", STD6, {0}, true,
	 {TICKET(2), DL_SUP(2, PROMISE_RESOLVE, DL_MISSED, DUE_PAST),
	  DL(4, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD)},
	 3, "none", 0},
	{"pending superseded by a later missed one", STD6, {0}, true,
	 {TICKET(2), DL_SUP(2, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD),
	  DL(4, PROMISE_RESOLVE, DL_MISSED, DUE_PAST)},
	 3, "escalate", 5},
	{"kept reply promise", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST)}, 2, "none", 0},
	{"reply promise kept late", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_LATE, DUE_PAST)}, 2, "none", 0},
	{"last agent message is a template", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), TPL(4, 0.7)}, 3,
	 "request-solution", 3},
	{"template while a resolve promise is pending", {C, A, C, A}, 4, {0},
	 true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD),
	  TPL(4, 0.7)},
	 3, "none", 0},
	{"template while only a reply promise is pending", {C, A}, 2, {0},
	 true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_PENDING, DUE_AHEAD), TPL(2, 0.6)},
	 3, "request-solution", 3},
	{"template score below 0.5 is not a template", {C, A}, 2, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), TPL(2, 0.45)}, 3,
	 "none", 0},
	{"template in an earlier agent message only", {C, A, C, A}, 4, {0},
	 true,
	 {TICKET(2), TPL(2, 0.8), DL(4, PROMISE_RESOLVE, DL_KEPT, DUE_PAST)},
	 3, "none", 0},
	{"unjustified refusal last", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST),
	  REFUSE(4, false)},
	 3, "request-justification", 4},
	{"justified refusal yields nothing", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), REFUSE(4, true)},
	 3, "none", 0},
	{"justified refusal, no dated promise", {C, A}, 2, {0}, true,
	 {TICKET(2), REFUSE(2, true)}, 2, "request-deadline", 2},
	{"refusal and template in the last message", {C, A}, 2, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), TPL(2, 0.6),
	  REFUSE(2, false)},
	 4, "request-justification,request-solution", 4},
	{"template again after a solution request", STD6, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), TPL(4, 0.7),
	  ASK(5, REQ_SOLUTION), TPL(6, 0.7)},
	 5, "escalate,request-solution", 5},
	{"bare refusal again after a justification request", STD6, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), REFUSE(4, false),
	  ASK(5, REQ_JUSTIFICATION), REFUSE(6, false)},
	 5, "escalate,request-justification", 5},
	{"justified refusal after a justification request", STD6, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), REFUSE(4, false),
	  ASK(5, REQ_JUSTIFICATION), REFUSE(6, true)},
	 5, "none", 0},
	{"template after a justification request is not 'again'", STD6, {0},
	 true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST),
	  ASK(5, REQ_JUSTIFICATION), TPL(6, 0.7)},
	 4, "request-solution", 3},
	{"resolved overrides a missed promise and no ticket", {C, A, C, A}, 4,
	 {0}, false,
	 {DL(2, PROMISE_RESOLVE, DL_MISSED, DUE_PAST), TPL(2, 0.9), RES(4)}, 3,
	 "resolved", 0},
	{"customer confirms the resolution", {C, A, C}, 3, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_KEPT, DUE_AHEAD), RES(3)}, 3,
	 "resolved", 0},
	/* SPEC 7: only a reopen or an open resolve promise made in or
	 * after the resolution's message takes its last word away */
	{"resolution reopened by the customer", {C, A, C}, 3, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_KEPT, DUE_PAST), RES(2),
	  REOPEN(3)},
	 4, "none", 0},
	{"a later request is no reopen", {C, A, C}, 3, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_KEPT, DUE_PAST), RES(2),
	  ASK(3, REQ_SOLUTION)},
	 4, "resolved", 0},
	{"a later template is no reopen", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_KEPT, DUE_PAST), RES(2),
	  TPL(4, 0.7)},
	 4, "resolved", 0},
	{"a resolve promise after the resolution is still open", {C, A, C, A},
	 4, {0}, true,
	 {TICKET(2), RES(2), DL(4, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD)}, 3,
	 "none", 0},
	{"a reopen answered by a new resolution", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), RES(2), REOPEN(3), RES(4)}, 4, "resolved", 0},
	{"supervisor asked 11 days ago", {C, A, C}, 3,
	 {"2026-11-10T10:00:00+03:00", "2026-11-12T10:00:00+03:00",
	  "2026-11-17T11:00:00+03:00"},
	 true, {TICKET(2), ASK(3, REQ_SUPERVISOR)}, 2,
	 "formal-complaint,request-deadline", 6},
	/* an escalation the company made counts as the customer's request
	 * (SPEC 7) */
	{"company escalated 11 days ago", {C, A, A}, 3,
	 {"2026-11-10T10:00:00+03:00", "2026-11-12T10:00:00+03:00",
	  "2026-11-17T11:00:00+03:00"},
	 true, {TICKET(2), ESCALATED(3)}, 2,
	 "formal-complaint,request-deadline", 6},
	{"company escalated 5 days ago", {C, A, A}, 3,
	 {"2026-11-10T10:00:00+03:00", "2026-11-12T10:00:00+03:00",
	  "2026-11-23T11:00:00+03:00"},
	 true, {TICKET(2), ESCALATED(3)}, 2, "request-deadline", 2},
	{"supervisor asked 5 days ago", {C, A, C}, 3,
	 {"2026-11-10T10:00:00+03:00", "2026-11-12T10:00:00+03:00",
	  "2026-11-23T11:00:00+03:00"},
	 true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST),
	  ASK(3, REQ_SUPERVISOR)},
	 3, "none", 0},
	{"promise after a supervisor request missed", STD6, {0}, true,
	 {TICKET(2), ASK(3, REQ_SUPERVISOR),
	  DL(4, PROMISE_RESOLVE, DL_MISSED, DUE_PAST)},
	 3, "formal-complaint,escalate", 6},
	{"missed promise before the supervisor request", {C, A, C}, 3,
	 {"2026-11-10T10:00:00+03:00", "2026-11-12T10:00:00+03:00",
	  "2026-11-23T11:00:00+03:00"},
	 true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_MISSED, DUE_PAST),
	  ASK(3, REQ_SUPERVISOR)},
	 3, "escalate", 5},
	{"supervisor asked long ago but resolved", {C, A, C, A}, 4,
	 {"2026-11-01T10:00:00+03:00", "2026-11-02T10:00:00+03:00",
	  "2026-11-03T11:00:00+03:00", "2026-11-20T11:00:00+03:00"},
	 true, {TICKET(2), ASK(3, REQ_SUPERVISOR), RES(4)}, 3, "resolved", 0},
	{"missed promise claimed by the customer", {C, A, C}, 3, {0}, true,
	 {TICKET(2), CLAIM(3, PROMISE_RESOLVE, DL_MISSED, DUE_PAST)}, 2,
	 "escalate", 5},
	{"everything wrong at once", {C, A, C, A}, 4, {0}, false,
	 {DL(2, PROMISE_RESOLVE, DL_MISSED, DUE_PAST), REFUSE(4, false),
	  TPL(4, 0.8)},
	 3,
	 "escalate,request-justification,request-solution,request-ticket", 5},
	{"unknown sender's template is the company's", {C, U}, 2, {0}, true,
	 {TICKET(2), DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST), TPL(2, 0.7)}, 3,
	 "request-solution", 3},
	{"two promises in one message, one missed", {C, A, C, A}, 4, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_MISSED, DUE_PAST),
	  DL(2, PROMISE_REPLY, DL_KEPT, DUE_PAST)},
	 3, "escalate", 5},
	{"written-answer request changes nothing", {C, A, C}, 3, {0}, true,
	 {TICKET(2), DL(2, PROMISE_RESOLVE, DL_PENDING, DUE_AHEAD),
	  ASK(3, REQ_WRITTEN)},
	 3, "none", 0},
};

static struct esc_time
T(const char *iso)
{
	struct esc_time t = {0};

	ck_assert_msg(time_parse_iso(iso, &t), "bad literal time %s", iso);
	return t;
}

static struct conversation *
build(const struct lcase *k)
{
	struct conversation *c = conversation_new("test", FMT_CHATLOG);

	for (size_t i = 0; i < k->n_msgs; i++) {
		struct message *m = conversation_add_message(c);

		m->role = k->roles[i];
		m->time = T(k->times[i] ? k->times[i] : default_times[i]);
	}
	for (size_t i = 0; i < k->n_f; i++) {
		const struct tf *t = &k->f[i];
		struct finding *f = conversation_add_finding(c, t->type, t->msg);

		f->match = xstrdup("quote");
		f->pattern = xstrdup("test.pattern");
		f->start = i;
		f->promise = t->kind;
		f->status = t->status;
		f->vague = t->type == FIND_DEADLINE && t->due == NULL;
		if (t->due)
			f->due = T(t->due);
		f->claimed = t->claimed;
		f->superseded = t->superseded;
		f->score = t->score;
		f->justified = t->justified;
		f->request = t->req;
		if (t->type == FIND_TICKET)
			f->value = xstrdup("12345");
	}
	if (k->ticket)
		strlist_push(&c->tickets, "12345");
	return c;
}

static char *
joined_actions(const struct escalation *e)
{
	struct buf b = {0};

	for (size_t i = 0; i < e->n_actions; i++)
		buf_printf(&b, "%s%s", i ? "," : "", action_name(e->actions[i]));
	return buf_steal(&b);
}

START_TEST(test_rules)
{
	const struct lcase *k = &cases[_i];
	struct conversation *c = build(k);
	char *got;

	ladder_decide(c, T(NOW));
	got = joined_actions(&c->esc);
	ck_assert_msg(strcmp(got, k->want) == 0, "%s: actions '%s', want '%s'",
		      k->name, got, k->want);
	ck_assert_msg(c->esc.step == k->step, "%s: step %d, want %d", k->name,
		      c->esc.step, k->step);
	ck_assert_msg(c->esc.action == c->esc.actions[0], "%s: action",
		      k->name);
	ck_assert_msg(c->esc.reason && c->esc.reason[0] &&
			      !strchr(c->esc.reason, '\n'),
		      "%s: reason must be one non-empty line", k->name);
	free(got);
	conversation_free(c);
}
END_TEST

/* The reason of a missed promise cites message, time, quote and days. */
START_TEST(test_reason_missed)
{
	struct conversation *c = conversation_new("t", FMT_CHATLOG);
	struct message *m;
	struct finding *f;

	m = conversation_add_message(c);
	m->role = ROLE_CUSTOMER;
	m->time = T("2026-11-19T09:00:00+03:00");
	m = conversation_add_message(c);
	m->role = ROLE_AGENT;
	m->time = T("2026-11-20T10:02:00+03:00");
	f = conversation_add_finding(c, FIND_DEADLINE, 2);
	f->match = xstrdup("в течение 5 рабочих дней");
	f->pattern = xstrdup("ru.deadline.working-days");
	f->due = T("2026-11-27T23:59:59+03:00");
	f->status = DL_MISSED;
	strlist_push(&c->tickets, "12345");
	ladder_decide(c, T(NOW));
	ck_assert_str_eq(c->esc.reason,
			 "promise in message 2 (2026-11-20 10:02) \"в течение 5 "
			 "рабочих дней\" was due 2026-11-27 and is missed by 1 "
			 "day");
	ck_assert_ptr_eq(ladder_governing(c), f);
	conversation_free(c);
}
END_TEST

/* Three days over: "missed by 3 days"; a reason for formal-complaint
 * names the supervisor request. */
START_TEST(test_reason_complaint)
{
	const struct lcase *k = NULL;
	struct conversation *c;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (strcmp(cases[i].name, "supervisor asked 11 days ago") == 0)
			k = &cases[i];
	ck_assert_ptr_nonnull(k);
	c = build(k);
	ladder_decide(c, T(NOW));
	ck_assert_msg(strstr(c->esc.reason, "supervisor requested in message 3 "
					    "(2026-11-17 11:00)") != NULL,
		      "reason: %s", c->esc.reason);
	ck_assert_msg(strstr(c->esc.reason, "11 days ago") != NULL, "reason: %s",
		      c->esc.reason);
	conversation_free(c);
}
END_TEST

/* Every applicable action carries its own reason, in the same order;
 * the first is the step's reason. A missed promise with no ticket gives
 * escalate and request-ticket, each with its evidence. */
START_TEST(test_reasons_per_action)
{
	struct conversation *c = conversation_new("t", FMT_CHATLOG);
	struct message *m;
	struct finding *f;

	m = conversation_add_message(c);
	m->role = ROLE_AGENT;
	m->time = T("2026-11-20T10:02:00+03:00");
	f = conversation_add_finding(c, FIND_DEADLINE, 1);
	f->match = xstrdup("within 3 business days");
	f->pattern = xstrdup("en.deadline.within-n-units");
	f->due = T("2026-11-25T23:59:59+03:00");
	f->status = DL_MISSED;
	ladder_decide(c, T(NOW));
	ck_assert_uint_eq(c->esc.n_actions, 2);
	ck_assert_int_eq(c->esc.actions[0], ACT_ESCALATE);
	ck_assert_int_eq(c->esc.actions[1], ACT_REQUEST_TICKET);
	ck_assert_str_eq(c->esc.reasons[0], c->esc.reason);
	ck_assert_msg(strstr(c->esc.reasons[0], "\"within 3 business days\" "
						"was due 2026-11-25") != NULL,
		      "reasons[0]: %s", c->esc.reasons[0]);
	ck_assert_str_eq(c->esc.reasons[1],
			 "no ticket number in the conversation");
	ladder_decide(c, T(NOW)); /* deciding again replaces, never leaks */
	ck_assert_uint_eq(c->esc.n_actions, 2);
	conversation_free(c);
}
END_TEST

struct lang_case {
	const char *customer, *agent;
	const char *want;
};

static const struct lang_case langs[] = {
	{"Здравствуйте, где мой возврат?", "Hello, we are checking", "ru"},
	{"Hello, where is my refund?", "Здравствуйте, проверяем", "en"},
	{NULL, "Ваше обращение принято", "ru"},
	{NULL, NULL, "en"},
};

START_TEST(test_lang)
{
	const struct lang_case *k = &langs[_i];
	struct conversation *c = conversation_new("t", FMT_EML);
	struct message *m = conversation_add_message(c);

	m->role = ROLE_CUSTOMER;
	m->text = k->customer ? xstrdup(k->customer) : NULL;
	m = conversation_add_message(c);
	m->role = ROLE_AGENT;
	m->text = k->agent ? xstrdup(k->agent) : NULL;
	ck_assert_msg(strcmp(conversation_lang(c), k->want) == 0,
		      "lang of '%s' / '%s'", k->customer ? k->customer : "",
		      k->agent ? k->agent : "");
	conversation_free(c);
}
END_TEST

UNIT_SUITE(ladder,
	UNIT_ROWS(test_rules, cases),
	UNIT_TEST(test_reason_missed),
	UNIT_TEST(test_reason_complaint),
	UNIT_TEST(test_reasons_per_action),
	UNIT_ROWS(test_lang, langs))
