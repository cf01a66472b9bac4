/* check_overlap.c - what a reply shares with the customer (overlap.h). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "overlap.h"
#include "util.h"

static const struct {
	const char *customer; /* the customer's message before the reply */
	const char *sentence; /* a sentence of the company's reply */
	bool shares;
} rows[] = {
	/* a stem in common: the reply addresses what was written */
	{"My kettle leaks and I want a refund.",
	 "We have refunded the kettle in full.", true},
	{"Верните деньги за подписку «Музыка+».",
	 "Возврат за подписку оформлен.", true},
	{"The Wi-Fi router keeps rebooting every evening.",
	 "Your router firmware is being replaced.", true},
	/* only the words of every support exchange in common */
	{"Hello, my order has an issue, please help.",
	 "Thank you for your patience, our team will look into your issue.",
	 false},
	{"Здравствуйте, по заказу проблема, помогите пожалуйста.",
	 "Спасибо за обращение, ваш вопрос передан специалистам.", false},
	/* nothing in common at all */
	{"The parcel 5512 never arrived.",
	 "We appreciate your understanding.", false},
	/* case and inflection do not matter */
	{"ИНТЕРНЕТ не работает третий день.",
	 "Проверим интернета линию завтра.", true},
};

static struct conversation *
conv_with(const char *customer)
{
	struct conversation *c = xcalloc(1, sizeof(*c));
	struct message *m = conversation_add_message(c);

	m->index = 1;
	m->role = ROLE_CUSTOMER;
	m->text = xstrdup(customer);
	m = conversation_add_message(c);
	m->index = 2;
	m->role = ROLE_AGENT;
	m->text = xstrdup("The agent's own words are never the customer's.");
	return c;
}

START_TEST(test_rows)
{
	struct conversation *c = conv_with(rows[_i].customer);
	struct overlap *o = overlap_new(c, 2);
	const char *s = rows[_i].sentence;

	ck_assert_msg(overlap_shares(o, s, 0, strlen(s)) == rows[_i].shares,
		      "row %d: '%s' vs '%s'", _i, rows[_i].customer, s);
	overlap_free(o);
	conversation_free(c);
}
END_TEST

/* Only the customer's messages before the reply count. */
START_TEST(test_only_earlier_customer)
{
	struct conversation *c = conv_with("My kettle leaks.");
	struct overlap *o = overlap_new(c, 1);
	const char *s = "The kettle will be replaced.";

	ck_assert(!overlap_shares(o, s, 0, strlen(s)));
	overlap_free(o);
	o = overlap_new(c, 3);
	s = "The agent's words again.";
	ck_assert(!overlap_shares(o, s, 0, strlen(s)));
	overlap_free(o);
	conversation_free(c);
}
END_TEST

Suite *suite_overlap(void);

Suite *
suite_overlap(void)
{
	Suite *s = suite_create("overlap");
	TCase *tc = tcase_create("overlap");

	tcase_add_loop_test(tc, test_rows, 0, (int)(sizeof(rows) / sizeof(rows[0])));
	tcase_add_test(tc, test_only_earlier_customer);
	suite_add_tcase(s, tc);
	return s;
}
