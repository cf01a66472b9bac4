/* html_conversation.c - one conversation's section of the HTML report:
 * the decision, the timeline (html_timeline.c), the findings, the
 * messages and the draft (include/html_conversation.h). */
#include "html_conversation.h"

#include <stdlib.h>
#include <string.h>

#include "html_parts.h"
#include "html_timeline.h"
#include "i18n.h"
#include "ladder.h"

#define SNIPPET_CHARS 240 /* characters of each message's text shown */
#define MESSAGES_MAX 100  /* messages listed per conversation (the last) */

/* A conversation's words, in its report language (src/i18n.c). */
#define T(s) tr(c->esc.report_lang, (s))

static bool
ru(const struct conversation *c)
{
	return c->esc.report_lang && strcmp(c->esc.report_lang, "ru") == 0;
}

/* The start of a message's text, on one line, cut at a character. */
static void
snippet(struct buf *b, const char *s)
{
	size_t chars = 0, i;
	char *cut;

	s = s ? s : "";
	for (i = 0; s[i]; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && chars++ == SNIPPET_CHARS)
			break;
	cut = xstrndup(s, i);
	html_esc(b, cut);
	if (s[i])
		buf_puts(b, "\xe2\x80\xa6");
	free(cut);
}

static void
messages(struct buf *b, const struct run *r, const struct conversation *c)
{
	size_t first = c->n_msgs > MESSAGES_MAX ? c->n_msgs - MESSAGES_MAX : 0;

	if (c->n_msgs == 0)
		return;
	buf_printf(b, "<h3>%s</h3>\n", T("Messages"));
	if (first)
		buf_printf(b, "<p class=\"hint\">%zu%s</p>\n", first,
			   T(" earlier messages are not listed."));
	buf_printf(b, "<table class=\"messages\"><thead><tr><th>#</th>"
		      "<th>%s</th><th>%s</th><th>%s</th></tr></thead>"
		      "<tbody>\n", T("Time"), T("Sender"), T("Text"));
	for (size_t i = first; i < c->n_msgs; i++) {
		const struct message *m = &c->msgs[i];

		buf_printf(b, "<tr><td class=\"num\">%zu</td><td class=\"when\">",
			   m->index);
		html_when_sender(b, r, m, "</td><td>");
		buf_puts(b, "</td><td>");
		snippet(b, m->text);
		buf_puts(b, "</td></tr>\n");
	}
	buf_puts(b, "</tbody></table>\n");
}

static void
finding_details(struct buf *b, const struct run *r, const struct finding *f)
{
	switch (f->type) {
	case FIND_TICKET:
		html_esc(b, f->value);
		break;
	case FIND_DEADLINE:
		buf_printf(b, "%s, ", promise_kind_name(f->promise));
		if (f->due.set) {
			buf_puts(b, "due ");
			html_when(b, r, f->due);
			buf_puts(b, ", ");
		}
		buf_printf(b, "<strong>%s</strong>%s%s",
			   deadline_status_name(f->status),
			   f->claimed ? ", claimed" : "",
			   f->superseded ? ", superseded" : "");
		if (f->kept_by)
			buf_printf(b, ", kept by #%zu", f->kept_by);
		if (f->law != NULL) {
			buf_puts(b, ", by law: ");
			html_esc(b, f->law->citation);
		}
		break;
	case FIND_FORMAL_CLAIM:
		html_esc(b, f->category);
		break;
	case FIND_UNANSWERED:
		buf_printf(b, "%ld days (%ld working)", f->days,
			   f->working_days);
		break;
	case FIND_TEMPLATE:
		buf_printf(b, "score %.2f", f->score);
		break;
	case FIND_REFUSAL:
		buf_puts(b, f->justified ? "reason given" : "no reason given");
		break;
	case FIND_ESCALATION_REQUEST:
		buf_printf(b, "asks for: %s", request_kind_name(f->request));
		break;
	case FIND_RESOLUTION:
	case FIND_REOPEN:
	case FIND_ESCALATED:
		break;
	}
}

static void
finding_row(struct buf *b, const struct run *r, const struct conversation *c,
	    const struct finding *f)
{
	const struct message *m = html_message_at(c, f->message);

	buf_printf(b, "<tr><td>%s</td><td class=\"when\">#%zu ",
		   finding_type_name(f->type), f->message);
	if (m)
		html_when_sender(b, r, m, "<br/>");
	buf_puts(b, "</td><td><blockquote>");
	html_esc(b, f->match);
	buf_puts(b, "</blockquote></td><td><code>");
	html_esc(b, f->pattern);
	buf_puts(b, "</code></td><td>");
	finding_details(b, r, f);
	buf_puts(b, "</td></tr>\n");
}

static void
findings(struct buf *b, const struct run *r, const struct conversation *c)
{
	buf_printf(b, "<h3>%s</h3>\n", T("Findings"));
	if (c->n_findings == 0) {
		buf_printf(b, "<p>%s</p>\n", T("None."));
		return;
	}
	buf_printf(b, "<table class=\"findings\"><thead><tr><th>%s</th>"
		      "<th>%s</th><th>%s</th><th>%s</th>"
		      "<th>%s</th></tr></thead><tbody>\n", T("Type"),
		   T("Message"), T("Quote"), T("Pattern"), T("Details"));
	for (size_t i = 0; i < c->n_findings; i++)
		finding_row(b, r, c, &c->findings[i]);
	buf_puts(b, "</tbody></table>\n");
}

static void
draft(struct buf *b, const struct conversation *c)
{
	if (!c->esc.draft || !*c->esc.draft)
		return;
	buf_printf(b, "<h3>%s</h3>\n<pre class=\"draft\" lang=\"",
		   T("Draft of the next message"));
	html_esc(b, c->esc.lang ? c->esc.lang : "en");
	buf_puts(b, "\">");
	html_escape_append(b, c->esc.draft, false);
	buf_printf(b, "</pre>\n<p class=\"hint\">%s</p>\n",
		   T("One click selects the whole draft."));
}

static void
decision(struct buf *b, const struct conversation *c)
{
	const struct escalation *e = &c->esc;

	buf_puts(b, "<p class=\"decision\">");
	html_action_badge(b, e);
	buf_puts(b, " \xe2\x80\x94 ");
	html_esc(b, e->reason ? e->reason : "");
	buf_puts(b, "</p>\n");
	if (e->n_actions > 1) {
		buf_printf(b, "<p class=\"meta\">%s</p>\n<ul class=\"meta\">\n",
			   T("Also applicable:"));
		for (size_t i = 1; i < e->n_actions; i++) {
			buf_printf(b, "<li><b>%s</b>: ",
				   ru(c) ? tr_action("ru", e->actions[i])
					 : action_name(e->actions[i]));
			html_esc(b, e->reasons[i] ? e->reasons[i] : "");
			buf_puts(b, "</li>\n");
		}
		buf_puts(b, "</ul>\n");
	}
	for (size_t i = 0; i < c->notes.n; i++) {
		buf_printf(b, "<p class=\"meta\">%s", T("Note: "));
		html_esc(b, c->notes.v[i]);
		buf_puts(b, "</p>\n");
	}
}

/* A thread merged from several files names every one of them. */
static void
files_line(struct buf *b, const struct conversation *c)
{
	struct strlist files = {0};

	conversation_sources(c, &files);
	if (files.n > 1) {
		buf_printf(b, "<p class=\"meta files\">%s", T("files: "));
		for (size_t i = 0; i < files.n; i++) {
			buf_puts(b, i ? ", <code>" : "<code>");
			html_esc(b, files.v[i]);
			buf_puts(b, "</code>");
		}
		buf_puts(b, "</p>\n");
	}
	strlist_free(&files);
}

/* Which law applies and why, where the customer made a formal claim
 * (docs/law.md). */
static void
jurisdiction(struct buf *b, const struct conversation *c)
{
	bool claim = false;

	for (size_t i = 0; i < c->n_findings && !claim; i++)
		claim = c->findings[i].type == FIND_FORMAL_CLAIM;
	if (!claim || c->jurisdiction == NULL)
		return;
	buf_puts(b, T("; law: "));
	html_esc(b, c->jurisdiction);
	buf_puts(b, c->jurisdiction_given
			    ? T(" (--jurisdiction)")
			    : strcmp(c->jurisdiction, "ru") == 0
			    ? T(" (the conversation is in Russian)")
			    : T(" (no default outside Russian; --jurisdiction)"));
}

void
html_conversation(struct buf *b, const struct conversation *c,
		     const struct run *r)
{
	buf_puts(b, "<div class=\"conv\" id=\"");
	html_esc(b, c->id);
	buf_puts(b, "\">\n<h2><span class=\"cid\">");
	html_esc(b, c->id);
	buf_puts(b, "</span> ");
	html_esc(b, c->source);
	buf_printf(b, "</h2>\n<p class=\"meta\">%s, ", format_name(c->format));
	html_esc(b, c->channel ? c->channel : "?");
	if (ru(c))
		buf_printf(b, ", сообщений: %zu; номера: ", c->n_msgs);
	else
		buf_printf(b, ", %zu message%s; tickets: ", c->n_msgs,
			   c->n_msgs == 1 ? "" : "s");
	html_tickets(b, c, T("none"));
	if (c->subject) {
		buf_puts(b, T("; subject: "));
		html_esc(b, c->subject);
	}
	jurisdiction(b, c);
	buf_puts(b, "</p>\n");
	files_line(b, c);
	decision(b, c);
	html_timeline(b, c, r);
	findings(b, r, c);
	messages(b, r, c);
	draft(b, c);
	buf_puts(b, "</div>\n");
}
