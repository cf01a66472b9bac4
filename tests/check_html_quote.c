/* check_html_quote.c - quoted history in HTML mail, told by structure
 * (src/html_quote.c), then split like text (src/quote.c): the layouts
 * of the common webmail and desktop clients. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "quote.h"
#include "suite.h"
#include "util.h"

struct html_case {
	const char *name;
	const char *html;
	const char *text; /* the analyzed reply */
};

static const struct html_case cases[] = {
	{"gmail reply",
	 "<div dir=\"ltr\">Still no refund.</div><br><div class=\"gmail_quote\">"
	 "<div dir=\"ltr\" class=\"gmail_attr\">On Fri, Nov 27, 2026 at 10:00 AM "
	 "Support &lt;s@x.com&gt; wrote:<br></div><blockquote class=\"gmail_quote\" "
	 "style=\"margin:0px 0px 0px 0.8ex\">We will refund by Friday.</blockquote>"
	 "</div>",
	 "Still no refund."},
	{"gmail indent is the writer's own",
	 "Message<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 40px;"
	 "border:none\"><div>My name is William.</div></blockquote>",
	 "Message\nMy name is William."},
	{"apple mail cite with an inline answer",
	 "<div>See below.</div><blockquote type=\"cite\"><div>When will you "
	 "refund?</div></blockquote><div>By Friday, please.</div>",
	 "See below.\nBy Friday, please."},
	{"thunderbird",
	 "<p>Thanks.</p><div class=\"moz-cite-prefix\">On 27.11.2026 10:00, "
	 "Support wrote:<br></div><blockquote type=\"cite\" cite=\"mid:1@x\">"
	 "old text</blockquote>",
	 "Thanks."},
	{"outlook on the web: the rest after divRplyFwdMsg",
	 "<div>Any news?</div><hr style=\"display:inline-block;width:98%\" "
	 "tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font><b>From:</b> "
	 "Support &lt;s@x.com&gt;<br><b>Sent:</b> Friday, November 27, 2026 "
	 "10:00<br><b>To:</b> me<br><b>Subject:</b> Re: refund</font><div>&nbsp;"
	 "</div></div><div>We will refund within 5 days.</div>",
	 "Any news?"},
	{"hotmail stopSpelling rule",
	 "<div>Hi. I am fine.<div><br></div><div><hr id=\"stopSpelling\">Date: "
	 "Thu, 26 Jun 2014 13:53:45 +0400<br>Subject: Test<br>From: a@x.com<br>"
	 "To: b@x.com<br><br><div>Hello! How are you?</div></div></div>",
	 "Hi. I am fine."},
	{"zimbra zwchr rule",
	 "<div>Reply</div><hr id=\"zwchr\"><div><b>From: </b>a@x.com<br>"
	 "<b>To: </b>b@x.com<br></div><div>old</div>",
	 "Reply"},
	{"outlook for mac OLK_SRC_BODY_SECTION",
	 "<div>Reply</div><span id=\"OLK_SRC_BODY_SECTION\"><div><span>From: "
	 "</span>Bob &lt;b@x.com&gt;<br><span>Date: </span>Tue, 01 Nov 2011 "
	 "18:54<br></div><div>Hi</div></span>",
	 "Reply"},
	{"outlook desktop: a header block under a rule in its own div",
	 "<div><p>Reply text.</p><div style=\"border:none;border-top:solid "
	 "#E1E1E1 1.0pt\"><p><b>From:</b> Support &lt;s@x.com&gt;<br><b>Sent:"
	 "</b> Friday, November 27, 2026 10:00 AM<br><b>To:</b> me<br>"
	 "<b>Subject:</b> RE: case</p></div><p>Old text.</p></div>",
	 "Reply text."},
	{"an <hr> and a header block",
	 "<div>Hi<div>there</div><div>Bob<hr><b>From: </b>b@x.com<br><b>To: "
	 "</b>x@y.com<br><b>Sent: </b>Friday, July 22, 2011 6:20:01 PM<br>"
	 "<b>Subject: </b>Hello<br><br><p>Hello</p></div></div>",
	 "Hi\nthere"},
	{"plain blockquote before the attribution is the writer's",
	 "Reply<blockquote>Regular</blockquote><div>On 11-Apr-2011, at 6:54 PM, "
	 "Bob &lt;b@x.com&gt; wrote:</div><blockquote><div><blockquote>Nested"
	 "</blockquote></div></blockquote>",
	 "Reply\nRegular"},
	{"the last plain blockquote is the quote",
	 "<div><div>message</div><blockquote>Quote</blockquote></div><div>"
	 "disclaimer</div>",
	 "message\ndisclaimer"},
	{"yandex: attribution line and a blockquote",
	 "<div>Жду ответа.</div><div>&nbsp;</div><div>27.11.2026, 10:00, "
	 "\"Поддержка\" &lt;s@x.ru&gt;:</div><blockquote><div>Ответим в "
	 "течение 3 дней.</div></blockquote>",
	 "Жду ответа."},
	{"mail.ru: attribution and a styled blockquote",
	 "<div>Прошла неделя.</div><div>Понедельник, 23 ноября 2026, 10:00 "
	 "+03:00 от Поддержка &lt;s@x.ru&gt;:<br><blockquote style=\"border-left:"
	 "1px solid #0857A6; margin:10px; padding:0 0 0 10px;\"><div>Вернём "
	 "деньги.</div></blockquote></div>",
	 "Прошла неделя."},
	/* an HTML-only reply, no blank line before the attribution: the
	 * reply's last lines (the ticket, the name) stay */
	{"html-only reply, attribution right under the reply",
	 "<div>Жду ответа.</div><div>Номер обращения 4471902</div><div>Анна"
	 "</div><div>пт, 27 нояб. 2026 г. в 10:00, Поддержка &lt;s@x.ru&gt;:"
	 "</div><blockquote><div>Ответим в течение 3 дней.</div></blockquote>",
	 "Жду ответа.\nНомер обращения 4471902\nАнна"},
	{"html-only reply, a wrapped attribution under the reply",
	 "<div>Still waiting.</div><div>Ticket 44719</div><div>Anna</div><div>"
	 "On Fri, Nov 27, 2026 at 10:00 AM Support</div><div>&lt;s@x.com&gt; "
	 "wrote:</div><blockquote>We will refund you.</blockquote>",
	 "Still waiting.\nTicket 44719\nAnna"},
	{"proton mail quote",
	 "<div>Thanks</div><div class=\"protonmail_quote\">------- Original "
	 "Message -------<br>On Friday, 27 Nov 2026 10:00, Support wrote:<br>"
	 "<blockquote class=\"protonmail_quote\">old</blockquote></div>",
	 "Thanks"},
};

START_TEST(test_html_quote)
{
	const struct html_case *c = &cases[_i];
	char *text = html_to_text(c->html, strlen(c->html), "UTF-8");
	struct quote_parts p;

	quote_split(text, &p);
	ck_assert_msg(strcmp(p.text, c->text) == 0, "%s: '%s' (from '%s')",
		      c->name, p.text, text);
	quote_parts_free(&p);
	free(text);
}
END_TEST

UNIT_SUITE(html_quote,
	UNIT_ROWS(test_html_quote, cases))
