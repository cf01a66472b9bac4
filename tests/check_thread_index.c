/* check_thread_index.c - threading by hashed keys: which e-mails join. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"
#include "thread_index.h"

#define MAX_MAILS 6

struct mail {
	const char *subject, *id, *reply_to, *refs, *ticket;
};

struct row {
	const char *name;
	struct mail m[MAX_MAILS];
	size_t n;
	size_t root[MAX_MAILS]; /* expected earliest item of each thread */
	unsigned links;		/* expected links of item 0's thread */
};

static const struct row rows[] = {
    {"reply chain",
     {{"Refund", "a@x", NULL, NULL, NULL},
      {"Re: Refund", "b@x", "a@x", "a@x", NULL},
      {"Something else", "c@x", "b@x", "a@x b@x", NULL}},
     3, {0, 0, 0}, THREAD_LINK_REF},
    {"shared reference with the parent missing",
     {{"x", "b@x", NULL, "a@x", NULL}, {"y", "c@x", NULL, "a@x", NULL}},
     2, {0, 0}, THREAD_LINK_REF},
    {"same ticket, different subjects",
     {{"Card blocked", NULL, NULL, NULL, "12345"},
      {"Other", NULL, NULL, NULL, "12345"}},
     2, {0, 0}, THREAD_LINK_TICKET},
    {"ticket in a subject tag",
     {{"[#777] Router", NULL, NULL, NULL, NULL},
      {"Update", NULL, NULL, NULL, "777"}},
     2, {0, 0}, THREAD_LINK_TICKET},
    {"same subject, different tickets stay apart",
     {{"Refund", NULL, NULL, NULL, "111"}, {"Re: Refund", NULL, NULL, NULL, "222"}},
     2, {0, 1}, 0},
    {"same subject, one without a ticket joins",
     {{"Refund", NULL, NULL, NULL, "111"}, {"RE: refund", NULL, NULL, NULL, NULL}},
     2, {0, 0}, THREAD_LINK_SUBJECT},
    {"subject join blocked after a ticket join",
     {{"Refund", NULL, NULL, NULL, "111"},
      {"Other", NULL, NULL, NULL, "111"},
      {"Re: Refund", NULL, NULL, NULL, "222"}},
     3, {0, 0, 2}, THREAD_LINK_TICKET},
    {"empty subjects never join",
     {{"", NULL, NULL, NULL, NULL}, {"Re:", NULL, NULL, NULL, NULL}},
     2, {0, 1}, 0},
    {"root is the earliest item",
     {{"a", "1@x", NULL, NULL, NULL},
      {"b", "2@x", NULL, NULL, NULL},
      {"c", "3@x", NULL, "2@x 1@x", NULL}},
     3, {0, 0, 0}, THREAD_LINK_REF},
};

static struct conversation *
make_mail(const struct mail *m)
{
	struct conversation *c = conversation_new("t.eml", FMT_EML);
	struct message *msg = conversation_add_message(c);

	c->subject = m->subject ? xstrdup(m->subject) : NULL;
	msg->subject = m->subject ? xstrdup(m->subject) : NULL;
	msg->message_id = m->id ? xstrdup(m->id) : NULL;
	msg->in_reply_to = m->reply_to ? xstrdup(m->reply_to) : NULL;
	msg->references = m->refs ? xstrdup(m->refs) : NULL;
	if (m->ticket)
		strlist_push(&c->tickets, m->ticket);
	return c;
}

START_TEST(test_table)
{
	const struct row *r = &rows[_i];
	struct thread_index *ti = thread_index_new();

	for (size_t k = 0; k < r->n; k++) {
		struct conversation *c = make_mail(&r->m[k]);

		thread_index_add(ti, c);
		conversation_free(c);
	}
	ck_assert_uint_eq(thread_index_count(ti), r->n);
	thread_index_solve(ti);
	for (size_t k = 0; k < r->n; k++)
		ck_assert_msg(thread_index_root(ti, k) == r->root[k],
			      "%s: item %zu root %zu, want %zu", r->name, k,
			      thread_index_root(ti, k), r->root[k]);
	ck_assert_msg(thread_index_links(ti, 0) == r->links,
		      "%s: links %u, want %u", r->name,
		      thread_index_links(ti, 0), r->links);
	thread_index_free(ti);
}
END_TEST

/* Indexes built in pieces and appended thread like one index. */
START_TEST(test_append)
{
	const struct row *r = &rows[0];
	struct thread_index *all = thread_index_new();

	for (size_t k = 0; k < r->n; k++) {
		struct thread_index *one = thread_index_new();
		struct conversation *c = make_mail(&r->m[k]);

		thread_index_add(one, c);
		thread_index_append(all, one);
		thread_index_free(one);
		conversation_free(c);
	}
	thread_index_solve(all);
	for (size_t k = 0; k < r->n; k++)
		ck_assert_uint_eq(thread_index_root(all, k), 0);
	thread_index_free(all);
}
END_TEST

UNIT_SUITE(thread_index,
	UNIT_ROWS(test_table, rows),
	UNIT_TEST(test_append))
