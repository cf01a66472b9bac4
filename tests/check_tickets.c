/* check_tickets.c - ticket numbers wherever they stand (SPEC 4): the
 * forms of the built-in patterns, their traps, and the fields outside
 * the analyzed text (Subject, removed signature, a page's title). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "calendar.h"
#include "fixture.h"
#include "match.h"
#include "patterns.h"
#include "suite.h"
#include "timeutil.h"

static struct patset ps;
static struct matcher *mt;
static struct calendar *cal;

static void
setup(void)
{
	mt = fixture_builtin(&ps);
	cal = calendar_new();
}

static void
teardown(void)
{
	matcher_free(mt);
	patset_free(&ps);
	calendar_free(cal);
}

struct tmsg {
	enum role role;
	const char *text, *subject, *signature;
};

static struct conversation *
run(const struct tmsg *v, size_t n, const char *conv_subject)
{
	struct conversation *c = conversation_new("t", FMT_EML);
	struct analyze_opts o = {0};

	ck_assert(time_parse_iso("2026-11-28T12:00:00+03:00", &o.now));
	o.cal = cal;
	c->subject = conv_subject ? xstrdup(conv_subject) : NULL;
	for (size_t i = 0; i < n; i++) {
		struct message *m = conversation_add_message(c);

		m->role = v[i].role;
		ck_assert(time_parse_iso("2026-11-25T10:00:00+03:00", &m->time));
		m->text = xstrdup(v[i].text);
		m->subject = v[i].subject ? xstrdup(v[i].subject) : NULL;
		m->signature = v[i].signature ? xstrdup(v[i].signature) : NULL;
	}
	analyze_conversation(c, mt, &o, NULL);
	return c;
}

/* The conversation's tickets joined with ",". */
static char *
tickets(const struct conversation *c)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	for (size_t i = 0; i < c->tickets.n; i++)
		buf_printf(&b, "%s%s", i ? "," : "", c->tickets.v[i]);
	return buf_steal(&b);
}

/* Forms, written by hand from SPEC 4 and the issue; "" = no ticket. */
static const struct {
	const char *text, *want;
} forms[] = {
	/* introduced by a verb */
	{"Hi, I've logged this as HELP-512 and our team will look at it.",
	 "HELP-512"},
	{"This has been raised with engineering as OPS-77.", "OPS-77"},
	{"I've logged it as maintenance job MJ-30418.", "MJ-30418"},
	{"We raised it with the carrier under reference VM-CHG-30551.",
	 "VM-CHG-30551"},
	{"Your request has been registered under number 4471-0923.",
	 "4471-0923"},
	{"Мы завели задачу DEV-42, разработчики посмотрят.", "DEV-42"},
	{"Создали заявку на перенос услуги № 5523091.", "5523091"},
	/* "your reference / claim number is" */
	{"Your claim reference is ABC-26-00123.", "ABC-26-00123"},
	{"Ref: NGE-2603-55190", "NGE-2603-55190"},
	{"Your loss number is 31-440921.", "31-440921"},
	{"claim number 26-APV-104887 is with the adjuster", "26-APV-104887"},
	/* multi-group keys after a ticket word */
	{"I have reviewed case DSP-2026-0201447 personally.",
	 "DSP-2026-0201447"},
	{"The airport gave me file reference ORD-BC-55871.", "ORD-BC-55871"},
	/* Cyrillic letter prefixes, «заявление», insurance losses */
	{"Оформили обращение № ТМ-558201.", "ТМ-558201"},
	{"Ваше заявление N 2026-118 зарегистрировано.", "2026-118"},
	{"Заявление № ЖК-00451 принято.", "ЖК-00451"},
	{"убытку присвоен номер 0045-АВ-26-118", "0045-АВ-26-118"},
	{"Осмотр по убытку 0031-КС-26-0412 проведён.", "0031-КС-26-0412"},
	{"Обращение зарегистрировано, номер 1410-55231.", "1410-55231"},
	/* "is", a colon, a '#' a few words on, an assigned number */
	{"Your ticket number is 48213.", "48213"},
	{"Ticket: 771203", "771203"},
	{"Your case has been assigned the number 55120.", "55120"},
	{"Your ticket for the broken screen is #48213.", "48213"},
	{"Request 77120 received, thank you.", "77120"},
	{"№ заявки: 77120", "77120"},
	{"Ваше обращение принято, номер 5512034.", "5512034"},
	{"Запрос в техподдержку #77120 принят.", "77120"},
	/* traps: order, invoice, policy, booking, refund references */
	{"Your order #5512 has shipped.", ""},
	{"Invoice number INV-2026-0042 is attached.", ""},
	{"Your policy number 77-120044 stays the same.", ""},
	{"Your booking reference is ABC123.", ""},
	{"Refund reference: RF-2026-1234.", ""},
	{"Ваш заказ № 5512 передан в доставку.", ""},
	{"Номер договора: 77-120044.", ""},
	/* the e-mail-to-case thread token, ServiceNow's watermark */
	{"[ ref:_00D1a2b3C._5001a2B3c4D:ref ]", ""},
	{"Thank you.\nRef:MSG0012345_a1B2c3", ""},
	/* a trap does not hide the ticket next to it */
	{"Your order #5512 is late; your ticket #7781 is open.", "7781"},
	{"По заказу № 5512 открыто обращение № 7781.", "7781"},
	/* numbers that are not tickets */
	{"Call us on 8-800-555-35-35.", ""},
	{"We filed the paperwork on 2026-11-28.", ""},
};

START_TEST(test_forms)
{
	struct tmsg m = {ROLE_AGENT, forms[_i].text, NULL, NULL};
	struct conversation *c = run(&m, 1, NULL);
	char *got = tickets(c);

	ck_assert_msg(strcmp(got, forms[_i].want) == 0, "'%s': got '%s', want '%s'",
		      forms[_i].text, got, forms[_i].want);
	free(got);
	conversation_free(c);
}
END_TEST

static const struct finding *
ticket_finding(const struct conversation *c, const char *value)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_TICKET &&
		    strcmp(c->findings[i].value, value) == 0)
			return &c->findings[i];
	return NULL;
}

static size_t
count_tickets(const struct conversation *c)
{
	size_t n = 0;

	for (size_t i = 0; i < c->n_findings; i++)
		n += c->findings[i].type == FIND_TICKET;
	return n;
}

/* A ticket in the Subject only: found, attributed to that message. */
START_TEST(test_subject)
{
	struct tmsg m[] = {
		{ROLE_CUSTOMER, "Where is my refund?", "Refund", NULL},
		{ROLE_AGENT, "We are looking into it.", "Re: [#55310] Refund", NULL},
		{ROLE_AGENT, "Still checking.", "Re: [#55310] Refund", NULL},
	};
	struct conversation *c = run(m, 3, "Refund");
	const struct finding *f = ticket_finding(c, "55310");

	ck_assert_msg(f != NULL, "subject ticket not found");
	ck_assert_uint_eq(f->message, 2);
	ck_assert_int_eq(f->source, SRC_SUBJECT);
	ck_assert_str_eq(f->match, "[#55310]");
	ck_assert_uint_eq(f->start, 4);
	ck_assert_uint_eq(f->end, 12);
	/* once per conversation, not once per message */
	ck_assert_uint_eq(count_tickets(c), 1);
	conversation_free(c);
}
END_TEST

/* Subject forms: a bracketed key, Zoho's "##N##", a key at the end. */
START_TEST(test_subject_forms)
{
	static const struct {
		const char *subject, *want;
	} v[] = {
		{"Re: [OPS-412] Laptop", "OPS-412"},
		{"[Request #7781] Refund", "7781"},
		{"[##35021##] Payment failed", "35021"},
		{"Permit application received - PKG-264471", "PKG-264471"},
		{"RE: Compensation claim - flight SV1127 [SV-26-0048812]",
		 "SV-26-0048812"},
		{"Order ORD-55120 shipped", ""},
	};

	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		struct tmsg m = {ROLE_AGENT, "Hello.", v[i].subject, NULL};
		struct conversation *c = run(&m, 1, v[i].subject);
		char *got = tickets(c);

		ck_assert_msg(strcmp(got, v[i].want) == 0, "'%s': got '%s'",
			      v[i].subject, got);
		free(got);
		conversation_free(c);
	}
}
END_TEST

/* The removed signature block: "Case Number: 00918273". */
START_TEST(test_signature)
{
	struct tmsg m = {ROLE_AGENT, "We have escalated your request.", NULL,
			 "Kind regards,\nAcme Support\nCase Number: 00918273"};
	struct tmsg r = {ROLE_AGENT, "Передали в профильный отдел.", NULL,
			 "С уважением,\nСлужба поддержки\nНомер обращения: 4471902"};
	struct conversation *c = run(&m, 1, NULL);
	const struct finding *f = ticket_finding(c, "00918273");

	ck_assert_msg(f != NULL && f->source == SRC_SIGNATURE,
		      "signature ticket not found");
	conversation_free(c);
	c = run(&r, 1, NULL);
	f = ticket_finding(c, "4471902");
	ck_assert_msg(f != NULL && f->source == SRC_SIGNATURE,
		      "ru signature ticket not found");
	conversation_free(c);
}
END_TEST

/* A saved page's title is its first message's field. */
START_TEST(test_title)
{
	struct tmsg m[] = {
		{ROLE_CUSTOMER, "Ключ не активируется.", NULL, NULL},
		{ROLE_AGENT, "Проверяем.", NULL, NULL},
	};
	struct conversation *c =
		run(m, 2, "Запрос #LIC-30817 — Ключ не активируется");
	const struct finding *f = ticket_finding(c, "LIC-30817");

	ck_assert_msg(f != NULL && f->source == SRC_TITLE && f->message == 1,
		      "title ticket not found");
	conversation_free(c);
}
END_TEST

/* A number the text already gave is not found again in the Subject. */
START_TEST(test_not_repeated)
{
	struct tmsg m = {ROLE_AGENT, "Your ticket #7781 is open.",
			 "Re: [#7781] Refund", NULL};
	struct conversation *c = run(&m, 1, NULL);

	ck_assert_uint_eq(count_tickets(c), 1);
	ck_assert_int_eq(ticket_finding(c, "7781")->source, SRC_TEXT);
	conversation_free(c);
}
END_TEST

static double
template_score(const struct conversation *c)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_TEMPLATE)
			return c->findings[i].score;
	return -1.0;
}

/* A ticket in the Subject or the signature does not make a canned
 * reply specific: the template score is the one without it. */
START_TEST(test_not_specific)
{
	const char *text = "Thank you for contacting us. Your request has been "
			   "received and assigned to our team. We appreciate "
			   "your patience and will get back to you within 3 "
			   "business days.";
	struct tmsg plain = {ROLE_AGENT, text, NULL, NULL};
	struct tmsg subj = {ROLE_AGENT, text, "[#55310] Your request", NULL};
	struct tmsg sig = {ROLE_AGENT, text, NULL, "Acme Support\nCase Number: 00918273"};
	struct conversation *a = run(&plain, 1, NULL);
	struct conversation *b = run(&subj, 1, NULL);
	struct conversation *d = run(&sig, 1, NULL);
	double sa = template_score(a);

	ck_assert_msg(sa >= 0.5, "the canned reply is not a template (%.2f)", sa);
	ck_assert_msg(template_score(b) == sa, "subject ticket changed %.2f -> %.2f",
		      sa, template_score(b));
	ck_assert_msg(template_score(d) == sa, "signature ticket changed %.2f -> %.2f",
		      sa, template_score(d));
	ck_assert_uint_eq(b->tickets.n, 1);
	ck_assert_uint_eq(d->tickets.n, 1);
	conversation_free(a);
	conversation_free(b);
	conversation_free(d);
}
END_TEST

Suite *suite_tickets(void);

Suite *
suite_tickets(void)
{
	const struct unit_test builtin[] = {
		UNIT_ROWS(test_forms, forms),
		UNIT_TEST(test_subject),
		UNIT_TEST(test_subject_forms),
		UNIT_TEST(test_signature),
		UNIT_TEST(test_title),
		UNIT_TEST(test_not_repeated),
		UNIT_TEST(test_not_specific),
	};
	Suite *s = suite_create("tickets");

	tcase_add_checked_fixture(UNIT_CASE(s, "builtin", builtin), setup,
				  teardown);
	return s;
}
