/* meta_export.c - Facebook Messenger and Instagram JSON exports. */
#include "meta_export.h"

#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charset.h"
#include "json_export.h"
#include "walk.h"

#define META_FIRST "message_1.json"
#define MS_LIMIT INT64_C(253402300799000) /* 9999-12-31 in milliseconds */

/* ---- strings ---- */

char *
meta_unmojibake(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s,
			    *end = p + len;
	char *bytes = xmalloc(len + 1), *w = bytes;
	uint32_t cp;
	size_t n;

	for (; p < end; p += n) {
		n = utf8_decode(p, end, &cp);
		if (n == 0 || cp > 0xff) {
			free(bytes);
			return utf8_sanitize(s, len);
		}
		*w++ = (char)cp;
	}
	*w = '\0';
	if (w - bytes == (ptrdiff_t)len || !utf8_valid(bytes, (size_t)(w - bytes))) {
		free(bytes); /* plain ASCII, or real Latin-1 text */
		return utf8_sanitize(s, len);
	}
	return bytes;
}

/* The member 'key' of o when o is an object, else NULL (borrowed). */
static json_t *
get(const json_t *o, const char *key)
{
	return json_is_object(o) ? json_object_get(o, key) : NULL;
}

/* A string value repaired, CR dropped before LF and trimmed; NULL when
 * v is not a string or holds only blanks. */
static char *
text_of(const json_t *v)
{
	char *s, *t, *w;

	if (!json_is_string(v))
		return NULL;
	s = meta_unmojibake(json_string_value(v), json_string_length(v));
	for (t = w = s; *t; t++)
		if (!(*t == '\r' && t[1] == '\n'))
			*w++ = *t == '\r' ? '\n' : *t;
	*w = '\0';
	return str_trim_owned(s);
}

/* The first of two keys that is a string, repaired. */
static char *
text_either(const json_t *o, const char *a, const char *b)
{
	char *s = text_of(get(o, a));

	return s ? s : text_of(get(o, b));
}

/* ---- time ---- */

static bool
ms_time(const json_t *v, struct esc_time *out)
{
	double d;

	if (!json_is_number(v))
		return false;
	d = json_number_value(v);
	if (!(d >= 0 && d <= (double)MS_LIMIT))
		return false;
	out->t = (int64_t)(d / 1000);
	out->off = 0;
	out->set = true;
	time_to_local_zone(out);
	return true;
}

/* "2018-10-01T12:34:56.789012+00:00": the fraction is dropped. */
static bool
iso_time(const json_t *v, struct esc_time *out)
{
	const char *s = json_string_value(v), *dot;
	char buf[64];
	size_t k;

	if (!s || strlen(s) >= sizeof(buf))
		return false;
	dot = strchr(s, '.');
	if (!dot)
		return time_parse_iso(s, out);
	k = (size_t)(dot - s);
	memcpy(buf, s, k);
	for (dot++; *dot >= '0' && *dot <= '9'; dot++)
		;
	strcpy(buf + k, dot);
	return time_parse_iso(buf, out);
}

/* ---- message bodies ---- */

/* Attachments that make a message without text: the list key (or
 * object key) and its label. */
static const struct {
	const char *key, *label;
} media[] = {
	{"photos", "photo"},	   {"videos", "video"}, {"audio_files", "audio"},
	{"gifs", "gif"},	   {"files", "file"},	{"sticker", "sticker"},
	{"media", "attachment"},
};

/* The last path component of a "uri". */
static const char *
uri_base(const json_t *o)
{
	const char *u = json_string_value(get(o, "uri")), *slash;

	if (!u)
		return NULL;
	slash = strrchr(u, '/');
	return slash ? slash + 1 : u;
}

static void
media_labels(struct buf *b, const json_t *o)
{
	for (size_t k = 0; k < sizeof(media) / sizeof(media[0]); k++) {
		json_t *v = get(o, media[k].key), *item;
		size_t i;

		if (json_is_object(v)) {
			buf_printf(b, "%s[%s]", b->len ? " " : "", media[k].label);
			continue;
		}
		json_array_foreach(v, i, item) {
			const char *name = uri_base(item);
			char *clean = name ? meta_unmojibake(name, strlen(name))
					   : NULL;

			buf_printf(b, "%s[%s%s%s]", b->len ? " " : "",
				   media[k].label, clean ? ": " : "",
				   clean ? clean : "");
			free(clean);
		}
	}
}

/* A shared link (a help article, a product) belongs to the message. */
static void
share_text(struct buf *b, const json_t *o)
{
	const json_t *sh = get(o, "share");
	char *link = text_of(get(sh, "link")), *words = text_of(get(sh, "share_text"));
	char *url = text_of(get(o, "media_share_url"));
	char *cap = text_of(get(o, "media_share_caption"));

	if (words)
		buf_printf(b, "%s%s", b->len ? "\n" : "", words);
	if (cap)
		buf_printf(b, "%s%s", b->len ? "\n" : "", cap);
	if (link || url)
		buf_printf(b, "%s[link: %s]", b->len ? "\n" : "",
			   link ? link : url);
	free(link);
	free(words);
	free(url);
	free(cap);
}

/* Reactions are kept beside the text, not analyzed: "👍 Anna". */
static char *
reactions(const json_t *o)
{
	struct buf b = {0};
	json_t *r;
	size_t i;

	json_array_foreach(get(o, "reactions"), i, r) {
		char *what = text_of(get(r, "reaction"));
		char *who = text_either(r, "actor", "username");

		if (what || who)
			buf_printf(&b, "%sreaction: %s%s%s", b.len ? "\n" : "",
				   what ? what : "?", who ? " by " : "",
				   who ? who : "");
		free(what);
		free(who);
	}
	return b.s ? buf_steal(&b) : NULL;
}

/* Message types that are events, not somebody writing. */
static const char *const event_types[] = {"Subscribe", "Unsubscribe"};

static bool
is_event(const json_t *o)
{
	const char *t = json_string_value(get(o, "type"));

	for (size_t i = 0; t && i < sizeof(event_types) / sizeof(event_types[0]);
	     i++)
		if (strcmp(t, event_types[i]) == 0)
			return true;
	return false;
}

static char *
body_of(const json_t *o)
{
	struct buf b = {0};
	char *text = text_either(o, "content", "text");

	if (!text) /* an Instagram "like" sent as a message */
		text = text_of(get(o, "heart"));

	if (json_is_true(get(o, "is_unsent")) || json_is_true(get(o, "isUnsent")))
		buf_puts(&b, "[message unsent]");
	if (text)
		buf_printf(&b, "%s%s", b.len ? "\n" : "", text);
	free(text);
	share_text(&b, o);
	if (b.len == 0)
		media_labels(&b, o);
	if (b.len == 0 && json_is_number(get(o, "call_duration")))
		buf_printf(&b, "[call, %.0f s]",
			   json_number_value(get(o, "call_duration")));
	return b.s ? buf_steal(&b) : xstrdup("");
}

static void
read_message(struct conversation *c, const json_t *o, struct strlist *warn)
{
	struct message *m;

	if (!json_is_object(o))
		return;
	if (c->n_msgs >= JSON_MAX_MESSAGES) {
		if (!strlist_contains(warn, "too many messages; the rest ignored"))
			strlist_push(warn, "too many messages; the rest ignored");
		return;
	}
	m = conversation_add_message(c);
	if (!ms_time(get(o, "timestamp_ms"), &m->time) &&
	    !ms_time(get(o, "timestamp"), &m->time))
		iso_time(get(o, "created_at"), &m->time);
	m->sender_name = text_either(o, "sender_name", "senderName");
	if (!m->sender_name)
		m->sender_name = text_of(get(o, "sender"));
	m->text = body_of(o);
	m->quoted = reactions(o);
	if (is_event(o))
		m->role = ROLE_SYSTEM;
}

/* A thread's messages, oldest first (the file lists newest first). */
static void
read_messages(struct conversation *c, const json_t *list,
	      struct strlist *warn)
{
	size_t n = json_array_size(list);

	while (n-- > 0)
		read_message(c, json_array_get(list, n), warn);
}

/* ---- roles ---- */

static char *
participant_name(const json_t *p)
{
	char *s = text_of(p);

	return s ? s : text_of(get(p, "name"));
}

/* "a, b, c": the names of an old Instagram thread; NULL when none. */
static char *
participant_list(const json_t *parts)
{
	struct buf b = {0};
	json_t *p;
	size_t i;

	json_array_foreach(parts, i, p) {
		char *s = participant_name(p);

		if (s)
			buf_printf(&b, "%s%s", b.len ? ", " : "", s);
		free(s);
	}
	return b.s ? buf_steal(&b) : NULL;
}

/* In a two-person thread named after one participant, that one is the
 * company: their messages are marked as the company's (a cue that
 * --me overrides). */
static void
mark_company(struct conversation *c, const json_t *root)
{
	json_t *parts = get(root, "participants");
	char *title = text_either(root, "title", "threadName");
	bool named = false;

	if (title && json_array_size(parts) == 2) {
		for (size_t i = 0; i < 2 && !named; i++) {
			char *p = participant_name(json_array_get(parts, i));

			named = p && strcmp(p, title) == 0;
			free(p);
		}
	}
	for (size_t i = 0; named && i < c->n_msgs; i++)
		if (c->msgs[i].role != ROLE_SYSTEM && c->msgs[i].sender_name &&
		    strcmp(c->msgs[i].sender_name, title) == 0)
			c->msgs[i].role = ROLE_AGENT;
	free(title);
}

/* ---- the parts of a long thread ---- */

/* N of "message_N.json", 0 for other names. */
static long
part_number(const char *name)
{
	char *end;
	long n;

	if (strncmp(name, "message_", 8) != 0 || name[8] < '1' || name[8] > '9')
		return 0;
	errno = 0;
	n = strtol(name + 8, &end, 10);
	if (errno || strcmp(end, ".json") != 0 || n > META_MAX_PARTS)
		return 0;
	return n;
}

static char *
part_path(const char *path, long n)
{
	const char *b = walk_base_name(path);

	return xasprintf("%.*smessage_%ld.json", (int)(b - path), path, n);
}

static bool
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool
later_part(const char *path)
{
	char *first;
	bool yes;

	if (strcmp(path, "-") == 0 || part_number(walk_base_name(path)) < 2)
		return false;
	first = part_path(path, 1);
	yes = is_file(first);
	free(first);
	return yes;
}


/* The older messages of message_2.json ... message_K.json, oldest
 * first: the highest part holds the oldest. */
static void
read_later_parts(struct conversation *c, const char *path,
		 struct strlist *warn)
{
	long k = 1;

	while (k < META_MAX_PARTS) {
		char *p = part_path(path, k + 1);
		bool there = is_file(p);

		free(p);
		if (!there)
			break;
		k++;
	}
	for (long n = k; n >= 2; n--) {
		char *p = part_path(path, n), *err = NULL, *data;
		char *what = xasprintf("%s: ", walk_base_name(p));
		size_t len;
		json_t *root;

		data = read_file(p, &len, &err);
		root = data ? json_export_parse(data, len, what, warn) : NULL;
		if (!data)
			strlist_pushf(warn, "%s%s", what, err);
		read_messages(c, get(root, "messages"), warn);
		json_decref(root);
		free(what);
		free(err);
		free(data);
		free(p);
	}
	if (k == 2)
		strlist_push(&c->notes, "read with message_2.json");
	else if (k > 2)
		strlist_pushf(&c->notes,
			      "read with message_2.json to message_%ld.json", k);
}

/* ---- shapes ---- */

static int
read_thread(const char *path, enum input_format fmt, const json_t *root,
	    struct conv_list *out, struct strlist *warn)
{
	struct conversation *c = conversation_new(path, fmt);

	c->subject = text_either(root, "title", "threadName");
	if (strcmp(path, "-") != 0 && part_number(walk_base_name(path)) == 1)
		read_later_parts(c, path, warn);
	read_messages(c, get(root, "messages"), warn);
	mark_company(c, root);
	if (c->n_msgs == 0) {
		strlist_push(warn, "no messages found");
		conversation_free(c);
		return -1;
	}
	conv_list_push(out, c);
	return 0;
}

/* Instagram before 2020: [{"participants", "conversation"}], oldest
 * last as well. */
static int
read_old_instagram(const char *path, const json_t *root,
		   struct conv_list *out, struct strlist *warn)
{
	size_t before = out->n, i;
	json_t *t;

	json_array_foreach(root, i, t) {
		struct conversation *c;
		json_t *parts = get(t, "participants");

		if (!json_is_array(get(t, "conversation")))
			continue;
		c = conversation_new(path, FMT_INSTAGRAM);
		c->subject = participant_list(parts);
		read_messages(c, get(t, "conversation"), warn);
		if (c->n_msgs == 0) {
			conversation_free(c);
			continue;
		}
		conv_list_push(out, c);
	}
	if (out->n > before)
		return 0;
	strlist_push(warn, "no messages found");
	return -1;
}

int
meta_export_read(const char *path, enum input_format fmt, const char *data,
		 size_t len, struct conv_list *out, struct strlist *warn)
{
	json_t *root;
	int rc;

	if (later_part(path)) {
		strlist_push(warn, "part of message_1.json");
		return 0;
	}
	root = json_export_parse(data, len, "", warn);
	if (!root)
		return -1;
	if (json_is_array(root))
		rc = read_old_instagram(path, root, out, warn);
	else if (json_is_array(get(root, "messages")))
		rc = read_thread(path, fmt, root, out, warn);
	else {
		strlist_push(warn, "no messages found");
		rc = -1;
	}
	json_decref(root);
	return rc;
}

/* ---- kind ---- */

static bool
has_ci(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle);

	for (size_t i = 0; i + n <= len; i++)
		if (ascii_strncaseeq(hay + i, needle, n))
			return true;
	return false;
}

enum input_format
meta_kind(const char *path, const char *head, size_t len, bool old_instagram)
{
	if (old_instagram || (path && has_ci(path, strlen(path), "instagram")))
		return FMT_INSTAGRAM;
	if (has_ci(head, len, "\"is_geoblocked_for_viewer\""))
		return FMT_INSTAGRAM;
	return FMT_MESSENGER;
}
