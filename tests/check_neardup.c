/* check_neardup.c - masking, MinHash similarity, cross-conversation marks.
 *
 * Expected values are written by hand from docs/templates.md: the masking
 * classes, the 8-word minimum, the 0.8 similarity and "other
 * conversations" counts. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "neardup.h"
#include "suite.h"
#include "timeutil.h"

/* ------------------------------------------------------------------ */
/* Masking. */

static const struct {
	const char *in;
	const char *want;
	size_t plain;
} mask_cases[] = {
	{"Dear Anna, your order 55123 is ready.",
	 "dear <name> your order <num> is ready", 5},
	{"Write to help@acme.example or see https://acme.example/help.",
	 "write to <email> or see <url>", 4},
	{"See www.acme.example/faq today.", "see <url> today", 2},
	{"Call at 10:30 or 6pm on 25.11.2026, 2026-11-25 or 25/11.",
	 "call at <time> or <time> on <date> <date> or <date>", 5},
	{"Ticket INC0012345, #4512 and QH-5521 are open.",
	 "ticket <id> <id> and <id> are open", 4},
	{"We refunded $25, 1490₽ and €10 (10,000 in total).",
	 "we refunded <amount> <amount> and <amount> <num> in total", 5},
	{"Здравствуйте, Иван! Ваше обращение № 4512 принято.",
	 "здравствуйте <name> ваше обращение № <num> принято", 5},
	{"ЁЛКА и ЁЖ. Ёлка — «ёж»…", "ёлка и <name> ёлка ёж", 4},
	{"Hello  John\u00a0Smith!  We're here.",
	 "hello <name> <name> we're here", 3},
	{"", "", 0},
	{"... — !!!", "", 0},
};

START_TEST(test_mask)
{
	size_t plain = 99;
	char *got = neardup_mask(mask_cases[_i].in, &plain);

	ck_assert_msg(strcmp(got, mask_cases[_i].want) == 0,
		      "mask of '%s': got '%s', want '%s'", mask_cases[_i].in,
		      got, mask_cases[_i].want);
	ck_assert_msg(plain == mask_cases[_i].plain,
		      "plain words of '%s': got %zu, want %zu",
		      mask_cases[_i].in, plain, mask_cases[_i].plain);
	free(got);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Pairs of messages in two conversations. */

#define REPLY                                                                \
	"We have checked the information on your account and do not see "   \
	"any problems on our side. Please check the settings of your "      \
	"device and try again later. If the problem persists, write to us " \
	"again and mention your order number."

#define LONG                                                                 \
	"We have checked the information on your account and do not see "   \
	"any problems on our side at the moment. Please check the settings "\
	"of your phone and of the application, make sure that the latest "  \
	"version is installed, and try again later today or tomorrow. If "  \
	"the problem persists after that, write to us again and mention "   \
	"your order number and the model of your phone so that our "        \
	"colleagues can look into it."

static const struct {
	const char *name;
	const char *a, *b;
	bool near;
} pair_cases[] = {
	{"identical replies", REPLY, REPLY, true},
	{"names and numbers differ",
	 "Dear Anna, we checked account 40021 on 23.11.2026 at 10:15 and see "
	 "no problems on our side; your order 55123 is fine.",
	 "Dear Ivan Petrov, we checked account 71830 on 24.11.2026 at 14:40 "
	 "and see no problems on our side; your order 77001 is fine.",
	 true},
	{"one word changed in a long reply", LONG,
	 "We have checked the information on your account and do not see "
	 "any problems on our side at the moment. Please check the settings "
	 "of your tablet and of the application, make sure that the latest "
	 "version is installed, and try again later today or tomorrow. If "
	 "the problem persists after that, write to us again and mention "
	 "your order number and the model of your phone so that our "
	 "colleagues can look into it.",
	 true},
	{"different replies", REPLY,
	 "Your parcel left our warehouse this morning and the courier will "
	 "bring it to the address you gave us before the end of the week.",
	 false},
	{"same opener, different answer",
	 "Thank you for contacting us. We have refunded the second payment "
	 "to your card because the bank timed out on the first attempt.",
	 "Thank you for contacting us. Your parcel left our warehouse and "
	 "the courier will bring it to you before the end of the week.",
	 false},
	{"short messages are not judged",
	 "Thank you, we will check it today.",
	 "Thank you, we will check it today.", false},
	{"eight words are judged", "please check the settings of your device now",
	 "please check the settings of your device now", true},
};

static struct conversation *
conv1(const char *text, const char *time)
{
	struct conversation *c = conversation_new("mem", FMT_EML);
	struct message *m = conversation_add_message(c);

	m->role = ROLE_AGENT;
	m->text = xstrdup(text);
	if (time)
		ck_assert(time_parse_iso(time, &m->time));
	return c;
}

START_TEST(test_pairs)
{
	struct conversation *c[2] = {
		conv1(pair_cases[_i].a, "2026-11-23T10:15:00+03:00"),
		conv1(pair_cases[_i].b, "2026-11-24T14:40:00+03:00")};
	size_t want = pair_cases[_i].near ? 1 : 0;

	neardup_mark(c, 2);
	ck_assert_msg(c[0]->msgs[0].near_convs == want &&
			      c[1]->msgs[0].near_convs == want,
		      "%s: got %zu/%zu, want %zu", pair_cases[_i].name,
		      c[0]->msgs[0].near_convs, c[1]->msgs[0].near_convs, want);
	conversation_free(c[0]);
	conversation_free(c[1]);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Batches. */

static const char *const canned[] = {
	"Dear Anna, " REPLY " Order 55123.",
	"Dear Ivan Petrov, " REPLY " Order 77001.",
	"Dear Maria, " REPLY " Order 90412.",
	"Dear Oleg, thank you for contacting us. We have found the cause: "
	"the payment of 1490 RUB was taken twice because the bank timed out, "
	"and we have refunded the second payment to your card.",
};

static void
make_batch(struct conversation **c, bool reversed)
{
	for (size_t i = 0; i < 4; i++) {
		char t[32];
		size_t k = reversed ? 3 - i : i;

		snprintf(t, sizeof(t), "2026-11-2%zuT10:00:00+03:00", k + 1);
		c[i] = conv1(canned[k], t);
	}
}

/* Three customers get one canned reply: each is a near-duplicate in two
 * other conversations; the concrete answer in none. */
START_TEST(test_batch_counts)
{
	struct conversation *c[4];

	make_batch(c, false);
	neardup_mark(c, 4);
	for (size_t i = 0; i < 3; i++)
		ck_assert_uint_eq(c[i]->msgs[0].near_convs, 2);
	ck_assert_uint_eq(c[3]->msgs[0].near_convs, 0);
	/* marking again gives the same */
	neardup_mark(c, 4);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 2);
	ck_assert_uint_eq(c[3]->msgs[0].near_convs, 0);
	for (size_t i = 0; i < 4; i++)
		conversation_free(c[i]);
}
END_TEST

/* The order of the conversations does not change a count. */
START_TEST(test_batch_order)
{
	struct conversation *c[4];

	make_batch(c, true);
	neardup_mark(c, 4);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 0);
	for (size_t i = 1; i < 4; i++)
		ck_assert_uint_eq(c[i]->msgs[0].near_convs, 2);
	for (size_t i = 0; i < 4; i++)
		conversation_free(c[i]);
}
END_TEST

/* Within one conversation a repeated reply counts no other
 * conversation. */
START_TEST(test_own_conversation)
{
	struct conversation *c = conv1(REPLY, "2026-11-23T10:00:00+03:00");
	struct message *m = conversation_add_message(c);

	m->role = ROLE_AGENT;
	m->text = xstrdup(REPLY);
	neardup_mark(&c, 1);
	ck_assert_uint_eq(c->msgs[0].near_convs, 0);
	ck_assert_uint_eq(c->msgs[1].near_convs, 0);
	conversation_free(c);
}
END_TEST

/* A system line is never marked; two copies of one message (the same
 * time, or the same Message-ID) are not one reply sent twice. */
START_TEST(test_system_and_copies)
{
	struct conversation *c[2];

	c[0] = conv1(REPLY, "2026-11-23T10:00:00+03:00");
	c[1] = conv1(REPLY, "2026-11-24T10:00:00+03:00");
	c[1]->msgs[0].role = ROLE_SYSTEM;
	neardup_mark(c, 2);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 0);
	ck_assert_uint_eq(c[1]->msgs[0].near_convs, 0);
	conversation_free(c[1]);

	c[1] = conv1(REPLY, "2026-11-23T10:00:00+03:00"); /* same time */
	neardup_mark(c, 2);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 0);
	ck_assert_uint_eq(c[1]->msgs[0].near_convs, 0);
	conversation_free(c[1]);

	c[1] = conv1(REPLY, "2026-11-24T10:00:00+03:00");
	c[0]->msgs[0].message_id = xstrdup("x@example");
	c[1]->msgs[0].message_id = xstrdup("x@example");
	neardup_mark(c, 2);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 0);
	free(c[1]->msgs[0].message_id);
	c[1]->msgs[0].message_id = xstrdup("y@example");
	neardup_mark(c, 2);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 1);
	ck_assert_uint_eq(c[1]->msgs[0].near_convs, 1);
	conversation_free(c[0]);
	conversation_free(c[1]);
}
END_TEST

/* Signatures are a function of the text alone; the similarity estimate
 * is close to the true Jaccard of the shingle sets. */
START_TEST(test_signature)
{
	struct neardup_sig a, b;
	/* 12 words: 10 shingles; the second text shares the first 9 words,
	 * so 7 shingles are common of 10 + 10 - 7 = 13: J = 0.54 */
	const char *x = "one two three four five six seven eight nine ten "
			"eleven twelve";
	const char *y = "one two three four five six seven eight nine sun "
			"moon stars";
	double s;

	ck_assert(neardup_signature(x, &a));
	ck_assert(neardup_signature(x, &b));
	ck_assert(memcmp(&a, &b, sizeof(a)) == 0);
	ck_assert(neardup_similarity(&a, &b) == 1.0);
	ck_assert(neardup_signature(y, &b));
	s = neardup_similarity(&a, &b);
	ck_assert_msg(s > 0.54 - 0.15 && s < 0.54 + 0.15, "similarity %f", s);
	ck_assert(!neardup_signature("only seven words in this short text",
				     &a));
	ck_assert(!neardup_signature("<num> 1 2 3 4 5 6 7 8 9 10 Anna", &a));
}
END_TEST

/* Bounds: a text longer than NEARDUP_MAX_BYTES is judged on its start. */
START_TEST(test_long_text)
{
	size_t n = NEARDUP_MAX_BYTES * 3;
	char *big = xmalloc(n + 1), *big2;
	struct conversation *c[2];

	for (size_t i = 0; i < n; i++)
		big[i] = "word "[i % 5];
	big[n] = '\0';
	big2 = xstrdup(big);
	big2[n - 3] = 'X'; /* beyond the bound: not seen */
	c[0] = conv1(big, "2026-11-23T10:00:00+03:00");
	c[1] = conv1(big2, "2026-11-24T10:00:00+03:00");
	neardup_mark(c, 2);
	ck_assert_uint_eq(c[0]->msgs[0].near_convs, 1);
	conversation_free(c[0]);
	conversation_free(c[1]);
	free(big);
	free(big2);
}
END_TEST

UNIT_SUITE(neardup,
	UNIT_ROWS(test_mask, mask_cases),
	UNIT_ROWS(test_pairs, pair_cases),
	UNIT_TEST(test_batch_counts),
	UNIT_TEST(test_batch_order),
	UNIT_TEST(test_own_conversation),
	UNIT_TEST(test_system_and_copies),
	UNIT_TEST(test_signature),
	UNIT_TEST(test_long_text))
