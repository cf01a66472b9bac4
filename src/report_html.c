/* report_html.c - the HTML report: one self-contained page (SPEC 8). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "i18n.h"
#include "ladder.h"
#include "report.h"

#define SVG_WIDTH 960
#define SVG_LEFT 120	 /* room for the lane labels */
#define SVG_RIGHT 24
#define SVG_TOP 30	 /* room for the --now label */
#define LANE_H 24
#define AXIS_H 36
#define N_ROLE_LANES 3	 /* customer, company, other */
#define BARS_MAX 40	 /* promise lanes drawn per conversation */
#define TICKS_MAX 9
#define MIN_SPAN 3600	 /* seconds: the shortest axis */
#define DAY_SECS 86400
#define SNIPPET_CHARS 240 /* characters of each message's text shown */
#define MESSAGES_MAX 100  /* messages listed per conversation (the last) */

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

/* ---- escaping ---- */

static const struct {
	char c;
	const char *ref;
} html_refs[] = {
	{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"},
	{'"', "&quot;"}, {'\'', "&#39;"},
};

static const char *
html_ref(uint32_t c)
{
	for (size_t i = 0; i < sizeof(html_refs) / sizeof(html_refs[0]); i++)
		if ((uint32_t)(unsigned char)html_refs[i].c == c)
			return html_refs[i].ref;
	return NULL;
}

/* Not characters (HTML parse errors, forbidden in XML). */
static bool
noncharacter(uint32_t c)
{
	return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

void
html_escape_append(struct buf *b, const char *s, bool oneline)
{
	struct buf t = {0};
	const unsigned char *p, *end;

	safe_text_append(&t, s ? s : "", oneline);
	p = (const unsigned char *)(t.s ? t.s : "");
	end = p + t.len;
	while (p < end) {
		uint32_t c;
		size_t n = utf8_decode(p, end, &c);
		const char *ref;

		if (n == 0) {
			buf_puts(b, "\xef\xbf\xbd");
			p++;
			continue;
		}
		if ((ref = html_ref(c)) != NULL)
			buf_puts(b, ref);
		else if (noncharacter(c))
			buf_puts(b, "\xef\xbf\xbd");
		else
			buf_append(b, (const char *)p, n);
		p += n;
	}
	buf_free(&t);
}

static void
esc(struct buf *b, const char *s)
{
	html_escape_append(b, s, true);
}

/* A conversation's words, in its report language (src/i18n.c). */
#define T(s) tr(c->esc.report_lang, (s))

static bool
ru(const struct conversation *c)
{
	return c->esc.report_lang && strcmp(c->esc.report_lang, "ru") == 0;
}

/* "2026-11-20 10:07 +03:00" in the --tz zone, else the moment's own. */
static void
when(struct buf *b, const struct run *r, struct esc_time t)
{
	char iso[32];

	t = report_shown(r, t);
	if (!t.set) {
		buf_puts(b, "(no time)");
		return;
	}
	time_format_iso(t, iso);
	buf_printf(b, "%.10s %.5s %s", iso, iso + 11, iso + 19);
}

static const struct message *
message_at(const struct conversation *c, size_t index)
{
	if (index == 0 || index > c->n_msgs)
		return NULL;
	return &c->msgs[index - 1];
}

static void
sender(struct buf *b, const struct message *m)
{
	const char *who = m->sender_name ? m->sender_name : m->sender_addr;

	esc(b, who ? who : "(unknown sender)");
	buf_printf(b, " (%s)", role_name(m->role));
}

static void
action_badge(struct buf *b, const struct escalation *e)
{
	buf_printf(b, "<span class=\"act a-%s\">%s</span> step %d",
		   action_name(e->action), action_name(e->action), e->step);
}

static void
tickets(struct buf *b, const struct conversation *c, const char *none)
{
	for (size_t i = 0; i < c->tickets.n; i++) {
		if (i)
			buf_puts(b, ", ");
		esc(b, c->tickets.v[i]);
	}
	if (c->tickets.n == 0)
		buf_puts(b, none);
}

/* ---- the timeline ---- */

struct axis {
	int64_t t0, t1; /* the span drawn, seconds */
	int32_t off;	/* offset of the tick labels: that of --now */
	double x0, x1;	/* its pixels */
	int height;
	int bars;	/* promise lanes */
	const struct run *r; /* for times shown in --tz */
};

static double
xpos(const struct axis *a, int64_t t)
{
	return a->x0 + (double)(t - a->t0) * (a->x1 - a->x0) /
			       (double)(a->t1 - a->t0);
}

static void
span_add(int64_t *lo, int64_t *hi, bool *any, struct esc_time t)
{
	if (!t.set)
		return;
	if (!*any || t.t < *lo)
		*lo = t.t;
	if (!*any || t.t > *hi)
		*hi = t.t;
	*any = true;
}

/* From the first message to max(now, last due), padded a little. */
static void
axis_init(struct axis *a, const struct conversation *c, struct esc_time now)
{
	int64_t lo = 0, hi = 0, pad;
	bool any = false;

	for (size_t i = 0; i < c->n_msgs; i++)
		span_add(&lo, &hi, &any, c->msgs[i].time);
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_DEADLINE)
			span_add(&lo, &hi, &any, c->findings[i].due);
	span_add(&lo, &hi, &any, now);
	if (hi - lo < MIN_SPAN)
		hi = lo + MIN_SPAN;
	pad = (hi - lo) / 40;
	a->t0 = lo - pad;
	a->t1 = hi + pad;
	a->off = now.set ? now.off : 0;
	a->x0 = SVG_LEFT;
	a->x1 = SVG_WIDTH - SVG_RIGHT;
	a->bars = 0;
	for (size_t i = 0; i < c->n_findings; i++)
		a->bars += c->findings[i].type == FIND_DEADLINE;
	if (a->bars > BARS_MAX)
		a->bars = BARS_MAX;
	a->height = SVG_TOP + (N_ROLE_LANES + a->bars) * LANE_H + AXIS_H;
}

static double
lane_mid(int lane)
{
	return SVG_TOP + lane * LANE_H + LANE_H / 2.0;
}

static const char *const lane_names[N_ROLE_LANES] = {
	"customer", "company", "other",
};

static int
role_lane(enum role r)
{
	return r == ROLE_CUSTOMER ? 0 : r == ROLE_AGENT ? 1 : 2;
}

static void
lanes(struct buf *b, const struct axis *a)
{
	for (int i = 0; i < N_ROLE_LANES + a->bars; i += 2)
		buf_printf(b, "<rect class=\"lane-bg\" x=\"0\" y=\"%d\" "
			      "width=\"%d\" height=\"%d\"/>\n",
			   SVG_TOP + i * LANE_H, SVG_WIDTH, LANE_H);
	for (int i = 0; i < N_ROLE_LANES; i++)
		buf_printf(b, "<text class=\"lane\" x=\"8\" y=\"%.1f\">%s</text>\n",
			   lane_mid(i) + 4, lane_names[i]);
}

static const int64_t tick_steps[] = {
	3600, 3 * 3600, 6 * 3600, 12 * 3600, DAY_SECS, 2 * DAY_SECS,
	7 * DAY_SECS, 14 * DAY_SECS, 30 * DAY_SECS, 91 * DAY_SECS,
	365 * DAY_SECS, 3650 * DAY_SECS,
};

#define N_STEPS (sizeof(tick_steps) / sizeof(tick_steps[0]))

static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* Grid lines and date labels at round moments in the --now offset. */
static void
ticks(struct buf *b, const struct axis *a)
{
	int64_t step = tick_steps[N_STEPS - 1], t;
	double ya = a->height - AXIS_H + 6;
	char iso[32];

	for (size_t i = 0; i < N_STEPS; i++) {
		if ((a->t1 - a->t0) / tick_steps[i] <= TICKS_MAX) {
			step = tick_steps[i];
			break;
		}
	}
	t = (floor_div(a->t0 + a->off, step) + 1) * step - a->off;
	for (int n = 0; t <= a->t1 && n <= TICKS_MAX + 1; t += step, n++) {
		double x = xpos(a, t);
		struct esc_time m = {.t = t, .off = a->off, .set = true};

		time_format_iso(m, iso);
		buf_printf(b, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" "
			      "x2=\"%.1f\" y2=\"%.1f\"/>\n",
			   x, SVG_TOP, x, ya);
		buf_printf(b, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" "
			      "text-anchor=\"middle\">",
			   x, ya + 16);
		if (step < DAY_SECS)
			buf_printf(b, "%.5s %.5s", iso + 5, iso + 11);
		else
			buf_printf(b, "%.10s", iso);
		buf_puts(b, "</text>\n");
	}
	buf_printf(b, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		      "y2=\"%.1f\"/>\n",
		   a->x0, ya, a->x1, ya);
}

static void
marks(struct buf *b, const struct conversation *c, const struct axis *a)
{
	const struct run *r = a->r;

	for (size_t i = 0; i < c->n_msgs; i++) {
		const struct message *m = &c->msgs[i];

		if (!m->time.set)
			continue;
		buf_printf(b, "<circle class=\"mark r-%s\" cx=\"%.1f\" "
			      "cy=\"%.1f\" r=\"6\"><title>#%zu ",
			   role_name(m->role), xpos(a, m->time.t),
			   lane_mid(role_lane(m->role)), m->index);
		when(b, r, m->time);
		buf_puts(b, " \xe2\x80\x94 ");
		sender(b, m);
		buf_puts(b, "</title></circle>\n");
	}
}

/* The tooltip of a promise: where, what, due, status. */
static void
promise_title(struct buf *b, const struct run *r,
	      const struct conversation *c, const struct finding *f)
{
	const struct message *m = message_at(c, f->message);

	buf_printf(b, "<title>promise in #%zu (%s) \xe2\x80\x9c", f->message,
		   promise_kind_name(f->promise));
	esc(b, f->match);
	buf_puts(b, "\xe2\x80\x9d, made ");
	when(b, r, m ? m->time : (struct esc_time){0});
	if (f->due.set) {
		buf_puts(b, ", due ");
		when(b, r, f->due);
	} else {
		buf_puts(b, ", no date");
	}
	buf_printf(b, ": %s%s%s</title>", deadline_status_name(f->status),
		   f->claimed ? ", claimed by the customer" : "",
		   f->superseded ? ", superseded" : "");
}

static void
vague_bar(struct buf *b, const struct conversation *c,
	  const struct finding *f, const struct axis *a, double x, double y)
{
	double end = xpos(a, a->t1);

	if (end < x + 24)
		end = x + 24;
	buf_printf(b, "<g class=\"promise%s\"><line class=\"s-vague\" "
		      "x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
		      "<circle class=\"vague-start\" cx=\"%.1f\" cy=\"%.1f\" "
		      "r=\"4\"/>",
		   f->superseded ? " superseded" : "", x, y, end, y, x, y);
	promise_title(b, a->r, c, f);
	buf_puts(b, "</g>\n");
}

static void
dated_bar(struct buf *b, const struct conversation *c,
	  const struct finding *f, const struct axis *a, double x, double y)
{
	double xd = xpos(a, f->due.t), lo = x < xd ? x : xd;
	double w = x < xd ? xd - x : x - xd;
	const struct message *k = message_at(c, f->kept_by);

	if (w < 3)
		w = 3;
	buf_printf(b, "<g class=\"promise%s\"><rect class=\"bar s-%s\" "
		      "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" "
		      "rx=\"3\"/>",
		   f->superseded ? " superseded" : "",
		   deadline_status_name(f->status), lo, y - 6, w);
	if (k && k->time.set)
		buf_printf(b, "<circle class=\"kept-at\" cx=\"%.1f\" cy=\"%.1f\" "
			      "r=\"4\"/>",
			   xpos(a, k->time.t), y);
	promise_title(b, a->r, c, f);
	buf_puts(b, "</g>\n");
}

static void
lane_label(struct buf *b, const struct finding *f, double y)
{
	buf_printf(b, "<text class=\"lane\" x=\"8\" y=\"%.1f\">#%zu %s</text>\n",
		   y + 4, f->message, promise_kind_name(f->promise));
}

static void
bars(struct buf *b, const struct conversation *c, const struct axis *a)
{
	int lane = N_ROLE_LANES;

	for (size_t i = 0; i < c->n_findings && lane < N_ROLE_LANES + a->bars;
	     i++) {
		const struct finding *f = &c->findings[i];
		const struct message *m = message_at(c, f->message);
		double y = lane_mid(lane);

		if (f->type != FIND_DEADLINE)
			continue;
		lane++;
		lane_label(b, f, y);
		if (m == NULL || !m->time.set)
			continue;
		if (f->vague || !f->due.set)
			vague_bar(b, c, f, a, xpos(a, m->time.t), y);
		else
			dated_bar(b, c, f, a, xpos(a, m->time.t), y);
	}
}

static void
now_line(struct buf *b, const struct axis *a, struct esc_time now)
{
	const struct run *r = a->r;

	double x;

	if (!now.set)
		return;
	x = xpos(a, now.t);
	buf_printf(b, "<line class=\"now\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
		      "y2=\"%d\"/>\n",
		   x, SVG_TOP - 6, x, a->height - AXIS_H + 6);
	buf_printf(b, "<text class=\"now-label\" x=\"%.1f\" y=\"%d\" "
		      "text-anchor=\"%s\">now ",
		   x, SVG_TOP - 12, x > SVG_WIDTH - 140 ? "end" : "middle");
	when(b, r, now);
	buf_puts(b, "</text>\n");
}

static void
timeline(struct buf *b, const struct conversation *c, const struct run *r)
{
	struct esc_time now = r->now;
	struct axis a;
	size_t untimed = 0;

	axis_init(&a, c, now);
	a.r = r;
	for (size_t i = 0; i < c->n_msgs; i++)
		untimed += !c->msgs[i].time.set;
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
		      "class=\"timeline\" viewBox=\"0 0 %d %d\" role=\"img\" "
		      "aria-labelledby=\"",
		   SVG_WIDTH, a.height);
	esc(b, c->id);
	buf_puts(b, "-tl\"><title id=\"");
	esc(b, c->id);
	buf_printf(b, "-tl\">timeline: %zu messages, %d promises</title>\n",
		   c->n_msgs, a.bars);
	lanes(b, &a);
	ticks(b, &a);
	marks(b, c, &a);
	bars(b, c, &a);
	now_line(b, &a, now);
	buf_puts(b, "</svg>\n");
	if (untimed)
		buf_printf(b, "<p class=\"hint\">%zu message%s without a time "
			      "%s not on the timeline.</p>\n",
			   untimed, untimed == 1 ? "" : "s",
			   untimed == 1 ? "is" : "are");
}

/* ---- messages, findings, draft, sections ---- */

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
	esc(b, cut);
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
		when(b, r, m->time);
		buf_puts(b, "</td><td>");
		sender(b, m);
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
		esc(b, f->value);
		break;
	case FIND_DEADLINE:
		buf_printf(b, "%s, ", promise_kind_name(f->promise));
		if (f->due.set) {
			buf_puts(b, "due ");
			when(b, r, f->due);
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
			esc(b, f->law->citation);
		}
		break;
	case FIND_FORMAL_CLAIM:
		esc(b, f->category);
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
		break;
	}
}

static void
finding_row(struct buf *b, const struct run *r, const struct conversation *c,
	    const struct finding *f)
{
	const struct message *m = message_at(c, f->message);

	buf_printf(b, "<tr><td>%s</td><td class=\"when\">#%zu ",
		   finding_type_name(f->type), f->message);
	if (m) {
		when(b, r, m->time);
		buf_puts(b, "<br/>");
		sender(b, m);
	}
	buf_puts(b, "</td><td><blockquote>");
	esc(b, f->match);
	buf_puts(b, "</blockquote></td><td><code>");
	esc(b, f->pattern);
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
	esc(b, c->esc.lang ? c->esc.lang : "en");
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
	action_badge(b, e);
	buf_puts(b, " \xe2\x80\x94 ");
	esc(b, e->reason ? e->reason : "");
	buf_puts(b, "</p>\n");
	if (e->n_actions > 1) {
		buf_printf(b, "<p class=\"meta\">%s</p>\n<ul class=\"meta\">\n",
			   T("Also applicable:"));
		for (size_t i = 1; i < e->n_actions; i++) {
			buf_printf(b, "<li><b>%s</b>: ",
				   ru(c) ? tr_action("ru", e->actions[i])
					 : action_name(e->actions[i]));
			esc(b, e->reasons[i] ? e->reasons[i] : "");
			buf_puts(b, "</li>\n");
		}
		buf_puts(b, "</ul>\n");
	}
	for (size_t i = 0; i < c->notes.n; i++) {
		buf_printf(b, "<p class=\"meta\">%s", T("Note: "));
		esc(b, c->notes.v[i]);
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
			esc(b, files.v[i]);
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
	esc(b, c->jurisdiction);
	buf_puts(b, c->jurisdiction_given
			    ? T(" (--jurisdiction)")
			    : strcmp(c->jurisdiction, "ru") == 0
			    ? T(" (the conversation is in Russian)")
			    : T(" (no default outside Russian; --jurisdiction)"));
}

static void
conversation_section(struct buf *b, const struct conversation *c,
		     const struct run *r)
{
	buf_puts(b, "<div class=\"conv\" id=\"");
	esc(b, c->id);
	buf_puts(b, "\">\n<h2><span class=\"cid\">");
	esc(b, c->id);
	buf_puts(b, "</span> ");
	esc(b, c->source);
	buf_printf(b, "</h2>\n<p class=\"meta\">%s, ", format_name(c->format));
	esc(b, c->channel ? c->channel : "?");
	if (ru(c))
		buf_printf(b, ", сообщений: %zu; номера: ", c->n_msgs);
	else
		buf_printf(b, ", %zu message%s; tickets: ", c->n_msgs,
			   c->n_msgs == 1 ? "" : "s");
	tickets(b, c, T("none"));
	if (c->subject) {
		buf_puts(b, T("; subject: "));
		esc(b, c->subject);
	}
	jurisdiction(b, c);
	buf_puts(b, "</p>\n");
	files_line(b, c);
	decision(b, c);
	timeline(b, c, r);
	findings(b, r, c);
	messages(b, r, c);
	draft(b, c);
	buf_puts(b, "</div>\n");
}

/* ---- the page ---- */

static void
summary_row(struct buf *b, const struct conversation *c,
	    const struct run *r)
{
	const struct finding *g = ladder_governing(c);
	long over = report_days_overdue(c, r->now);

	buf_puts(b, "<tr><td><a href=\"#");
	esc(b, c->id);
	buf_puts(b, "\">");
	esc(b, c->source);
	buf_puts(b, "</a></td><td>");
	tickets(b, c, "\xe2\x80\x94");
	buf_puts(b, "</td><td class=\"step\">");
	action_badge(b, &c->esc);
	buf_puts(b, "</td><td class=\"when\">");
	if (g && g->due.set)
		when(b, r, g->due);
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

static void
legend(struct buf *b)
{
	buf_puts(b, "<p class=\"legend hint\">Messages: ");
	for (size_t i = 0; i < 4; i++)
		buf_printf(b, "<span><svg class=\"sw\" viewBox=\"0 0 12 12\">"
			      "<circle class=\"r-%s\" cx=\"6\" cy=\"6\" r=\"5\"/>"
			      "</svg>%s</span>",
			   legend_roles[i], legend_roles[i]);
	buf_puts(b, " Promises: ");
	for (size_t i = 0; i < 4; i++)
		buf_printf(b, "<span><svg class=\"sw\" viewBox=\"0 0 12 12\">"
			      "<rect class=\"s-%s\" width=\"12\" height=\"12\"/>"
			      "</svg>%s</span>",
			   legend_status[i], legend_status[i]);
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
	when(b, r, r->now);
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
		esc(b, in->path);
		buf_printf(b, "</code> (%s%s)", format_name(in->format),
			   in->failed ? ", not read" : "");
		for (size_t k = 0; k < in->diags.n; k++) {
			char *msg = diag_text(&in->diags.v[k]);

			buf_puts(b, k ? "; " : ": ");
			esc(b, msg);
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
		conversation_section(&b, order[i], r);
	inputs_section(&b, r);
	buf_puts(&b, "<p class=\"hint\">Made by escalate from saved "
		     "conversations; nothing was sent.</p>\n</body>\n</html>\n");
	ok = fwrite(b.s, 1, b.len, out) == b.len;
	free(order);
	buf_free(&b);
	return ok ? 0 : -1;
}
