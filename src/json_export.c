/* json_export.c - Telegram, Slack and DiscordChatExporter JSON exports. */
#include "json_export.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "charset.h"
#include "emphasis.h"
#include "walk.h"

#define EPOCH_DIGITS_MAX 12		/* seconds since 1970, as text */
#define OFFSET_LIMIT (18 * 3600)	/* a zone offset beyond this is bad */
#define EPOCH_LIMIT INT64_C(253402300799) /* 9999-12-31T23:59:59Z */

/* --- small helpers over jansson values: never trust a type --- */

/* The member 'key' of o when o is an object, else NULL (borrowed). */
static json_t *
member(const json_t *o, const char *key)
{
	return json_is_object(o) ? json_object_get(o, key) : NULL;
}

/* A string member (borrowed, may hold fewer bytes than the value when
 * it contains NUL), or NULL. */
static const char *
member_str(const json_t *o, const char *key)
{
	json_t *v = member(o, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static bool
member_is(const json_t *o, const char *key, const char *want)
{
	const char *s = member_str(o, key);

	return s && strcmp(s, want) == 0;
}

/* s[0..n) as valid UTF-8 with '\n' line ends (caller frees). */
static char *
clean_text(const char *s, size_t n)
{
	char *t = utf8_sanitize(s, n), *w = t;

	for (const char *r = t; *r; r++) {
		if (*r != '\r') {
			*w++ = *r;
			continue;
		}
		*w++ = '\n';
		if (r[1] == '\n')
			r++;
	}
	*w = '\0';
	return t;
}

/* A string value cleaned, or NULL when v is not a string. */
static char *
clean_value(const json_t *v)
{
	if (!json_is_string(v))
		return NULL;
	return clean_text(json_string_value(v), json_string_length(v));
}

/* A name: cleaned and trimmed; NULL when absent or blank. */
static char *
clean_name(const json_t *v)
{
	char *s = clean_value(v), *t;

	if (!s)
		return NULL;
	t = str_trim(s);
	if (*t == '\0') {
		free(s);
		return NULL;
	}
	t = xstrdup(t);
	free(s);
	return t;
}

/* An identifier given as a string or a number (old Telegram exports
 * write from_id as a number). */
static char *
clean_id(const json_t *v)
{
	if (json_is_integer(v))
		return xasprintf("%lld", (long long)json_integer_value(v));
	if (json_is_real(v)) {
		double d = json_real_value(v);

		if (d > -1e18 && d < 1e18)
			return xasprintf("%.0f", d);
		return NULL;
	}
	return clean_name(v);
}

static bool
text_empty(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n')
			return false;
	return true;
}

/* "voice_message" -> "voice message" (caller frees) */
static char *
words(const char *what)
{
	char *s = clean_text(what, strlen(what));

	for (char *p = s; *p; p++)
		if (*p == '_')
			*p = ' ';
	return s;
}

/* "voice_message" -> "[voice message]" */
static char *
bracket_label(const char *what)
{
	char *w = words(what), *s = xasprintf("[%s]", w);

	free(w);
	return s;
}

/* --- time --- */

/* Seconds since the epoch from "1458208082.000002", "1544006350" or a
 * number. */
static bool
epoch_value(const json_t *v, int64_t *secs)
{
	const char *s;
	int64_t n = 0;
	int nd = 0;

	if (json_is_integer(v) || json_is_real(v)) {
		double d = json_number_value(v);

		if (!(d >= -(double)EPOCH_LIMIT && d <= (double)EPOCH_LIMIT))
			return false;
		*secs = (int64_t)d;
		return true;
	}
	if (!json_is_string(v))
		return false;
	for (s = json_string_value(v); *s >= '0' && *s <= '9'; s++, nd++)
		if (nd < EPOCH_DIGITS_MAX)
			n = n * 10 + (*s - '0');
	if (nd == 0 || nd > EPOCH_DIGITS_MAX || (*s != '\0' && *s != '.') ||
	    n > EPOCH_LIMIT)
		return false;
	*secs = n;
	return true;
}

/* An instant shown in the process time zone (--tz). */
static bool
time_from_epoch_local(int64_t secs, struct esc_time *out)
{
	time_t tt = (time_t)secs;
	struct tm tm;
	int64_t local, off;

	if ((int64_t)tt != secs || localtime_r(&tt, &tm) == NULL)
		return false;
	local = days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1,
				tm.tm_mday) * 86400 +
		tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
	off = local - secs;
	if (off > OFFSET_LIMIT || off < -OFFSET_LIMIT)
		return false;
	out->t = secs;
	out->off = (int32_t)off;
	out->set = true;
	return true;
}

static bool
epoch_time(const json_t *v, struct esc_time *out)
{
	int64_t secs;

	return epoch_value(v, &secs) && time_from_epoch_local(secs, out);
}

/* An ISO 8601 string: with its offset when it has one, else local. */
static bool
iso_time(const json_t *v, struct esc_time *out)
{
	return json_is_string(v) && time_parse_iso(json_string_value(v), out);
}

/* --- parsing --- */

bool
json_too_deep(const char *data, size_t len, size_t max)
{
	size_t depth = 0;
	bool in_str = false;

	for (size_t i = 0; i < len; i++) {
		char ch = data[i];

		if (in_str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_str = false;
		} else if (ch == '"') {
			in_str = true;
		} else if (ch == '[' || ch == '{') {
			if (++depth > max)
				return true;
		} else if ((ch == ']' || ch == '}') && depth > 0) {
			depth--;
		}
	}
	return false;
}

json_t *
json_export_parse(const char *data, size_t len, const char *what,
		  struct strlist *warn)
{
	char *fixed = NULL;
	json_error_t err;
	json_t *root;

	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (json_too_deep(data, len, JSON_MAX_DEPTH)) {
		strlist_pushf(warn,
			      "%sjson nested deeper than %d levels, not read",
			      what, JSON_MAX_DEPTH);
		return NULL;
	}
	if (!utf8_valid(data, len)) {
		fixed = utf8_sanitize(data, len);
		data = fixed;
		len = strlen(fixed);
	}
	root = json_loadb(data, len, JSON_ALLOW_NUL | JSON_DECODE_INT_AS_REAL,
			  &err);
	free(fixed);
	if (!root)
		strlist_pushf(warn, "%sinvalid json at line %d: %s", what,
			      err.line, err.text);
	return root;
}

#define TOO_MANY "too many messages in one conversation; the rest ignored"

/* Room for one more message, or NULL and (once) a warning. */
static struct message *
next_message(struct conversation *c, struct strlist *warn)
{
	if (c->n_msgs < JSON_MAX_MESSAGES)
		return conversation_add_message(c);
	if (!strlist_contains(warn, TOO_MANY))
		strlist_push(warn, TOO_MANY);
	return NULL;
}

/* --- Telegram Desktop result.json --- */

/* "text" is a string or an array of strings and entity objects. */
static char *
tg_text(const json_t *t)
{
	struct buf b = {0};
	size_t i;
	json_t *part;
	char *s;

	if (json_is_string(t))
		return clean_value(t);
	json_array_foreach(t, i, part) {
		json_t *v = json_is_object(part) ? json_object_get(part, "text")
						 : part;

		if (json_is_string(v))
			buf_append(&b, json_string_value(v),
				   json_string_length(v));
	}
	s = clean_text(b.s ? b.s : "", b.len);
	buf_free(&b);
	return s;
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
	const char *mt = member_str(o, "media_type");

	if (mt && *mt)
		return bracket_label(mt);
	for (size_t i = 0; i < sizeof(tg_media) / sizeof(tg_media[0]); i++)
		if (member(o, tg_media[i].key))
			return xstrdup(tg_media[i].label);
	return xstrdup("");
}

/* A service message's text: its own, else "actor action". */
static char *
tg_service_text(const json_t *o, char *text)
{
	const char *action = member_str(o, "action");

	if (!text_empty(text))
		return text;
	free(text);
	return words(action && *action ? action : "service message");
}

static void
tg_time(const json_t *o, struct message *m)
{
	if (!epoch_time(member(o, "date_unixtime"), &m->time))
		iso_time(member(o, "date"), &m->time);
}

static void
tg_message(struct conversation *c, const json_t *o, struct strlist *warn)
{
	bool service = member_is(o, "type", "service");
	struct message *m;
	char *text;

	if (!json_is_object(o) || !(m = next_message(c, warn)))
		return;
	tg_time(o, m);
	text = tg_text(member(o, "text"));
	if (service) {
		m->role = ROLE_SYSTEM;
		m->sender_name = clean_name(member(o, "actor"));
		m->sender_addr = clean_id(member(o, "actor_id"));
		m->text = tg_service_text(o, text);
		return;
	}
	m->sender_name = clean_name(member(o, "from"));
	m->sender_addr = clean_id(member(o, "from_id"));
	if (member(o, "forwarded_from")) {
		/* forwarded content is history, not the sender's words */
		char *who = clean_name(member(o, "forwarded_from"));

		m->quoted = text;
		m->text = xasprintf("[forwarded from %s]", who ? who : "?");
		free(who);
	} else if (text_empty(text)) {
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
	json_t *msgs = member(chat, "messages"), *o;
	struct conversation *c;
	size_t i;

	if (!json_is_array(msgs))
		return;
	c = conversation_new(path, FMT_TELEGRAM_JSON);
	c->subject = clean_name(member(chat, "name"));
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
		json_array_foreach(member(member(root, tg_lists[k]), "list"),
				   i, chat)
			tg_chat(path, chat, out, warn);
	if (out->n > before)
		return 0;
	strlist_push(warn, "no telegram messages found");
	return -1;
}

/* --- DiscordChatExporter --- */

/* Message types that are somebody writing; the rest are events. */
static const char *const dc_written[] = {"Default", "Reply"};

static bool
dc_is_system(const json_t *o)
{
	const char *t = member_str(o, "type");

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
	char *s;

	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		json_t *v;
		size_t i;

		json_array_foreach(member(o, kinds[k].list), i, v) {
			const char *name = member_str(v, kinds[k].key);

			buf_printf(&b, "%s[%s%s%s]", b.len ? " " : "",
				   kinds[k].label, name ? ": " : "",
				   name ? name : "");
		}
	}
	s = clean_text(b.s ? b.s : "", b.len);
	buf_free(&b);
	return s;
}

static void
dc_message(struct conversation *c, const json_t *o, struct strlist *warn)
{
	const json_t *author = member(o, "author");
	struct message *m;
	char *text;

	if (!json_is_object(o) || !(m = next_message(c, warn)))
		return;
	iso_time(member(o, "timestamp"), &m->time);
	m->sender_name = clean_name(member(author, "nickname"));
	if (!m->sender_name)
		m->sender_name = clean_name(member(author, "name"));
	m->sender_addr = clean_id(member(author, "id"));
	m->role = dc_is_system(o) ? ROLE_SYSTEM : ROLE_UNKNOWN;
	text = clean_value(member(o, "content"));
	if (text_empty(text)) {
		free(text);
		text = dc_media_text(o);
	}
	if (text_empty(text) && m->role == ROLE_SYSTEM &&
	    member_str(o, "type")) {
		free(text);
		text = clean_value(member(o, "type"));
	}
	m->text = text;
}

/* "Guild / channel", or the one of them that is known. */
static char *
dc_subject(const json_t *root)
{
	char *g = clean_name(member(member(root, "guild"), "name"));
	char *ch = clean_name(member(member(root, "channel"), "name"));
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
	json_t *msgs = member(root, "messages"), *o;
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

/* --- Slack export --- */

static const char *const slack_meta[] = {
	"users.json",	 "channels.json", "integration_logs.json",
	"groups.json",	 "dms.json",	  "mpims.json",
	"canvases.json", "org_users.json", "huddles.json",
};

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

bool
slack_meta_name(const char *path)
{
	const char *b = base_name(path);

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
	const char *st = member_str(o, "subtype");
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
		if (member_str(u, "id"))
			json_object_set(map, member_str(u, "id"), u);
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
	const json_t *prof = member(u, "profile");
	char *s = NULL;

	for (size_t i = 0; !s && i < sizeof(keys) / sizeof(keys[0]); i++) {
		s = clean_name(member(prof, keys[i]));
		if (!s)
			s = clean_name(member(u, keys[i]));
	}
	return s;
}

static char *
slack_lookup(const json_t *users, const char *id, size_t n)
{
	char *key = xstrndup(id, n);
	json_t *u = member(users, key);

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

	json_array_foreach(member(o, "attachments"), i, v) {
		const char *t = member_str(v, "fallback");

		if (!t)
			t = member_str(v, "text");
		if (t) {
			if (b->len)
				buf_putc(b, '\n');
			slack_markup(b, t, strlen(t), users);
		}
	}
	json_array_foreach(member(o, "files"), i, v) {
		const char *t = member_str(v, "name");

		buf_printf(b, "%s[file%s%s]", b->len ? " " : "", t ? ": " : "",
			   t ? t : "");
	}
}

static char *
slack_text(const json_t *o, const json_t *users)
{
	json_t *t = member(o, "text");
	struct buf b = {0};
	char *s;

	if (json_is_string(t))
		slack_markup(&b, json_string_value(t), json_string_length(t),
			     users);
	if (b.s != NULL)
		b.len = emphasis_strip(b.s, b.len); /* "*DP-20931*" */
	if (text_empty(b.s))
		slack_extras(&b, o, users);
	if (text_empty(b.s) && member(o, "file"))
		buf_puts(&b, "[file]");
	s = clean_text(b.s ? b.s : "", b.len);
	buf_free(&b);
	return s;
}

/* Who wrote it: a user (names from the message's user_profile or
 * users.json) or a bot. */
static void
slack_sender(struct message *m, const json_t *o, const json_t *users)
{
	const char *uid = member_str(o, "user");

	if (uid) {
		m->sender_addr = clean_name(member(o, "user"));
		m->sender_name = clean_name(
			member(member(o, "user_profile"), "real_name"));
		if (!m->sender_name)
			m->sender_name = slack_lookup(users, uid, strlen(uid));
	}
	if (!m->sender_name)
		m->sender_name = clean_name(member(o, "username"));
	if (!m->sender_name)
		m->sender_name =
			clean_name(member(member(o, "bot_profile"), "name"));
	if (!m->sender_addr)
		m->sender_addr = clean_name(member(o, "bot_id"));
}

static void
slack_message(struct conversation *c, const json_t *o, const json_t *users,
	      struct strlist *warn)
{
	struct message *m;

	if (!member_is(o, "type", "message") || !(m = next_message(c, warn)))
		return;
	epoch_time(member(o, "ts"), &m->time);
	slack_sender(m, o, users);
	m->role = slack_is_event(o) ? ROLE_SYSTEM : ROLE_UNKNOWN;
	m->text = slack_text(o, users);
}

/* "#channel 2016-01-14" from ".../channel/2016-01-14.json". */
static char *
slack_subject(const char *path)
{
	char *dir = dir_name(path), *day = xstrdup(base_name(path));
	const char *chan = base_name(dir);
	size_t n = strlen(day);
	char *s, *raw;

	if (n > 5 && strcmp(day + n - 5, ".json") == 0)
		day[n - 5] = '\0';
	if (strcmp(chan, ".") == 0 || strcmp(chan, "..") == 0 || !*chan)
		raw = xstrdup(day);
	else
		raw = xasprintf("#%s %s", chan, day);
	s = clean_text(raw, strlen(raw));
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

/* --- entry --- */

int
json_export_read(const char *path, enum input_format fmt,
		 const char *data, size_t len, struct conv_list *out,
		 struct strlist *warn)
{
	json_t *root;
	int rc;

	if (fmt == FMT_SLACK && slack_meta_name(path))
		return 0;
	root = json_export_parse(data, len, "", warn);
	if (!root)
		return -1;
	switch (fmt) {
	case FMT_TELEGRAM_JSON:
		rc = tg_read(path, root, out, warn);
		break;
	case FMT_SLACK:
		rc = slack_read(path, root, out, warn);
		break;
	case FMT_DISCORD:
		rc = dc_read(path, root, out, warn);
		break;
	default:
		strlist_push(warn, "not a json export format");
		rc = -1;
		break;
	}
	json_decref(root);
	return rc;
}
