/* check_pipeline.c - one conversation through every stage: the same
 * messages judged at two moments give two steps (SPEC 5, 7), and the
 * moment is the pipeline's, never the clock's. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "match.h"
#include "patterns.h"
#include "pipeline.h"
#include "suite.h"
#include "timeutil.h"

static struct esc_time
T(const char *iso)
{
	struct esc_time t = {0};

	ck_assert_msg(time_parse_iso(iso, &t), "bad literal %s", iso);
	return t;
}

static struct conversation *
refund_chat(void)
{
	static const char *const texts[] = {
		"Hello, I paid for order 5512 on 10 November and it never "
		"arrived. Where is my money?",
		"We are sorry. We will refund the payment by 20 November 2026.",
	};
	static const char *const times[] = {"2026-11-16T09:00:00+00:00",
					    "2026-11-16T10:00:00+00:00"};
	static const char *const who[] = {"Ann", "Shop support"};
	struct conversation *c = conversation_new("chat.txt", FMT_CHATLOG);

	for (size_t i = 0; i < 2; i++) {
		struct message *m = conversation_add_message(c);

		m->sender_name = xstrdup(who[i]);
		m->time = T(times[i]);
		m->text = xstrdup(texts[i]);
	}
	return c;
}

struct moment_case {
	const char *now;
	enum deadline_status status; /* of the refund promise */
	enum action action;	     /* SPEC 7 */
};

static const struct moment_case moments[] = {
	/* pending: no ticket number yet is the next thing to ask for */
	{"2026-11-18T12:00:00+00:00", DL_PENDING, ACT_REQUEST_TICKET},
	/* missed by five days: escalate */
	{"2026-11-25T12:00:00+00:00", DL_MISSED, ACT_ESCALATE},
};

START_TEST(test_moments)
{
	const struct moment_case *k = &moments[_i];
	struct patset ps = {0};
	struct strlist me = {0}, warn = {0};
	struct calendar *cal = calendar_new();
	struct conversation *c = refund_chat();
	const struct finding *due = NULL;
	struct matcher *m;
	char *err = NULL;
	struct pipeline p = {.now = T(k->now), .me = &me,
			     .report_lang = RLANG_AUTO,
			     .analyze = {.cal = cal}};

	ck_assert_msg(patset_load_builtin(&ps, "en", &err) == 0, "%s", err);
	ck_assert_msg(patset_compile(&ps, &err) == 0, "%s", err);
	m = matcher_new(&ps);
	strlist_push(&me, "Ann");
	strlist_push(&c->tickets, "PRESCAN-1"); /* found again, or gone */
	pipeline_conversation(&p, m, c, &warn);
	ck_assert_int_eq(c->msgs[0].role, ROLE_CUSTOMER);
	ck_assert_int_eq(c->msgs[1].role, ROLE_AGENT);
	ck_assert(!strlist_contains(&c->tickets, "PRESCAN-1"));
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_DEADLINE)
			due = &c->findings[i];
	ck_assert_ptr_nonnull(due);
	ck_assert_int_eq(due->status, k->status);
	ck_assert_msg(c->esc.action == k->action, "%s: %s", k->now,
		      action_name(c->esc.action));
	ck_assert_str_eq(c->esc.lang, "en");
	ck_assert_ptr_nonnull(c->esc.draft);
	conversation_free(c);
	strlist_free(&me);
	strlist_free(&warn);
	matcher_free(m);
	patset_free(&ps);
	calendar_free(cal);
}
END_TEST

UNIT_SUITE(pipeline,
	UNIT_ROWS(test_moments, moments))
