/* html.c - HTML to plain text with libxml2 and an iterative tree walk. */
#include "html.h"
#include "html_node.h"

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "charset.h"
#include "html_quote.h"
#include "util.h"

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void
init_parser(void)
{
	xmlInitParser();
}

/* libxml2 reports encoding trouble through its generic error handler,
 * which prints; library code must not. The handler is per thread. */
static void
silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void
quiet_errors(void)
{
	pthread_once(&init_once, init_parser);
	xmlSetGenericErrorFunc(NULL, silent);
}

static const char *const block_tags[] = {
	"address", "article", "aside", "blockquote", "br", "caption", "dd",
	"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
	"form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
	"main", "nav", "ol", "p", "pre", "section", "table", "tbody",
	"td", "th", "thead", "tr", "ul", "title",
};

static const char *const skip_tags[] = {
	"script", "style", "head", "noscript", "template", "object",
};

static bool
name_in(const xmlNode *n, const char *const *tab, size_t k)
{
	const char *name = (const char *)n->name;

	for (size_t i = 0; i < k && name; i++)
		if (ascii_strcaseeq(name, tab[i]))
			return true;
	return false;
}

static bool
is_block(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE &&
	       name_in(n, block_tags, sizeof(block_tags) / sizeof(*block_tags));
}

static bool
is_skipped(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE &&
	       name_in(n, skip_tags, sizeof(skip_tags) / sizeof(*skip_tags));
}

/* The text being built; quote > 0 inside quoted history (e-mail
 * bodies only), whose lines get "> " per level; 'rest' once an element
 * said that the rest of the body is the quoted message. */
struct out {
	struct buf *b;
	int quote;
	bool mark_quotes;
	bool rest;
	struct html_quotes hq;
};

/* The rule an <hr> becomes in a mail body, as Outlook writes it in
 * plain text: a header block under it starts the quoted message. */
#define HR_RULE "________________________________"

static bool
at_line_start(const struct buf *b)
{
	return b->len == 0 || b->s[b->len - 1] == '\n';
}

/* Append text with runs of white space collapsed to one space. */
static void
put_text(struct out *o, const char *s)
{
	struct buf *b = o->b;

	for (; *s; s++) {
		bool sp = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';

		if (!sp) {
			int level = o->quote + (o->rest ? 1 : 0);

			if (level > 0 && at_line_start(b))
				for (int i = 0; i < level; i++)
					buf_puts(b, "> ");
			buf_putc(b, *s);
			continue;
		}
		if (b->len && b->s[b->len - 1] != ' ' && b->s[b->len - 1] != '\n')
			buf_putc(b, ' ');
	}
}

static void
put_newline(struct buf *b)
{
	while (b->len && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	if (b->len && b->s[b->len - 1] != '\n')
		buf_putc(b, '\n');
}

/* Quoted history in an HTML mail (src/html_quote.c). */
static bool
is_quote(const struct out *o, const xmlNode *n)
{
	return o->mark_quotes &&
	       html_quote_kind(&o->hq, n, o->quote > 0 || o->rest) ==
		       HQ_CONTAINER;
}

/* An emoji drawn as an image (<img class="emoji" alt="🤔">, as chat
 * exports write them): its alt text is the message's. */
static bool
is_emoji_img(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && n->name &&
	       ascii_strcaseeq((const char *)n->name, "img") &&
	       html_has_class(n, "emoji") && html_attr(n, "alt");
}

static void
enter(struct out *o, const xmlNode *n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			put_text(o, (const char *)n->content);
	} else if (is_block(n)) {
		put_newline(o->b);
	} else if (is_emoji_img(n)) {
		put_text(o, html_attr(n, "alt"));
	}
	if (!o->mark_quotes || n->type != XML_ELEMENT_NODE)
		return;
	if (html_quote_kind(&o->hq, n, o->quote > 0 || o->rest) == HQ_REST) {
		put_newline(o->b);
		o->rest = true;
	}
	if (n->name && ascii_strcaseeq((const char *)n->name, "hr")) {
		put_text(o, HR_RULE);
		put_newline(o->b);
	}
}

/* Leaving n (all its children done). */
static void
leave(struct out *o, const xmlNode *n)
{
	if (is_block(n))
		put_newline(o->b);
	if (is_quote(o, n)) {
		put_newline(o->b);
		o->quote--;
	}
}

/* Depth-first without recursion: children, else next, else climb.
 * Subtrees that 'skip' (may be NULL) names are left out. */
static void
walk_out(struct out *o, xmlNode *root, html_skip_fn skip, void *arg)
{
	xmlNode *n = root;

	while (n) {
		bool left_out = skip && skip(n, arg);

		if (!left_out)
			enter(o, n);
		if (!left_out && n->children && n->type == XML_ELEMENT_NODE &&
		    !is_skipped(n)) {
			if (is_quote(o, n)) {
				put_newline(o->b);
				o->quote++;
			}
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next) {
			n = n->parent;
			if (n)
				leave(o, n);
		}
		if (!n || n == root)
			break;
		n = n->next;
	}
}

static void
walk_tree(struct buf *b, xmlNode *root, html_skip_fn skip, void *arg)
{
	struct out o = {b, 0, false, false, {NULL}};

	walk_out(&o, root, skip, arg);
}

char *
html_to_text(const char *s, size_t len, const char *charset)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		   HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
	struct buf b = {0};
	htmlDocPtr doc;
	xmlNode *root;
	char *res;

	quiet_errors();
	buf_append(&b, "", 0);
	if (len == 0 || len > INT_MAX)
		return buf_steal(&b);
	doc = htmlReadMemory(s, (int)len, NULL, charset, opts);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (root) {
		struct out o = {&b, 0, true, false, {NULL}};

		html_quotes_scan(&o.hq, root);
		walk_out(&o, root, NULL, NULL);
	}
	if (doc)
		xmlFreeDoc(doc);
	res = utf8_sanitize(str_trim(b.s), strlen(str_trim(b.s)));
	buf_free(&b);
	return res;
}

htmlDocPtr
html_parse(const char *s, size_t len, const char *charset)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		   HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;

	quiet_errors();
	if (len == 0 || len > INT_MAX)
		return NULL;
	return htmlReadMemory(s, (int)len, NULL, charset, opts);
}

void
html_doc_free(htmlDocPtr doc)
{
	if (doc)
		xmlFreeDoc(doc);
}

void
html_node_text(struct buf *b, xmlNode *root, html_skip_fn skip, void *arg)
{
	if (root)
		walk_tree(b, root, skip, arg);
}

char *
html_node_string(xmlNode *n, html_skip_fn skip, void *arg)
{
	struct buf b = {0};
	char *t, *res;

	buf_append(&b, "", 0);
	html_node_text(&b, n, skip, arg);
	t = str_trim(b.s);
	res = utf8_sanitize(t, strlen(t));
	buf_free(&b);
	return res;
}
