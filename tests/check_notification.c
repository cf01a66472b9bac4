/* check_notification.c - helpdesk notification layouts read from the
 * text (src/notification.c): comment headers, which comment is the
 * newest, the recipient's own comment, footers, and what is left alone. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "suite.h"

struct ncase {
	const char *name;
	const char *body;
	const char *recipient;
	const char *text; /* the analyzed text */
	bool notice;
};

static const struct ncase cases[] = {
	{"name and time on one line, newest first",
	 "##- Please type your reply above this line -##\n\nTicket 5512 was "
	 "updated.\n\nKate Lee, 27.11.2026 10:00\nWe will refund you on "
	 "Monday.\n\nAnna Smith, 26.11.2026 09:00\nWhere is my money?\n",
	 NULL,
	 "Ticket 5512 was updated.\n\nWe will refund you on Monday.",
	 true},
	{"time first, a role in parentheses",
	 "##- Please type your reply above this line -##\n\n2026-11-27 10:00 - "
	 "Kate Lee (Additional comments)\nFixed.\n\n2026-11-26 09:00 - Anna "
	 "Smith (Additional comments)\nBroken.\n",
	 NULL, "Fixed.",
	 true},
	{"name and time in parentheses, newest at the bottom",
	 "##- Please type your reply above this line -##\n\nAnna Smith "
	 "(26.11.2026 09:00):\nBroken.\n\nKate Lee (27.11.2026 10:00):\nFixed "
	 "now.\n",
	 NULL, "Fixed now.", true},
	{"a name line over a date line, under rules",
	 "##- Please type your reply above this line -##\n\nYour request "
	 "(48213) has been updated.\n------------------------------\n\nKate "
	 "Lee\n\nNov 27, 2026, 10:00\n\nFixed.\n\n-------------------------"
	 "-----\n\nAnna Smith\n\nNov 26, 2026, 09:00\n\nBroken.\n",
	 NULL,
	 "Your request (48213) has been updated.\n\nFixed.",
	 true},
	{"«Ответ специалиста (…):» and a comment by the recipient",
	 "##- Ответьте выше этой строки -##\n\nОтвет специалиста (Ольга, "
	 "27.11.2026 10:00):\nВернём деньги в понедельник.\n\n--------------"
	 "--------\nАнна Петрова, 26.11.2026 09:00\nГде мои деньги?\n",
	 "Анна Петрова",
	 "Вернём деньги в понедельник.",
	 true},
	/* an acknowledgement that quotes the recipient's own request: the
	 * banner is the message */
	{"the recipient's own comment is quoted back",
	 "##- Please type your reply above this line -##\n\nYour request "
	 "(48213) has been received and is being reviewed by our "
	 "staff.\n------------------------------\n\nAnna Smith\n\nNov 26, "
	 "2026, 09:00\n\nI want a refund by Friday.\n",
	 "Anna Smith",
	 "Your request (48213) has been received and is being reviewed by our "
	 "staff.",
	 true},
	{"a footer under the last rule goes",
	 "##- Please type your reply above this line -##\n\nKate Lee, "
	 "27.11.2026 10:00\nFixed.\n\n--------------------------------\nThis "
	 "email is a service from Acme Support.\n",
	 NULL, "Fixed.", true},
	/* a rule of dashes above the marker is decoration, not a reply */
	{"a dashed rule above the marker",
	 "\xe2\x80\x94-\xe2\x80\x94-\xe2\x80\x94\n\nReply above this "
	 "line.\n\nYour request RBX-104 has been received.\n",
	 NULL, "Your request RBX-104 has been received.", true},
	{"a short reply above the marker is the message",
	 "OK, thanks\n\nReply above this line.\n\nYour request RBX-104 has "
	 "been received.\n",
	 NULL, "OK, thanks", false},
	/* left alone */
	{"dated lines oldest first without a marker: a history, not a "
	 "notification",
	 "Переписка по обращению\nМария, 20.11.2026 14:30\nДеньги не "
	 "пришли.\n\nСлужба поддержки, 20.11.2026 15:10\nВозврат оформлен.\n",
	 NULL,
	 "Переписка по обращению\nМария, 20.11.2026 14:30\nДеньги не "
	 "пришли.\n\nСлужба поддержки, 20.11.2026 15:10\nВозврат оформлен.",
	 false},
	{"one dated line is no comment list",
	 "Hello,\nKate Lee, 27.11.2026 10:00\nFixed.\n", NULL,
	 "Hello,\nKate Lee, 27.11.2026 10:00\nFixed.", false},
	{"a list of dates, newest first, is no comment list",
	 "Calls so far:\nTuesday, 24.11.2026 11:00\nMonday, 23.11.2026 "
	 "10:00\nNobody answered.\n",
	 NULL,
	 "Calls so far:\nTuesday, 24.11.2026 11:00\nMonday, 23.11.2026 "
	 "10:00\nNobody answered.",
	 false},
	{"dated lines with no text under them are no comments",
	 "Visits:\nKate Lee, 24.11.2026 11:00\nKate Lee, 23.11.2026 10:00\n",
	 NULL,
	 "Visits:\nKate Lee, 24.11.2026 11:00\nKate Lee, 23.11.2026 10:00",
	 false},
	{"a sentence with a date is no header",
	 "We spoke on 27.11.2026 10:00 and agreed on a refund.\nOn 26.11.2026 "
	 "09:00 you said it was fine.\n",
	 NULL,
	 "We spoke on 27.11.2026 10:00 and agreed on a refund.\nOn 26.11.2026 "
	 "09:00 you said it was fine.",
	 false},
};

START_TEST(test_notification)
{
	const struct ncase *c = &cases[_i];
	struct quote_parts p;

	quote_split_mail(c->body, c->recipient, &p);
	ck_assert_msg(strcmp(p.text, c->text) == 0, "%s: '%s'", c->name,
		      p.text);
	ck_assert_msg(p.notice == c->notice, "%s: notice %d", c->name,
		      p.notice);
	quote_parts_free(&p);
}
END_TEST

UNIT_SUITE(notification,
	UNIT_ROWS(test_notification, cases))
