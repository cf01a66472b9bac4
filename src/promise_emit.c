/* promise_emit.c - the promises of one message as deadline findings
 * (promise_ctx.h): candidates grouped by sentence and governor, each
 * group's day and clock composed into one due moment (deadline.h). */
#include "promise_ctx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"

/* A year-less date resolved further ahead than this is a past one
 * ("your order of 12.11" written on 20.11), not a promise. */
#define YEARLESS_AHEAD_DAYS 183

/* ------------------------------------------------------------------ */
/* One promise of each group of candidates (same sentence, same key):
 * its day and clock composed into one due moment. */

enum tkind { TK_VAGUE, TK_CLOCK, TK_END_DAY, TK_DAY, TK_ANCHOR };

static enum tkind
tkind_of(const struct pattern *p)
{
	const char *e = pattern_meta(p, "expr");

	if (e == NULL)
		return TK_DAY;
	if (strcmp(e, "vague") == 0)
		return TK_VAGUE;
	if (strcmp(e, "time") == 0 || strcmp(e, "window") == 0)
		return TK_CLOCK;
	if (strcmp(e, "end-day") == 0)
		return TK_END_DAY;
	if (strcmp(e, "anchor") == 0)
		return TK_ANCHOR; /* "of 3 November": where a span starts */
	return TK_DAY;
}

/* Whether an expression of this kind ends on a day that a clock time
 * can be set on ("tomorrow" + "by 6 pm"). */
static bool
takes_clock(const char *expr, const struct dl_expr *e)
{
	if (e->g[DLG_HOUR] != NULL)
		return false;
	if (expr == NULL)
		return e->g[DLG_UNIT] != NULL &&
		       strstr(e->g[DLG_UNIT], "час") == NULL &&
		       strstr(e->g[DLG_UNIT], "hour") == NULL &&
		       strstr(e->g[DLG_UNIT], "мин") == NULL &&
		       strstr(e->g[DLG_UNIT], "min") == NULL;
	return dl_expr_day(expr) != DL_NO_DAY;
}

static void
fill_expr(const struct pctx *x, size_t t, struct dl_expr *e)
{
	const struct hit *h = &x->v->hits[t];

	memset(e, 0, sizeof(*e));
	e->expr = pattern_meta(h->pat, "expr");
	for (int g = 0; g < DLG_COUNT; g++)
		e->g[g] = hit_group(h, x->v->text, dl_group_names[g],
				    &e->glen[g]);
}

/* Set the clock of hit 'clock' (a time or a window) on the day
 * expression e. */
static void
compose_clock(const struct pctx *x, size_t clock, struct dl_expr *e)
{
	struct dl_expr k;
	int h, m;

	fill_expr(x, clock, &k);
	if (!deadline_clock(&k, &h, &m))
		return;
	e->clock_set = true;
	e->clock_hour = h;
	e->clock_min = m;
}

static bool
yearless_date(const struct dl_expr *e)
{
	return e->g[DLG_DAY] != NULL && e->g[DLG_YEAR] == NULL;
}

/* A due the promise cannot have: before its own message, or a
 * year-less date so far ahead that it names a past day. */
static bool
implausible(const struct dl_expr *e, struct esc_time made,
	    struct esc_time due, bool claimed)
{
	if (claimed)
		return false;
	if (due.t < made.t)
		return true;
	return yearless_date(e) &&
	       due.t - made.t > (int64_t)YEARLESS_AHEAD_DAYS * SECS_PER_DAY;
}

static struct finding *
add_deadline(const struct pctx *x, size_t t, const struct cand *c)
{
	const struct hit *h = &x->v->hits[t];
	struct finding *f = conversation_add_finding(x->v->c, FIND_DEADLINE,
						     x->v->msg->index);

	f->match = xstrndup(x->v->text + h->start, h->end - h->start);
	f->pattern = xstrdup(h->pat->id);
	f->start = h->start;
	f->end = h->end;
	f->promise = c->kind;
	return f;
}

/* A span counted from the message ("within 3 days", "takes about an
 * hour"): where its promise also names a day ("by Tuesday 10 March",
 * "on Thursday 28th May"), the day is the due. */
static bool
relative_span(const struct pattern *p)
{
	static const char *const spans[] = {"hours", "minutes", "days",
					    "workdays", "weeks", "months"};
	const char *e = pattern_meta(p, "expr");

	if (e == NULL)
		return true; /* the unit group decides: a span */
	for (size_t i = 0; i < sizeof(spans) / sizeof(spans[0]); i++)
		if (strcmp(e, spans[i]) == 0)
			return true;
	return false;
}

static bool
in_claim(const struct pctx *x, size_t g)
{
	return pr_overlaps_live(x, g, PAT_CLAIM);
}

/* Whether time t of a claim tells of a past day: its governor, or the
 * first verb after the claim's own saying ("в пятницу, как и обещали,
 * никто не приехал"), is a past verb ("was the fix deployed on Friday as
 * promised?"); not "you promised to call by Friday". */
static bool
told_of_past(const struct pctx *x, size_t t)
{
	size_t g = pr_governor(x, t, pr_segment_of(x, t));

	if (g == NONE || in_claim(x, g)) {
		g = NONE;
		for (size_t i = t + 1; g == NONE && i < x->v->n_hits &&
				       x->v->sent_of[i] == x->v->sent_of[t];
		     i++)
			if (is_verb(x->cls[i]) && !in_claim(x, i))
				g = i;
	}
	if (g != NONE && x->cls[g] == CL_NEGATION) /* "не приехал" */
		g = pr_class_in(x, CL_PAST, pr_segment_of(x, g));
	return g != NONE && x->cls[g] == CL_PAST && !in_claim(x, g);
}

/* A clock time in the next coordinated clause of a day ("the crew comes
 * on 26 November and restores the line by 18:00", «бригада выедет 26
 * ноября и восстановит подключение до 18:00") is that day's clock: the
 * later clause joins the day's group. */
#define COORD_GAP_MAX 100 /* bytes between the day and the clock */

static bool
coordinated(const struct pctx *x, const struct cand *p, const struct cand *c)
{
	const struct hit *a = &x->v->hits[p->t], *b = &x->v->hits[c->t];
	bool joined = false;

	if (p->sent != c->sent || b->start < a->end ||
	    b->start - a->end > COORD_GAP_MAX ||
	    tkind_of(b->pat) != TK_CLOCK || tkind_of(a->pat) != TK_DAY ||
	    relative_span(a->pat))
		return false;
	for (size_t j = 0; j < x->v->n_hits; j++) {
		const struct hit *h = &x->v->hits[j];

		if (h->start < a->end || h->end > b->start)
			continue;
		if (live(x, j, PAT_DEADLINE))
			return false;
		joined |= x->cls[j] == CL_BOUNDARY;
	}
	return joined;
}

void
pr_join_coordinated(struct pctx *x)
{
	for (size_t i = 1; i < x->n_cands; i++) {
		struct cand *p = &x->cands[i - 1], *c = &x->cands[i];

		if (p->key != c->key && coordinated(x, p, c)) {
			c->key = p->key;
			c->kind = p->kind;
		}
	}
}

/* The day a span counts from: anchor hit a ("within 5 working days of
 * 3 November", «в течение 10 дней с 3 ноября"), read as a date that may
 * lie before the message; else the message's own time. */
static bool
span_start(const struct pctx *x, size_t a, struct esc_time *from)
{
	struct dl_expr e;
	bool vague;

	*from = x->v->msg->time;
	if (a == NONE)
		return true;
	fill_expr(x, a, &e);
	e.expr = "date";
	return deadline_resolve(&e, x->v->msg->time, x->v->cal, true, from,
				&vague) &&
	       !vague;
}

/* A due already emitted for the message, with the kind it promised. */
struct seen_due {
	struct esc_time due;
	enum promise_kind kind;
};

/* Resolve hit t (with the clock hit, or NONE; a span from the anchor
 * hit, or NONE) and emit it unless its due and kind repeat 'seen' (one
 * promise stated twice in the message: "The engineer is rebooked for
 * Tuesday 10 November. Your line will work again by end of day on
 * Tuesday.") or it cannot be. */
static bool
emit(const struct pctx *x, const struct cand *c, size_t t, size_t clock,
     size_t anchor, bool claimed, struct seen_due *seen, size_t *n_seen)
{
	struct dl_expr e;
	struct esc_time due, from;
	struct finding *f;
	bool vague;

	fill_expr(x, t, &e);
	if (clock != NONE && takes_clock(e.expr, &e))
		compose_clock(x, clock, &e);
	/* a customer telling of a past day ("was the fix deployed on Friday
	 * as promised?") */
	e.past = claimed && told_of_past(x, t);
	if (!relative_span(x->v->hits[t].pat))
		anchor = NONE;
	if (!span_start(x, anchor, &from) ||
	    !deadline_resolve(&e, from, x->v->cal, claimed, &due, &vague))
		return false;
	/* from an anchor, a due before the message is still its due */
	if (!vague && implausible(&e, x->v->msg->time, due,
				  claimed || anchor != NONE))
		return false;
	for (size_t i = 0; !vague && i < *n_seen; i++)
		if (seen[i].due.t == due.t && seen[i].kind == c->kind)
			return true;
	f = add_deadline(x, t, c);
	f->claimed = claimed;
	f->vague = vague;
	f->due = vague ? (struct esc_time){0} : due;
	f->status = vague ? DL_VAGUE : DL_PENDING;
	if (!vague)
		seen[(*n_seen)++] = (struct seen_due){due, c->kind};
	return true;
}

static bool
same_group(const struct cand *a, const struct cand *b)
{
	return a->sent == b->sent && a->key == b->key;
}

/* A weekday written next to a date of its group ("Thursday 28th May",
 * «в субботу, 14 ноября») names the date's day: only the date counts. */
static bool
weekday_of_date(const struct pctx *x, size_t g, size_t t)
{
	const struct hit *w = &x->v->hits[t];

	if (!expr_is(w->pat, "weekday"))
		return false;
	for (size_t i = g; i < x->n_cands; i++) {
		const struct hit *d = &x->v->hits[x->cands[i].t];
		size_t a = w->end <= d->start ? w->end : d->end;
		size_t b = w->end <= d->start ? d->start : w->start;
		bool close = true;

		if (!same_group(&x->cands[g], &x->cands[i]) ||
		    !expr_is(d->pat, "date") || overlaps(w, d) || b < a ||
		    b - a > 4)
			continue;
		for (size_t j = a; j < b; j++)
			close &= strchr(" ,()\t", x->v->text[j]) != NULL;
		if (close)
			return true;
	}
	return false;
}

/* Emit the group that starts at candidate g (members: same_group); the
 * group promises what its first time's clause names ("a loss adjuster
 * would contact me within 3 working days, so by Tuesday 10 March"). */
static void
emit_group(const struct pctx *x, size_t g, bool claimed, bool *done,
	   struct seen_due *seen, size_t *n_seen)
{
	size_t clock = NONE, endday = NONE, vague = NONE, n_day = 0;
	size_t anchor = NONE;
	bool anchored = false;

	for (size_t i = g; i < x->n_cands; i++) {
		const struct cand *c = &x->cands[i];
		enum tkind k;

		if (done[i] || !same_group(&x->cands[g], c))
			continue;
		k = tkind_of(x->v->hits[c->t].pat);
		if (k == TK_CLOCK && clock == NONE)
			clock = c->t;
		else if (k == TK_END_DAY && endday == NONE)
			endday = c->t;
		else if (k == TK_VAGUE && vague == NONE)
			vague = c->t;
		else if (k == TK_ANCHOR && anchor == NONE)
			anchor = c->t;
		n_day += k == TK_DAY;
		anchored |= k == TK_DAY && !relative_span(x->v->hits[c->t].pat);
	}
	for (size_t i = g; i < x->n_cands; i++) {
		const struct cand *c = &x->cands[i];

		if (done[i] || !same_group(&x->cands[g], c))
			continue;
		done[i] = true;
		if (tkind_of(x->v->hits[c->t].pat) == TK_DAY &&
		    !weekday_of_date(x, g, c->t) &&
		    !(anchored && relative_span(x->v->hits[c->t].pat)))
			emit(x, &x->cands[g], c->t, clock, anchor, claimed,
			     seen, n_seen);
	}
	if (n_day == 0) {
		size_t t = clock != NONE ? clock : endday != NONE ? endday : vague;

		if (t != NONE)
			emit(x, &x->cands[g], t, NONE, NONE, claimed, seen,
			     n_seen);
	}
}

void
pr_emit_all(const struct pctx *x, bool claimed)
{
	bool *done = xcalloc(x->n_cands + 1, sizeof(*done));
	struct seen_due *seen = xcalloc(x->n_cands + 1, sizeof(*seen));
	size_t n_seen = 0;

	for (size_t i = 0; i < x->n_cands; i++)
		if (!done[i])
			emit_group(x, i, claimed, done, seen, &n_seen);
	free(seen);
	free(done);
}

/* A message without a time cannot date its promises: one warning per
 * promise. */
void
pr_warn_untimed(const struct pctx *x)
{
	for (size_t i = 0; i < x->n_cands; i++) {
		const struct hit *h = &x->v->hits[x->cands[i].t];

		if (i > 0 && same_group(&x->cands[i - 1], &x->cands[i]))
			continue;
		strlist_pushf(x->v->warnings,
			      "message %zu: deadline '%.*s' skipped: the "
			      "message has no time",
			      x->v->msg->index, (int)(h->end - h->start),
			      x->v->text + h->start);
	}
}
