/* ladder.c - the escalation step of a conversation from its findings. */
#include "ladder.h"
#include "i18n.h"
#include "lang.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define COMPLAINT_WAIT_DAYS 10 /* SPEC 7: days after an escalation */
#define QUOTE_MAX 80	       /* bytes of a quote in a reason */

/* ------------------------------------------------------------------ */
/* Facts. */

static const struct message *
msg_of(const struct conversation *c, size_t index)
{
	if (index < 1 || index > c->n_msgs)
		return NULL;
	return &c->msgs[index - 1];
}

static bool
is_template(const struct finding *f)
{
	return f->type == FIND_TEMPLATE && f->score >= 0.5;
}

static bool
is_bare_refusal(const struct finding *f)
{
	return f->type == FIND_REFUSAL && !f->justified;
}

static bool
is_dated(const struct finding *f)
{
	return f->type == FIND_DEADLINE && !f->vague && f->due.set;
}

/* A finding only the company's messages carry. */
static bool
company_finding(const struct finding *f)
{
	return f->type == FIND_TEMPLATE || f->type == FIND_REFUSAL ||
	       (f->type == FIND_DEADLINE && !f->claimed && f->law == NULL);
}

/* The last company message: an agent's, or an unknown sender's that
 * carries a company finding. */
static size_t
last_company(const struct conversation *c)
{
	size_t last = 0;

	for (size_t i = 0; i < c->n_msgs; i++)
		if (c->msgs[i].role == ROLE_AGENT && !c->msgs[i].pleasantry)
			last = c->msgs[i].index;
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];
		const struct message *m = msg_of(c, f->message);

		if (m && m->role == ROLE_UNKNOWN && company_finding(f) &&
		    f->message > last)
			last = f->message;
	}
	return last;
}

/* Resolved when the last resolution is the last word on the matter
 * (SPEC 7): no reopen after it, and no resolve promise made in or after
 * its message that is still open (pending or missed). Returns the
 * resolution or NULL. */
static const struct finding *
last_word_resolution(const struct conversation *c)
{
	const struct finding *r = NULL;

	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_RESOLUTION)
			r = &c->findings[i];
	for (size_t i = 0; r != NULL && i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type == FIND_REOPEN && f->message > r->message)
			return NULL;
		if (f->type == FIND_DEADLINE && !f->claimed && f->law == NULL &&
		    f->promise == PROMISE_RESOLVE && f->message >= r->message &&
		    (f->status == DL_PENDING || f->status == DL_MISSED))
			return NULL;
	}
	return r;
}

static int
status_rank(enum deadline_status s)
{
	static const int rank[] = {
		[DL_KEPT] = 0, [DL_LATE] = 1, [DL_PENDING] = 2,
		[DL_MISSED] = 3, [DL_VAGUE] = -1,
	};

	return (size_t)s < sizeof(rank) / sizeof(rank[0]) ? rank[s] : -1;
}

/* The legal deadline that governs over the promise g (or over none):
 * a missed one where g is not missed, any one where there is no g;
 * of several, the highest status, the first on a tie. */
static const struct finding *
law_governing(const struct conversation *c, const struct finding *g)
{
	const struct finding *l = NULL;

	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (!is_dated(f) || f->superseded || f->law == NULL)
			continue;
		if (l == NULL || status_rank(f->status) > status_rank(l->status))
			l = f;
	}
	if (l == NULL || g == NULL)
		return l ? l : g;
	return l->status == DL_MISSED && g->status != DL_MISSED ? l : g;
}

/* The latest non-superseded dated promise; of several in one message,
 * a missed one, else a pending one, else the last. A legal deadline
 * governs where no promise does, or where it is missed and the promise
 * is not (docs/law.md). */
const struct finding *
ladder_governing(const struct conversation *c)
{
	const struct finding *g = NULL;

	for (size_t i = 0; c && i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (!is_dated(f) || f->superseded || f->law != NULL)
			continue;
		if (g == NULL || f->message > g->message ||
		    status_rank(f->status) >= status_rank(g->status))
			g = f;
	}
	return c ? law_governing(c, g) : NULL;
}

static void
promise_facts(const struct conversation *c, struct ladder_facts *f)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *d = &c->findings[i];

		if (d->type != FIND_DEADLINE)
			continue;
		if (d->vague && f->vague == NULL)
			f->vague = d;
		if (d->law != NULL)
			continue; /* the law's date is not the company's */
		f->dated |= is_dated(d);
		f->resolve_pending |= is_dated(d) && !d->superseded &&
				      d->promise == PROMISE_RESOLVE &&
				      d->status == DL_PENDING;
	}
	f->governing = ladder_governing(c);
}

static void
last_company_facts(const struct conversation *c, struct ladder_facts *f)
{
	f->last_company = last_company(c);
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *x = &c->findings[i];

		if (x->message != f->last_company)
			continue;
		if (is_template(x) && f->template_ == NULL)
			f->template_ = x;
		if (is_bare_refusal(x) && f->refusal == NULL)
			f->refusal = x;
	}
}

/* The first answer after request q that repeats what q objected to. */
static const struct finding *
answered_again(const struct conversation *c, const struct finding *q)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *x = &c->findings[i];

		if (x->message <= q->message)
			continue;
		if (q->request == REQ_SOLUTION && is_template(x))
			return x;
		if (q->request == REQ_JUSTIFICATION && is_bare_refusal(x))
			return x;
	}
	return NULL;
}

static void
request_facts(const struct conversation *c, struct esc_time now,
	      struct ladder_facts *f)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *q = &c->findings[i];
		const struct finding *a;

		if (q->type == FIND_ESCALATED && f->supervisor == NULL)
			f->supervisor = q; /* an escalation the company made */
		if (q->type != FIND_ESCALATION_REQUEST)
			continue;
		if (q->request == REQ_SUPERVISOR && f->supervisor == NULL)
			f->supervisor = q;
		a = answered_again(c, q);
		if (a != NULL) {
			f->asked = q;
			f->again = a;
		}
	}
	if (f->supervisor == NULL)
		return;
	for (size_t i = 0; i < c->n_findings && f->further == NULL; i++) {
		const struct finding *d = &c->findings[i];

		if (is_dated(d) && d->message > f->supervisor->message &&
		    d->status == DL_MISSED)
			f->further = d;
	}
	const struct message *m = msg_of(c, f->supervisor->message);

	f->waited = m && m->time.set && now.set &&
		    now.t - m->time.t > (int64_t)COMPLAINT_WAIT_DAYS * SECS_PER_DAY;
}

void
ladder_facts(const struct conversation *c, struct esc_time now,
	     struct ladder_facts *f)
{
	memset(f, 0, sizeof(*f));
	f->resolution = last_word_resolution(c);
	promise_facts(c, f);
	last_company_facts(c, f);
	request_facts(c, now, f);
}

/* ------------------------------------------------------------------ */
/* Reasons: one line citing message, time and quote, in the report
 * language (its words in src/i18n.c). */

#define T(s) tr(c->esc.report_lang, (s))

/* "message 3 (2026-11-05 09:02)"; label: the word for "message" in
 * the case the sentence needs. */
static void
put_when_as(struct buf *b, const struct conversation *c, size_t index,
	    const char *label)
{
	const struct message *m = msg_of(c, index);
	struct civil t;

	buf_printf(b, "%s %zu", T(label), index);
	if (m == NULL || !m->time.set)
		return;
	time_to_civil(m->time, &t);
	buf_printf(b, " (%04d-%02d-%02d %02d:%02d)", t.year, t.month, t.day,
		   t.hour, t.min);
}

static void
put_when(struct buf *b, const struct conversation *c, size_t index)
{
	put_when_as(b, c, index, "message");
}

/* A quote on one line, cut at QUOTE_MAX bytes on a character start. */
static void
put_quote(struct buf *b, const char *s)
{
	size_t n = 0;

	buf_puts(b, " \"");
	for (; s && s[n] && n < QUOTE_MAX; n++)
		buf_putc(b, s[n] == '\n' || s[n] == '\t' || s[n] == '\r' ||
					s[n] == '"'
				    ? (s[n] == '"' ? '\'' : ' ')
				    : s[n]);
	if (s && s[n]) {
		while (b->len > 0 && ((unsigned char)b->s[b->len - 1] & 0xc0) ==
					     0x80)
			b->len--;
		if (b->len > 0 && ((unsigned char)b->s[b->len - 1] & 0xc0) ==
					  0xc0)
			b->len--;
		b->s[b->len] = '\0';
		buf_puts(b, "...");
	}
	buf_putc(b, '"');
}

static void
put_due(struct buf *b, struct esc_time due)
{
	struct civil t;

	time_to_civil(due, &t);
	buf_printf(b, "%04d-%02d-%02d", t.year, t.month, t.day);
	if (t.hour != 23 || t.min != 59)
		buf_printf(b, " %02d:%02d", t.hour, t.min);
}

/* "3 days", «3 дня» */
static void
put_days(struct buf *b, const struct conversation *c, long n)
{
	char *s = tr_days(c->esc.report_lang, n);

	buf_puts(b, s);
	free(s);
}

/* "10 days", «10 дн.» */
static void
put_period(struct buf *b, const struct conversation *c, const char *period)
{
	char *p = tr_period(c->esc.report_lang, period);

	buf_puts(b, p);
	free(p);
}

/* "legal period of 10 days (ru.zozpp-22-31) for the claim in message
 * 3 (...) "..." ended 2026-11-15, overdue by 13 days; next: ..." */
static void
put_law(struct buf *b, const struct conversation *c, const struct finding *d,
	struct esc_time now)
{
	buf_puts(b, T("legal period of "));
	put_period(b, c, d->law->period);
	buf_printf(b, " (%s)", d->law->rule);
	buf_puts(b, T(" for the claim in "));
	put_when(b, c, d->message);
	put_quote(b, d->match);
	if (d->status == DL_KEPT || d->status == DL_LATE) {
		buf_printf(b, "%s%zu", T(" was met in message "), d->kept_by);
		return;
	}
	if (d->status != DL_MISSED) {
		buf_puts(b, T(" runs until "));
		put_due(b, d->due);
		return;
	}
	buf_puts(b, T(" ended "));
	put_due(b, d->due);
	buf_puts(b, T(", overdue by "));
	put_days(b, c, time_days_overdue(d->due, now));
	buf_puts(b, T("; next: "));
	buf_puts(b, d->law->next);
}

static void
put_missed(struct buf *b, const struct conversation *c,
	   const struct finding *d, struct esc_time now)
{
	long n = time_days_overdue(d->due, now);

	if (d->law != NULL) {
		put_law(b, c, d, now);
		return;
	}
	buf_puts(b, d->claimed ? T("promise claimed in ") : T("promise in "));
	put_when(b, c, d->message);
	put_quote(b, d->match);
	buf_puts(b, T(" was due "));
	put_due(b, d->due);
	buf_puts(b, T(" and is missed by "));
	put_days(b, c, n);
}

static void
r_resolved(struct buf *b, const struct conversation *c,
	   const struct ladder_facts *f, struct esc_time now)
{
	(void)now;
	buf_puts(b, T("resolution in "));
	put_when(b, c, f->resolution->message);
	put_quote(b, f->resolution->match);
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *d = &c->findings[i];

		if (d->type != FIND_DEADLINE || d->status != DL_LATE)
			continue;
		buf_puts(b, T("; promise in "));
		put_when(b, c, d->message);
		put_quote(b, d->match);
		buf_puts(b, T(" was kept late"));
	}
}

static void
r_complaint(struct buf *b, const struct conversation *c,
	    const struct ladder_facts *f, struct esc_time now)
{
	const struct message *m = msg_of(c, f->supervisor->message);

	buf_puts(b, f->supervisor->type == FIND_ESCALATED
			    ? T("escalated by the company in ")
			    : T("supervisor requested in "));
	put_when(b, c, f->supervisor->message);
	put_quote(b, f->supervisor->match);
	if (f->further != NULL) {
		buf_puts(b, T(", then "));
		put_missed(b, c, f->further, now);
		return;
	}
	buf_putc(b, ' ');
	put_days(b, c, (long)((now.t - m->time.t) / SECS_PER_DAY));
	buf_puts(b, T(" ago and the matter is not resolved"));
}

static void
r_escalate(struct buf *b, const struct conversation *c,
	   const struct ladder_facts *f, struct esc_time now)
{
	bool sol;

	if (f->governing && f->governing->status == DL_MISSED) {
		put_missed(b, c, f->governing, now);
		return;
	}
	sol = f->asked->request == REQ_SOLUTION;
	buf_puts(b, sol ? T("solution requested in ")
			: T("justification requested in "));
	put_when(b, c, f->asked->message);
	put_quote(b, f->asked->match);
	buf_puts(b, T(", and "));
	put_when(b, c, f->again->message);
	buf_puts(b, sol ? T(" is a template again")
			: T(" refuses again without a reason"));
	put_quote(b, f->again->match);
}

static void
r_justification(struct buf *b, const struct conversation *c,
		const struct ladder_facts *f, struct esc_time now)
{
	(void)now;
	buf_puts(b, T("refusal in "));
	put_when(b, c, f->refusal->message);
	put_quote(b, f->refusal->match);
	buf_puts(b, T(" gives no reason"));
}

static void
r_solution(struct buf *b, const struct conversation *c,
	   const struct ladder_facts *f, struct esc_time now)
{
	(void)now;
	buf_puts(b, T("@template-lead"));
	put_when(b, c, f->template_->message);
	buf_puts(b, T(" is a template reply"));
	put_quote(b, f->template_->match);
	buf_printf(b, "%s%.2f)", T(" (score "), f->template_->score);
}

static const struct finding *
unanswered_of(const struct conversation *c)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_UNANSWERED)
			return &c->findings[i];
	return NULL;
}

static void
r_deadline(struct buf *b, const struct conversation *c,
	   const struct ladder_facts *f, struct esc_time now)
{
	const struct finding *u = unanswered_of(c);

	if (f->vague == NULL) {
		buf_puts(b, T("no dated promise from the company"));
	} else {
		buf_puts(b, T("only a vague promise in "));
		put_when(b, c, f->vague->message);
		put_quote(b, f->vague->match);
		buf_puts(b, T(", no date"));
	}
	if (u != NULL) {
		buf_puts(b, "; ");
		put_when_as(b, c, u->message, "@message-subject");
		buf_puts(b, T(" unanswered for "));
		put_days(b, c, u->days);
	}
	if (f->governing && f->governing->law) {
		buf_puts(b, "; ");
		put_law(b, c, f->governing, now);
	}
}

static void
r_ticket(struct buf *b, const struct conversation *c,
	 const struct ladder_facts *f, struct esc_time now)
{
	(void)c;
	(void)f;
	(void)now;
	buf_puts(b, T("no ticket number in the conversation"));
}

static void
r_none(struct buf *b, const struct conversation *c,
       const struct ladder_facts *f, struct esc_time now)
{
	const struct finding *g = f->governing;

	(void)now;
	if (g == NULL) {
		buf_puts(b, T("nothing to act on"));
		return;
	}
	if (g->law != NULL && g->status == DL_PENDING) {
		put_law(b, c, g, now);
		return;
	}
	buf_puts(b, T("promise in "));
	put_when(b, c, g->message);
	put_quote(b, g->match);
	if (g->status == DL_PENDING) {
		buf_puts(b, T(" is due "));
		put_due(b, g->due);
	} else {
		buf_printf(b, "%s%zu",
			   g->status == DL_LATE ? T(" was kept late in message ")
						: T(" was kept in message "),
			   g->kept_by);
	}
}

/* ------------------------------------------------------------------ */
/* The rules, highest step first. */

typedef bool (*applies_fn)(const struct conversation *,
			   const struct ladder_facts *);
typedef void (*reason_fn)(struct buf *, const struct conversation *,
			  const struct ladder_facts *, struct esc_time);

static bool
a_complaint(const struct conversation *c, const struct ladder_facts *f)
{
	(void)c;
	return f->supervisor && (f->further || f->waited);
}

static bool
a_escalate(const struct conversation *c, const struct ladder_facts *f)
{
	(void)c;
	return (f->governing && f->governing->status == DL_MISSED) ||
	       f->again != NULL;
}

static bool
a_justification(const struct conversation *c, const struct ladder_facts *f)
{
	(void)c;
	return f->refusal != NULL;
}

/* While a resolve promise is pending the user waits for its date. */
static bool
a_solution(const struct conversation *c, const struct ladder_facts *f)
{
	(void)c;
	return f->template_ != NULL && !f->resolve_pending;
}

static bool
a_deadline(const struct conversation *c, const struct ladder_facts *f)
{
	(void)c;
	return !f->dated;
}

static bool
a_ticket(const struct conversation *c, const struct ladder_facts *f)
{
	(void)f;
	return c->tickets.n == 0;
}

static const struct {
	enum action action;
	applies_fn applies;
	reason_fn reason;
} rules[] = {
	{ACT_FORMAL_COMPLAINT, a_complaint, r_complaint},
	{ACT_ESCALATE, a_escalate, r_escalate},
	{ACT_REQUEST_JUSTIFICATION, a_justification, r_justification},
	{ACT_REQUEST_SOLUTION, a_solution, r_solution},
	{ACT_REQUEST_DEADLINE, a_deadline, r_deadline},
	{ACT_REQUEST_TICKET, a_ticket, r_ticket},
};

/* Record one applicable action with the reason it applies. */
static void
add_action(struct conversation *c, enum action a, reason_fn reason,
	   const struct ladder_facts *f, struct esc_time now)
{
	struct escalation *e = &c->esc;
	struct buf why = {0};

	reason(&why, c, f, now);
	e->reasons[e->n_actions] = buf_steal(&why);
	e->actions[e->n_actions++] = a;
}

void
ladder_decide(struct conversation *c, struct esc_time now)
{
	struct ladder_facts f;
	struct escalation *e = &c->esc;

	ladder_facts(c, now, &f);
	free(e->reason);
	free(e->lang);
	free(e->report_lang);
	e->report_lang = xstrdup(report_lang_for(c));
	for (size_t i = 0; i < e->n_actions; i++)
		free(e->reasons[i]);
	e->n_actions = 0;
	if (f.resolution != NULL)
		add_action(c, ACT_RESOLVED, r_resolved, &f, now);
	for (size_t i = 0; !f.resolution && i < sizeof(rules) / sizeof(rules[0]);
	     i++)
		if (rules[i].applies(c, &f))
			add_action(c, rules[i].action, rules[i].reason, &f, now);
	if (e->n_actions == 0)
		add_action(c, ACT_NONE, r_none, &f, now);
	e->action = e->actions[0];
	e->step = action_step(e->action);
	e->reason = xstrdup(e->reasons[0]);
	e->lang = xstrdup(conversation_lang(c));
}
