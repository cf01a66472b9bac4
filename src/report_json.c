/* report_json.c - the JSON report (SPEC 8; schema in docs/json.md). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"

#include "report.h"

/* A JSON string from input text (invalid UTF-8 replaced), or null. */
static json_t *
jstr(const char *s)
{
	json_t *j;
	char *v;

	if (!s)
		return json_null();
	v = utf8_sanitize(s, strlen(s));
	j = json_string(v);
	free(v);
	return j ? j : json_string("");
}

static json_t *
jtime(struct esc_time t)
{
	char buf[32];

	if (!t.set)
		return json_null();
	time_format_iso(t, buf);
	return json_string(buf);
}

static json_t *
jstrlist(const struct strlist *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, jstr(l->v[i]));
	return a;
}

/* With --explain a message carries its analyzed text, the text the
 * findings' start/end count bytes of. */
static json_t *
message_json(const struct message *m, bool explain)
{
	json_t *o = json_object(), *sender = json_object();

	json_object_set_new(sender, "name", jstr(m->sender_name));
	json_object_set_new(sender, "address", jstr(m->sender_addr));
	json_object_set_new(o, "index", json_integer((json_int_t)m->index));
	json_object_set_new(o, "time", jtime(m->time));
	json_object_set_new(o, "sender", sender);
	json_object_set_new(o, "role", json_string(role_name(m->role)));
	json_object_set_new(o, "file", jstr(m->file));
	json_object_set_new(o, "message_id", jstr(m->message_id));
	if (explain)
		json_object_set_new(o, "text", jstr(m->text));
	return o;
}

/* A legal deadline (docs/law.md): "basis": "law" and its rule. */
static void
law_fields(json_t *o, const struct law_ref *l, enum promise_kind f_kind)
{
	json_t *law = json_object();

	json_object_set_new(law, "jurisdiction", jstr(l->jurisdiction));
	json_object_set_new(law, "rule", jstr(l->rule));
	json_object_set_new(law, "period", jstr(l->period));
	json_object_set_new(law, "kind",
			    json_string(l->decision ? "decision"
					: promise_kind_name(f_kind)));
	json_object_set_new(law, "citation", jstr(l->citation));
	json_object_set_new(law, "next", jstr(l->next));
	json_object_set_new(o, "basis", json_string("law"));
	json_object_set_new(o, "law", law);
}

static void
deadline_fields(json_t *o, const struct finding *f)
{
	json_object_set_new(o, "due", jtime(f->due));
	json_object_set_new(o, "promise",
			    json_string(promise_kind_name(f->promise)));
	json_object_set_new(o, "status",
			    json_string(deadline_status_name(f->status)));
	json_object_set_new(o, "vague", json_boolean(f->vague));
	json_object_set_new(o, "claimed", json_boolean(f->claimed));
	json_object_set_new(o, "superseded", json_boolean(f->superseded));
	json_object_set_new(o, "kept_by", f->kept_by ? json_integer((json_int_t)f->kept_by)
						     : json_null());
	if (f->law != NULL)
		law_fields(o, f->law, f->promise);
}

/* The score and its parts (docs/templates.md). */
static void
template_fields(json_t *o, const struct finding *f)
{
	json_object_set_new(o, "score", json_real(f->score));
	json_object_set_new(o, "phrase", json_real(f->phrase));
	json_object_set_new(o, "neardup", json_real(f->neardup));
	json_object_set_new(o, "near_conversations",
			    json_integer((json_int_t)f->near_convs));
	json_object_set_new(o, "boilerplate", json_real(f->boilerplate));
	json_object_set_new(o, "specifics", json_integer(f->specifics));
}

static json_t *
finding_json(const struct finding *f, bool explain)
{
	json_t *o = json_object();

	json_object_set_new(o, "type", json_string(finding_type_name(f->type)));
	json_object_set_new(o, "message", json_integer((json_int_t)f->message));
	json_object_set_new(o, "match", jstr(f->match));
	json_object_set_new(o, "pattern", jstr(f->pattern));
	if (f->source != SRC_TEXT)
		json_object_set_new(o, "in",
				    json_string(finding_source_name(f->source)));
	if (explain) {
		json_object_set_new(o, "start", json_integer((json_int_t)f->start));
		json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	}
	switch (f->type) {
	case FIND_TICKET:
		json_object_set_new(o, "value", jstr(f->value));
		break;
	case FIND_DEADLINE:
		deadline_fields(o, f);
		break;
	case FIND_TEMPLATE:
		template_fields(o, f);
		break;
	case FIND_REFUSAL:
		json_object_set_new(o, "justified", json_boolean(f->justified));
		break;
	case FIND_ESCALATION_REQUEST:
		json_object_set_new(o, "request",
				    json_string(request_kind_name(f->request)));
		break;
	case FIND_FORMAL_CLAIM:
		json_object_set_new(o, "category", jstr(f->category));
		break;
	case FIND_UNANSWERED:
		json_object_set_new(o, "days", json_integer(f->days));
		json_object_set_new(o, "working_days",
				    json_integer(f->working_days));
		break;
	case FIND_RESOLUTION:
	case FIND_REOPEN:
	case FIND_ESCALATED:
		break;
	}
	return o;
}

static json_t *
escalation_json(const struct escalation *e)
{
	json_t *o = json_object(), *acts = json_array(), *why = json_array();

	for (size_t i = 0; i < e->n_actions; i++) {
		json_array_append_new(acts, json_string(action_name(e->actions[i])));
		json_array_append_new(why, jstr(e->reasons[i]));
	}
	json_object_set_new(o, "step", json_integer(e->step));
	json_object_set_new(o, "action", json_string(action_name(e->action)));
	json_object_set_new(o, "actions", acts);
	json_object_set_new(o, "reason", jstr(e->reason));
	json_object_set_new(o, "reasons", why);
	json_object_set_new(o, "lang", jstr(e->lang));
	json_object_set_new(o, "report_lang", jstr(e->report_lang));
	json_object_set_new(o, "draft", jstr(e->draft));
	return o;
}

/* Which legal periods applied and why (only once the analysis set it). */
static void
jurisdiction_json(json_t *o, const struct conversation *c)
{
	json_t *j;

	if (c->jurisdiction == NULL)
		return;
	j = json_object();
	json_object_set_new(j, "code", json_string(c->jurisdiction));
	json_object_set_new(j, "given", json_boolean(c->jurisdiction_given));
	json_object_set_new(j, "why",
			    json_string(c->jurisdiction_given
						? "--jurisdiction"
						: strcmp(c->jurisdiction, "ru") == 0
						? "the conversation is in Russian"
						: "not Russian: no default jurisdiction"));
	json_object_set_new(o, "jurisdiction", j);
}

json_t *
conversation_json_explain(const struct conversation *c, bool explain)
{
	json_t *o = json_object(), *msgs = json_array(), *finds = json_array();
	struct strlist files = {0};

	for (size_t i = 0; i < c->n_msgs; i++)
		json_array_append_new(msgs, message_json(&c->msgs[i], explain));
	for (size_t i = 0; i < c->n_findings; i++)
		json_array_append_new(finds,
				      finding_json(&c->findings[i], explain));
	json_object_set_new(o, "id", jstr(c->id));
	json_object_set_new(o, "source", jstr(c->source));
	conversation_sources(c, &files);
	json_object_set_new(o, "sources", jstrlist(&files));
	strlist_free(&files);
	json_object_set_new(o, "format", json_string(format_name(c->format)));
	json_object_set_new(o, "channel", jstr(c->channel));
	json_object_set_new(o, "subject", jstr(c->subject));
	json_object_set_new(o, "tickets", jstrlist(&c->tickets));
	jurisdiction_json(o, c);
	json_object_set_new(o, "messages", msgs);
	json_object_set_new(o, "findings", finds);
	json_object_set_new(o, "notes", jstrlist(&c->notes));
	json_object_set_new(o, "escalation", escalation_json(&c->esc));
	return o;
}

json_t *
conversation_json(const struct conversation *c)
{
	return conversation_json_explain(c, false);
}

/* What is wrong with an input, one string a record (docs/json.md). */
static json_t *
diags_json(const struct diag_list *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++) {
		char *s = diag_text(&l->v[i]);

		json_array_append_new(a, jstr(s));
		free(s);
	}
	return a;
}

static json_t *
inputs_json(const struct run *r)
{
	json_t *a = json_array();

	for (size_t i = 0; i < r->n_inputs; i++) {
		const struct input_result *in = &r->inputs[i];
		json_t *o = json_object();

		json_object_set_new(o, "path", jstr(in->path));
		json_object_set_new(o, "format", json_string(format_name(in->format)));
		json_object_set_new(o, "messages", json_integer((json_int_t)in->messages));
		json_object_set_new(o, "errors", diags_json(&in->diags));
		json_object_set_new(o, "failed", json_boolean(in->failed));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
summary_json(const struct run *r)
{
	json_t *o = json_object(), *by = json_object();
	size_t msgs = 0, missed = 0, failed = 0;

	for (enum action a = ACT_NONE; a <= ACT_FORMAL_COMPLAINT; a++)
		json_object_set_new(by, action_name(a), json_integer(0));
	for (size_t i = 0; i < r->n_convs; i++) {
		const struct conversation *c = r->convs[i];
		const char *name = action_name(c->esc.action);

		msgs += c->n_msgs;
		json_object_set_new(by, name, json_integer(json_integer_value(json_object_get(by, name)) + 1));
		for (size_t k = 0; k < c->n_findings; k++)
			missed += c->findings[k].type == FIND_DEADLINE &&
				  c->findings[k].status == DL_MISSED;
	}
	for (size_t i = 0; i < r->n_inputs; i++)
		failed += r->inputs[i].failed;
	json_object_set_new(o, "inputs", json_integer((json_int_t)r->n_inputs));
	json_object_set_new(o, "failed_inputs", json_integer((json_int_t)failed));
	json_object_set_new(o, "conversations", json_integer((json_int_t)r->n_convs));
	json_object_set_new(o, "messages", json_integer((json_int_t)msgs));
	json_object_set_new(o, "missed_promises", json_integer((json_int_t)missed));
	json_object_set_new(o, "by_action", by);
	return o;
}

int
report_json(FILE *out, const struct run *r)
{
	json_t *root = json_object(), *convs = json_array();
	int rc;

	for (size_t i = 0; i < r->n_convs; i++)
		json_array_append_new(convs, conversation_json_explain(r->convs[i],
								       r->explain));
	json_object_set_new(root, "version", json_integer(1));
	json_object_set_new(root, "now", jtime(r->now));
	json_object_set_new(root, "inputs", inputs_json(r));
	json_object_set_new(root, "conversations", convs);
	json_object_set_new(root, "summary", summary_json(r));
	rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_REAL_PRECISION(3));
	fputc('\n', out);
	json_decref(root);
	return rc < 0 ? -1 : 0;
}
