/* check_template.c - the template score, its parts and the fixtures.
 *
 * Scores are computed by hand from the formula in docs/templates.md:
 *   phrase  = 1 - prod(1 - w)       neardup = 1 - 0.4^n
 *   score   = (1 - (1 - phrase)(1 - neardup)) x (0.5 + 0.5 x boiler) x 0.5^k
 * Characters are counted without spaces. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "calendar.h"
#include "cli.h"
#include "match.h"
#include "patterns.h"
#include "run.h"
#include "suite.h"
#include "template.h"

/* ------------------------------------------------------------------ */
/* Score rows: a text, its template hits (substring, weight), the other
 * evidence, and the expected parts. */

struct thit {
	const char *text; /* a substring of the message; NULL ends */
	double weight;
	const char *id; /* the pattern */
};

static const struct {
	const char *name;
	const char *text;
	struct thit hits[3];
	size_t near;
	int substantive;
	bool ticket;
	double phrase, neardup, boiler, score;
	int k;
} score_cases[] = {
	{"pure boilerplate",
	 "Thank you for your patience. Your request is very important to us.",
	 {{"Thank you for your patience", 0.4, "patience"},
	  {"Your request is very important to us", 0.6, "important"}},
	 0, 0, false, 0.76, 0.0, 1.0, 0.76, 0},
	/* sentence 1: 24 characters, sentence 2: 38 with digits;
	 * boiler 24/62; (0.2 x 0.69) x 0.5^2 (a resolution, numbers) */
	{"concrete answer with a polite opener",
	 "Thank you for contacting us. We have refunded 500 RUB to your card "
	 "on 25.11.",
	 {{"Thank you for contacting us", 0.2, "thanks"}},
	 0, 1, false, 0.2, 0.0, 0.39, 0.03, 2},
	{"generic troubleshooting",
	 "Please clear your browser cache and restart the app. If it does "
	 "not help, don't hesitate to contact us.",
	 {{"clear your browser cache", 0.5, "advice"},
	  {"restart the app", 0.5, "advice"},
	  {"don't hesitate to contact", 0.2, "closing"}},
	 0, 0, false, 0.6, 0.0, 1.0, 0.6, 0},
	/* "Hello!" counts on neither side: boiler 38/(38+52) */
	{"one template sentence of two, no near-duplicate",
	 "Hello! Thank you very much for your patience with us. We replaced "
	 "the faulty router part and checked the line speed.",
	 {{"Thank you very much for your patience", 0.4, "patience"}},
	 0, 0, false, 0.4, 0.0, 0.42, 0.28, 0},
	{"near-duplicated reply, no phrase",
	 "We have checked your account and see no problems on our side. "
	 "Please try again later.",
	 {{NULL, 0, NULL}},
	 2, 0, false, 0.0, 0.84, 1.0, 0.84, 0},
	{"reply sent to one other customer",
	 "We have checked your account and see no problems on our side. "
	 "Please try again later.",
	 {{NULL, 0, NULL}},
	 1, 0, false, 0.0, 0.6, 1.0, 0.6, 0},
	/* 1 - 0.6 x 0.16 = 0.904 */
	{"near-duplicated reply with a phrase",
	 "Thank you for your patience. We have checked your account and see "
	 "no problems on our side.",
	 {{"Thank you for your patience", 0.4, "patience"}},
	 2, 0, false, 0.4, 0.84, 1.0, 0.9, 0},
	{"near-duplicated form letter confirming a refund",
	 "Your refund of 500 RUB for order 66120 has been processed today.",
	 {{NULL, 0, NULL}},
	 2, 1, false, 0.0, 0.84, 1.0, 0.42, 1},
	{"ticket in a near-duplicate is a filled-in field",
	 "Your request 4512 has been received by our team, we are checking.",
	 {{NULL, 0, NULL}},
	 2, 0, true, 0.0, 0.84, 1.0, 0.84, 0},
	/* digits inside the boilerplate sentence are not 'numbers', and a
	 * ticket that stands only in boilerplate is a form field */
	{"ticket inside the boilerplate is a filled-in field",
	 "Your request 4512 is very important to us.",
	 {{"is very important to us", 0.6, "important"}},
	 0, 0, true, 0.6, 0.0, 1.0, 0.6, 0},
	/* sentence 1: 35 characters, sentence 2: 31 with digits; boiler
	 * 35/66 = 0.53; 0.6 x 0.765 x 0.5^2 (numbers, and then the ticket) */
	{"ticket counts when digits stand outside the boilerplate",
	 "Your request 4512 is very important to us. The courier comes at "
	 "15:00 on Friday.",
	 {{"is very important to us", 0.6, "important"}},
	 0, 0, true, 0.6, 0.0, 0.53, 0.11, 2},
	/* the phrase part counts the pattern once (0.4); the message is
	 * nothing but canned sentences, so its evidence is raised to
	 * TEMPLATE_ALL_BOILERPLATE (docs/templates.md) */
	{"same pattern twice counts once",
	 "Thank you for your patience. Thank you for your patience again.",
	 {{"Thank you for your patience", 0.4, "patience"},
	  {"Thank you for your patience again", 0.4, "patience"}},
	 0, 0, false, 0.4, 0.0, 1.0, 0.6, 0},
	{"nothing at all", "We replaced the part.", {{NULL, 0, NULL}}, 0, 0, false,
	 0.0, 0.0, 0.0, 0.0, 0},
};

/* Sentences: split after ". ", "! ", "? " and at the end. */
static size_t
split(const char *t, struct tpl_span *out, size_t max)
{
	size_t n = 0, start = 0, len = strlen(t);

	for (size_t i = 0; i < len && n + 1 < max; i++)
		if (strchr(".!?", t[i]) && (t[i + 1] == ' ' || t[i + 1] == '\0')) {
			out[n++] = (struct tpl_span){start, i + 1};
			start = i + 1;
		}
	if (start < len)
		out[n++] = (struct tpl_span){start, len};
	return n;
}

static size_t
sentence_at(const struct tpl_span *s, size_t n, size_t pos)
{
	for (size_t i = 0; i < n; i++)
		if (pos < s[i].end)
			return i;
	return n ? n - 1 : 0;
}

/* The hits of a row, found in the text in order. */
static size_t
make_hits(size_t row, const struct tpl_span *s, size_t ns,
	  struct tpl_hit *out)
{
	const char *t = score_cases[row].text;
	size_t n = 0, from = 0;

	for (; n < 3 && score_cases[row].hits[n].text; n++) {
		const char *h = score_cases[row].hits[n].text;
		const char *at = strstr(t + from, h);

		ck_assert_msg(at != NULL, "row %zu: '%s' not in the text", row, h);
		out[n].id = score_cases[row].hits[n].id;
		out[n].weight = score_cases[row].hits[n].weight;
		out[n].start = (size_t)(at - t);
		out[n].end = out[n].start + strlen(h);
		out[n].sentence = sentence_at(s, ns, out[n].start);
		from = out[n].start + 1;
	}
	return n;
}

START_TEST(test_score)
{
	struct tpl_span sent[8];
	struct tpl_hit hits[3];
	struct template_input in = {0};
	struct template_parts p;

	in.text = score_cases[_i].text;
	in.sent = sent;
	in.n_sent = split(in.text, sent, 8);
	in.hits = hits;
	in.n_hits = make_hits((size_t)_i, sent, in.n_sent, hits);
	in.near_convs = score_cases[_i].near;
	in.substantive = score_cases[_i].substantive;
	in.ticket = score_cases[_i].ticket;
	template_score(&in, &p);
	ck_assert_msg(p.phrase == score_cases[_i].phrase &&
			      p.neardup == score_cases[_i].neardup &&
			      p.boilerplate == score_cases[_i].boiler &&
			      p.score == score_cases[_i].score &&
			      p.specifics == score_cases[_i].k,
		      "%s: got phrase %.2f neardup %.2f boiler %.2f score %.2f "
		      "k %d, want %.2f %.2f %.2f %.2f %d",
		      score_cases[_i].name, p.phrase, p.neardup, p.boilerplate,
		      p.score, p.specifics, score_cases[_i].phrase,
		      score_cases[_i].neardup, score_cases[_i].boiler,
		      score_cases[_i].score, score_cases[_i].k);
	ck_assert_uint_eq(p.near_convs, score_cases[_i].near);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Through analyze_conversation: only the company's messages; a finding
 * by near-duplication alone quotes the first real sentence. */

static const char patterns[] =
	"lang en\n"
	"pattern t.template.patience\n"
	"type template\n"
	"meta weight=0.4\n"
	"regex thank\\s+you\\s+for\\s+your\\s+patience\n";

static struct conversation *
analyzed(enum role role, const char *text, size_t near)
{
	struct patset ps = {0};
	struct matcher *m;
	struct conversation *c = conversation_new("mem", FMT_EML);
	struct message *msg = conversation_add_message(c);
	struct analyze_opts o = {0};
	char *err = NULL;

	ck_assert(time_parse_iso("2026-11-28T12:00:00+03:00", &o.now));
	ck_assert_int_eq(patset_load_buffer(&ps, "t.pat", patterns,
					    strlen(patterns), &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	m = matcher_new(&ps);
	msg->role = role;
	msg->text = xstrdup(text);
	ck_assert(time_parse_iso("2026-11-25T10:00:00+03:00", &msg->time));
	msg->near_convs = near;
	analyze_conversation(c, m, &o, NULL);
	matcher_free(m);
	patset_free(&ps);
	return c;
}

START_TEST(test_customer_ignored)
{
	struct conversation *c =
		analyzed(ROLE_CUSTOMER, "Thank you for your patience. I have "
					"checked my account and see no "
					"problems on my side.", 3);

	ck_assert_uint_eq(c->n_findings, 0);
	conversation_free(c);
}
END_TEST

START_TEST(test_near_only_finding)
{
	struct conversation *c =
		analyzed(ROLE_AGENT, "Hello! We have checked your account and "
				     "see no problems on our side. Please try "
				     "again later.", 2);

	ck_assert_uint_eq(c->n_findings, 1);
	ck_assert_int_eq(c->findings[0].type, FIND_TEMPLATE);
	ck_assert_str_eq(c->findings[0].pattern, TEMPLATE_NEAR_ID);
	ck_assert_str_eq(c->findings[0].match, "We have checked your account "
					       "and see no problems on our "
					       "side.");
	ck_assert_double_eq_tol(c->findings[0].score, 0.84, 0.001);
	ck_assert_uint_eq(c->findings[0].near_convs, 2);
	ck_assert_double_eq_tol(c->findings[0].boilerplate, 1.0, 0.001);
	conversation_free(c);
}
END_TEST

START_TEST(test_phrase_and_near)
{
	struct conversation *c =
		analyzed(ROLE_AGENT, "Thank you for your patience. We have "
				     "checked your account.", 1);

	ck_assert_uint_eq(c->n_findings, 1);
	ck_assert_str_eq(c->findings[0].pattern, "t.template.patience");
	/* 1 - 0.6 x 0.4 = 0.76 */
	ck_assert_double_eq_tol(c->findings[0].score, 0.76, 0.001);
	ck_assert_double_eq_tol(c->findings[0].phrase, 0.4, 0.001);
	ck_assert_double_eq_tol(c->findings[0].neardup, 0.6, 0.001);
	conversation_free(c);
}
END_TEST

/* A dated promise to resolve stated inside a boilerplate sentence (a
 * sentence with a template hit: "Срок рассмотрения обращений составляет
 * до 10 рабочих дней") is the standard term of a form letter, no
 * specific; the same promise in a sentence of its own is one. */
START_TEST(test_specifics_in_boilerplate)
{
	static const char text[] = "Срок ответа 10 дней. Вернём до 5.12.";
	struct tpl_span sent[] = {{0, 34}, {34, sizeof(text) - 1}};
	struct tpl_hit hit = {"t.srok", 0.5, 0, 20, 0};
	struct template_input in = {0};
	struct conversation *c = conversation_new("mem", FMT_EML);
	struct finding *f;
	bool ticket;

	in.text = text;
	in.sent = sent;
	in.n_sent = 2;
	in.hits = &hit;
	in.n_hits = 1;
	conversation_add_message(c);
	f = conversation_add_finding(c, FIND_DEADLINE, 1);
	f->promise = PROMISE_RESOLVE;
	f->start = 12; /* "10 дней": in the boilerplate sentence */
	ck_assert_int_eq(template_specifics(c, 0, &in, &ticket), 0);
	f->start = 37; /* "до 5.12": a sentence of its own */
	ck_assert_int_eq(template_specifics(c, 0, &in, &ticket), 1);
	conversation_free(c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* template_specifics: which findings of the message are specifics. A
 * dated promise to resolve is one; a promise only to reply ("we will
 * answer within 2 business days", what auto-replies say) is not; a vague
 * one is not. */

static const struct {
	const char *name;
	enum finding_type type;
	enum promise_kind promise;
	bool vague, justified;
	int want;
	bool ticket;
} spec_rows[] = {
	{"dated promise to resolve", FIND_DEADLINE, PROMISE_RESOLVE, false,
	 false, 1, false},
	{"dated promise to reply", FIND_DEADLINE, PROMISE_REPLY, false, false,
	 0, false},
	{"vague promise to resolve", FIND_DEADLINE, PROMISE_RESOLVE, true,
	 false, 0, false},
	{"resolution", FIND_RESOLUTION, PROMISE_RESOLVE, false, false, 1,
	 false},
	{"justified refusal", FIND_REFUSAL, PROMISE_RESOLVE, false, true, 1,
	 false},
	{"bare refusal", FIND_REFUSAL, PROMISE_RESOLVE, false, false, 0, false},
	{"ticket", FIND_TICKET, PROMISE_RESOLVE, false, false, 0, true},
};

START_TEST(test_specifics)
{
	struct conversation *c = conversation_new("mem", FMT_EML);
	struct finding *f;
	bool ticket = false;

	conversation_add_message(c);
	f = conversation_add_finding(c, spec_rows[_i].type, 1);
	f->promise = spec_rows[_i].promise;
	f->vague = spec_rows[_i].vague;
	f->justified = spec_rows[_i].justified;
	ck_assert_msg(template_specifics(c, 0, NULL, &ticket) ==
			      spec_rows[_i].want,
		      "%s", spec_rows[_i].name);
	ck_assert(ticket == spec_rows[_i].ticket);
	conversation_free(c);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The fixtures tests/data/eml/neardup-*.eml through the whole engine:
 * three customers receive one canned reply (names, accounts and orders
 * differ; the third adds "Thank you for your patience"), a fourth gets a
 * concrete refund. Expectations by hand. */

static const struct {
	const char *file;
	const char *action;
	const char *pattern; /* template finding, or NULL for none */
	size_t near;
} fixture_rows[] = {
	/* "If the problem persists, write to us again" is canned too */
	{"tests/data/eml/neardup-1-anna.eml", "request-solution",
	 "en.template.if-persists", 2},
	{"tests/data/eml/neardup-2-ivan.eml", "request-solution",
	 "en.template.if-persists", 2},
	{"tests/data/eml/neardup-3-maria.eml", "request-solution",
	 "en.template.patience", 2},
	{"tests/data/eml/neardup-4-oleg.eml", "resolved", NULL, 0},
};

#define N_FIXTURES (sizeof(fixture_rows) / sizeof(fixture_rows[0]))

static const struct finding *
template_of(const struct conversation *c)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_TEMPLATE)
			return &c->findings[i];
	return NULL;
}

static void
run_fixtures(long jobs, struct run *r, struct engine *e,
	     struct options *o)
{
	struct strlist errors = {0};

	memset(o, 0, sizeof(*o));
	memset(r, 0, sizeof(*r));
	o->now_arg = xstrdup("2026-11-28T12:00:00+03:00");
	o->jobs = jobs;
	for (size_t i = 0; i < N_FIXTURES; i++)
		strlist_push(&o->paths, fixture_rows[i].file);
	ck_assert_int_eq(engine_init(e, o, &errors), 0);
	engine_run(e, r);
	ck_assert_uint_eq(r->n_convs, N_FIXTURES);
	strlist_free(&errors);
}

START_TEST(test_fixtures)
{
	struct options o;
	struct engine e;
	struct run r;

	run_fixtures(_i == 0 ? 1 : 2, &r, &e, &o);
	for (size_t i = 0; i < N_FIXTURES; i++) {
		const struct conversation *c = r.convs[i];
		const struct finding *t = template_of(c);

		ck_assert_str_eq(c->source, fixture_rows[i].file);
		ck_assert_msg(strcmp(action_name(c->esc.action),
				     fixture_rows[i].action) == 0,
			      "%s: action %s, want %s", c->source,
			      action_name(c->esc.action), fixture_rows[i].action);
		ck_assert_uint_eq(c->msgs[0].near_convs, fixture_rows[i].near);
		if (fixture_rows[i].pattern == NULL) {
			ck_assert_msg(t == NULL, "%s: template %s", c->source,
				      t ? t->pattern : "");
			continue;
		}
		ck_assert_msg(t != NULL, "%s: no template", c->source);
		ck_assert_str_eq(t->pattern, fixture_rows[i].pattern);
		ck_assert_uint_eq(t->near_convs, fixture_rows[i].near);
		ck_assert(t->score >= TEMPLATE_REPORT);
	}
	run_free(&r);
	engine_free(&e);
	options_free(&o);
}
END_TEST

UNIT_SUITE(template,
	UNIT_ROWS(test_score, score_cases),
	UNIT_ROWS(test_specifics, spec_rows),
	UNIT_TEST(test_specifics_in_boilerplate),
	UNIT_TEST(test_customer_ignored),
	UNIT_TEST(test_near_only_finding),
	UNIT_TEST(test_phrase_and_near),
	UNIT_LOOP(test_fixtures, 0, 2))
