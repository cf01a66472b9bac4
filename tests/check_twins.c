/* check_twins.c - legacy-charset e-mails analyzed like their UTF-8 twins.
 *
 * tests/data/eml/twin-*.eml are hand-made pairs: a KOI8-R
 * quoted-printable reply and a Windows-1251 base64 reply, each with RFC
 * 2047 subject and names in its charset, and the same reply written in
 * UTF-8 8bit. Every file goes alone through the whole engine (read,
 * detect, MIME, charset, quotes and sign-off, roles, analysis, ladder:
 * what the command line runs), and each must give the values written
 * below by hand from the SPEC, which are the same for both twins.
 * Dates: 2026-11-25 is a Wednesday; now is Saturday 2026-11-28 12:00. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "eml.h"
#include "run.h"
#include "suite.h"
#include "walk.h"

#define NOW "2026-11-28T12:00:00+03:00"
#define MAX_FINDINGS 4

struct twin {
	const char *legacy, *utf8;
	const char *subject;
	const char *sender_name, *sender_addr;
	const char *time;
	const char *text;   /* the analyzed text */
	const char *quoted; /* the sign-off, kept by the reader as evidence */
	const char *tickets; /* joined with ',' */
	/* "type|match|details" in finding order: deadline details are
	 * "kind due status", refusal details "justified" or "unjustified" */
	const char *findings[MAX_FINDINGS];
	const char *action;
	int step;
};

static const struct twin twins[] = {
    {
	"tests/data/eml/twin-a-koi8r-qp.eml",
	"tests/data/eml/twin-a-utf8.eml",
	"Re: Обращение N 4512: возврат платежа",
	"Служба поддержки банка \"Восток\"",
	"support@bank.example",
	"2026-11-25T10:15:00+03:00",
	"Здравствуйте, Анна!\n\n"
	"Ваше обращение N 4512 зарегистрировано. Мы проверили платёж и "
	"вернём средства в течение 3 рабочих дней.",
	"С уважением,\n"
	"Служба поддержки банка \"Восток\"\n"
	"Тел.: 8 800 100-00-00",
	"4512",
	/* 3 working days after Wed 25.11: Thu, Fri, Mon 30.11 */
	{"ticket|обращение N 4512|4512",
	 "deadline|в течение 3 рабочих дней|resolve "
	 "2026-11-30T23:59:59+03:00 pending"},
	"none",
	0,
    },
    {
	"tests/data/eml/twin-b-cp1251-base64.eml",
	"tests/data/eml/twin-b-utf8.eml",
	"Ответ по заявке № 7781 — возврат",
	"Отдел претензий «Техномир»",
	"help@shop.example",
	"2026-11-26T16:40:00+03:00",
	"Добрый день, Игорь.\n\n"
	"К сожалению, мы не можем вернуть деньги за телевизор по заявке "
	"№ 7781.\n"
	"Ответим на остальные вопросы до 2 декабря.",
	"С уважением,\n"
	"Отдел претензий «Техномир»",
	"7781",
	/* a refusal without a reason; a reply promise with a date */
	{"refusal|К сожалению, мы не можем|unjustified",
	 "ticket|заявке № 7781|7781",
	 "deadline|до 2 декабря|reply 2026-12-02T23:59:59+03:00 pending"},
	"request-justification",
	4,
    },
};

#define N_TWINS (sizeof(twins) / sizeof(twins[0]))

/* One file through the engine, as the command line runs it. */
static void
run_one(const char *path, struct run *r, struct engine *e,
	struct options *o)
{
	struct strlist errors = {0};

	memset(o, 0, sizeof(*o));
	memset(r, 0, sizeof(*r));
	o->now_arg = xstrdup(NOW);
	o->jobs = 1;
	strlist_push(&o->paths, path);
	ck_assert_int_eq(engine_init(e, o, &errors), 0);
	engine_run(e, r);
	ck_assert_msg(r->n_inputs == 1 && r->inputs[0].diags.n == 0,
		      "%s: %s", path,
		      r->n_inputs && r->inputs[0].diags.n
			  ? r->inputs[0].diags.v[0].text
			  : "no input");
	ck_assert_msg(r->n_convs == 1, "%s: %zu conversations", path,
		      r->n_convs);
	strlist_free(&errors);
}

/* A finding as "type|match|details" (see struct twin). */
static char *
finding_line(const struct finding *f)
{
	char due[32] = "null";

	switch (f->type) {
	case FIND_TICKET:
		return xasprintf("ticket|%s|%s", f->match, f->value);
	case FIND_DEADLINE:
		if (f->due.set)
			time_format_iso(f->due, due);
		return xasprintf("deadline|%s|%s %s %s", f->match,
				 promise_kind_name(f->promise), due,
				 deadline_status_name(f->status));
	case FIND_REFUSAL:
		return xasprintf("refusal|%s|%s", f->match,
				 f->justified ? "justified" : "unjustified");
	default:
		return xasprintf("%s|%s|", finding_type_name(f->type), f->match);
	}
}

static char *
joined_tickets(const struct conversation *c)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	for (size_t i = 0; i < c->tickets.n; i++)
		buf_printf(&b, "%s%s", i ? "," : "", c->tickets.v[i]);
	return buf_steal(&b);
}

static void
check_conversation(const struct twin *w, const char *path,
		   const struct conversation *c)
{
	const struct message *m = &c->msgs[0];
	char when[32], *tickets = joined_tickets(c);
	size_t n = 0;

	ck_assert_uint_eq(c->n_msgs, 1);
	ck_assert_msg(c->subject && strcmp(c->subject, w->subject) == 0,
		      "%s: subject '%s'", path, c->subject);
	ck_assert_msg(strcmp(m->sender_name, w->sender_name) == 0,
		      "%s: sender '%s'", path, m->sender_name);
	ck_assert_str_eq(m->sender_addr, w->sender_addr);
	ck_assert_int_eq(m->role, ROLE_AGENT);
	time_format_iso(m->time, when);
	ck_assert_msg(strcmp(when, w->time) == 0, "%s: time %s", path, when);
	ck_assert_msg(strcmp(m->text, w->text) == 0, "%s: text '%s'", path,
		      m->text);
	ck_assert_msg(strcmp(tickets, w->tickets) == 0, "%s: tickets '%s'",
		      path, tickets);
	free(tickets);
	for (size_t i = 0; i < c->n_findings; i++) {
		char *line = finding_line(&c->findings[i]);

		ck_assert_msg(n < MAX_FINDINGS && w->findings[n] &&
				  strcmp(line, w->findings[n]) == 0,
			      "%s: finding %zu is '%s', want '%s'", path, n,
			      line, n < MAX_FINDINGS && w->findings[n]
					? w->findings[n]
					: "none");
		free(line);
		n++;
	}
	ck_assert_msg(n == MAX_FINDINGS || !w->findings[n],
		      "%s: %zu findings, missing '%s'", path, n,
		      w->findings[n]);
	ck_assert_msg(strcmp(action_name(c->esc.action), w->action) == 0,
		      "%s: action %s", path, action_name(c->esc.action));
	ck_assert_int_eq(c->esc.step, w->step);
}

/* _i: twin pair * 2 + (0 legacy, 1 UTF-8) */
START_TEST(test_twin)
{
	const struct twin *w = &twins[_i / 2];
	const char *path = _i % 2 ? w->utf8 : w->legacy;
	struct options o;
	struct engine e;
	struct run r;

	run_one(path, &r, &e, &o);
	check_conversation(w, path, r.convs[0]);
	run_free(&r);
	engine_free(&e);
	options_free(&o);
}
END_TEST

/* The reader alone (the engine drops the evidence once analyzed): the
 * same text, and the sign-off kept as the message's quoted evidence. */
START_TEST(test_reader_evidence)
{
	const struct twin *w = &twins[_i / 2];
	const char *path = _i % 2 ? w->utf8 : w->legacy;
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *err = NULL, *data;
	size_t len;
	const struct message *m;

	data = read_file(path, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", path, err);
	ck_assert_int_eq(eml_read(path, data, len, &out, &warn), 0);
	ck_assert_uint_eq(warn.n, 0);
	ck_assert_uint_eq(out.n, 1);
	m = &out.v[0]->msgs[0];
	ck_assert_str_eq(out.v[0]->subject, w->subject);
	ck_assert_str_eq(m->text, w->text);
	ck_assert_msg(m->quoted && strcmp(m->quoted, w->quoted) == 0,
		      "%s: quoted '%s'", path, m->quoted ? m->quoted : "");
	conv_list_free(&out);
	strlist_free(&warn);
	free(data);
}
END_TEST

/* Each twin in a run of its own: the same draft, word for word. */
START_TEST(test_same_draft)
{
	const struct twin *w = &twins[_i];
	struct options o;
	struct engine e;
	struct run r;
	char *draft;

	run_one(w->legacy, &r, &e, &o);
	draft = xstrdup(r.convs[0]->esc.draft ? r.convs[0]->esc.draft : "");
	run_free(&r);
	engine_free(&e);
	options_free(&o);
	run_one(w->utf8, &r, &e, &o);
	ck_assert_str_eq(draft,
			 r.convs[0]->esc.draft ? r.convs[0]->esc.draft : "");
	free(draft);
	run_free(&r);
	engine_free(&e);
	options_free(&o);
}
END_TEST

UNIT_SUITE_LIMIT(twins, 60,
	UNIT_LOOP(test_twin, 0, (int)(N_TWINS * 2)),
	UNIT_LOOP(test_reader_evidence, 0, (int)(N_TWINS * 2)),
	UNIT_LOOP(test_same_draft, 0, (int)N_TWINS))
