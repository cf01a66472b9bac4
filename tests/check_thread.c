/* check_thread.c - threading e-mail conversations (SPEC 3): subject keys,
 * subject ticket tags, and grouping by ticket, reply headers, subject. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"
#include "thread.h"
#include "thread_subject.h"

/* ---- subject keys ---- */

static const struct {
	const char *subject, *key;
} keys[] = {
    {"Re: Refund not received", "refund not received"},
    {"RE: FW: Refund", "refund"},
    {"Fwd: [#12345] Refund", "refund"},
    {"Fw:Refund", "refund"},
    {"Отв: Ответ: Пересл: Заявка № 5", "заявка № 5"},
    {"ОТВ: ВОЗВРАТ Денег", "возврат денег"},
    {"Re[2]: test", "test"},
    {"Re: Re:  Hello \t  World ", "hello world"},
    {"Refund: status", "refund: status"},
    {"[Ticket#2026112810000012] Re: СЧЁТ", "счёт"},
    {"Problem [#123] again", "problem again"},
    {"AW: WG: Rechnung", "rechnung"},
    {"Re :  spaced colon", "spaced colon"},
    {"Re:", ""},
    {"", ""},
    {NULL, ""},
    {"Ѐ Љ Џ", "ѐ љ џ"},
};

START_TEST(test_subject_key)
{
	char *k = thread_subject_key(keys[_i].subject);

	ck_assert_msg(strcmp(k, keys[_i].key) == 0, "'%s': key '%s', want '%s'",
		      keys[_i].subject ? keys[_i].subject : "(null)", k,
		      keys[_i].key);
	free(k);
}
END_TEST

static const struct {
	const char *subject;
	const char *tickets; /* space-separated, "" for none */
} tags[] = {
    {"[#12345] Refund", "12345"},
    {"Re: [Ticket#2026112810000012] x", "2026112810000012"},
    {"[Acme #inc0012345]", "INC0012345"},
    {"[Заявка №77] Возврат", "77"},
    {"[# 42] x [#42] [#43]", "42 43"},
    {"[Acme] hello", ""},
    {"[#abc] no digit", ""},
    {"Ticket #555 without brackets", ""},
    {"[#KEY-12-] trailing hyphen", "KEY-12"},
};

START_TEST(test_subject_tickets)
{
	struct strlist got = {0};
	struct buf joined = {0};

	thread_subject_tickets(tags[_i].subject, &got);
	buf_append(&joined, "", 0);
	for (size_t i = 0; i < got.n; i++)
		buf_printf(&joined, "%s%s", i ? " " : "", got.v[i]);
	ck_assert_msg(strcmp(joined.s, tags[_i].tickets) == 0,
		      "'%s': tickets '%s', want '%s'", tags[_i].subject,
		      joined.s, tags[_i].tickets);
	buf_free(&joined);
	strlist_free(&got);
}
END_TEST

/* ---- grouping ---- */

/* One input conversation. text is a label that identifies the message
 * in the expected layout; chat conversations have no e-mail fields. */
struct mail {
	const char *text;
	const char *subject, *msgid, *irt, *refs;
	const char *iso; /* NULL: no time */
	const char *ticket;
	bool chat;
};

#define MAX_MAILS 8

struct group_case {
	const char *name;
	struct mail in[MAX_MAILS];
	const char *want; /* conversations ";"-separated, labels "," */
};

static const struct group_case groups[] = {
    {"ticket field and subject tag",
     {{"A", "Refund", "a1", NULL, NULL, "2026-11-20T10:00Z", "12345", false},
      {"B", "Other words [#12345]", "b1", NULL, NULL, "2026-11-21T10:00Z", NULL,
       false},
      {"C", "Unrelated", "c1", NULL, NULL, "2026-11-22T10:00Z", NULL, false}},
     "A,B;C"},
    {"reply headers",
     {{"A", "Question", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"B", "Answer", "b1", "a1", NULL, "2026-11-20T11:00Z", NULL, false},
      {"C", "Thanks", "c1", NULL, "a1 b1", "2026-11-20T12:00Z", NULL, false},
      {"D", "Else", "d1", NULL, NULL, "2026-11-20T13:00Z", NULL, false}},
     "A,B,C;D"},
    {"siblings of a missing parent",
     {{"A", "one", "a1", "x0", NULL, "2026-11-20T10:00Z", NULL, false},
      {"B", "two", "b1", NULL, "x0", "2026-11-20T11:00Z", NULL, false}},
     "A,B"},
    {"normalized subjects",
     {{"A", "Refund", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"B", "Возврат", "b1", NULL, NULL, "2026-11-20T10:30Z", NULL, false},
      {"C", "RE: [Acme] refund", "c1", NULL, NULL, "2026-11-20T11:00Z", NULL,
       false},
      {"D", "ОТВЕТ: возврат", "d1", NULL, NULL, "2026-11-20T12:00Z", NULL,
       false},
      {"E", "Fwd: Fw: Re[2]: Refund", "e1", NULL, NULL, "2026-11-20T13:00Z",
       NULL, false}},
     "A,C,E;B,D"},
    {"different tickets are not joined by subject",
     {{"A", "Refund", "a1", NULL, NULL, "2026-11-20T10:00Z", "1", false},
      {"B", "Re: Refund", "b1", NULL, NULL, "2026-11-20T11:00Z", "2", false},
      {"C", "Re: Refund", "c1", NULL, NULL, "2026-11-20T12:00Z", NULL, false}},
     "A,C;B"},
    {"time order, unknown times keep their slot",
     {{"A", "Refund", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"B", "Re: Refund", "b1", NULL, NULL, "2026-11-20T09:00Z", NULL, false},
      {"C", "Re: Refund", "c1", NULL, NULL, NULL, NULL, false},
      {"D", "Re: Refund", "d1", NULL, NULL, "2026-11-20T09:00Z", NULL, false}},
     "B,D,C,A"},
    {"chat conversations stay in place",
     {{"A", "Refund", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"chat", NULL, NULL, NULL, NULL, NULL, NULL, true},
      {"B", "Re: Refund", "b1", NULL, NULL, "2026-11-20T11:00Z", NULL, false},
      {"C", "Other", "c1", NULL, NULL, "2026-11-20T12:00Z", NULL, false}},
     "A,B;chat;C"},
    {"empty subjects are not joined",
     {{"A", "", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"B", "Re:", "b1", NULL, NULL, "2026-11-20T11:00Z", NULL, false},
      {"C", NULL, "c1", NULL, NULL, "2026-11-20T12:00Z", NULL, false}},
     "A;B;C"},
    {"order by the earliest member",
     {{"A", "x", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"B", "y", "b1", NULL, NULL, "2026-11-20T10:00Z", NULL, false},
      {"C", "Re: y", "c1", NULL, NULL, "2026-11-19T10:00Z", NULL, false},
      {"D", "Re: x", "d1", NULL, NULL, "2026-11-20T11:00Z", NULL, false}},
     "A,D;C,B"},
    {"ticket bridges two subjects, references a third",
     {{"A", "Card blocked [#77]", "a1", NULL, NULL, "2026-11-20T10:00Z", NULL,
       false},
      {"B", "Your request [#77]", "b1", NULL, NULL, "2026-11-20T11:00Z", NULL,
       false},
      {"C", "Re: something", "c1", "b1", NULL, "2026-11-20T12:00Z", NULL,
       false},
      {"D", "Card blocked", "d1", NULL, NULL, "2026-11-20T13:00Z", NULL,
       false}},
     "A,B,C,D"},
};

static struct conversation *
make_conv(const struct mail *m, size_t nr)
{
	char *src = xasprintf("in%zu.eml", nr);
	struct conversation *c =
	    conversation_new(src, m->chat ? FMT_CHATLOG : FMT_EML);
	struct message *msg = conversation_add_message(c);
	struct finding *f;

	free(src);
	msg->text = xstrdup(m->text);
	if (!m->chat) {
		msg->subject = m->subject ? xstrdup(m->subject) : NULL;
		c->subject = m->subject ? xstrdup(m->subject) : NULL;
		msg->message_id = m->msgid ? xstrdup(m->msgid) : NULL;
		msg->in_reply_to = m->irt ? xstrdup(m->irt) : NULL;
		msg->references = m->refs ? xstrdup(m->refs) : NULL;
	}
	if (m->iso)
		ck_assert(time_parse_iso(m->iso, &msg->time));
	if (m->ticket)
		strlist_push(&c->tickets, m->ticket);
	f = conversation_add_finding(c, FIND_TEMPLATE, 1);
	f->match = xstrdup(m->text); /* tells where each finding went */
	return c;
}

/* "A,B;C": each conversation's message texts in order. */
static char *
layout(const struct conv_list *l)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	for (size_t i = 0; i < l->n; i++) {
		const struct conversation *c = l->v[i];

		for (size_t k = 0; k < c->n_msgs; k++) {
			buf_printf(&b, "%s%s", k ? "," : (i ? ";" : ""),
				   c->msgs[k].text);
			ck_assert_uint_eq(c->msgs[k].index, k + 1);
		}
	}
	return buf_steal(&b);
}

/* Every finding points at the message it was made on. */
static void
check_findings(const struct conversation *c)
{
	ck_assert_uint_eq(c->n_findings, c->n_msgs);
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		ck_assert_uint_eq(f->message, i + 1);
		ck_assert_str_eq(f->match, c->msgs[f->message - 1].text);
	}
}

START_TEST(test_group)
{
	const struct group_case *g = &groups[_i];
	struct conv_list l = {0};
	struct strlist notes = {0};
	char *got;

	for (size_t i = 0; i < MAX_MAILS && g->in[i].text; i++)
		conv_list_push(&l, make_conv(&g->in[i], i + 1));
	thread_group(&l, &notes);
	got = layout(&l);
	ck_assert_msg(strcmp(got, g->want) == 0, "%s: got '%s', want '%s'",
		      g->name, got, g->want);
	for (size_t i = 0; i < l.n; i++)
		check_findings(l.v[i]);
	free(got);
	conv_list_free(&l);
	strlist_free(&notes);
}
END_TEST

/* The merged conversation takes its first message's source and subject,
 * joins tickets, and one note says why. */
START_TEST(test_merged_fields)
{
	static const struct mail in[] = {
	    {"A", "Refund [#9]", "a1", NULL, NULL, "2026-11-20T10:00Z", "9",
	     false},
	    {"B", "Re: Refund", "b1", "a1", NULL, "2026-11-19T10:00Z", "INC1",
	     false},
	};
	struct conv_list l = {0};
	struct strlist notes = {0};
	struct conversation *c;

	for (size_t i = 0; i < 2; i++)
		conv_list_push(&l, make_conv(&in[i], i + 1));
	thread_group(&l, &notes);
	ck_assert_uint_eq(l.n, 1);
	c = l.v[0];
	ck_assert_str_eq(c->source, "in2.eml");
	ck_assert_str_eq(c->subject, "Re: Refund");
	ck_assert_str_eq(c->channel, "email");
	ck_assert_uint_eq(c->tickets.n, 2);
	ck_assert_str_eq(c->tickets.v[0], "9");
	ck_assert_str_eq(c->tickets.v[1], "INC1");
	ck_assert_uint_eq(notes.n, 1);
	ck_assert_str_eq(notes.v[0], "in2.eml: 2 e-mails threaded by reply "
				     "headers (Re: Refund)");
	conv_list_free(&l);
	strlist_free(&notes);
}
END_TEST

START_TEST(test_empty_list)
{
	struct conv_list l = {0};
	struct strlist notes = {0};

	thread_group(&l, &notes);
	ck_assert_uint_eq(l.n, 0);
	ck_assert_uint_eq(notes.n, 0);
	free(l.v);
}
END_TEST

/* Many single e-mails: linear maps, no quadratic blow-up. */
START_TEST(test_many)
{
	struct conv_list l = {0};
	struct strlist notes = {0};
	enum { N = 20000 };

	for (size_t i = 0; i < N; i++) {
		char subj[32], id[32], irt[32];
		struct mail m = {"m", subj, id, NULL, NULL, NULL, NULL, false};

		snprintf(subj, sizeof(subj), "Re: topic %zu", i / 4);
		snprintf(id, sizeof(id), "id%zu", i);
		snprintf(irt, sizeof(irt), "id%zu", i - 1);
		m.irt = i % 4 ? irt : NULL;
		conv_list_push(&l, make_conv(&m, i));
	}
	thread_group(&l, &notes);
	ck_assert_uint_eq(l.n, N / 4);
	ck_assert_uint_eq(l.v[0]->n_msgs, 4);
	ck_assert_uint_eq(notes.n, N / 4);
	conv_list_free(&l);
	strlist_free(&notes);
}
END_TEST

/* A Slack day file as the JSON reader makes it: n messages. */
static struct conversation *
slack_day(const char *path, const char *subject, size_t n)
{
	struct conversation *c = conversation_new(path, FMT_SLACK);

	c->subject = xstrdup(subject);
	for (size_t i = 0; i < n; i++) {
		struct message *m = conversation_add_message(c);

		m->text = xasprintf("%s #%zu", subject, i + 1);
	}
	return c;
}

/* Day files of one channel become one conversation, in day order,
 * re-indexed; another channel stays apart. */
START_TEST(test_join_slack)
{
	struct conv_list l = {0};

	conv_list_push(&l, slack_day("ws/general/2016-01-14.json",
				     "#general 2016-01-14", 2));
	conv_list_push(&l, slack_day("ws/general/2016-01-15.json",
				     "#general 2016-01-15", 1));
	conv_list_push(&l, slack_day("ws/general/2016-02-01.json",
				     "#general 2016-02-01", 2));
	conv_list_push(&l, slack_day("ws/random/2016-01-14.json",
				     "#random 2016-01-14", 1));
	thread_join_slack(&l);
	ck_assert_uint_eq(l.n, 2);
	ck_assert_str_eq(l.v[0]->source, "ws/general");
	ck_assert_str_eq(l.v[0]->subject, "#general");
	ck_assert_uint_eq(l.v[0]->n_msgs, 5);
	for (size_t i = 0; i < 5; i++)
		ck_assert_uint_eq(l.v[0]->msgs[i].index, i + 1);
	ck_assert_str_eq(l.v[0]->msgs[2].text, "#general 2016-01-15 #1");
	ck_assert_str_eq(l.v[0]->msgs[4].text, "#general 2016-02-01 #2");
	ck_assert_str_eq(l.v[1]->source, "ws/random/2016-01-14.json");
	ck_assert_str_eq(l.v[1]->subject, "#random 2016-01-14");
	conv_list_free(&l);
}
END_TEST

UNIT_SUITE(thread,
	UNIT_ROWS(test_subject_key, keys),
	UNIT_ROWS(test_subject_tickets, tags),
	UNIT_ROWS(test_group, groups),
	UNIT_TEST(test_merged_fields),
	UNIT_TEST(test_empty_list),
	UNIT_TEST(test_many),
	UNIT_TEST(test_join_slack))
