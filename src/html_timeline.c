/* html_timeline.c - the SVG timeline of a conversation in the HTML
 * report: role lanes with the messages, a lane per promise from the
 * message to its due moment, a dated axis and the --now line
 * (include/html_timeline.h). */
#include "html_timeline.h"

#include <stdint.h>

#include "html_parts.h"
#include "util.h"

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
	3600, 3 * 3600, 6 * 3600, 12 * 3600, SECS_PER_DAY, 2 * SECS_PER_DAY,
	7 * SECS_PER_DAY, 14 * SECS_PER_DAY, 30 * SECS_PER_DAY, 91 * SECS_PER_DAY,
	365 * SECS_PER_DAY, 3650 * SECS_PER_DAY,
};

#define N_STEPS countof(tick_steps)

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
	t = (time_floor_div(a->t0 + a->off, step) + 1) * step - a->off;
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
		if (step < SECS_PER_DAY)
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
		html_when_sender(b, r, m, " \xe2\x80\x94 ");
		buf_puts(b, "</title></circle>\n");
	}
}

/* The tooltip of a promise: where, what, due, status. */
static void
promise_title(struct buf *b, const struct run *r,
	      const struct conversation *c, const struct finding *f)
{
	const struct message *m = html_message_at(c, f->message);

	buf_printf(b, "<title>promise in #%zu (%s) \xe2\x80\x9c", f->message,
		   promise_kind_name(f->promise));
	html_esc(b, f->match);
	buf_puts(b, "\xe2\x80\x9d, made ");
	html_when(b, r, m ? m->time : (struct esc_time){0});
	if (f->due.set) {
		buf_puts(b, ", due ");
		html_when(b, r, f->due);
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
	const struct message *k = html_message_at(c, f->kept_by);

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
		const struct message *m = html_message_at(c, f->message);
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
	html_when(b, r, now);
	buf_puts(b, "</text>\n");
}

void
html_timeline(struct buf *b, const struct conversation *c, const struct run *r)
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
	html_esc(b, c->id);
	buf_puts(b, "-tl\"><title id=\"");
	html_esc(b, c->id);
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
