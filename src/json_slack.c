/* json_slack.c - Slack workspace exports: one day file of one channel
 * as one conversation, with names from users.json. */
#include "json_export.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charset.h"
#include "emphasis.h"
#include "walk.h"

static const char *const slack_meta[] = {
	"users.json",	 "channels.json", "integration_logs.json",
	"groups.json",	 "dms.json",	  "mpims.json",
	"canvases.json", "org_users.json", "huddles.json",
};

bool
slack_meta_name(const char *path)
{
	const char *b = walk_base_name(path);

	for (size_t i = 0; i < sizeof(slack_meta) / sizeof(slack_meta[0]); i++)
		if (strcmp(b, slack_meta[i]) == 0)
			return true;
	return false;
}

/* Subtypes that are channel events (role system); prefixes. */
static const char *const slack_events[] = {
	"channel_", "group_",	   "bot_add",	    "bot_remove",
	"bot_enable", "bot_disable", "pinned_item", "unpinned_item",
};

static bool
slack_is_event(const json_t *o)
{
	const char *st = json_member_str(o, "subtype");
	size_t n = sizeof(slack_events) / sizeof(slack_events[0]);

	for (size_t i = 0; st && i < n; i++)
		if (strncmp(st, slack_events[i], strlen(slack_events[i])) == 0)
			return true;
	return false;
}

/* The folder of 'path' ("." when none), caller frees. */
static char *
dir_name(const char *path)
{
	const char *s = strrchr(path, '/');

	if (!s)
		return xstrdup(".");
	return xstrndup(path, s == path ? 1 : (size_t)(s - path));
}

/* users.json next to the channel folders: user id -> user object. NULL
 * when there is none; a warning when it is there but unreadable. */
static json_t *
slack_users(const char *path, struct strlist *warn)
{
	char *dir = dir_name(path), *up = xasprintf("%s/../users.json", dir);
	json_t *users = NULL, *map = NULL, *u;
	char *data = NULL, *err = NULL;
	struct stat st;
	size_t len, i;

	if (strcmp(path, "-") == 0 || stat(up, &st) != 0 ||
	    !S_ISREG(st.st_mode))
		goto done;
	if ((size_t)st.st_size > SLACK_USERS_MAX ||
	    !(data = read_file(up, &len, &err))) {
		strlist_push(warn, "users.json not read; user ids shown");
		goto done;
	}
	users = json_export_parse(data, len, "users.json: ", warn);
	map = json_object();
	json_array_foreach(users, i, u)
		if (json_member_str(u, "id"))
			json_object_set(map, json_member_str(u, "id"), u);
done:
	json_decref(users);
	free(data);
	free(err);
	free(up);
	free(dir);
	return map;
}

/* The display name of a user object: real name first. */
static char *
slack_user_name(const json_t *u)
{
	static const char *const keys[] = {"real_name", "display_name",
					   "name"};
	const json_t *prof = json_member(u, "profile");
	char *s = NULL;

	for (size_t i = 0; !s && i < sizeof(keys) / sizeof(keys[0]); i++) {
		s = json_clean_name(json_member(prof, keys[i]));
		if (!s)
			s = json_clean_name(json_member(u, keys[i]));
	}
	return s;
}

static char *
slack_lookup(const json_t *users, const char *id, size_t n)
{
	char *key = xstrndup(id, n);
	json_t *u = json_member(users, key);

	free(key);
	return u ? slack_user_name(u) : NULL;
}

/* &amp; &lt; &gt; decoded; the only entities Slack writes. */
static void
slack_put(struct buf *b, const char *s, size_t n)
{
	static const struct {
		const char *ent;
		char ch;
	} ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}};
	const size_t n_ents = sizeof(ents) / sizeof(ents[0]);

	for (size_t i = 0; i < n; i++) {
		size_t k = 0;

		for (; s[i] == '&' && k < n_ents; k++)
			if (n - i >= strlen(ents[k].ent) &&
			    !memcmp(s + i, ents[k].ent, strlen(ents[k].ent)))
				break;
		if (s[i] == '&' && k < n_ents) {
			buf_putc(b, ents[k].ch);
			i += strlen(ents[k].ent) - 1;
		} else {
			buf_putc(b, s[i]);
		}
	}
}

/* One <...> markup: <@U1|name>, <#C1|chan>, <!here>, <url|label>. */
static void
slack_tag(struct buf *b, const char *in, size_t n, const json_t *users)
{
	const char *bar = memchr(in, '|', n);
	size_t idn = bar ? (size_t)(bar - in) : n;
	size_t ref = n > 0 && (in[0] == '@' || in[0] == '#' || in[0] == '!');
	char *name;

	if (ref)
		buf_putc(b, in[0] == '#' ? '#' : '@');
	if (bar) {
		slack_put(b, bar + 1, n - idn - 1);
		return;
	}
	name = ref && in[0] == '@' ? slack_lookup(users, in + 1, idn - 1)
				   : NULL;
	if (name)
		buf_puts(b, name);
	else
		slack_put(b, in + ref, idn - ref);
	free(name);
}

static void
slack_markup(struct buf *b, const char *s, size_t n, const json_t *users)
{
	size_t i = 0;

	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		const char *gt = lt ? memchr(lt, '>', n - (size_t)(lt - s))
				    : NULL;

		if (!lt || !gt) {
			slack_put(b, s + i, n - i);
			return;
		}
		slack_put(b, s + i, (size_t)(lt - s) - i);
		slack_tag(b, lt + 1, (size_t)(gt - lt) - 1, users);
		i = (size_t)(gt - s) + 1;
	}
}

/* Text of a message that has none of its own: its attachments' and
 * files' descriptions. */
static void
slack_extras(struct buf *b, const json_t *o, const json_t *users)
{
	json_t *v;
	size_t i;

	json_array_foreach(json_member(o, "attachments"), i, v) {
		const char *t = json_member_str(v, "fallback");

		if (!t)
			t = json_member_str(v, "text");
		if (t) {
			if (b->len)
				buf_putc(b, '\n');
			slack_markup(b, t, strlen(t), users);
		}
	}
	json_array_foreach(json_member(o, "files"), i, v) {
		const char *t = json_member_str(v, "name");

		buf_printf(b, "%s[file%s%s]", b->len ? " " : "", t ? ": " : "",
			   t ? t : "");
	}
}

static char *
slack_text(const json_t *o, const json_t *users)
{
	json_t *t = json_member(o, "text");
	struct buf b = {0};

	if (json_is_string(t))
		slack_markup(&b, json_string_value(t), json_string_length(t),
			     users);
	if (b.s != NULL)
		b.len = emphasis_strip(b.s, b.len); /* "*DP-20931*" */
	if (json_text_empty(b.s))
		slack_extras(&b, o, users);
	if (json_text_empty(b.s) && json_member(o, "file"))
		buf_puts(&b, "[file]");
	return json_clean_buf(&b);
}

/* Who wrote it: a user (names from the message's user_profile or
 * users.json) or a bot. */
static void
slack_sender(struct message *m, const json_t *o, const json_t *users)
{
	const char *uid = json_member_str(o, "user");

	if (uid) {
		m->sender_addr = json_clean_name(json_member(o, "user"));
		m->sender_name = json_clean_name(
			json_member(json_member(o, "user_profile"), "real_name"));
		if (!m->sender_name)
			m->sender_name = slack_lookup(users, uid, strlen(uid));
	}
	if (!m->sender_name)
		m->sender_name = json_clean_name(json_member(o, "username"));
	if (!m->sender_name)
		m->sender_name = json_clean_name(
			json_member(json_member(o, "bot_profile"), "name"));
	if (!m->sender_addr)
		m->sender_addr = json_clean_name(json_member(o, "bot_id"));
}

static void
slack_message(struct conversation *c, const json_t *o, const json_t *users,
	      struct strlist *warn)
{
	struct message *m;

	if (!json_member_is(o, "type", "message") ||
	    !(m = json_next_message(c, warn)))
		return;
	json_epoch_time(json_member(o, "ts"), &m->time);
	slack_sender(m, o, users);
	m->role = slack_is_event(o) ? ROLE_SYSTEM : ROLE_UNKNOWN;
	m->text = slack_text(o, users);
}

/* "#channel 2016-01-14" from ".../channel/2016-01-14.json". */
static char *
slack_subject(const char *path)
{
	char *dir = dir_name(path), *day = xstrdup(walk_base_name(path));
	const char *chan = walk_base_name(dir);
	size_t n = strlen(day);
	char *s, *raw;

	if (n > 5 && strcmp(day + n - 5, ".json") == 0)
		day[n - 5] = '\0';
	if (strcmp(chan, ".") == 0 || strcmp(chan, "..") == 0 || !*chan)
		raw = xstrdup(day);
	else
		raw = xasprintf("#%s %s", chan, day);
	s = json_clean_text(raw, strlen(raw));
	free(raw);
	free(day);
	free(dir);
	return s;
}

static int
slack_read(const char *path, const json_t *root, struct conv_list *out,
	   struct strlist *warn)
{
	struct conversation *c;
	json_t *users, *o;
	size_t i;

	if (slack_meta_name(path))
		return 0; /* workspace metadata: no messages */
	if (!json_is_array(root)) {
		strlist_push(warn, "no slack messages found");
		return -1;
	}
	users = slack_users(path, warn);
	c = conversation_new(path, FMT_SLACK);
	c->subject = slack_subject(path);
	json_array_foreach(root, i, o)
		slack_message(c, o, users, warn);
	json_decref(users);
	if (c->n_msgs == 0) {
		conversation_free(c);
		strlist_push(warn, "no slack messages found");
		return -1;
	}
	conv_list_push(out, c);
	return 0;
}

int
json_slack_read(const char *path, const char *data, size_t len,
		struct conv_list *out, struct strlist *warn)
{
	if (slack_meta_name(path))
		return 0;
	return json_export_read_doc(path, data, len, out, warn, slack_read);
}
