/* check_report.c - the csv, jsonl and html writers: cells, escaping, rows.
 *
 * Expected values are written by hand from RFC 4180, the OWASP advice on
 * formula injection (= + - @ tab CR get a leading apostrophe) and the five
 * HTML references. Reports are written to memory streams. */
#include <check.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "suite.h"
#include "timeutil.h"

#define NOW "2026-11-28T12:00:00+03:00"

struct cell_case {
	const char *in;
	const char *out;
};

static const struct cell_case csv_cases[] = {
	{"plain", "plain"},
	{"", ""},
	{"2026-11-25", "2026-11-25"},
	{"a=b", "a=b"},
	{"a,b", "\"a,b\""},
	{"say \"hi\"", "\"say \"\"hi\"\"\""},
	{"\"", "\"\"\"\""},
	{"trailing ", "\"trailing \""},
	{" leading", "\" leading\""},
	{"Привет, мир", "\"Привет, мир\""},
	{"=1+1", "'=1+1"},
	{"+7 999 123", "'+7 999 123"},
	{"-5", "'-5"},
	{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
	{"\t=1", "' =1"},
	{"\r=1", "' =1"},
	{"\tplain", "' plain"},
	{" =1", "' =1"},
	{"  @x", "'  @x"},
	{"=HYPERLINK(\"http://e.x\",\"click\")",
	 "\"'=HYPERLINK(\"\"http://e.x\"\",\"\"click\"\")\""},
	{"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
	{"a\nb", "a b"},
	{"a\r\nb", "a  b"},
	{"x\x1b[2J", "x\\x1B[2J"},
	{"x\x7f", "x\\x7F"},
};

START_TEST(test_csv_cell)
{
	const struct cell_case *k = &csv_cases[_i];
	struct buf b = {0};

	csv_cell_append(&b, k->in);
	ck_assert_str_eq(b.s ? b.s : "", k->out);
	buf_free(&b);
}
END_TEST

START_TEST(test_csv_cell_null)
{
	struct buf b = {0};

	csv_cell_append(&b, NULL);
	ck_assert_uint_eq(b.len, 0);
	buf_free(&b);
}
END_TEST

struct html_case {
	const char *in;
	bool oneline;
	const char *out;
};

static const struct html_case html_cases[] = {
	{"plain text", true, "plain text"},
	{"<script>alert(1)</script>", true,
	 "&lt;script&gt;alert(1)&lt;/script&gt;"},
	{"\"><img src=x onerror=alert(1)>", true,
	 "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
	{"' onmouseover='alert(1)", true,
	 "&#39; onmouseover=&#39;alert(1)"},
	{"Tom & Jerry's", true, "Tom &amp; Jerry&#39;s"},
	{"&amp;", true, "&amp;amp;"},
	{"]]><!--", true, "]]&gt;&lt;!--"},
	{"a\x1b[31mb", true, "a\\x1B[31mb"},
	{"a\x01z", true, "a\\x01z"},
	{"\xc2\x85", true, "\\x85"},
	{"\xe2\x80\xae" "evil", true, "\\u202Eevil"},
	{"\xef\xbf\xbe", true, "\xef\xbf\xbd"},
	{"\xef\xb7\x90", true, "\xef\xbf\xbd"},
	{"line1\nline2", true, "line1 line2"},
	{"line1\nline2\n\tx", false, "line1\nline2\n\tx"},
	{"a\r\nb", false, "a \nb"},
	{"Привет <b>", true, "Привет &lt;b&gt;"},
	{"", true, ""},
};

START_TEST(test_html_escape)
{
	const struct html_case *k = &html_cases[_i];
	struct buf b = {0};

	html_escape_append(&b, k->in, k->oneline);
	ck_assert_str_eq(b.s ? b.s : "", k->out);
	buf_free(&b);
}
END_TEST

/* ---- whole reports over hand-made conversations ---- */

static struct esc_time
at(const char *iso)
{
	struct esc_time t;

	ck_assert_msg(time_parse_iso(iso, &t), "bad time %s", iso);
	return t;
}

static void
add_msg(struct conversation *c, const char *time, enum role role,
	const char *name, const char *text)
{
	struct message *m = conversation_add_message(c);

	m->time = time ? at(time) : (struct esc_time){0};
	m->role = role;
	m->sender_name = name ? xstrdup(name) : NULL;
	m->text = xstrdup(text);
}

static void
add_deadline(struct conversation *c, size_t msg, const char *due,
	     enum deadline_status st, const char *match)
{
	struct finding *f = conversation_add_finding(c, FIND_DEADLINE, msg);

	f->match = xstrdup(match);
	f->pattern = xstrdup("test.deadline");
	f->status = st;
	f->vague = due == NULL;
	if (due)
		f->due = at(due);
}

static void
set_esc(struct conversation *c, enum action a, const char *reason,
	const char *draft)
{
	c->esc.action = a;
	c->esc.step = action_step(a);
	c->esc.actions[0] = a;
	c->esc.n_actions = 1;
	c->esc.reason = xstrdup(reason);
	c->esc.draft = xstrdup(draft);
	c->esc.lang = xstrdup("en");
}

/* c1: hostile chat, missed promise; c2: e-mail with a formula subject
 * and a vague promise; c3: nothing found, no times. */
static void
build_run(struct run *r)
{
	struct conversation *c;

	memset(r, 0, sizeof(*r));
	r->now = at(NOW);
	r->convs = xcalloc(3, sizeof(*r->convs));
	c = conversation_new("chats/<script>alert(1)</script>.txt", FMT_CHATLOG);
	c->id = xstrdup("c1");
	strlist_push(&c->tickets, "3318-204");
	strlist_push(&c->tickets, "A-1");
	add_msg(c, "2026-11-20T10:00:00+03:00", ROLE_CUSTOMER,
		"\"><img src=x onerror=alert(1)>", "hi <script>alert(1)</script>");
	add_msg(c, "2026-11-20T10:07:00+03:00", ROLE_AGENT, "Agent",
		"we will fix it\nin 3 days");
	add_deadline(c, 2, "2026-11-25T23:59:59+03:00", DL_MISSED,
		     "in 3 days <b>");
	set_esc(c, ACT_ESCALATE, "promise \"in 3 days\" missed, by 3 days",
		"Hello,\n<script>alert(1)</script>\nBye");
	r->convs[r->n_convs++] = c;
	c = conversation_new("mail/x.eml", FMT_EML);
	c->id = xstrdup("c2");
	c->subject = xstrdup("=HYPERLINK(\"http://e.x\",\"Re: refund\")");
	add_msg(c, "2026-11-26T09:00:00+03:00", ROLE_AGENT, "Support", "soon");
	add_deadline(c, 1, NULL, DL_VAGUE, "soon");
	set_esc(c, ACT_REQUEST_DEADLINE, "only a vague promise", "Please...");
	r->convs[r->n_convs++] = c;
	c = conversation_new("-", FMT_CHATLOG);
	c->id = xstrdup("c3");
	add_msg(c, NULL, ROLE_UNKNOWN, NULL, "no time here");
	set_esc(c, ACT_REQUEST_TICKET, "no ticket number", "");
	r->convs[r->n_convs++] = c;
}

static void
free_run(struct run *r)
{
	for (size_t i = 0; i < r->n_convs; i++)
		conversation_free(r->convs[i]);
	free(r->convs);
}

/* Run a writer into memory; returns the output (caller frees). */
static char *
capture(int (*writer)(FILE *, const struct run *), const struct run *r)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(writer(f, r), 0);
	fclose(f);
	return s;
}

START_TEST(test_days_overdue)
{
	struct run r;

	build_run(&r);
	/* due 11-25 23:59:59, now 11-28 12:00: 2.5 days, rounded up */
	ck_assert_int_eq(report_days_overdue(r.convs[0], r.now), 3);
	ck_assert_int_eq(report_days_overdue(r.convs[1], r.now), 0);
	ck_assert_int_eq(report_days_overdue(r.convs[2], r.now), 0);
	r.convs[0]->findings[0].status = DL_PENDING;
	ck_assert_int_eq(report_days_overdue(r.convs[0], r.now), 0);
	free_run(&r);
}
END_TEST

START_TEST(test_csv_report)
{
	struct run r;
	char *s;

	build_run(&r);
	s = capture(report_csv, &r);
	ck_assert_str_eq(
		s,
		"source,subject,tickets,step,action,next_due,days_overdue,"
		"reason\r\n"
		"chats/<script>alert(1)</script>.txt,,3318-204 A-1,5,escalate,"
		"2026-11-25T23:59:59+03:00,3,\"promise \"\"in 3 days\"\" "
		"missed, by 3 days\"\r\n"
		"mail/x.eml,\"'=HYPERLINK(\"\"http://e.x\"\",\"\"Re: "
		"refund\"\")\",,2,request-deadline,,,only a vague promise\r\n"
		"'-,,,1,request-ticket,,,no ticket number\r\n");
	free(s);
	free_run(&r);
}
END_TEST

START_TEST(test_jsonl_report)
{
	struct run r;
	char *s, *line, *save = NULL;
	size_t n = 0;

	build_run(&r);
	s = capture(report_jsonl, &r);
	ck_assert_uint_gt(strlen(s), 0);
	ck_assert_int_eq(s[strlen(s) - 1], '\n');
	for (line = strtok_r(s, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save), n++) {
		json_error_t err;
		json_t *o = json_loads(line, 0, &err);
		char id[8];

		ck_assert_msg(o != NULL, "line %zu: %s", n + 1, err.text);
		snprintf(id, sizeof(id), "c%zu", n + 1);
		ck_assert_str_eq(json_string_value(json_object_get(o, "id")), id);
		ck_assert(json_is_object(json_object_get(o, "escalation")));
		json_decref(o);
	}
	ck_assert_uint_eq(n, r.n_convs);
	free(s);
	free_run(&r);
}
END_TEST

/* Every occurrence of 'needle' in 'hay'. */
static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

struct html_expect {
	const char *needle;
	size_t times; /* (size_t)-1: at least once */
};

#define SOME ((size_t)-1)

static const struct html_expect html_expects[] = {
	{"<script", 0},
	{"<img", 0},
	{"onerror=alert(1)&gt;", SOME},
	{"&lt;script&gt;alert(1)&lt;/script&gt;", SOME},
	{"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", SOME},
	{"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"", 3},
	{"class=\"now\"", 3},
	{"class=\"mark r-", 3},	 /* c3's message has no time */
	{"class=\"bar s-missed\"", 1},
	{"class=\"s-vague\"", 2}, /* the legend and c2 */
	{"<pre class=\"draft\"", 2},
	{"<div class=\"conv\" id=\"c", 3},
	{"<a href=\"#c", 3},
	{"<title>#1 2026-11-20 10:00 +03:00 \xe2\x80\x94 &quot;&gt;", 1},
	{"1 message without a time is not on the timeline", 1},
	{"<span class=\"act a-escalate\">escalate</span> step 5", 2},
	{"3 days", SOME},
	/* nothing external, nothing active */
	{"src=\"", 0},
	{"href=\"http", 0},
	{"url(", 0},
	{"<link", 0},
	{"@import", 0},
	{" onerror=\"", 0},
};

START_TEST(test_html_report)
{
	struct run r;
	char *s;

	build_run(&r);
	s = capture(report_html, &r);
	for (size_t i = 0; i < sizeof(html_expects) / sizeof(*html_expects);
	     i++) {
		const struct html_expect *e = &html_expects[i];
		size_t n = count(s, e->needle);

		if (e->times == SOME)
			ck_assert_msg(n > 0, "missing: %s", e->needle);
		else
			ck_assert_msg(n == e->times, "%s: %zu times, want %zu",
				      e->needle, n, e->times);
	}
	free(s);
	free_run(&r);
}
END_TEST

/* Most urgent first in the summary table: c1 (5), c2 (2), c3 (1). */
START_TEST(test_html_order)
{
	struct run r;
	char *s, *a, *b, *c;

	build_run(&r);
	r.convs[0]->esc.step = 0;
	r.convs[0]->esc.action = ACT_RESOLVED;
	s = capture(report_html, &r);
	a = strstr(s, "<a href=\"#c1\"");
	b = strstr(s, "<a href=\"#c2\"");
	c = strstr(s, "<a href=\"#c3\"");
	ck_assert(a && b && c);
	ck_assert(b < c && c < a);
	free(s);
	free_run(&r);
}
END_TEST

UNIT_SUITE(report,
	UNIT_ROWS(test_csv_cell, csv_cases),
	UNIT_TEST(test_csv_cell_null),
	UNIT_ROWS(test_html_escape, html_cases),
	UNIT_TEST(test_days_overdue),
	UNIT_TEST(test_csv_report),
	UNIT_TEST(test_jsonl_report),
	UNIT_TEST(test_html_report),
	UNIT_TEST(test_html_order))
