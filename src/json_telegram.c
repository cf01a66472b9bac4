/* json_telegram.c - Telegram Desktop "Export chat history" as JSON
 * (result.json): one chat, or every chat of a whole account. */
#include "json_export.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"

/* "text" is a string or an array of strings and entity objects. */
static char *
tg_text(const json_t *t)
{
	struct buf b = {0};
	size_t i;
	json_t *part;

	if (json_is_string(t))
		return json_clean_value(t);
	json_array_foreach(t, i, part) {
		json_t *v = json_is_object(part) ? json_object_get(part, "text")
						 : part;

		if (json_is_string(v))
			buf_append(&b, json_string_value(v),
				   json_string_length(v));
	}
	return json_clean_buf(&b);
}

/* Keys whose presence makes a message without text a media message. */
static const struct {
	const char *key;
	const char *label;
} tg_media[] = {
	{"photo", "[photo]"},
	{"file", "[file]"},
	{"poll", "[poll]"},
	{"location_information", "[location]"},
	{"contact_information", "[contact]"},
	{"game_information", "[game]"},
	{"invoice_information", "[invoice]"},
};

static char *
tg_media_label(const json_t *o)
{
	const char *mt = json_member_str(o, "media_type");

	if (mt && *mt)
		return json_bracket_label(mt);
	for (size_t i = 0; i < sizeof(tg_media) / sizeof(tg_media[0]); i++)
		if (json_member(o, tg_media[i].key))
			return xstrdup(tg_media[i].label);
	return xstrdup("");
}

/* A service message's text: its own, else "actor action". */
static char *
tg_service_text(const json_t *o, char *text)
{
	const char *action = json_member_str(o, "action");

	if (!json_text_empty(text))
		return text;
	free(text);
	return json_label_words(action && *action ? action : "service message");
}

static void
tg_time(const json_t *o, struct message *m)
{
	if (!json_epoch_time(json_member(o, "date_unixtime"), &m->time))
		json_iso_time(json_member(o, "date"), &m->time);
}

static void
tg_message(struct conversation *c, const json_t *o, struct strlist *warn)
{
	bool service = json_member_is(o, "type", "service");
	struct message *m;
	char *text;

	if (!json_is_object(o) || !(m = json_next_message(c, warn)))
		return;
	tg_time(o, m);
	text = tg_text(json_member(o, "text"));
	if (service) {
		m->role = ROLE_SYSTEM;
		m->sender_name = json_clean_name(json_member(o, "actor"));
		m->sender_addr = json_clean_id(json_member(o, "actor_id"));
		m->text = tg_service_text(o, text);
		return;
	}
	m->sender_name = json_clean_name(json_member(o, "from"));
	m->sender_addr = json_clean_id(json_member(o, "from_id"));
	if (json_member(o, "forwarded_from")) {
		/* forwarded content is history, not the sender's words */
		char *who = json_clean_name(json_member(o, "forwarded_from"));

		m->quoted = text;
		m->text = xasprintf("[forwarded from %s]", who ? who : "?");
		free(who);
	} else if (json_text_empty(text)) {
		free(text);
		m->text = tg_media_label(o);
	} else {
		m->text = text;
	}
}

/* One chat object (with "messages") as one conversation. */
static void
tg_chat(const char *path, const json_t *chat, struct conv_list *out,
	struct strlist *warn)
{
	json_t *msgs = json_member(chat, "messages"), *o;
	struct conversation *c;
	size_t i;

	if (!json_is_array(msgs))
		return;
	c = conversation_new(path, FMT_TELEGRAM_JSON);
	c->subject = json_clean_name(json_member(chat, "name"));
	json_array_foreach(msgs, i, o)
		tg_message(c, o, warn);
	if (c->n_msgs == 0) {
		conversation_free(c);
		return;
	}
	conv_list_push(out, c);
}

/* Lists of chats in a whole-account export. */
static const char *const tg_lists[] = {"chats", "left_chats"};

static int
tg_read(const char *path, const json_t *root, struct conv_list *out,
	struct strlist *warn)
{
	size_t before = out->n, i;
	json_t *chat;

	tg_chat(path, root, out, warn);
	for (size_t k = 0; k < sizeof(tg_lists) / sizeof(tg_lists[0]); k++)
		json_array_foreach(
			json_member(json_member(root, tg_lists[k]), "list"), i,
			chat)
			tg_chat(path, chat, out, warn);
	if (out->n > before)
		return 0;
	strlist_push(warn, "no telegram messages found");
	return -1;
}

int
json_telegram_read(const char *path, const char *data, size_t len,
		   struct conv_list *out, struct strlist *warn)
{
	return json_export_read_doc(path, data, len, out, warn, tg_read);
}
