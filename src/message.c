/* message.c - the conversation model: names, constructors, destructors. */
#include "message.h"

#include <stdlib.h>
#include <string.h>

static const char *const role_names[] = {
	[ROLE_UNKNOWN] = "unknown",
	[ROLE_CUSTOMER] = "customer",
	[ROLE_AGENT] = "agent",
	[ROLE_SYSTEM] = "system",
};

static const struct {
	const char *name;
	enum channel channel;
	enum conv_forming forming;
	enum feed feed;
} formats[] = {
#define FORMAT(id, name, channel, forming, feed, read)                        \
	[id] = {name, channel, forming, feed},
#include "formats.def"
#undef FORMAT
};

#define N_FORMATS (sizeof(formats) / sizeof(formats[0]))

static const char *const channel_names[] = {
	[CH_CHAT] = "chat",
	[CH_EMAIL] = "email",
};

static const char *const finding_names[] = {
	[FIND_TICKET] = "ticket",
	[FIND_DEADLINE] = "deadline",
	[FIND_TEMPLATE] = "template",
	[FIND_REFUSAL] = "refusal",
	[FIND_RESOLUTION] = "resolution",
	[FIND_ESCALATION_REQUEST] = "escalation-request",
	[FIND_REOPEN] = "reopen",
	[FIND_FORMAL_CLAIM] = "formal-claim",
	[FIND_UNANSWERED] = "unanswered",
	[FIND_ESCALATED] = "escalated",
};

static const char *const status_names[] = {
	[DL_PENDING] = "pending", [DL_KEPT] = "kept",	[DL_LATE] = "late",
	[DL_MISSED] = "missed",	  [DL_VAGUE] = "vague",
};

static const char *const request_names[] = {
	[REQ_SOLUTION] = "solution",
	[REQ_JUSTIFICATION] = "justification",
	[REQ_SUPERVISOR] = "supervisor",
	[REQ_WRITTEN] = "written",
};

/* SPEC 7: action names and their steps. */
static const struct {
	const char *name;
	int step;
} actions[] = {
	[ACT_NONE] = {"none", 0},
	[ACT_RESOLVED] = {"resolved", 0},
	[ACT_REQUEST_TICKET] = {"request-ticket", 1},
	[ACT_REQUEST_DEADLINE] = {"request-deadline", 2},
	[ACT_REQUEST_SOLUTION] = {"request-solution", 3},
	[ACT_REQUEST_JUSTIFICATION] = {"request-justification", 4},
	[ACT_ESCALATE] = {"escalate", 5},
	[ACT_FORMAL_COMPLAINT] = {"formal-complaint", 6},
};

#define NAME_OF(table, i)                                                     \
	(((size_t)(i) < sizeof(table) / sizeof(table[0]) && table[i])         \
		 ? table[i]                                                   \
		 : "?")

const char *
role_name(enum role r)
{
	return NAME_OF(role_names, r);
}

const char *
format_name(enum input_format f)
{
	return (size_t)f < N_FORMATS ? formats[f].name : "?";
}

enum channel
format_channel(enum input_format f)
{
	return (size_t)f < N_FORMATS ? formats[f].channel : CH_CHAT;
}

enum conv_forming
format_forming(enum input_format f)
{
	return (size_t)f < N_FORMATS ? formats[f].forming : CONV_NONE;
}

enum feed
format_feed(enum input_format f)
{
	return (size_t)f < N_FORMATS ? formats[f].feed : FEED_WHOLE;
}

const char *
channel_name(enum channel ch)
{
	return NAME_OF(channel_names, ch);
}

const char *
finding_type_name(enum finding_type t)
{
	return NAME_OF(finding_names, t);
}

const char *
promise_kind_name(enum promise_kind k)
{
	return k == PROMISE_REPLY ? "reply" : "resolve";
}

const char *
deadline_status_name(enum deadline_status s)
{
	return NAME_OF(status_names, s);
}

const char *
finding_source_name(enum finding_source s)
{
	static const char *const names[] = {
		[SRC_TEXT] = "text",
		[SRC_SUBJECT] = "subject",
		[SRC_SIGNATURE] = "signature",
		[SRC_TITLE] = "title",
	};

	return (unsigned)s < sizeof(names) / sizeof(*names) ? names[s] : "text";
}

const char *
request_kind_name(enum request_kind k)
{
	return NAME_OF(request_names, k);
}

const char *
action_name(enum action a)
{
	if ((size_t)a >= sizeof(actions) / sizeof(actions[0]))
		return "?";
	return actions[a].name;
}

int
action_step(enum action a)
{
	if ((size_t)a >= sizeof(actions) / sizeof(actions[0]))
		return 0;
	return actions[a].step;
}

bool
action_parse(const char *s, enum action *out)
{
	for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++) {
		if (strcmp(s, actions[i].name) == 0) {
			*out = (enum action)i;
			return true;
		}
	}
	return false;
}

struct conversation *
conversation_new(const char *source, enum input_format format)
{
	struct conversation *c = xcalloc(1, sizeof(*c));

	c->source = xstrdup(source);
	c->format = format;
	c->channel = xstrdup(channel_name(format_channel(format)));
	return c;
}

bool
conversation_is_email(const struct conversation *c)
{
	return c && c->channel &&
	       strcmp(c->channel, channel_name(CH_EMAIL)) == 0;
}

struct message *
conversation_add_message(struct conversation *c)
{
	struct message *m;

	c->msgs = xgrow(c->msgs, &c->cap_msgs, c->n_msgs + 1, sizeof(*c->msgs));
	m = &c->msgs[c->n_msgs++];
	memset(m, 0, sizeof(*m));
	m->index = c->n_msgs;
	return m;
}

struct finding *
conversation_add_finding(struct conversation *c, enum finding_type type,
			 size_t msg)
{
	struct finding *f;

	c->findings = xgrow(c->findings, &c->cap_findings, c->n_findings + 1,
			    sizeof(*c->findings));
	f = &c->findings[c->n_findings++];
	memset(f, 0, sizeof(*f));
	f->type = type;
	f->message = msg;
	return f;
}

struct finding *
conversation_insert_finding(struct conversation *c, enum finding_type type,
			    size_t msg)
{
	size_t at = c->n_findings;

	conversation_add_finding(c, type, msg);
	while (at > 0 && c->findings[at - 1].message > msg)
		at--;
	if (at + 1 < c->n_findings) {
		struct finding tmp = c->findings[c->n_findings - 1];

		memmove(&c->findings[at + 1], &c->findings[at],
			(c->n_findings - 1 - at) * sizeof(*c->findings));
		c->findings[at] = tmp;
	}
	return &c->findings[at];
}

struct law_ref *
law_ref_copy(const struct law_ref *r)
{
	struct law_ref *c = xcalloc(1, sizeof(*c));

	c->jurisdiction = xstrdup(r->jurisdiction ? r->jurisdiction : "");
	c->rule = xstrdup(r->rule ? r->rule : "");
	c->citation = xstrdup(r->citation ? r->citation : "");
	c->next = xstrdup(r->next ? r->next : "");
	c->period = xstrdup(r->period ? r->period : "");
	c->decision = r->decision;
	return c;
}

void
law_ref_free(struct law_ref *r)
{
	if (r == NULL)
		return;
	free(r->jurisdiction);
	free(r->rule);
	free(r->citation);
	free(r->next);
	free(r->period);
	free(r);
}

void
message_clear(struct message *m)
{
	free(m->sender_name);
	free(m->sender_addr);
	free(m->text);
	free(m->quoted);
	free(m->signature);
	free(m->subject);
	free(m->message_id);
	free(m->in_reply_to);
	free(m->references);
	free(m->file);
	memset(m, 0, sizeof(*m));
}

void
finding_clear(struct finding *f)
{
	free(f->match);
	free(f->pattern);
	free(f->value);
	free(f->category);
	law_ref_free(f->law);
	memset(f, 0, sizeof(*f));
}

void
conversation_free(struct conversation *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_msgs; i++)
		message_clear(&c->msgs[i]);
	for (size_t i = 0; i < c->n_findings; i++)
		finding_clear(&c->findings[i]);
	free(c->msgs);
	free(c->findings);
	free(c->id);
	free(c->source);
	free(c->channel);
	free(c->subject);
	free(c->jurisdiction);
	strlist_free(&c->tickets);
	strlist_free(&c->notes);
	free(c->esc.reason);
	for (size_t i = 0; i < c->esc.n_actions && i < 8; i++)
		free(c->esc.reasons[i]);
	free(c->esc.draft);
	free(c->esc.lang);
	free(c->esc.report_lang);
	free(c);
}

void
conv_list_push(struct conv_list *l, struct conversation *c)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = c;
}

void
conv_list_free(struct conv_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		conversation_free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
