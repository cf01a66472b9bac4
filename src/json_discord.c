/* json_discord.c - DiscordChatExporter JSON: one channel of a guild, or
 * a direct chat, as one conversation. */
#include "json_export.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"

/* Message types that are somebody writing; the rest are events. */
static const char *const dc_written[] = {"Default", "Reply"};

static bool
dc_is_system(const json_t *o)
{
	const char *t = json_member_str(o, "type");

	if (!t)
		return false;
	for (size_t i = 0; i < sizeof(dc_written) / sizeof(dc_written[0]); i++)
		if (strcmp(t, dc_written[i]) == 0)
			return false;
	return true;
}

/* "[attachment: a.png] [sticker: Wave]" for a message without text. */
static char *
dc_media_text(const json_t *o)
{
	static const struct {
		const char *list, *key, *label;
	} kinds[] = {
		{"attachments", "fileName", "attachment"},
		{"stickers", "name", "sticker"},
		{"embeds", "title", "embed"},
	};
	struct buf b = {0};

	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		json_t *v;
		size_t i;

		json_array_foreach(json_member(o, kinds[k].list), i, v) {
			const char *name = json_member_str(v, kinds[k].key);

			buf_printf(&b, "%s[%s%s%s]", b.len ? " " : "",
				   kinds[k].label, name ? ": " : "",
				   name ? name : "");
		}
	}
	return json_clean_buf(&b);
}

static void
dc_message(struct conversation *c, const json_t *o, struct strlist *warn)
{
	const json_t *author = json_member(o, "author");
	struct message *m;
	char *text;

	if (!json_is_object(o) || !(m = json_next_message(c, warn)))
		return;
	json_iso_time(json_member(o, "timestamp"), &m->time);
	m->sender_name = json_clean_name(json_member(author, "nickname"));
	if (!m->sender_name)
		m->sender_name = json_clean_name(json_member(author, "name"));
	m->sender_addr = json_clean_id(json_member(author, "id"));
	m->role = dc_is_system(o) ? ROLE_SYSTEM : ROLE_UNKNOWN;
	text = json_clean_value(json_member(o, "content"));
	if (json_text_empty(text)) {
		free(text);
		text = dc_media_text(o);
	}
	if (json_text_empty(text) && m->role == ROLE_SYSTEM &&
	    json_member_str(o, "type")) {
		free(text);
		text = json_clean_value(json_member(o, "type"));
	}
	m->text = text;
}

/* "Guild / channel", or the one of them that is known. */
static char *
dc_subject(const json_t *root)
{
	char *g = json_clean_name(
		json_member(json_member(root, "guild"), "name"));
	char *ch = json_clean_name(
		json_member(json_member(root, "channel"), "name"));
	char *s;

	if (g && ch)
		s = xasprintf("%s / %s", g, ch);
	else
		s = g ? xstrdup(g) : ch ? xstrdup(ch) : NULL;
	free(g);
	free(ch);
	return s;
}

static int
dc_read(const char *path, const json_t *root, struct conv_list *out,
	struct strlist *warn)
{
	json_t *msgs = json_member(root, "messages"), *o;
	struct conversation *c;
	size_t i;

	if (!json_is_array(msgs)) {
		strlist_push(warn, "no discord messages found");
		return -1;
	}
	c = conversation_new(path, FMT_DISCORD);
	c->subject = dc_subject(root);
	json_array_foreach(msgs, i, o)
		dc_message(c, o, warn);
	conv_list_push(out, c);
	return 0;
}

int
json_discord_read(const char *path, const char *data, size_t len,
		  struct conv_list *out, struct strlist *warn)
{
	return json_export_read_doc(path, data, len, out, warn, dc_read);
}
