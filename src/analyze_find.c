/* analyze_find.c - the findings of one message from its live hits
 * (analyze_ctx.h): tickets, deadlines (promise.h), resolutions and
 * reopens (outcome.h), refusals, escalation requests, formal claims. */
#include "analyze_ctx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "outcome.h"

/* ------------------------------------------------------------------ */
/* Findings. */

static struct finding *
add_finding(struct msgctx *x, enum finding_type t, const struct hit *h)
{
	struct finding *f = conversation_add_finding(x->c, t, x->msg->index);

	f->match = xstrndup(x->text + h->start, h->end - h->start);
	f->pattern = xstrdup(h->pat->id);
	f->start = h->start;
	f->end = h->end;
	f->source = x->src;
	return f;
}

char *
ticket_normalize(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	struct buf b = {0};
	size_t i = 0;

	while (i < len) {
		if (u[i] == '#' || u[i] == ' ' || u[i] == '\t' || u[i] == '\n' ||
		    u[i] == '\r') {
			i++;
		} else if (i + 1 < len && u[i] == 0xc2 && u[i + 1] == 0xa0) {
			i += 2; /* no-break space */
		} else if (i + 2 < len && u[i] == 0xe2 &&
			   ((u[i + 1] == 0x84 && u[i + 2] == 0x96) ||
			    (u[i + 1] == 0x80 && u[i + 2] == 0xaf))) {
			i += 3; /* № and narrow no-break space */
		} else {
			char ch = (char)u[i++];

			if (ch >= 'a' && ch <= 'z')
				ch = (char)(ch - 'a' + 'A');
			buf_putc(&b, ch);
		}
	}
	if (b.s == NULL)
		return xstrdup("");
	while (b.len > 0 && b.s[b.len - 1] == '-')
		b.s[--b.len] = '\0';
	i = strspn(b.s, "-");
	if (i > 0)
		memmove(b.s, b.s + i, b.len - i + 1);
	return buf_steal(&b);
}

/* Is v a ticket the conversation already has a finding for? */
static bool
ticket_known(const struct conversation *c, const char *v)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == FIND_TICKET &&
		    strcmp(c->findings[i].value, v) == 0)
			return true;
	return false;
}

void
an_find_tickets(struct msgctx *x)
{
	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *h = &x->hits.v[i];
		const char *g;
		size_t glen;
		char *v;

		if (!alive(x, i, PAT_TICKET))
			continue;
		g = hit_group(h, x->text, "id", &glen);
		if (g == NULL) {
			g = x->text + h->start;
			glen = h->end - h->start;
		}
		v = ticket_normalize(g, glen);
		if (v[0] == '\0' || (x->src != SRC_TEXT && ticket_known(x->c, v))) {
			free(v);
			continue;
		}
		add_finding(x, FIND_TICKET, h)->value = v;
	}
}

static struct msg_view
view_of(struct msgctx *x)
{
	struct msg_view v = {
		.c = x->c,
		.msg = x->msg,
		.text = x->text,
		.len = x->len,
		.hits = x->hits.v,
		.n_hits = x->hits.n,
		.dead = x->dead,
		.sent_of = x->sent_of,
		.sent = x->sent,
		.n_sent = x->n_sent,
		.cal = x->o ? x->o->cal : NULL,
		.warnings = x->warnings,
	};

	return v;
}

/* Promises of the company, claims of the customer (src/promise.c). */
static void
find_deadlines(struct msgctx *x)
{
	struct msg_view v = view_of(x);

	promises_find(&v, x->company);
}

/* Resolutions and reopens (src/outcome.c). */
static void
find_outcomes(struct msgctx *x)
{
	struct msg_view v = view_of(x);

	outcomes_find(&v, x->company, x->first_finding);
}

static size_t
first_live(const struct msgctx *x, enum pat_type t)
{
	for (size_t i = 0; i < x->hits.n; i++)
		if (alive(x, i, t))
			return i;
	return SIZE_MAX;
}

static void
find_refusal(struct msgctx *x)
{
	size_t i = first_live(x, PAT_REFUSAL);

	if (i == SIZE_MAX)
		return;
	add_finding(x, FIND_REFUSAL, &x->hits.v[i])->justified =
		has_live(x, PAT_JUSTIFICATION);
}




/* One escalation request of each kind per message. */
static void
find_requests(struct msgctx *x)
{
	bool seen[REQ_WRITTEN + 1] = {false};

	for (size_t i = 0; i < x->hits.n; i++) {
		enum request_kind k;

		if (!alive(x, i, PAT_ESCALATION_REQUEST))
			continue;
		k = an_request_of(x->hits.v[i].pat);
		if (seen[k])
			continue;
		seen[k] = true;
		add_finding(x, FIND_ESCALATION_REQUEST, &x->hits.v[i])->request =
			k;
	}
}

/* The customer's formal claims, one per category and message, with the
 * category of the pattern's meta (docs/law.md). */
static void
find_formal_claims(struct msgctx *x)
{
	struct strlist seen = {0};

	for (size_t i = 0; i < x->hits.n; i++) {
		const char *cat;

		if (!alive(x, i, PAT_FORMAL_CLAIM))
			continue;
		cat = pattern_meta(x->hits.v[i].pat, "category");
		cat = cat ? cat : "general";
		if (strlist_contains(&seen, cat))
			continue;
		strlist_push(&seen, cat);
		add_finding(x, FIND_FORMAL_CLAIM, &x->hits.v[i])->category =
			xstrdup(cat);
	}
	strlist_free(&seen);
}

/* The company saying it passed the matter up, to a manager or the
 * complaints team: an escalation promised (SPEC 7), not under a
 * condition ("if it is not fixed by Friday, I will escalate"). One per
 * message. */
static void
find_escalated(struct msgctx *x)
{
	struct msg_view v = view_of(x);

	for (size_t i = 0; i < x->hits.n; i++)
		if (alive(x, i, PAT_ESCALATED) && !hit_after_condition(&v, i)) {
			add_finding(x, FIND_ESCALATED, &x->hits.v[i]);
			return;
		}
}

void
an_analyze_hits(struct msgctx *x)
{
	enum role r = x->msg->role;

	x->company = an_is_company(x);
	an_find_tickets(x);
	if (x->company || r == ROLE_CUSTOMER)
		find_deadlines(x);
	if (x->company) {
		find_refusal(x);
		find_escalated(x);
	}
	find_outcomes(x);
	if (r == ROLE_CUSTOMER) {
		find_requests(x);
		find_formal_claims(x);
	}
	if (x->company)
		an_find_template(x);
}
