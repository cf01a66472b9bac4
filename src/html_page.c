/* html_page.c - saved web pages of a chat or webmail: repeated message blocks,
 * else one message. */
#include "html_export.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "charset.h"
#include "fold.h"
#include "html.h"
#include "html_node.h"
#include "mailvocab.h"
#include "page_header.h"
#include "quote.h"
#include "stamp.h"

#define PAGE_MIN_UNITS 2     /* instances of a class that make a structure */
#define PAGE_TIMED_PCT 80    /* % of a class's instances that carry a time */
#define PAGE_OUTSIDE_MAX 300 /* bytes of text a lone block may leave out */
#define EVENT_MAX_BYTES 200  /* text of a chat widget's service event */
#define EVENT_MAX_NODES 32   /* nodes of one */

/* Class substrings of the element that names the sender. */
static const char *const sender_classes[] = {
    "from", "author", "sender", "name", "user", "nick",
};

/* Class substrings of parts that are not the message text. */
static const char *const chrome_classes[] = {
    "date", "time", "upic", "avatar", "userpic", "photo_wrap",
};

/* Classes of a message element that the page marks as its own event
 * ("msg--system"): with no sender, a system message (SPEC 3). */
static const char *const system_classes[] = {
    "system", "event", "notice", "service",
};

/* Attributes that may carry a message's time. */
static const char *const time_attrs[] = {"datetime", "title", "data-time",
					   "data-ts", "data-timestamp", "data-date",
					   "data-sent", "data-created"};

/* Marks xmlNode._private of elements that carry a time label. */
static char timed_mark;

struct cls_stat {
	const char *cls; /* first class token, borrowed from the document */
	size_t len;
	size_t total, timed;
	size_t depth_sum;
};

struct page {
	struct cls_stat *v;
	size_t n, cap;
	const char *unit_cls; /* the chosen message class, or NULL */
	size_t unit_len;
};

/* The first token of n's class attribute (borrowed), or NULL. */
static const char *
class_key(const xmlNode *n, size_t *len)
{
	const char *c = html_attr(n, "class");

	if (!c)
		return NULL;
	c += strspn(c, " \t\r\n");
	*len = strcspn(c, " \t\r\n");
	return *len ? c : NULL;
}

struct unit_ctx {
	const struct page *pg;
	xmlNode *root;   /* the message element */
	xmlNode *sender; /* its sender element, or NULL */
};

/* Next node of a pre-order walk below 'root'; 'descend' false skips
 * n's subtree. Tracks the depth below root in *depth. */
static xmlNode *
next_node(xmlNode *n, xmlNode *root, bool descend, size_t *depth)
{
	if (descend && n->type == XML_ELEMENT_NODE && n->children) {
		(*depth)++;
		return n->children;
	}
	while (n && n != root && !n->next) {
		n = n->parent;
		(*depth)--;
	}
	return (!n || n == root) ? NULL : n->next;
}

static struct cls_stat *
class_stat(struct page *pg, const char *cls, size_t len)
{
	for (size_t i = 0; i < pg->n; i++)
		if (pg->v[i].len == len && memcmp(pg->v[i].cls, cls, len) == 0)
			return &pg->v[i];
	if (pg->n >= HTML_PAGE_MAX_CLASSES)
		return NULL;
	pg->v = xgrow(pg->v, &pg->cap, pg->n + 1, sizeof(*pg->v));
	memset(&pg->v[pg->n], 0, sizeof(pg->v[0]));
	pg->v[pg->n].cls = cls;
	pg->v[pg->n].len = len;
	return &pg->v[pg->n++];
}

/* Trimmed length of a short text, or SIZE_MAX when it is too long to be
 * a label. */
static size_t
label_span(const char *s, const char **start)
{
	size_t n;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	n = strnlen(s, HTML_PAGE_LABEL_MAX + 1);
	if (n > HTML_PAGE_LABEL_MAX)
		return SIZE_MAX;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' ||
		     s[n - 1] == '\r'))
		n--;
	*start = s;
	return n;
}

/* A short text node or a time attribute of n holding a date or time. */
static bool
stamp_of(const xmlNode *n, struct stamp *sp)
{
	const char *s;
	size_t k;

	if (n->type == XML_TEXT_NODE && n->content) {
		k = label_span((const char *)n->content, &s);
		return k != SIZE_MAX && stamp_find(s, k, sp);
	}
	if (n->type != XML_ELEMENT_NODE)
		return false;
	for (size_t i = 0; i < sizeof(time_attrs) / sizeof(time_attrs[0]);
	     i++) {
		const char *v = html_attr(n, time_attrs[i]);

		if (v && stamp_find(v, strnlen(v, HTML_PAGE_LABEL_MAX), sp) &&
		    sp->has_time)
			return true;
	}
	return false;
}

static void
mark_up(xmlNode *n)
{
	for (int i = 0; n && i <= HTML_PAGE_STAMP_UP; i++, n = n->parent)
		if (n->type == XML_ELEMENT_NODE)
			n->_private = &timed_mark;
}

/* First pass: mark the ancestors of time labels. */
static void
mark_times(xmlNode *root)
{
	size_t depth = 0;
	struct stamp sp;

	for (xmlNode *n = root; n; n = next_node(n, root, true, &depth))
		if (stamp_of(n, &sp) && sp.has_time)
			mark_up(n->type == XML_TEXT_NODE ? n->parent : n);
}

/* Second pass: per class value, how many instances and how many timed. */
static void
count_classes(struct page *pg, xmlNode *root)
{
	size_t depth = 0;

	for (xmlNode *n = root; n; n = next_node(n, root, true, &depth)) {
		size_t len = 0;
		const char *cls = class_key(n, &len);
		struct cls_stat *cs;

		if (!cls || !(cs = class_stat(pg, cls, len)))
			continue;
		cs->total++;
		cs->timed += n->_private == &timed_mark;
		cs->depth_sum += depth;
	}
}

/* The most frequent timed class; ties go to the outermost. */
static void
choose_class(struct page *pg)
{
	const struct cls_stat *best = NULL;

	for (size_t i = 0; i < pg->n; i++) {
		const struct cls_stat *c = &pg->v[i];

		if (c->timed < PAGE_MIN_UNITS ||
		    c->timed * 100 < c->total * PAGE_TIMED_PCT)
			continue;
		if (!best || c->timed > best->timed ||
		    (c->timed == best->timed &&
		     c->depth_sum * best->total < best->depth_sum * c->total))
			best = c;
	}
	pg->unit_cls = best ? best->cls : NULL;
	pg->unit_len = best ? best->len : 0;
}

static bool
is_unit(const struct page *pg, const xmlNode *n)
{
	size_t len = 0;
	const char *cls = class_key(n, &len);

	return pg->unit_cls && cls && len == pg->unit_len &&
	       memcmp(cls, pg->unit_cls, len) == 0;
}

static bool
class_has_any(const xmlNode *n, const char *const *tab, size_t k)
{
	const char *cls = html_attr(n, "class");

	for (size_t i = 0; cls && i < k; i++)
		if (ascii_strcasestr(cls, tab[i]))
			return true;
	return false;
}

/* Quoted history by markup: <blockquote>, gmail_quote, moz-cite... */
static bool
is_quote_el(const xmlNode *n)
{
	const char *cls = html_attr(n, "class");

	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (n->name && ascii_strcaseeq((const char *)n->name, "blockquote"))
		return true;
	return cls && (ascii_strcasestr(cls, "quote") ||
		       ascii_strcasestr(cls, "cite"));
}

/* Left out of a message's text: nested messages, the sender, chrome. */
static bool
skip_in_unit(const xmlNode *n, void *arg)
{
	const struct unit_ctx *u = arg;

	if (n == u->root || n->type != XML_ELEMENT_NODE)
		return false;
	if (n == u->sender || is_unit(u->pg, n) || is_quote_el(n))
		return true;
	if (n->name && ascii_strcaseeq((const char *)n->name, "time"))
		return true; /* the message's time label */
	return class_has_any(n, chrome_classes,
			     sizeof(chrome_classes) /
				 sizeof(chrome_classes[0]));
}

/* Elements never read as a service event: the page's chrome. */
static bool
is_skipped_event_tag(const xmlNode *n)
{
	static const char *const tags[] = {"html", "body", "head", "title",
					   "script", "style", "header",
					   "footer", "nav", "main"};

	for (size_t i = 0; n->name && i < sizeof(tags) / sizeof(*tags); i++)
		if (ascii_strcaseeq((const char *)n->name, tags[i]))
			return true;
	return false;
}

/* Left out of the text outside the messages. */
static bool
skip_units(const xmlNode *n, void *arg)
{
	return n->type == XML_ELEMENT_NODE && is_unit(arg, n);
}

/* The sender element of a message: a class naming a sender. */
static xmlNode *
find_sender(const struct page *pg, xmlNode *root)
{
	size_t depth = 0;

	for (xmlNode *n = root; n;) {
		bool nested =
		    n != root && n->type == XML_ELEMENT_NODE && is_unit(pg, n);

		if (!nested && n != root &&
		    class_has_any(n, sender_classes,
				  sizeof(sender_classes) /
				      sizeof(sender_classes[0])))
			return n;
		n = next_node(n, root, !nested, &depth);
	}
	return NULL;
}

/* The sender's name: its bold child if any, else its text less the
 * time label. */
static char *
sender_name(xmlNode *s)
{
	struct stamp sp;
	char *t = NULL;

	for (xmlNode *k = s->children; k && !t; k = k->next)
		if (k->type == XML_ELEMENT_NODE && k->name &&
		    (ascii_strcaseeq((const char *)k->name, "b") ||
		     ascii_strcaseeq((const char *)k->name, "strong")))
			t = html_node_string(k, NULL, NULL);
	if (!t)
		t = html_node_string(s, NULL, NULL);
	if (stamp_find(t, strlen(t), &sp) && sp.start > 0) {
		t[sp.start] = '\0';
		str_trim(t);
	}
	if (strlen(t) > HTML_NAME_MAX || !*t) {
		free(t);
		return NULL;
	}
	memmove(t, str_trim(t), strlen(str_trim(t)) + 1);
	return t;
}

/* The first time label of a message (outside nested messages). */
static bool
unit_stamp(const struct page *pg, xmlNode *root, struct stamp *sp)
{
	size_t depth = 0;

	for (xmlNode *n = root; n;) {
		bool nested =
		    n != root && n->type == XML_ELEMENT_NODE && is_unit(pg, n);

		if (!nested && stamp_of(n, sp) && sp->has_time)
			return true;
		n = next_node(n, root, !nested, &depth);
	}
	return false;
}

/* The text of the messages and quote blocks nested in root: quoted
 * history. */
static char *
nested_text(const struct page *pg, xmlNode *root)
{
	struct buf b = {0};
	size_t depth = 0;
	char *res;

	buf_append(&b, "", 0);
	for (xmlNode *n = root; n;) {
		bool nested = n != root && n->type == XML_ELEMENT_NODE &&
			      (is_unit(pg, n) || is_quote_el(n));

		if (nested) {
			html_node_text(&b, n, NULL, NULL);
			buf_putc(&b, '\n');
		}
		n = next_node(n, root, !nested, &depth);
	}
	res = utf8_sanitize(str_trim(b.s), strlen(str_trim(b.s)));
	buf_free(&b);
	if (!*res) {
		free(res);
		return NULL;
	}
	return res;
}

/* The time of a message; a time of day alone takes the last date seen. */
static void
unit_time(const struct page *pg, xmlNode *root, int64_t *day, struct message *m)
{
	struct stamp sp;

	if (!unit_stamp(pg, root, &sp))
		return;
	if (sp.has_date) {
		*day = days_from_civil(sp.year, sp.month, sp.day);
		m->time.set = stamp_time(&sp, &m->time);
	} else if (*day != INT64_MIN) {
		m->time.set = stamp_time_on(
		    &sp, *day, sp.has_zone ? &sp.off : NULL, &m->time);
	}
}

/* The header rows at the top of a message's text (a print view's From /
 * Sent / To rows, a "Name <address>" row, a date line, a role label):
 * sender, time and role hint from them, and out of the text. */
static void
take_header_rows(char *text, struct message *m)
{
	struct page_header h;

	if (page_header_take(text, &h)) {
		if (!m->sender_name && h.name) {
			m->sender_name = h.name;
			h.name = NULL;
		}
		if (!m->sender_addr && h.addr) {
			m->sender_addr = h.addr;
			h.addr = NULL;
		}
		if (!m->time.set && h.has_stamp)
			(void)stamp_time(&h.st, &m->time);
		if (h.hint != ROLE_UNKNOWN)
			m->hint = h.hint;
		page_header_free(&h);
	}
	page_header_sender(&m->sender_name, &m->sender_addr, &m->hint);
}

/* Drops the leading lines of text that hold only separators ("·", "|",
 * "—"): what is left of a header row once its sender and time label
 * are out. Moves the rest of the string down in place. */
static void
drop_separator_lines(char *text)
{
	static const char *const seps[] = {"\xc2\xb7", "\xe2\x80\xa2",
					   "\xe2\x80\x94", "\xe2\x80\x93",
					   "|", "-", ",", ":", "/", " ",
					   "\t", "\r"};
	size_t i = 0, line = 0;

	while (text[i]) {
		size_t k = 0;

		if (text[i] == '\n') {
			line = ++i;
			continue;
		}
		for (; k < sizeof(seps) / sizeof(seps[0]); k++)
			if (strncmp(text + i, seps[k], strlen(seps[k])) == 0)
				break;
		if (k == sizeof(seps) / sizeof(seps[0]))
			break;
		i += strlen(seps[k]);
	}
	if (line > 0)
		memmove(text, text + line, strlen(text + line) + 1);
}

static void
add_unit(struct conversation *c, const struct page *pg, xmlNode *root,
	 int64_t *day)
{
	struct unit_ctx u = {pg, root, find_sender(pg, root)};
	struct message *m = conversation_add_message(c);
	struct quote_parts p;
	char *all, *quoted;

	m->role = ROLE_UNKNOWN;
	unit_time(pg, root, day, m);
	if (u.sender)
		m->sender_name = sender_name(u.sender);
	else if (class_has_any(root, system_classes,
			       sizeof(system_classes) / sizeof(system_classes[0])))
		m->role = ROLE_SYSTEM;
	all = html_node_string(root, skip_in_unit, &u);
	drop_separator_lines(all);
	take_header_rows(all, m);
	quote_split(all, &p);
	free(all);
	m->text = p.text;
	m->signature = p.signature;
	quoted = p.quoted;
	m->quoted = nested_text(pg, root);
	if (quoted && m->quoted) {
		all = xasprintf("%s\n%s", quoted, m->quoted);
		free(quoted);
		free(m->quoted);
		quoted = all;
	} else if (m->quoted) {
		quoted = m->quoted;
	}
	m->quoted = quoted;
}

/* A date label outside the messages: the day of later times. */
static void
date_label(const xmlNode *n, int64_t *day)
{
	struct stamp sp;

	if (n->type == XML_TEXT_NODE && stamp_of(n, &sp) && sp.has_date)
		*day = days_from_civil(sp.year, sp.month, sp.day);
}

/* Is the element outside the messages a chat widget's service event
 * ("Оператор завершил чат", "Chat ended by visitor")? Its text is short,
 * it holds no message, and it says one of the chat.event phrases of
 * src/patterns/mail/helpdesk.txt. *text gets that text (caller frees). */
static bool
event_element(const struct page *pg, xmlNode *n, char **text)
{
	size_t depth = 0, nodes = 0;
	struct buf f = {0};
	bool hit;

	*text = NULL;
	if (n->type != XML_ELEMENT_NODE || is_skipped_event_tag(n))
		return false;
	for (xmlNode *k = n; k; k = next_node(k, n, true, &depth))
		if (++nodes > EVENT_MAX_NODES ||
		    (k != n && k->type == XML_ELEMENT_NODE && is_unit(pg, k)))
			return false;
	*text = html_node_string(n, NULL, NULL);
	if (!**text || strlen(*text) > EVENT_MAX_BYTES || strchr(*text, '\n')) {
		free(*text);
		*text = NULL;
		return false;
	}
	fold_utf8(*text, strlen(*text), &f);
	hit = mv_contains(MV_CHAT_EVENT, f.s, f.len);
	buf_free(&f);
	if (!hit) {
		free(*text);
		*text = NULL;
	}
	return hit;
}

/* A service event as a system message, at the time of the one before. */
static void
add_event(struct conversation *c, char *text)
{
	struct message *m = conversation_add_message(c);

	m->role = ROLE_SYSTEM;
	m->text = text;
	if (c->n_msgs > 1)
		m->time = c->msgs[c->n_msgs - 2].time;
}

/* The outermost instances of the chosen class, in document order, and
 * the chat widget's service events between them. */
static void
collect_units(struct conversation *c, const struct page *pg, xmlNode *root)
{
	int64_t day = INT64_MIN;
	size_t depth = 0;

	for (xmlNode *n = root; n;) {
		bool unit = n->type == XML_ELEMENT_NODE && is_unit(pg, n);
		bool event = false;
		char *text;

		if (unit && c->n_msgs < HTML_PAGE_MAX_UNITS) {
			add_unit(c, pg, n, &day);
		} else if (!unit && c->n_msgs > 0 &&
			   c->n_msgs < HTML_PAGE_MAX_UNITS &&
			   event_element(pg, n, &text)) {
			add_event(c, text);
			event = true;
		} else if (!unit) {
			date_label(n, &day);
		}
		n = next_node(n, root, !unit && !event, &depth);
	}
}

/* The whole page as one message, its quoted history split off. */
static void
whole_page(struct conversation *c, xmlNode *root)
{
	struct message *m = conversation_add_message(c);
	char *all = html_node_string(root, NULL, NULL);
	struct quote_parts p;

	m->role = ROLE_UNKNOWN;
	quote_split(all, &p);
	free(all);
	m->text = p.text;
	m->quoted = p.quoted;
	m->signature = p.signature;
}

/* One lone block that leaves much of the page out is not a structure. */
static bool
lone_block_misses_text(struct page *pg, xmlNode *root, size_t units)
{
	char *outside;
	size_t n;

	if (units != 1)
		return false;
	outside = html_node_string(root, skip_units, pg);
	n = strlen(outside);
	free(outside);
	return n > PAGE_OUTSIDE_MAX;
}

static xmlNode *
page_body(xmlNode *root)
{
	for (xmlNode *k = root->children; k; k = k->next)
		if (k->type == XML_ELEMENT_NODE && k->name &&
		    ascii_strcaseeq((const char *)k->name, "body"))
			return k;
	return root;
}

/* The first element named 'name' under root, in document order. */
static xmlNode *
first_element(xmlNode *root, const char *name)
{
	size_t depth = 0;

	for (xmlNode *n = root; n; n = next_node(n, root, true, &depth))
		if (n->type == XML_ELEMENT_NODE && n->name &&
		    ascii_strcaseeq((const char *)n->name, name))
			return n;
	return NULL;
}

/* A saved page's title (its <title>, else its first <h1>), one line,
 * or NULL: the conversation's subject, where tickets are looked for too
 * (SPEC 4). */
static char *
page_title(xmlNode *root)
{
	xmlNode *n = first_element(root, "title");
	char *t = n ? html_node_string(n, NULL, NULL) : NULL;

	if (!t || !*t) {
		free(t);
		n = first_element(root, "h1");
		t = n ? html_node_string(n, NULL, NULL) : NULL;
	}
	if (t) {
		for (char *p = t; *p; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
		if (!*t) {
			free(t);
			t = NULL;
		}
	}
	return t;
}

int
html_page_read(const char *path, const char *data, size_t len,
	       struct conv_list *out, struct strlist *warn)
{
	/* Valid UTF-8 is read as such; anything else by the page's own
	 * declaration. */
	struct _xmlDoc *doc =
	    html_parse(data, len, utf8_valid(data, len) ? "UTF-8" : NULL);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	struct page pg = {0};
	struct conversation *c;

	if (!root) {
		strlist_push(warn,
			     len > 0 ? "not an html document" : "empty file");
		html_doc_free(doc);
		return -1;
	}
	c = conversation_new(path, FMT_HTML_PAGE);
	c->subject = page_title(root);
	root = page_body(root);
	mark_times(root);
	count_classes(&pg, root);
	choose_class(&pg);
	if (pg.unit_cls)
		collect_units(c, &pg, root);
	if (lone_block_misses_text(&pg, root, c->n_msgs) || c->n_msgs == 0) {
		for (size_t i = 0; i < c->n_msgs; i++)
			message_clear(&c->msgs[i]);
		c->n_msgs = 0;
		whole_page(c, root);
		strlist_push(
		    &c->notes,
		    "no repeated message structure: read as one message");
	}
	free(pg.v);
	html_doc_free(doc);
	conv_list_push(out, c);
	return 0;
}
