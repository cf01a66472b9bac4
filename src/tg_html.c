/* tg_html.c - Telegram Desktop HTML exports (messages.html, messages2.html,
 * ...). */
#include "html_export.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/tree.h>

#include "charset.h"
#include "html.h"
#include "html_node.h"
#include "stamp.h"
#include "walk.h"

#define TG_FIRST "messages.html"

/* What carries over from one message (and one file) to the next. */
struct tg_state {
	struct conversation *c;
	char *sender;         /* of the last non-joined message */
	struct esc_time last; /* time of the last message or date line */
};

/* Markers of an export page; two must be present. */
static const char *const tg_markers[] = {
    "class=\"page_wrap\"",
    "class=\"history\"",
    "class=\"message default clearfix",
    "class=\"message service\"",
};

bool
tg_html_sniff(const char *buf, size_t len)
{
	int hits = 0;

	for (size_t i = 0; i < sizeof(tg_markers) / sizeof(tg_markers[0]);
	     i++) {
		const char *m = tg_markers[i];
		size_t k = strlen(m);

		for (size_t j = 0; j + k <= len; j++) {
			if (buf[j] == 'c' && memcmp(buf + j, m, k) == 0) {
				hits++;
				break;
			}
		}
	}
	return hits >= 2;
}

/* N of "messagesN.html"; 1 for "messages.html", 0 for other names. */
static long
part_number(const char *name)
{
	char *end;
	long n;

	if (strcmp(name, TG_FIRST) == 0)
		return 1;
	if (strncmp(name, "messages", 8) != 0 || name[8] < '1' || name[8] > '9')
		return 0;
	errno = 0;
	n = strtol(name + 8, &end, 10);
	if (errno || strcmp(end, ".html") != 0 || n > TG_MAX_PARTS)
		return 0;
	return n;
}

/* The sibling 'name' of 'path' (same folder). */
static char *
sibling(const char *path, const char *name)
{
	const char *b = walk_base_name(path);

	return xasprintf("%.*s%s", (int)(b - path), path, name);
}

static bool
file_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool
tg_html_later_part(const char *path)
{
	char *first;
	bool yes;

	if (!path || strcmp(path, "-") == 0 ||
	    part_number(walk_base_name(path)) < 2)
		return false;
	first = sibling(path, TG_FIRST);
	yes = file_exists(first);
	free(first);
	return yes;
}

/* The first child element of n with the class token. */
static xmlNode *
child_with_class(xmlNode *n, const char *token)
{
	for (xmlNode *k = n ? n->children : NULL; k; k = k->next)
		if (k->type == XML_ELEMENT_NODE && html_has_class(k, token))
			return k;
	return NULL;
}

/* Append s to *dst on a new line (dst may be NULL). Takes s. */
static void
append_line(char **dst, char *s)
{
	char *t;

	if (!*s) {
		free(s);
		return;
	}
	if (!*dst) {
		*dst = s;
		return;
	}
	t = xasprintf("%s\n%s", *dst, s);
	free(*dst);
	free(s);
	*dst = t;
}

static char *
cut_name(char *s)
{
	if (strlen(s) > HTML_NAME_MAX) {
		size_t k = HTML_NAME_MAX;

		while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
			k--;
		s[k] = '\0';
	}
	return s;
}

/* div.date's title: "20.11.2026 10:02:33 UTC+03:00" (old exports
 * write no zone: local time). */
static void
message_time(xmlNode *date, struct tg_state *st, struct message *m)
{
	const char *title = html_attr(date, "title");
	struct stamp sp;

	if (title && stamp_find(title, strlen(title), &sp) &&
	    stamp_time(&sp, &m->time)) {
		st->last = m->time;
		return;
	}
	m->time = st->last;
}

/* Media text without the "Not included, change data exporting
 * settings" status line. */
static bool
skip_status(const xmlNode *n, void *arg)
{
	(void)arg;
	return n->type == XML_ELEMENT_NODE && html_has_class(n, "status");
}

/* One child of a message's body: where its text goes. */
static void
body_part(xmlNode *k, struct message *m, char **media, struct tg_state *st)
{
	if (html_has_class(k, "date"))
		message_time(k, st, m);
	else if (html_has_class(k, "from_name"))
		append_line(&m->sender_name,
			    cut_name(html_node_string(k, NULL, NULL)));
	else if (html_has_class(k, "reply_to") ||
		 html_has_class(k, "forwarded"))
		append_line(&m->quoted, html_node_string(k, NULL, NULL));
	else if (html_has_class(k, "text"))
		append_line(&m->text, html_node_string(k, NULL, NULL));
	else if (html_has_class(k, "media_wrap"))
		append_line(media, html_node_string(k, skip_status, NULL));
}

static void
default_message(xmlNode *n, struct tg_state *st)
{
	struct message *m = conversation_add_message(st->c);
	xmlNode *body = child_with_class(n, "body");
	char *media = NULL;

	m->role = ROLE_UNKNOWN;
	m->time = st->last;
	for (xmlNode *k = body ? body->children : NULL; k; k = k->next)
		if (k->type == XML_ELEMENT_NODE)
			body_part(k, m, &media, st);
	if (!m->text)
		m->text = media ? media : xstrdup("");
	else
		free(media);
	if (m->sender_name && (!html_has_class(n, "joined") || !st->sender)) {
		free(st->sender);
		st->sender = xstrdup(m->sender_name);
	} else if (!m->sender_name && st->sender) {
		m->sender_name = xstrdup(st->sender);
	}
}

/* What may follow a date on a date line: spaces, dots, "г" (год). */
static bool
date_filler(const char *s)
{
	while (*s) {
		if (*s == ' ' || *s == '.')
			s++;
		else if (strncmp(s, "г", strlen("г")) == 0)
			s += strlen("г");
		else
			return false;
	}
	return true;
}

/* A service message that only carries a date ("20 November 2026");
 * exports number them negatively ("message-1"). */
static bool
date_only(xmlNode *n, const char *text, struct stamp *sp)
{
	const char *id = html_attr(n, "id");
	bool found =
	    stamp_find(text, strlen(text), sp) && sp->has_date && !sp->has_time;

	if (id && strncmp(id, "message-", 8) == 0)
		return true;
	return found && sp->start == 0 && date_filler(text + sp->end);
}

static void
service_message(xmlNode *n, struct tg_state *st)
{
	xmlNode *body = child_with_class(n, "body");
	char *text = html_node_string(body ? body : n, NULL, NULL);
	struct stamp sp;
	struct message *m;

	if (date_only(n, text, &sp)) {
		struct esc_time t;

		sp.has_time = true; /* midnight of that day */
		if (sp.has_date && stamp_time(&sp, &t))
			st->last = t;
		free(text);
		return;
	}
	if (!*text) {
		free(text);
		return;
	}
	m = conversation_add_message(st->c);
	m->role = ROLE_SYSTEM;
	m->time = st->last;
	m->text = text;
}

/* Every div.message in document order; their subtrees are not entered. */
static void
walk_messages(xmlNode *root, struct tg_state *st)
{
	xmlNode *n = root;

	while (n) {
		bool msg =
		    n->type == XML_ELEMENT_NODE && html_has_class(n, "message");

		if (msg && html_has_class(n, "service"))
			service_message(n, st);
		else if (msg && html_has_class(n, "default"))
			default_message(n, st);
		if (!msg && n->children && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next)
			n = n->parent;
		if (!n || n == root)
			break;
		n = n->next;
	}
}

static int
read_doc(struct tg_state *st, const char *data, size_t len)
{
	/* Exports are UTF-8; bad bytes become U+FFFD before parsing, so
	 * the parser's converter never stops half-way. */
	char *clean = utf8_valid(data, len) ? NULL : utf8_sanitize(data, len);
	struct _xmlDoc *doc = html_parse(clean ? clean : data,
					 clean ? strlen(clean) : len, "UTF-8");
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;

	free(clean);
	if (!root) {
		html_doc_free(doc);
		return -1;
	}
	walk_messages(root, st);
	html_doc_free(doc);
	return 0;
}

/* messages2.html, messages3.html, ... until one is missing. */
static void
read_later_parts(const char *path, struct tg_state *st, struct strlist *warn)
{
	long k;

	for (k = 2; k <= TG_MAX_PARTS; k++) {
		char *name = xasprintf("messages%ld.html", k);
		char *p = sibling(path, name), *err = NULL, *data;
		size_t len;

		free(name);
		if (!file_exists(p)) {
			free(p);
			break;
		}
		data = read_file(p, &len, &err);
		if (!data || read_doc(st, data, len) < 0)
			strlist_pushf(warn, "%s: %s", walk_base_name(p),
				      err ? err : "not an html document");
		free(err);
		free(data);
		free(p);
	}
	if (k > 2)
		strlist_pushf(&st->c->notes,
			      "read with messages2.html to messages%ld.html",
			      k - 1);
}

int
tg_html_read(const char *path, const char *data, size_t len,
	     struct conv_list *out, struct strlist *warn)
{
	struct tg_state st = {0};

	if (tg_html_later_part(path)) {
		strlist_push(warn, "part of messages.html");
		return 0;
	}
	st.c = conversation_new(path, FMT_TELEGRAM_HTML);
	if (read_doc(&st, data, len) < 0) {
		strlist_push(warn, "not an html document");
		conversation_free(st.c);
		return -1;
	}
	if (strcmp(path, "-") != 0 && part_number(walk_base_name(path)) == 1)
		read_later_parts(path, &st, warn);
	free(st.sender);
	if (st.c->n_msgs == 0) {
		strlist_push(warn, "no messages found");
		conversation_free(st.c);
		return -1;
	}
	conv_list_push(out, st.c);
	return 0;
}
