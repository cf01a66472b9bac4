/* draft.c - the next message to send, filled from the draft files. */
#include "draft.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "i18n.h"
#include "ladder.h"
#include "lang.h"

#define MAX_VARS 32
#define NAME_MAX_LEN 32

struct var {
	const char *name;
	char *value; /* owned; never empty */
};

struct vars {
	struct var v[MAX_VARS];
	size_t n;
	bool ru;
};

/* Set a placeholder; an empty or NULL value leaves it unset. Takes
 * 'value'. */
static void
var_set(struct vars *vs, const char *name, char *value)
{
	if (value == NULL || value[0] == '\0' || vs->n == MAX_VARS) {
		free(value);
		return;
	}
	vs->v[vs->n].name = name;
	vs->v[vs->n].value = value;
	vs->n++;
}

static const char *
var_get(const struct vars *vs, const char *name, size_t len)
{
	for (size_t i = 0; i < vs->n; i++)
		if (strlen(vs->v[i].name) == len &&
		    memcmp(vs->v[i].name, name, len) == 0)
			return vs->v[i].value;
	return NULL;
}

static void
vars_free(struct vars *vs)
{
	for (size_t i = 0; i < vs->n; i++)
		free(vs->v[i].value);
	vs->n = 0;
}

/* ------------------------------------------------------------------ */
/* Values. */

/* "N days" in the draft's language. Caller frees. */
static char *
days(const struct vars *vs, long n)
{
	return tr_days(vs->ru ? "ru" : "en", n);
}

static const struct message *
msg_of(const struct conversation *c, size_t index)
{
	if (index < 1 || index > c->n_msgs)
		return NULL;
	return &c->msgs[index - 1];
}

static char *
fmt_date(struct esc_time t, bool ru)
{
	char out[16];

	time_format_date(t, out, ru);
	return xstrdup(out);
}

static char *
msg_date(const struct conversation *c, size_t index, bool ru)
{
	const struct message *m = msg_of(c, index);

	return m && m->time.set ? fmt_date(m->time, ru) : NULL;
}

/* A quote on one line. */
static char *
one_line(const char *s)
{
	char *q = xstrdup(s ? s : "");

	for (char *p = q; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	return q;
}

/* A legal deadline: the claim, the rule, who is next (docs/law.md). */
static void
law_vars(struct vars *vs, const struct conversation *c,
	 const struct finding *p)
{
	var_set(vs, "claim_quote", one_line(p->match));
	var_set(vs, "claim_date", msg_date(c, p->message, vs->ru));
	var_set(vs, "law_citation", xstrdup(p->law->citation));
	var_set(vs, "law_next", xstrdup(p->law->next));
	var_set(vs, "law_period", xstrdup(p->law->period));
	var_set(vs, "law_what",
		xstrdup(p->promise == PROMISE_REPLY
				? (vs->ru ? "ответить" : "to answer")
				: (vs->ru ? "удовлетворить требование"
					  : "to meet the claim")));
}

/* The customer message left unanswered (src/unanswered.c). */
static void
unanswered_vars(struct vars *vs, const struct conversation *c)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type != FIND_UNANSWERED)
			continue;
		var_set(vs, "unanswered_date", msg_date(c, f->message, vs->ru));
		var_set(vs, "unanswered_days", days(vs, f->days));
		return;
	}
}

static void
promise_vars(struct vars *vs, const struct conversation *c,
	     const struct finding *p, struct esc_time now)
{
	const struct message *m;
	char hm[8];
	bool ru = vs->ru;

	if (p == NULL)
		return;
	m = msg_of(c, p->message);
	var_set(vs, "promise_what",
		xstrdup(p->promise == PROMISE_REPLY
				? (ru ? "ответить" : "to reply")
				: (ru ? "решить вопрос" : "to resolve the issue")));
	var_set(vs, "due_date", fmt_date(p->due, ru));
	if (p->status == DL_MISSED)
		var_set(vs, "overdue_days",
			days(vs, time_days_overdue(p->due, now)));
	if (p->law != NULL) {
		law_vars(vs, c, p);
		return;
	}
	if (p->claimed) {
		var_set(vs, "claimed_quote", one_line(p->match));
		return;
	}
	var_set(vs, "promise_quote", one_line(p->match));
	if (m == NULL || !m->time.set)
		return;
	var_set(vs, "promise_made_date", fmt_date(m->time, ru));
	time_format_hm(m->time, hm);
	var_set(vs, "promise_made_time", xstrdup(hm));
	var_set(vs, "channel_where",
		xstrdup(conversation_is_email(c)
				? (ru ? "в письме" : "in your email")
				: (ru ? "в чате" : "in the chat")));
}

static void
quote_vars(struct vars *vs, const struct conversation *c,
	   const struct finding *f, const char *quote, const char *date)
{
	if (f == NULL)
		return;
	var_set(vs, quote, one_line(f->match));
	var_set(vs, date, msg_date(c, f->message, vs->ru));
}

static void
request_vars(struct vars *vs, const struct conversation *c,
	     const struct ladder_facts *f, struct esc_time now)
{
	const struct message *m;
	bool made;

	if (f->asked != NULL) {
		var_set(vs, "asked_date", msg_date(c, f->asked->message, vs->ru));
		quote_vars(vs, c, f->again,
			   f->again->type == FIND_TEMPLATE
				   ? "again_template_quote"
				   : "again_refusal_quote",
			   "again_date");
	}
	if (f->supervisor == NULL)
		return;
	m = msg_of(c, f->supervisor->message);
	made = f->supervisor->type == FIND_ESCALATED; /* by the company */
	var_set(vs, made ? "escalated_date" : "request_date",
		msg_date(c, f->supervisor->message, vs->ru));
	if (m && m->time.set && now.set && now.t > m->time.t)
		var_set(vs, made ? "escalated_days" : "request_days",
			days(vs, (long)((now.t - m->time.t) / SECS_PER_DAY)));
}

static void
fill_vars(struct vars *vs, const struct conversation *c, struct esc_time now)
{
	struct ladder_facts f;
	const struct finding *p;

	ladder_facts(c, now, &f);
	if (c->tickets.n > 0)
		var_set(vs, "ticket", xstrdup(c->tickets.v[0]));
	p = c->esc.action == ACT_FORMAL_COMPLAINT && f.further ? f.further
							       : f.governing;
	promise_vars(vs, c, p, now);
	quote_vars(vs, c, f.vague, "vague_quote", "vague_date");
	quote_vars(vs, c, f.template_, "template_quote", "template_date");
	quote_vars(vs, c, f.refusal, "refusal_quote", "refusal_date");
	request_vars(vs, c, &f, now);
	unanswered_vars(vs, c);
}

/* ------------------------------------------------------------------ */
/* Draft files: "[action]" sections of lines with placeholders. */

/* The body of section 'name' in 'text': *len bytes from the returned
 * pointer, or NULL. */
static const char *
find_section(const char *text, const char *name, size_t *len)
{
	size_t n = strlen(name);
	const char *p = text, *body = NULL;

	while (p && *p) {
		const char *eol = strchr(p, '\n');
		const char *next = eol ? eol + 1 : p + strlen(p);

		if (body == NULL && p[0] == '[' && strncmp(p + 1, name, n) == 0 &&
		    p[n + 1] == ']') {
			body = next;
		} else if (body != NULL && p[0] == '[') {
			*len = (size_t)(p - body);
			return body;
		}
		p = next;
	}
	if (body != NULL)
		*len = strlen(body);
	return body;
}

/* Expand one line into 'out'. Returns false (and leaves 'out' as it
 * was) when the line is dropped: a {name} or {?name} without a value,
 * a {!name} with one. */
static bool
expand_line(const struct vars *vs, const char *s, size_t len,
	    struct buf *out)
{
	size_t mark = out->len;

	for (size_t i = 0; i < len; i++) {
		const char *close;
		char mode = 0;
		size_t ns, nl;
		const char *v;

		if (s[i] != '{' ||
		    (close = memchr(s + i, '}', len - i)) == NULL) {
			buf_putc(out, s[i]);
			continue;
		}
		ns = i + 1;
		if (s[ns] == '?' || s[ns] == '!')
			mode = s[ns++];
		nl = (size_t)(close - (s + ns));
		v = nl <= NAME_MAX_LEN ? var_get(vs, s + ns, nl) : NULL;
		if ((mode == '!') == (v != NULL)) {
			out->len = mark;
			if (out->s)
				out->s[mark] = '\0';
			return false;
		}
		if (mode == 0)
			buf_puts(out, v);
		i = (size_t)(close - s);
	}
	return true;
}

static bool
blank_line(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* Expand a section: comments skipped, dropped lines removed, blank
 * lines kept as single paragraph breaks, none at either end. */
static char *
expand_section(const struct vars *vs, const char *body, size_t len)
{
	struct buf out = {0};
	bool pending_blank = false;
	size_t i = 0;

	while (i < len) {
		const char *eol = memchr(body + i, '\n', len - i);
		size_t n = eol ? (size_t)(eol - (body + i)) : len - i;
		const char *line = body + i;

		i += n + 1;
		if (n > 0 && line[0] == '#')
			continue;
		if (blank_line(line, n)) {
			pending_blank = out.len > 0;
			continue;
		}
		size_t before = out.len;

		if (before > 0)
			buf_puts(&out, pending_blank ? "\n\n" : "\n");
		if (!expand_line(vs, line, n, &out)) {
			out.len = before;
			if (out.s)
				out.s[before] = '\0';
			continue;
		}
		pending_blank = false;
	}
	return buf_steal(&out);
}

void
draft_compose(struct conversation *c, struct esc_time now)
{
	const char *lang = c->esc.lang ? c->esc.lang : conversation_lang(c);
	const struct embedded_file *file;
	char name[32];
	struct vars vs = {0};
	const char *body;
	size_t len;

	free(c->esc.draft);
	c->esc.draft = NULL;
	snprintf(name, sizeof(name), "drafts/%s.txt",
		 strcmp(lang, "ru") == 0 ? "ru" : "en");
	file = embedded_find(name);
	body = file ? find_section(file->data, action_name(c->esc.action), &len)
		    : NULL;
	if (body == NULL) {
		c->esc.draft = xstrdup("");
		return;
	}
	vs.ru = strcmp(lang, "ru") == 0;
	fill_vars(&vs, c, now);
	c->esc.draft = expand_section(&vs, body, len);
	vars_free(&vs);
}
