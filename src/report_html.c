/* report_html.c - the HTML report: one self-contained page (SPEC 8): its
 * style, head, summary table and inputs list. The small pieces the
 * HTML files share are html_parts.c's; each conversation's
 * section is html_conversation.c's, its SVG timeline html_timeline.c's;
 * escaping is report_safe.c's. */
#include "report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html_conversation.h"
#include "html_parts.h"
#include "i18n.h"
#include "ladder.h"

/* Page style: only classes, no '<' or '&', so the page is also XML. */
static const char page_css[] =
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
	"margin:0 auto;max-width:1000px;padding:16px 20px 48px;color:#212529;"
	"background:#fff}\n"
	"h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.2em;margin:0 0 .3em}h3{font-size:1em;margin:1.2em 0 .4em}\n"
	"table{border-collapse:collapse;width:100%;margin:.5em 0}\n"
	"th,td{border-bottom:1px solid #dee2e6;padding:4px 8px;text-align:left;"
	"vertical-align:top}th{background:#f1f3f5}\n"
	"td.num,td.when,td.step{white-space:nowrap}td.num{text-align:right}\n"
	".conv{border:1px solid #ced4da;border-radius:8px;padding:14px 16px;"
	"margin:24px 0}\n"
	".meta{color:#495057;margin:.2em 0}.cid{color:#868e96;font-weight:normal}\n"
	".act{display:inline-block;border-radius:4px;padding:0 6px;"
	"font-weight:600;white-space:nowrap}\n"
	".a-none,.a-resolved{background:#d3f9d8;color:#2b8a3e}\n"
	".a-request-ticket,.a-request-deadline{background:#c5f6fa;color:#0b7285}\n"
	".a-request-solution,.a-request-justification{background:#fff3bf;"
	"color:#a45b00}\n"
	".a-escalate,.a-formal-complaint{background:#ffe3e3;color:#c92a2a}\n"
	".legend span{margin-right:14px;white-space:nowrap}\n"
	".sw{display:inline-block;width:12px;height:12px;border-radius:2px;"
	"vertical-align:-1px;margin-right:4px}\n"
	"svg.timeline{width:100%;height:auto;display:block;margin:.6em 0}\n"
	".lane-bg{fill:#f8f9fa}.grid{stroke:#e9ecef}.axis{stroke:#495057}\n"
	".tick,.lane{font-size:11px;fill:#495057}\n"
	".r-customer{fill:#1971c2}.r-agent{fill:#e8590c}.r-system{fill:#868e96}"
	".r-unknown{fill:#9c36b5}\n"
	".s-kept{fill:#37b24d}.s-late{fill:#f59f00}.s-missed{fill:#e03131}"
	".s-pending{fill:#74c0fc}\n"
	".s-vague{stroke:#7048e8;stroke-width:3;stroke-dasharray:5 4;fill:none}\n"
	".vague-start{fill:#7048e8}.superseded{opacity:.4}\n"
	".kept-at{fill:#fff;stroke:#2b8a3e;stroke-width:2}\n"
	".now{stroke:#c92a2a;stroke-width:2;stroke-dasharray:6 3}"
	".now-label{font-size:11px;fill:#c92a2a;font-weight:600}\n"
	"blockquote{margin:0;color:#343a40}\n"
	"pre.draft{white-space:pre-wrap;background:#f8f9fa;border:1px solid "
	"#ced4da;border-radius:6px;padding:10px 12px;font:14px/1.5 ui-monospace,"
	"Menlo,Consolas,monospace;user-select:all}\n"
	".hint{color:#868e96;font-size:.85em}\n"
	/* long words (URLs, ids, base64) wrap instead of widening the page */
	"td,p,li,pre,code,h1,h2,blockquote{overflow-wrap:anywhere}"
	"th,.act{overflow-wrap:normal}\n"
	"@media (max-width:640px){body{padding:10px 8px 32px}"
	".conv{padding:10px 8px}"
	/* tables become one block per row: nothing is wider than the screen */
	"table,tbody,tr,td{display:block;width:auto}thead{display:none}"
	"tr{border-bottom:1px solid #dee2e6;padding:4px 0}"
	"td{border:0;padding:1px 4px;text-align:left}td.num{text-align:left}"
	"td.num,td.when,td.step,.legend span{white-space:normal}}\n";

static void
summary_row(struct buf *b, const struct conversation *c,
	    const struct run *r)
{
	const struct finding *g = ladder_governing(c);
	long over = report_days_overdue(c, r->now);

	buf_puts(b, "<tr><td><a href=\"#");
	html_esc(b, c->id);
	buf_puts(b, "\">");
	html_esc(b, c->source);
	buf_puts(b, "</a></td><td>");
	html_tickets(b, c, "\xe2\x80\x94");
	buf_puts(b, "</td><td class=\"step\">");
	html_action_badge(b, &c->esc);
	buf_puts(b, "</td><td class=\"when\">");
	if (g && g->due.set)
		html_when(b, r, g->due);
	else
		buf_puts(b, "\xe2\x80\x94");
	buf_puts(b, "</td><td class=\"num\">");
	if (over)
		buf_printf(b, "%ld day%s", over, over == 1 ? "" : "s");
	buf_puts(b, "</td></tr>\n");
}

static void
summary_table(struct buf *b, const struct run *r,
	      struct conversation *const *order)
{
	const char *l = report_lang_of_run(r->report_lang, r->convs,
					   r->n_convs);

	buf_printf(b, "<table class=\"summary\"><thead><tr><th>%s</th>"
		      "<th>%s</th><th>%s</th><th>%s</th>"
		      "<th>%s</th></tr></thead><tbody>\n", tr(l, "Source"),
		   tr(l, "Ticket"), tr(l, "Step"), tr(l, "Next due"),
		   tr(l, "Overdue"));
	for (size_t i = 0; i < r->n_convs; i++)
		summary_row(b, order[i], r);
	buf_puts(b, "</tbody></table>\n");
}

static const char *const legend_roles[] = {
	"customer", "agent", "system", "unknown",
};
static const char *const legend_status[] = {
	"kept", "late", "missed", "pending",
};

/* One swatch a name: an SVG element of class PREFIX-NAME, then the name. */
static void
swatches(struct buf *b, const char *const names[4], const char *element,
	 const char *prefix, const char *attrs)
{
	for (size_t i = 0; i < 4; i++)
		buf_printf(b, "<span><svg class=\"sw\" viewBox=\"0 0 12 12\">"
			      "<%s class=\"%s%s\" %s/></svg>%s</span>",
			   element, prefix, names[i], attrs, names[i]);
}

static void
legend(struct buf *b)
{
	buf_puts(b, "<p class=\"legend hint\">Messages: ");
	swatches(b, legend_roles, "circle", "r-", "cx=\"6\" cy=\"6\" r=\"5\"");
	buf_puts(b, " Promises: ");
	swatches(b, legend_status, "rect", "s-", "width=\"12\" height=\"12\"");
	buf_puts(b, "<span><svg class=\"sw\" viewBox=\"0 0 12 12\"><line "
		    "class=\"s-vague\" x1=\"0\" y1=\"6\" x2=\"12\" y2=\"6\"/>"
		    "</svg>vague</span></p>\n");
}

static void
page_head(struct buf *b, const struct run *r)
{
	size_t counts[ACT_FORMAL_COMPLAINT + 1] = {0};
	bool first = true;
	const char *l = report_lang_of_run(r->report_lang, r->convs,
					   r->n_convs);

	buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n", l);
	buf_puts(b, "<meta charset=\"utf-8\"/>\n"
		    "<meta name=\"generator\" content=\"escalate\"/>\n"
		    "<meta name=\"viewport\" "
		    "content=\"width=device-width, initial-scale=1\"/>\n"
		    "<title>escalate report</title>\n<style>\n");
	buf_puts(b, page_css);
	buf_printf(b, "</style>\n</head>\n<body>\n<h1>%s</h1>\n"
		      "<p class=\"meta\">%s",
		   tr(l, "Support conversations: what to do next"),
		   tr(l, "Judged at "));
	html_when(b, r, r->now);
	if (strcmp(l, "ru") == 0)
		buf_printf(b, ". Переписок: %zu, входов: %zu", r->n_convs,
			   r->n_inputs);
	else
		buf_printf(b, ". %zu conversation%s from %zu input%s",
			   r->n_convs, r->n_convs == 1 ? "" : "s",
			   r->n_inputs, r->n_inputs == 1 ? "" : "s");
	for (size_t i = 0; i < r->n_convs; i++)
		counts[r->convs[i]->esc.action]++;
	for (int a = ACT_FORMAL_COMPLAINT; a >= ACT_NONE; a--) {
		if (!counts[a])
			continue;
		if (strcmp(l, "ru") == 0)
			buf_printf(b, "%s %s: %zu", first ? ";" : ",",
				   tr_action(l, (enum action)a), counts[a]);
		else
			buf_printf(b, "%s %zu %s", first ? ":" : ",",
				   counts[a], action_name((enum action)a));
		first = false;
	}
	buf_puts(b, ".</p>\n");
	legend(b);
}

static void
inputs_section(struct buf *b, const struct run *r)
{
	bool any = false;

	for (size_t i = 0; i < r->n_inputs; i++) {
		const struct input_result *in = &r->inputs[i];

		if (!in->failed && in->diags.n == 0)
			continue;
		if (!any)
			buf_printf(b, "<h2>%s</h2>\n<ul>\n",
				   tr(report_lang_of_run(r->report_lang,
							 r->convs, r->n_convs),
				      "Inputs with problems"));
		any = true;
		buf_puts(b, "<li><code>");
		html_esc(b, in->path);
		buf_printf(b, "</code> (%s%s)", format_name(in->format),
			   in->failed ? ", not read" : "");
		for (size_t k = 0; k < in->diags.n; k++) {
			char *msg = diag_text(&in->diags.v[k]);

			buf_puts(b, k ? "; " : ": ");
			html_esc(b, msg);
			free(msg);
		}
		buf_puts(b, "</li>\n");
	}
	if (any)
		buf_puts(b, "</ul>\n");
}

int
report_html(FILE *out, const struct run *r)
{
	struct conversation **order = report_by_urgency(r);
	struct buf b = {0};
	bool ok;

	page_head(&b, r);
	summary_table(&b, r, order);
	for (size_t i = 0; i < r->n_convs; i++)
		html_conversation(&b, order[i], r);
	inputs_section(&b, r);
	buf_puts(&b, "<p class=\"hint\">Made by escalate from saved "
		     "conversations; nothing was sent.</p>\n</body>\n</html>\n");
	ok = fwrite(b.s, 1, b.len, out) == b.len;
	free(order);
	buf_free(&b);
	return ok ? 0 : -1;
}
