/* check_spill.c - parking conversations: the encoding and the store. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "spill.h"
#include "suite.h"

/* A two-message e-mail conversation with every field set or NULL. */
static struct conversation *
sample(void)
{
	struct conversation *c = conversation_new("box/inbox.mbox", FMT_MBOX);
	struct message *m;

	free(c->channel);
	c->channel = xstrdup("email");
	c->subject = xstrdup("Заявка № 12345");
	strlist_push(&c->tickets, "12345");
	strlist_push(&c->notes, "a note");
	m = conversation_add_message(c);
	m->time = (struct esc_time){1764316800, 3 * 3600, true};
	m->sender_name = xstrdup("Анна");
	m->sender_addr = xstrdup("anna@example.org");
	m->role = ROLE_CUSTOMER;
	m->text = xstrdup("Где мой возврат?\n");
	m->quoted = xstrdup("> старое\n");
	m->subject = xstrdup("Заявка № 12345");
	m->message_id = xstrdup("a@x");
	m->references = xstrdup("r1@x r2@x");
	m->near_convs = 3;
	m = conversation_add_message(c);
	m->text = xstrdup("");
	return c;
}

static void
same_str(const char *a, const char *b)
{
	if (!a || !b)
		ck_assert_ptr_eq(a, b);
	else
		ck_assert_str_eq(a, b);
}

static void
same_conv(const struct conversation *a, const struct conversation *b)
{
	ck_assert_int_eq(a->format, b->format);
	same_str(a->source, b->source);
	same_str(a->channel, b->channel);
	same_str(a->subject, b->subject);
	ck_assert_uint_eq(a->tickets.n, b->tickets.n);
	ck_assert_uint_eq(a->notes.n, b->notes.n);
	ck_assert_uint_eq(a->n_msgs, b->n_msgs);
	for (size_t i = 0; i < a->n_msgs; i++) {
		const struct message *x = &a->msgs[i], *y = &b->msgs[i];

		ck_assert_uint_eq(x->index, y->index);
		ck_assert(x->time.t == y->time.t && x->time.off == y->time.off &&
			  x->time.set == y->time.set);
		ck_assert_int_eq(x->role, y->role);
		same_str(x->sender_name, y->sender_name);
		same_str(x->sender_addr, y->sender_addr);
		same_str(x->text, y->text);
		same_str(x->quoted, y->quoted);
		same_str(x->subject, y->subject);
		same_str(x->message_id, y->message_id);
		same_str(x->in_reply_to, y->in_reply_to);
		same_str(x->references, y->references);
	}
}

START_TEST(test_round_trip)
{
	struct conversation *c = sample(), *d;
	struct buf b = {0};

	spill_encode(c, &b);
	d = spill_decode(b.s, b.len);
	ck_assert_ptr_nonnull(d);
	same_conv(c, d);
	/* near-duplicate counts are set after parking, not carried */
	ck_assert_uint_eq(d->msgs[0].near_convs, 0);
	conversation_free(d);
	conversation_free(c);
	buf_free(&b);
}
END_TEST

/* Every cut-short encoding and a wrong magic are refused, never read
 * past their end. */
START_TEST(test_truncated)
{
	struct conversation *c = sample();
	struct buf b = {0};

	spill_encode(c, &b);
	for (size_t n = 0; n < b.len; n++) {
		char *copy = xmalloc(n + 1);

		memcpy(copy, b.s, n);
		ck_assert_ptr_null(spill_decode(copy, n));
		free(copy);
	}
	b.s[0] ^= 0x55;
	ck_assert_ptr_null(spill_decode(b.s, b.len));
	conversation_free(c);
	buf_free(&b);
}
END_TEST

START_TEST(test_store)
{
	struct spill *s = spill_new();
	struct spill_ref ref[3];
	struct conversation *orig[3], *back;

	for (int i = 0; i < 3; i++) {
		struct conversation *c = sample();

		orig[i] = sample();
		free(c->subject);
		c->subject = xasprintf("subject %d", i);
		free(orig[i]->subject);
		orig[i]->subject = xasprintf("subject %d", i);
		ck_assert_int_eq(spill_put(s, c, &ref[i]), 0); /* frees c */
	}
	ck_assert_uint_eq(spill_size(s), ref[2].off + ref[2].len);
	for (int i = 2; i >= 0; i--) { /* any order */
		back = spill_get(s, &ref[i]);
		ck_assert_ptr_nonnull(back);
		same_conv(orig[i], back);
		conversation_free(back);
		conversation_free(orig[i]);
	}
	ref[0].off = spill_size(s); /* past the end */
	ck_assert_ptr_null(spill_get(s, &ref[0]));
	spill_free(s);
}
END_TEST

/* With no usable temporary directory the store keeps the bytes in
 * memory and works the same. */
START_TEST(test_in_memory)
{
	char *old = getenv("TMPDIR") ? xstrdup(getenv("TMPDIR")) : NULL;
	struct spill *s;
	struct spill_ref ref;
	struct conversation *orig = sample(), *back;

	setenv("TMPDIR", "/nonexistent/escalate-test", 1);
	s = spill_new();
	if (old)
		setenv("TMPDIR", old, 1);
	else
		unsetenv("TMPDIR");
	free(old);
	ck_assert(spill_in_memory(s));
	ck_assert_int_eq(spill_put(s, sample(), &ref), 0);
	back = spill_get(s, &ref);
	ck_assert_ptr_nonnull(back);
	same_conv(orig, back);
	conversation_free(back);
	conversation_free(orig);
	spill_free(s);
}
END_TEST

UNIT_SUITE(spill,
	UNIT_TEST(test_round_trip),
	UNIT_TEST(test_truncated),
	UNIT_TEST(test_store),
	UNIT_TEST(test_in_memory))
