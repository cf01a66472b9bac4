/* html_quote.c - quoted history in HTML mail, told by structure. */
#include "html_quote.h"

#include <stdbool.h>
#include <string.h>

#include <libxml/tree.h>

#include "html_node.h"
#include "util.h"

/* Classes whose element wraps the quoted message: Gmail (also as
 * Outlook rewrites it, "x_gmail_quote"), Thunderbird's attribution,
 * Yahoo, Proton Mail, Zoho Mail, Outlook for Mac. */
static const char *const container_classes[] = {
	"gmail_quote", "x_gmail_quote", "moz-cite-prefix", "yahoo_quoted",
	"protonmail_quote", "zmail_extra", "OutlookMessageHeader",
};

/* Ids of such wrappers. */
static const char *const container_ids[] = {
	"OLK_SRC_BODY_SECTION", "isForwardContent", "isReplyContent",
};

/* Ids from which on the rest is the quoted message: Outlook on the web
 * and desktop ("divRplyFwdMsg", "appendonsend"), Hotmail's
 * "stopSpelling" rule, Zimbra's "zwchr" rule, new Outlook's reference
 * container. */
static const char *const rest_ids[] = {
	"divRplyFwdMsg", "x_divRplyFwdMsg", "appendonsend", "x_appendonsend",
	"stopSpelling", "zwchr", "mail-editor-reference-message-container",
};

static bool
is_element(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name &&
	       ascii_strcaseeq((const char *)n->name, name);
}

static bool
in_list(const char *v, const char *const *tab, size_t k)
{
	for (size_t i = 0; v && i < k; i++)
		if (ascii_strcaseeq(v, tab[i]))
			return true;
	return false;
}

static bool
has_class_in(const xmlNode *n, const char *const *tab, size_t k)
{
	for (size_t i = 0; i < k; i++)
		if (html_has_class(n, tab[i]))
			return true;
	return false;
}

/* A blockquote that says it is a quote: type="cite" (Apple Mail,
 * Thunderbird), a quote class. */
static bool
marked_blockquote(const xmlNode *n)
{
	const char *type = html_attr(n, "type");

	return (type && ascii_strcaseeq(type, "cite")) ||
	       html_has_class(n, "gmail_quote") ||
	       has_class_in(n, container_classes,
			    sizeof(container_classes) / sizeof(*container_classes));
}

static bool
is_container(const xmlNode *n)
{
	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (is_element(n, "blockquote"))
		return marked_blockquote(n) && !html_has_class(n, "gmail_quote");
	return has_class_in(n, container_classes,
			    sizeof(container_classes) / sizeof(*container_classes)) ||
	       in_list(html_attr(n, "id"), container_ids,
		       sizeof(container_ids) / sizeof(*container_ids));
}

/* A Gmail blockquote of class gmail_quote quotes only inside Gmail's
 * wrapper div; on its own it is the writer's indent. */
static bool
gmail_blockquote_quotes(const xmlNode *n)
{
	if (!is_element(n, "blockquote") || !html_has_class(n, "gmail_quote"))
		return false;
	for (const xmlNode *p = n->parent; p; p = p->parent)
		if (is_element(p, "div") && (html_has_class(p, "gmail_quote") ||
					     html_has_class(p, "x_gmail_quote")))
			return true;
	return false;
}

void
html_quotes_scan(struct html_quotes *q, const xmlNode *root)
{
	const xmlNode *n = root;
	size_t inside = 0; /* enclosing blockquotes and containers */

	q->last_plain = NULL;
	while (n) {
		bool wraps = is_element(n, "blockquote") || is_container(n);

		if (is_element(n, "blockquote") && inside == 0 &&
		    !marked_blockquote(n))
			q->last_plain = n;
		if (n->children && n->type == XML_ELEMENT_NODE) {
			inside += wraps;
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next) {
			n = n->parent;
			if (n && (is_element(n, "blockquote") || is_container(n)))
				inside--;
		}
		if (!n || n == root)
			break;
		n = n->next;
	}
}

enum html_quote_kind
html_quote_kind(const struct html_quotes *q, const xmlNode *n, bool inside)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return HQ_NONE;
	if (inside && is_element(n, "blockquote"))
		return HQ_CONTAINER; /* a quote nested in the quoted message */
	if (in_list(html_attr(n, "id"), rest_ids,
		    sizeof(rest_ids) / sizeof(*rest_ids)))
		return HQ_REST;
	if (is_container(n) || gmail_blockquote_quotes(n) ||
	    (q && n == q->last_plain))
		return HQ_CONTAINER;
	return HQ_NONE;
}
