/* check_signature.c - signatures and sign-offs at the end of a mail
 * body (src/signature.c, src/patterns/mail/signatures.txt). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mailtext.h"
#include "quote.h"
#include "signature.h"
#include "suite.h"
#include "util.h"

struct sig_case {
	const char *in;
	const char *text;
	const char *signature; /* NULL: none */
};

static const struct sig_case cases[] = {
	/* a service footer closes a body; the only paragraph under a role
	 * label is the body, even with "please do not reply" in it */
	{"Your ticket 4471 was answered.\n\nPlease do not reply to this "
	 "email.\n",
	 "Your ticket 4471 was answered.", "Please do not reply to this email."},
	{"(Automated)\nThanks for your request. Someone will look at it "
	 "soon. Please do not reply to this message.\n",
	 "(Automated)\nThanks for your request. Someone will look at it "
	 "soon. Please do not reply to this message.",
	 NULL},
	/* "-- " and "--" delimiters; the earliest of two */
	{"Wow. Awesome!\n--\nBob Smith\n", "Wow. Awesome!", "--\nBob Smith"},
	{"Hey!\n--\n--\nRegards,\nRoman\n", "Hey!", "--\n--\nRegards,\nRoman"},
	{"Blah\n--\n\nJohn Doe\n", "Blah", "--\n\nJohn Doe"},
	/* a rule and a short block; a mailing-list footer */
	{"Hey man! How r u?\n---\nRoman\n", "Hey man! How r u?", "---\nRoman"},
	{"Question?\n\n_______________________________________________\n"
	 "riak-users mailing list\nriak-users@lists.basho.com\n"
	 "http://lists.basho.com/mailman/listinfo/riak-users\n",
	 "Question?",
	 "_______________________________________________\nriak-users mailing list\n"
	 "riak-users@lists.basho.com\nhttp://lists.basho.com/mailman/listinfo/riak-users"},
	/* mobile mail-app and carrier lines in several languages */
	{"Blah\nSent from Mailbox for iPhone\n", "Blah",
	 "Sent from Mailbox for iPhone"},
	{"Heeyyoooo.\nSent wirelessly from my BlackBerry device on the Bell "
	 "network.\nEnvoyé sans fil par mon terminal mobile BlackBerry sur le "
	 "réseau de Bell.\n",
	 "Heeyyoooo.",
	 "Sent wirelessly from my BlackBerry device on the Bell network.\n"
	 "Envoyé sans fil par mon terminal mobile BlackBerry sur le réseau de Bell."},
	{"Blah\nEnviado desde mi oficina móvil BlackBerry de Telcel\n", "Blah",
	 "Enviado desde mi oficina móvil BlackBerry de Telcel"},
	{"Ja.\n\nVon meinem iPhone gesendet\n", "Ja.",
	 "Von meinem iPhone gesendet"},
	{"Oui.\n\nEnvoyé de mon iPad\n", "Oui.", "Envoyé de mon iPad"},
	{"Sì.\n\nInviato da iPhone\n", "Sì.", "Inviato da iPhone"},
	{"Да.\n\nОтправлено из мобильной Почты Mail.ru\n", "Да.",
	 "Отправлено из мобильной Почты Mail.ru"},
	{"はい\n\niPhoneから送信\n", "はい", "iPhoneから送信"},
	{"Ok\n\nGet Outlook for Android\n", "Ok", "Get Outlook for Android"},
	{"Ok\nSent from my Verizon, Samsung Galaxy smartphone\n", "Ok",
	 "Sent from my Verizon, Samsung Galaxy smartphone"},
	/* "-Name" lines, with a mobile line under them */
	{"Hey!\n-roman\n", "Hey!", "-roman"},
	{"Hey!\n\n- roman\n", "Hey!", "- roman"},
	{"Blah.\n\n-Lev.\n\nSent from my HTC smartphone!\n", "Blah.",
	 "-Lev.\n\nSent from my HTC smartphone!"},
	{"Спасибо за ответ.\n\n—Анна\n", "Спасибо за ответ.", "—Анна"},
	/* the name right above the Outlook rule of the quoted message */
	{"Hi\nthere\nBob\n________________________________\nFrom: b@x.com\n"
	 "Sent: Friday, July 22, 2011 6:20 PM\nTo: x@y.com\n\nHello\n",
	 "Hi\nthere", "Bob"},
	/* sign-offs */
	{"Hey!\n\nThanks!\nRoman\n", "Hey!", "Thanks!\nRoman"},
	{"Thanks,\n\nBlah\n\nregards\n\nJohn Doe\n", "Thanks,\n\nBlah",
	 "regards\n\nJohn Doe"},
	/* a signature with a ticket number: removed, kept as the signature */
	{"Done.\n-- \nAcme Support\nCase Number: 00918273\n", "Done.",
	 "-- \nAcme Support\nCase Number: 00918273"},
	/* not signatures */
	{"Here is another email\n\nSent from my desk, is much easier then my "
	 "mobile phone.\n",
	 "Here is another email\n\nSent from my desk, is much easier then my "
	 "mobile phone.",
	 NULL},
	{"Hey man!\nLook at this:\n\n--> one\n--> two\n--\nRoman\n",
	 "Hey man!\nLook at this:\n\n--> one\n--> two", "--\nRoman"},
	{"Please check:\n- cable\n- router\n",
	 "Please check:\n- cable\n- router", NULL},
	{"Things to bring:\n\n- passport\n", "Things to bring:\n\n- passport",
	 NULL},
	{"Update:\n---\nWe will refund you by Friday, the money is on its way.\n",
	 "Update:\n---\nWe will refund you by Friday, the money is on its way.",
	 NULL},
	{"The invoice was sent from my office yesterday.\n",
	 "The invoice was sent from my office yesterday.", NULL},
	/* a body that is only a signature keeps it */
	{"--\nRoman\n", "--\nRoman", NULL},
	{"Sent from my iPhone\n", "Sent from my iPhone", NULL},
	{"-Bob\n", "-Bob", NULL},
};

START_TEST(test_signature)
{
	const struct sig_case *c = &cases[_i];
	struct quote_parts p;

	quote_split(c->in, &p);
	ck_assert_msg(strcmp(p.text, c->text) == 0, "text of '%s': '%s'",
		      c->in, p.text);
	if (c->signature)
		ck_assert_msg(p.signature &&
				      strcmp(p.signature, c->signature) == 0,
			      "signature of '%s': '%s'", c->in,
			      p.signature ? p.signature : "(null)");
	else
		ck_assert_msg(p.signature == NULL, "signature of '%s': '%s'",
			      c->in, p.signature);
	quote_parts_free(&p);
}
END_TEST

/* The mobile-line test on its own: folded input, the rules of
 * signatures.txt. */
START_TEST(test_mobile_line)
{
	static const struct {
		const char *folded;
		bool yes;
	} lines[] = {
		{"sent from my iphone", true},
		{"sent from my samsung galaxy smartphone.", true},
		{"отправлено с iphone", true},
		{"wysłane z mojego iphone'a", true},
		{"skickat från min iphone", true},
		{"发自我的iphone", true},
		{"sent from my office to the accounts department on the second "
		 "floor of the building yesterday",
		 false},
		{"sentence from my book", false},
		{"we sent from my account", false},
	};

	for (size_t i = 0; i < sizeof(lines) / sizeof(*lines); i++)
		ck_assert_msg(signature_mobile_line(lines[i].folded,
						    strlen(lines[i].folded)) ==
				      lines[i].yes,
			      "'%s'", lines[i].folded);
}
END_TEST

/* mt_words: words split at spaces and tabs, runs counted once */
START_TEST(test_words)
{
	static const struct {
		const char *s;
		size_t want;
	} rows[] = {
		{"", 0},	     {"   ", 0},
		{"(Automated)", 1}, {"Anna  Smith", 2},
		{" a\tb c ", 3},    {"Служба поддержки ОблакоБух", 3},
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		ck_assert_uint_eq(mt_words(rows[i].s, strlen(rows[i].s)),
				  rows[i].want);
}
END_TEST

UNIT_SUITE(signature,
	UNIT_ROWS(test_signature, cases),
	UNIT_TEST(test_mobile_line),
	UNIT_TEST(test_words))
