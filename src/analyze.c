/* analyze.c - turn the pattern hits of each message into findings. */
#include "analyze.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "legal.h"
#include "outcome.h"
#include "overlap.h"
#include "promise.h"
#include "judge.h"
#include "template.h"

/* every type analysis reads (operator phrases are for roles only) */
#define ALL_TYPES (((1u << PAT_TYPE_COUNT) - 1u) & ~(1u << PAT_OPERATOR))

/* Working state for one message. */
struct msgctx {
	struct conversation *c;
	const struct message *msg;
	const char *text;
	size_t len;
	const struct analyze_opts *o;
	struct strlist *warnings;
	struct hitlist hits;
	bool *dead;	   /* per hit: cancelled or shadowed */
	size_t *sent_of;   /* per hit: sentence of its start */
	struct text_span *sent; /* sentences */
	size_t n_sent, cap_sent;
	bool company;
	size_t first_finding; /* c->n_findings when the message started */
	enum finding_source src; /* the text scanned: a field for tickets */
};

/* ------------------------------------------------------------------ */
/* Sentences: split at . ! ? … and newlines, but not inside "25.11.2026",
 * "п. 4.2", "i.e. by", decimals: a dot ends a sentence only when spaces
 * (or the end, or a newline) follow and the next word does not start
 * with a digit or a lower-case letter. */

static bool
is_lower_at(const unsigned char *s, size_t len, size_t i)
{
	unsigned char b = i + 1 < len ? s[i + 1] : 0;

	if (s[i] >= 'a' && s[i] <= 'z')
		return true;
	if (s[i] == 0xd0)
		return b >= 0xb0 && b <= 0xbf;
	if (s[i] == 0xd1)
		return (b >= 0x80 && b <= 0x8f) || b == 0x91;
	return false;
}

static size_t
skip_blanks(const unsigned char *s, size_t len, size_t j)
{
	for (;;) {
		if (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
			j++;
		else if (j + 1 < len && s[j] == 0xc2 && s[j + 1] == 0xa0)
			j += 2;
		else
			return j;
	}
}

/* Whether the dot (or ellipsis) ending at byte 'i' ends a sentence. */
static bool
dot_ends(const unsigned char *s, size_t len, size_t i)
{
	size_t j = i + 1;

	if (j < len && s[j] == '.')
		return false; /* "...": the last dot decides */
	j = skip_blanks(s, len, j);
	if (j >= len || s[j] == '\n')
		return true;
	if (j == i + 1)
		return false; /* "25.11", "i.e.", "example.com" */
	if (s[j] >= '0' && s[j] <= '9')
		return false; /* "п. 4.2" */
	return !is_lower_at(s, len, j);
}

/* A line at least this many characters long that stops without
 * sentence punctuation runs on into the next line (a mail body wrapped
 * at 72 columns). */
#define WRAP_MIN_CHARS 40

static size_t
chars_between(const unsigned char *s, size_t from, size_t to)
{
	size_t n = 0;

	for (size_t i = from; i < to; i++)
		n += (s[i] & 0xc0) != 0x80;
	return n;
}

static bool
list_marker_at(const unsigned char *s, size_t len, size_t j)
{
	if (j >= len)
		return false;
	if (s[j] == '-' || s[j] == '*' || s[j] == '>' ||
	    (j + 2 < len && s[j] == 0xe2 && s[j + 1] == 0x80 &&
	     (s[j + 2] == 0xa2 || s[j + 2] == 0x94)))
		return true; /* -, *, >, bullet, em dash */
	while (j < len && s[j] >= '0' && s[j] <= '9')
		j++;
	/* "2." or "2)" opens an item; "19.11," is a date wrapped onto
	 * the line */
	return j > 0 && j < len && s[j - 1] >= '0' && s[j - 1] <= '9' &&
	       (s[j] == '.' || s[j] == ')') &&
	       !(j + 1 < len && s[j + 1] >= '0' && s[j + 1] <= '9');
}

/* "Subject: Number port stuck - (312) 555-0147": a label of at most
 * three words and a colon opens the line; such lines never wrap. */
static bool
label_line(const unsigned char *s, size_t b, size_t e)
{
	size_t words = 0;
	bool in = false;

	for (size_t i = b; i < e && words <= 3; i++) {
		if (s[i] == ':')
			return i > b && i + 1 < e && s[i + 1] == ' ';
		if (s[i] == ' ' || s[i] == '\t') {
			in = false;
		} else if (!in) {
			in = true;
			words++;
		}
	}
	return false;
}

/* Whether the newline at i only wraps a long line inside a sentence:
 * the line is long, ends without . ! ? : ; and the next line goes on
 * with text (not a blank line, not a list item). */
static bool
soft_wrap(const unsigned char *s, size_t len, size_t i)
{
	size_t b = i, e = i, j = i + 1;

	while (b > 0 && s[b - 1] != '\n')
		b--;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (e == b || chars_between(s, b, e) < WRAP_MIN_CHARS ||
	    label_line(s, b, e))
		return false;
	if (strchr(".!?:;", s[e - 1]) != NULL ||
	    (e >= 3 && s[e - 3] == 0xe2 && s[e - 2] == 0x80 && s[e - 1] == 0xa6))
		return false;
	while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
		j++;
	return j < len && s[j] != '\n' && !list_marker_at(s, len, j);
}

/* Length of a sentence terminator at i, or 0. */
static size_t
terminator_at(const unsigned char *s, size_t len, size_t i)
{
	if (s[i] == '\n')
		return soft_wrap(s, len, i) ? 0 : 1;
	if (s[i] == '!' || s[i] == '?')
		return 1;
	if (s[i] == '.')
		return dot_ends(s, len, i) ? 1 : 0;
	if (i + 2 < len && s[i] == 0xe2 && s[i + 1] == 0x80 && s[i + 2] == 0xa6)
		return dot_ends(s, len, i + 2) ? 3 : 0;
	return 0;
}

static void
push_sentence(struct msgctx *x, size_t start, size_t end)
{
	if (end <= start)
		return;
	x->sent = xgrow(x->sent, &x->cap_sent, x->n_sent + 1,
			sizeof(*x->sent));
	x->sent[x->n_sent].start = start;
	x->sent[x->n_sent].end = end;
	x->n_sent++;
}

static void
split_sentences(struct msgctx *x)
{
	const unsigned char *s = (const unsigned char *)x->text;
	size_t start = 0;

	for (size_t i = 0; i < x->len; i++) {
		size_t t = terminator_at(s, x->len, i);

		if (t == 0)
			continue;
		push_sentence(x, start, i + t);
		start = i + t;
		i += t - 1;
	}
	push_sentence(x, start, x->len);
}

static size_t
sentence_of(const struct msgctx *x, size_t pos)
{
	size_t lo = 0, hi = x->n_sent;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->sent[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n_sent ? lo : (x->n_sent ? x->n_sent - 1 : 0);
}

/* ------------------------------------------------------------------ */
/* Hits: which are alive after traps and overlaps. */

static bool
alive(const struct msgctx *x, size_t i, enum pat_type t)
{
	return !x->dead[i] && x->hits.v[i].pat->type == t;
}

static bool
has_live(const struct msgctx *x, enum pat_type t)
{
	for (size_t i = 0; i < x->hits.n; i++)
		if (alive(x, i, t))
			return true;
	return false;
}

static const struct {
	const char *name;
	enum pat_type type;
} cancel_names[] = {
	{"promise", PAT_PROMISE},
	{"refusal", PAT_REFUSAL},
	{"deadline", PAT_DEADLINE},
	{"resolution", PAT_RESOLUTION},
	{"claim", PAT_CLAIM},
	{"template", PAT_TEMPLATE},
	{"ticket", PAT_TICKET},
};

/* Whether a not-promise trap (meta cancels=, a comma list; default
 * "promise") cancels hits of type t. */
static bool
trap_cancels(const struct pattern *p, enum pat_type t)
{
	const char *v = pattern_meta(p, "cancels");

	if (v == NULL)
		return t == PAT_PROMISE;
	for (size_t i = 0; i < sizeof(cancel_names) / sizeof(cancel_names[0]);
	     i++) {
		const char *at = strstr(v, cancel_names[i].name);
		size_t n = strlen(cancel_names[i].name);

		if (cancel_names[i].type == t && at != NULL &&
		    (at == v || at[-1] == ',' || at[-1] == ' ') &&
		    (at[n] == '\0' || at[n] == ',' || at[n] == ' '))
			return true;
	}
	return false;
}

/* A ticket trap ("order #5512", "booking reference ABC123") cancels
 * the ticket hit whose number it holds, not its whole sentence. */
static bool
trap_holds_id(const struct msgctx *x, const struct hit *trap,
	      const struct hit *t)
{
	size_t glen;
	const char *g = hit_group(t, x->text, "id", &glen);
	size_t s = g ? (size_t)(g - x->text) : t->start;
	size_t e = g ? s + glen : t->end;

	return trap->start <= s && trap->end >= e;
}

/* A trap with meta role=customer ("I'm going to call my bank", «я сам
 * перезвоню») holds in the customer's messages only: the same words
 * from an agent are a promise. */
static bool
trap_for_role(const struct msgctx *x, const struct pattern *p)
{
	const char *r = pattern_meta(p, "role");

	if (r == NULL)
		return true;
	if (strcmp(r, "customer") == 0)
		return x->msg->role != ROLE_AGENT;
	return x->msg->role != ROLE_CUSTOMER;
}

static void
apply_trap(struct msgctx *x, size_t trap)
{
	const struct hit *h = &x->hits.v[trap];
	size_t end = h->end > h->start ? h->end - 1 : h->start;
	size_t s0 = sentence_of(x, h->start), s1 = sentence_of(x, end);

	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *o = &x->hits.v[i];

		if (i == trap || o->pat->type == PAT_NOT_PROMISE)
			continue;
		if (o->pat->type == PAT_TICKET) {
			if (trap_cancels(h->pat, PAT_TICKET) &&
			    trap_holds_id(x, h, o))
				x->dead[i] = true;
			continue;
		}
		if (x->sent_of[i] >= s0 && x->sent_of[i] <= s1 &&
		    trap_cancels(h->pat, o->pat->type))
			x->dead[i] = true;
	}
}

static enum request_kind request_of(const struct pattern *p);

/* Of overlapping hits of one type, keep the longest (the first on a
 * tie). */
static void
drop_overlaps(struct msgctx *x)
{
	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *a = &x->hits.v[i];

		for (size_t j = i + 1; j < x->hits.n && !x->dead[i]; j++) {
			const struct hit *b = &x->hits.v[j];

			if (x->dead[j] || b->pat->type != a->pat->type ||
			    b->start >= a->end || a->start >= b->end ||
			    (a->pat->type == PAT_CLAUSE &&
			     clause_class_of(a) != clause_class_of(b)) ||
			    (a->pat->type == PAT_ESCALATION_REQUEST &&
			     request_of(a->pat) != request_of(b->pat)))
				continue;
			if (b->end - b->start > a->end - a->start)
				x->dead[i] = true;
			else
				x->dead[j] = true;
		}
	}
}

/* Negation words that, among the three words before a resolution,
 * turn it around: "не вернули деньги", "has not been fixed". */
static const char *const negations[] = {
	"не", "Не", "НЕ", "нет", "Нет", "ни", "not", "Not", "NOT", "never",
	"Never", "yet",
};

static bool
is_negation(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof(negations) / sizeof(negations[0]); i++)
		if (strlen(negations[i]) == n && memcmp(negations[i], w, n) == 0)
			return true;
	return false;
}

static bool
word_byte(unsigned char ch)
{
	return ch >= 0x80 || (ch >= 'a' && ch <= 'z') ||
	       (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* Whether the byte ends a clause: a "не" before it belongs to another
 * clause ("Не нужно, всё решилось"). */
static bool
clause_end(unsigned char ch)
{
	return ch == ',' || ch == ';' || ch == '.' || ch == '!' || ch == '?';
}

/* Whether one of the NEGATION_WORDS words before 'pos' (within the
 * sentence that starts at 'from', and not past a clause end) negates. */
#define NEGATION_WORDS 3
static bool
negated(const char *text, size_t from, size_t pos)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = pos;

	for (int w = 0; w < NEGATION_WORDS && i > from; w++) {
		size_t end;

		while (i > from && !word_byte(u[i - 1])) {
			if (clause_end(u[i - 1]))
				return false;
			i--;
		}
		end = i;
		while (i > from && word_byte(u[i - 1]))
			i--;
		if (end > i && is_negation(text + i, end - i))
			return true;
	}
	return false;
}

static void
prepare_hits(struct msgctx *x)
{
	x->dead = xcalloc(x->hits.n + 1, sizeof(*x->dead));
	x->sent_of = xcalloc(x->hits.n + 1, sizeof(*x->sent_of));
	/* patterns for subjects and titles only (meta where=subject) */
	for (size_t i = 0; i < x->hits.n; i++)
		if (x->src == SRC_TEXT || x->src == SRC_SIGNATURE)
			x->dead[i] = pattern_meta(x->hits.v[i].pat, "where") != NULL;
	for (size_t i = 0; i < x->hits.n; i++)
		x->sent_of[i] = sentence_of(x, x->hits.v[i].start);
	for (size_t i = 0; i < x->hits.n; i++)
		if (x->hits.v[i].pat->type == PAT_NOT_PROMISE &&
		    trap_for_role(x, x->hits.v[i].pat))
			apply_trap(x, i);
	for (size_t i = 0; i < x->hits.n; i++)
		if (x->hits.v[i].pat->type == PAT_RESOLUTION &&
		    negated(x->text, x->sent[x->sent_of[i]].start,
			    x->hits.v[i].start))
			x->dead[i] = true;
	drop_overlaps(x);
}

/* The company's message: an agent's; an unknown sender's when it
 * sounds like the company (a promise, template or refusal and no
 * customer's claim or request). */
static bool
is_company(const struct msgctx *x)
{
	if (x->msg->role == ROLE_AGENT)
		return true;
	if (x->msg->role != ROLE_UNKNOWN)
		return false;
	if (has_live(x, PAT_CLAIM) || has_live(x, PAT_ESCALATION_REQUEST) ||
	    has_live(x, PAT_FORMAL_CLAIM))
		return false;
	return has_live(x, PAT_PROMISE) || has_live(x, PAT_TEMPLATE) ||
	       has_live(x, PAT_REFUSAL);
}

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

static void
find_tickets(struct msgctx *x)
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


static const struct {
	const char *name;
	enum request_kind kind;
} request_names[] = {
	{"solution", REQ_SOLUTION},
	{"justification", REQ_JUSTIFICATION},
	{"supervisor", REQ_SUPERVISOR},
	{"written", REQ_WRITTEN},
};

static enum request_kind
request_of(const struct pattern *p)
{
	const char *r = pattern_meta(p, "request");

	for (size_t i = 0; r && i < sizeof(request_names) /
					     sizeof(request_names[0]);
	     i++)
		if (strcmp(r, request_names[i].name) == 0)
			return request_names[i].kind;
	return REQ_SUPERVISOR;
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
		k = request_of(x->hits.v[i].pat);
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

/* ------------------------------------------------------------------ */
/* Template score: src/template.c (docs/templates.md). */

/* A sentence that ends in a question mark asks the customer something
 * of the case ("Could you tell me if there is water in the base?"); a
 * courtesy question ("Is there anything else I can help you with?")
 * has its own class. */
static bool
asks(const char *text, size_t a, size_t b)
{
	while (b > a && strchr(" \n\t\r", text[b - 1]) != NULL)
		b--;
	return b > a && text[b - 1] == '?';
}

/* Per sentence, what its clause hits say for the template score. */
static struct tpl_hint *
sentence_hints(const struct msgctx *x)
{
	struct tpl_hint *h = xcalloc(x->n_sent + 1, sizeof(*h));
	bool *future = xcalloc(x->n_sent + 1, sizeof(*future));
	bool *reply = xcalloc(x->n_sent + 1, sizeof(*reply));
	bool *past = xcalloc(x->n_sent + 1, sizeof(*past));
	struct overlap *o = overlap_new(x->c, x->msg->index);

	for (size_t i = 0; i < x->hits.n; i++) {
		size_t s = x->sent_of[i];

		if (x->dead[i] || s >= x->n_sent)
			continue;
		switch (clause_class_of(&x->hits.v[i])) {
		case CL_COURTESY: h[s].courtesy = true; break;
		case CL_GENERIC: h[s].generic = true; break;
		case CL_FUTURE: future[s] = true; break;
		case CL_REPLY: reply[s] = true; break;
		case CL_PAST:
		case CL_ORDER: past[s] = true; break; /* a fact, a request */
		default: break;
		}
	}
	for (size_t s = 0; s < x->n_sent; s++) {
		size_t a = x->sent[s].start, b = x->sent[s].end;

		h[s].reply_talk = future[s] && reply[s] && !asks(x->text, a, b);
		h[s].unspecific = !past[s] && !asks(x->text, a, b) &&
				  !overlap_shares(o, x->text, a, b);
	}
	overlap_free(o);
	free(past);
	free(future);
	free(reply);
	return h;
}

/* The form fields of the message's template score: its ticket numbers
 * and the time words of its reply-time and vague promises. Returns an
 * array of *n spans that the caller frees. */
static struct tpl_span *
template_fields(const struct msgctx *x, size_t *n)
{
	const struct conversation *c = x->c;
	struct tpl_span *v = xcalloc(c->n_findings - x->first_finding + 1,
				     sizeof(*v));

	*n = 0;
	for (size_t i = x->first_finding; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type == FIND_TICKET ||
		    (f->type == FIND_DEADLINE && !f->claimed &&
		     (f->promise == PROMISE_REPLY || f->vague)))
			v[(*n)++] = (struct tpl_span){f->start, f->end};
	}
	return v;
}

/* Whether the message promises a dated answer (SPEC 4: the standard
 * reply-time promise of an acknowledgement). */
static bool
promises_reply_time(const struct msgctx *x)
{
	for (size_t i = x->first_finding; i < x->c->n_findings; i++) {
		const struct finding *f = &x->c->findings[i];

		if (f->type == FIND_DEADLINE && !f->claimed && !f->vague &&
		    f->promise == PROMISE_REPLY)
			return true;
	}
	return false;
}

static void
find_template(struct msgctx *x)
{
	struct template_input in = {0};
	struct tpl_hit *th;
	struct tpl_span *ts;
	struct tpl_span *fields;
	struct tpl_hint *hint;
	bool *filler;
	size_t n = 0;

	if (!has_live(x, PAT_TEMPLATE) && x->msg->near_convs == 0)
		return;
	th = xcalloc(x->hits.n + 1, sizeof(*th));
	ts = xcalloc(x->n_sent + 1, sizeof(*ts));
	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *h = &x->hits.v[i];

		if (alive(x, i, PAT_TEMPLATE))
			th[n++] = (struct tpl_hit){h->pat->id,
						   template_weight(h->pat),
						   h->start, h->end,
						   x->sent_of[i]};
	}
	for (size_t s = 0; s < x->n_sent; s++)
		ts[s] = (struct tpl_span){x->sent[s].start, x->sent[s].end};
	in.text = x->text;
	in.sent = ts;
	in.n_sent = x->n_sent;
	in.hits = th;
	in.n_hits = n;
	in.near_convs = x->msg->near_convs;
	in.reasoned = has_live(x, PAT_JUSTIFICATION);
	fields = template_fields(x, &in.n_fields);
	in.fields = fields;
	in.substantive =
		template_specifics(x->c, x->first_finding, &in, &in.ticket);
	in.reply_time = promises_reply_time(x);
	filler = xcalloc(x->n_sent + 1, sizeof(*filler));
	hint = sentence_hints(x);
	template_fillers(x->c, x->first_finding, x->text, ts, hint, x->n_sent,
			 filler);
	in.filler = filler;
	template_find(x->c, x->msg->index, &in);
	free(hint);
	free(filler);
	free(fields);
	free(th);
	free(ts);
}

/* ------------------------------------------------------------------ */

static int
finding_cmp(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

static void
analyze_hits(struct msgctx *x)
{
	enum role r = x->msg->role;

	x->company = is_company(x);
	find_tickets(x);
	if (x->company || r == ROLE_CUSTOMER)
		find_deadlines(x);
	if (x->company)
		find_refusal(x);
	find_outcomes(x);
	if (r == ROLE_CUSTOMER) {
		find_requests(x);
		find_formal_claims(x);
	}
	if (x->company)
		find_template(x);
}

static size_t
letters(const char *t, size_t a, size_t b)
{
	size_t n = 0;

	for (size_t i = a; i < b; i++)
		n += (unsigned char)t[i] >= 0x80 ? ((t[i] & 0xc0) != 0x80)
						 : (t[i] >= 'A' && t[i] <= 'Z') ||
							   (t[i] >= 'a' && t[i] <= 'z');
	return n;
}

/* Letters of sentence s that courtesy hits cover. */
static size_t
courtesy_letters(const struct msgctx *x, size_t s)
{
	size_t n = 0, from = x->sent[s].start;

	for (size_t i = 0; i < x->hits.n; i++) {
		const struct hit *h = &x->hits.v[i];
		size_t a = h->start > from ? h->start : from;

		if (x->dead[i] || x->sent_of[i] != s ||
		    clause_class_of(h) != CL_COURTESY || h->end <= a)
			continue;
		n += letters(x->text, a,
			     h->end < x->sent[s].end ? h->end : x->sent[s].end);
		from = h->end;
	}
	return n;
}


/* A message of courtesy alone: nothing found in it, and courtesy hits
 * cover most letters of every sentence that has more than a word or
 * two. */
static bool
only_courtesy(const struct msgctx *x)
{
	if (x->c->n_findings > x->first_finding)
		return false;
	for (size_t s = 0; s < x->n_sent; s++) {
		size_t all = letters(x->text, x->sent[s].start, x->sent[s].end);

		if (all > 12 && courtesy_letters(x, s) * 10 < all * 6)
			return false;
	}
	return x->n_sent > 0;
}

/* Match every pattern over the message; a limit hit is a warning that
 * names the message ("message 3: pattern ID: match limit exceeded"). */
static void
scan_message(struct matcher *m, struct msgctx *x, size_t mi,
	     struct strlist *warnings)
{
	struct strlist w = {0};

	matcher_scan(m, x->text, x->len, ALL_TYPES, &x->hits, &w);
	for (size_t i = 0; i < w.n; i++)
		strlist_pushf(warnings, "message %zu: %s", mi + 1, w.v[i]);
	strlist_free(&w);
}

/* Tickets in a field of message mi outside its analyzed text (SPEC 4):
 * the Subject, the removed signature, a saved page's title. Only the
 * ticket patterns and their traps run there; a ticket the conversation
 * already has is not found again, and these findings come after the
 * template score, so they never make a canned reply specific. */
static void
field_tickets(struct conversation *c, size_t mi, struct matcher *m,
	      const char *text, enum finding_source src,
	      struct strlist *warnings)
{
	struct msgctx x = {0};
	struct strlist w = {0};

	if (text == NULL || *text == '\0')
		return;
	x.c = c;
	x.msg = &c->msgs[mi];
	x.text = text;
	x.len = strlen(text);
	x.warnings = warnings;
	x.first_finding = c->n_findings;
	x.src = src;
	matcher_scan(m, text, x.len, (1u << PAT_TICKET) | (1u << PAT_NOT_PROMISE),
		     &x.hits, &w);
	for (size_t i = 0; i < w.n; i++)
		strlist_pushf(warnings, "message %zu: %s", mi + 1, w.v[i]);
	strlist_free(&w);
	split_sentences(&x);
	prepare_hits(&x);
	find_tickets(&x);
	hitlist_free(&x.hits);
	free(x.dead);
	free(x.sent_of);
	free(x.sent);
}

/* The fields of message mi that tickets are looked for in; a page's
 * title is its first message's (the conversation's subject where the
 * messages have none). */
static void
message_field_tickets(struct conversation *c, size_t mi, struct matcher *m,
		      struct strlist *warnings)
{
	const struct message *msg = &c->msgs[mi];

	field_tickets(c, mi, m, msg->subject, SRC_SUBJECT, warnings);
	field_tickets(c, mi, m, msg->signature, SRC_SIGNATURE, warnings);
	if (mi == 0 && msg->subject == NULL && c->subject != NULL)
		field_tickets(c, mi, m, c->subject, SRC_TITLE, warnings);
}

static void
analyze_message(struct conversation *c, size_t mi, struct matcher *m,
		const struct analyze_opts *o, struct strlist *warnings)
{
	struct msgctx x = {0};
	size_t n;

	x.c = c;
	x.msg = &c->msgs[mi];
	x.text = x.msg->text;
	x.o = o;
	x.warnings = warnings;
	x.first_finding = c->n_findings;
	if (x.msg->role == ROLE_SYSTEM || x.text == NULL)
		return;
	x.len = strlen(x.text);
	scan_message(m, &x, mi, warnings);
	split_sentences(&x);
	prepare_hits(&x);
	analyze_hits(&x);
	c->msgs[mi].pleasantry = only_courtesy(&x);
	n = c->n_findings - x.first_finding;
	if (n > 1)
		qsort(c->findings + x.first_finding, n, sizeof(*c->findings),
		      finding_cmp);
	hitlist_free(&x.hits);
	free(x.dead);
	free(x.sent_of);
	free(x.sent);
	message_field_tickets(c, mi, m, warnings);
}

/* Tickets from the company's messages first, then the customer's. */
static void
collect_tickets(struct conversation *c)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < c->n_findings; i++) {
			const struct finding *f = &c->findings[i];
			bool cust;

			if (f->type != FIND_TICKET || f->message < 1 ||
			    f->message > c->n_msgs)
				continue;
			cust = c->msgs[f->message - 1].role == ROLE_CUSTOMER;
			if (cust == (pass == 1) &&
			    !strlist_contains(&c->tickets, f->value))
				strlist_push(&c->tickets, f->value);
		}
	}
}

void
analyze_findings(struct conversation *c, struct matcher *m,
		 const struct analyze_opts *o, struct strlist *warnings)
{
	struct strlist sink = {0};

	if (c == NULL)
		return;
	if (warnings == NULL)
		warnings = &sink;
	for (size_t i = 0; i < c->n_findings; i++)
		finding_clear(&c->findings[i]);
	c->n_findings = 0;
	strlist_free(&c->tickets);
	for (size_t i = 0; i < c->n_msgs; i++)
		analyze_message(c, i, m, o, warnings);
	collect_tickets(c);
	if (o != NULL && o->law != NULL) {
		legal_set_jurisdiction(c, o->jurisdiction);
		legal_deadlines_add(c, o->law, o->cal_given ? o->cal : NULL);
	}
	strlist_free(&sink);
}

void
analyze_conversation(struct conversation *c, struct matcher *m,
		     const struct analyze_opts *o, struct strlist *warnings)
{
	analyze_findings(c, m, o, warnings);
	judge_conversation(c, o->cal, o->answer_within, o->now);
}
