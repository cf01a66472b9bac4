/* check_roles.c - customer, agent, system and unknown roles. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "patterns.h"
#include "roles.h"
#include "suite.h"

#define MAX_MSGS 5

/* A message: "name|address|want"; name or address empty for none;
 * name "!" makes a system line. want: c, a, s, u. */
static const struct {
	const char *what;
	const char *me; /* comma-separated --me entries, or NULL */
	enum input_format fmt;
	const char *msgs[MAX_MSGS];
	bool note;
} rows[] = {
	{"support name", NULL, FMT_WHATSAPP,
	 {"Иван||c", "Служба поддержки||a", "Иван||c"}, false},
	{"support name second", NULL, FMT_WHATSAPP,
	 {"Банк Оператор Анна||a", "Иван||c"}, false},
	{"first writer asks", NULL, FMT_WHATSAPP,
	 {"Anna||c", "Bob||a", "Anna||c"}, false},
	{"system stays", NULL, FMT_WHATSAPP,
	 {"!||s", "Anna||c", "Bob||a"}, false},
	{"support address and shared domain", NULL, FMT_EML,
	 {"Ivan|ivan@gmail.com|c", "Shop|noreply@shop.ru|a",
	  "Olga|olga@shop.ru|a", "Ivan|ivan@gmail.com|c"},
	 false},
	{"help desk address first", NULL, FMT_EML,
	 {"|help@bank.com|a", "Jane|jane@mail.org|c"}, false},
	{"me by name, any case", "ANNA", FMT_WHATSAPP,
	 {"Bob||a", "Anna||c", "Carl||a"}, false},
	{"me by cyrillic name", "иван петров", FMT_WHATSAPP,
	 {"Служба поддержки||a", "Иван Петров||c"}, false},
	{"me by domain with @", "@example.com", FMT_EML,
	 {"|support@bank.ru|a", "Me|me@example.com|c"}, false},
	{"me by domain", "example.com", FMT_EML,
	 {"Me|me@EXAMPLE.com|c", "Bank|ops@bank.ru|a"}, false},
	{"me by address", "x@y.org,other", FMT_EML,
	 {"X|x@y.org|c", "Y|y@y.org|a"}, false},
	{"three strangers", NULL, FMT_WHATSAPP,
	 {"A||c", "B||u", "C||u", "A||c"}, true},
	{"agent known, the rest customers", NULL, FMT_WHATSAPP,
	 {"A||c", "Support Bot||a", "C||c"}, false},
	{"bot inside a word is a name", NULL, FMT_WHATSAPP,
	 {"Talbot||c", "Anna||a"}, false},
	{"one-message eml from a company", NULL, FMT_EML,
	 {"Acme Customer Care|care@acme.com|a"}, false},
	{"one-message eml from a person", NULL, FMT_EML,
	 {"Ivan|ivan@mail.ru|c"}, false},
	{"no sender at all", NULL, FMT_EML, {"||u"}, true},
};

static enum role
role_of(char c)
{
	switch (c) {
	case 'c':
		return ROLE_CUSTOMER;
	case 'a':
		return ROLE_AGENT;
	case 's':
		return ROLE_SYSTEM;
	default:
		return ROLE_UNKNOWN;
	}
}

/* Split "name|addr|want" into the message; returns the wanted role. */
static enum role
fill(struct message *m, const char *spec)
{
	const char *b1 = strchr(spec, '|'), *b2 = strchr(b1 + 1, '|');

	m->text = xstrdup("text");
	if (b1 - spec == 1 && spec[0] == '!') {
		m->role = ROLE_SYSTEM;
		return role_of(b2[1]);
	}
	if (b1 > spec)
		m->sender_name = xstrndup(spec, (size_t)(b1 - spec));
	if (b2 > b1 + 1)
		m->sender_addr = xstrndup(b1 + 1, (size_t)(b2 - b1 - 1));
	return role_of(b2[1]);
}

static void
split_me(const char *me, struct strlist *l)
{
	char *copy, *p, *comma;

	if (!me)
		return;
	copy = xstrdup(me);
	for (p = copy; (comma = strchr(p, ',')) != NULL; p = comma + 1) {
		*comma = '\0';
		strlist_push(l, p);
	}
	strlist_push(l, p);
	free(copy);
}

START_TEST(test_rows)
{
	struct conversation *c = conversation_new("x", rows[_i].fmt);
	struct strlist me = {0};
	enum role want[MAX_MSGS];
	size_t n = 0;
	bool note;

	for (; n < MAX_MSGS && rows[_i].msgs[n]; n++)
		want[n] = fill(conversation_add_message(c), rows[_i].msgs[n]);
	split_me(rows[_i].me, &me);
	roles_assign(c, &me);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(c->msgs[i].role == want[i],
			      "%s: message %zu (%s) is %s, want %s",
			      rows[_i].what, i + 1, rows[_i].msgs[i],
			      role_name(c->msgs[i].role), role_name(want[i]));
	note = strlist_contains(&c->notes, "roles could not be told; use --me");
	ck_assert_msg(note == rows[_i].note, "%s: note %s", rows[_i].what,
		      note ? "present" : "missing");
	ck_assert_msg(c->notes.n <= 1, "%s: note repeated", rows[_i].what);
	strlist_free(&me);
	conversation_free(c);
}
END_TEST

/* Called twice (as the pipeline may): the note is not repeated. */
START_TEST(test_idempotent)
{
	struct conversation *c = conversation_new("x", FMT_WHATSAPP);

	fill(conversation_add_message(c), "A||c");
	fill(conversation_add_message(c), "B||u");
	fill(conversation_add_message(c), "C||u");
	roles_assign(c, NULL);
	roles_assign(c, NULL);
	ck_assert_uint_eq(c->notes.n, 1);
	ck_assert_int_eq(c->msgs[0].role, ROLE_CUSTOMER);
	conversation_free(c);
}
END_TEST

/* Operator phrases (pattern type operator) decide before the "first
 * writer is the customer" guess: a chat that the operator opens. Each
 * row: two senders' texts; who writes first; want of each. */
static const struct {
	const char *first, *second;
	enum role want_first, want_second;
} op_rows[] = {
	{"Здравствуйте! Меня зовут Ксения, я оператор. Чем могу помочь?",
	 "Деньги списали дважды.", ROLE_AGENT, ROLE_CUSTOMER},
	{"Hi, you're chatting with Sam. How can I help you today?",
	 "My order never arrived.", ROLE_AGENT, ROLE_CUSTOMER},
	{"My card was charged twice.", "Thank you for contacting Helio support.",
	 ROLE_CUSTOMER, ROLE_AGENT},
	/* no operator phrase: the first writer is the customer */
	{"Добрый день.", "Здравствуйте, слушаю вас.", ROLE_CUSTOMER, ROLE_AGENT},
	/* a customer's question is not an operator phrase */
	{"How can I get my money back?", "Please wait.", ROLE_CUSTOMER,
	 ROLE_AGENT},
};

START_TEST(test_operator_phrases)
{
	struct patset ps = {0};
	char *err = NULL;
	struct matcher *m;
	struct conversation *c = conversation_new("x", FMT_TRANSCRIPT);
	struct message *a, *b;

	ck_assert_int_eq(patset_load_builtin(&ps, "ru,en", &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	m = matcher_new(&ps);
	a = conversation_add_message(c);
	a->sender_name = xstrdup("First");
	a->text = xstrdup(op_rows[_i].first);
	b = conversation_add_message(c);
	b->sender_name = xstrdup("Second");
	b->text = xstrdup(op_rows[_i].second);
	roles_assign_with(c, NULL, m);
	ck_assert_msg(c->msgs[0].role == op_rows[_i].want_first &&
			      c->msgs[1].role == op_rows[_i].want_second,
		      "%s: %s/%s", op_rows[_i].first, role_name(c->msgs[0].role),
		      role_name(c->msgs[1].role));
	conversation_free(c);
	matcher_free(m);
	patset_free(&ps);
}
END_TEST

UNIT_SUITE(roles,
	UNIT_ROWS(test_rows, rows),
	UNIT_TEST(test_idempotent),
	UNIT_ROWS(test_operator_phrases, op_rows))
