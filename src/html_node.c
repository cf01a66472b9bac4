/* html_node.c - questions asked of one element of a parsed HTML tree:
 * its attributes and its classes. */
#include "html_node.h"

#include <string.h>

#include <libxml/tree.h>

#include "util.h"

const char *
html_attr(const xmlNode *n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (!a->name || !ascii_strcaseeq((const char *)a->name, name))
			continue;
		if (a->children && a->children->type == XML_TEXT_NODE &&
		    a->children->content)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

bool
html_has_class(const xmlNode *n, const char *token)
{
	const char *c = html_attr(n, "class");
	size_t k = strlen(token);

	while (c && *c) {
		size_t w;

		while (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r')
			c++;
		w = strcspn(c, " \t\n\r");
		if (w == k && memcmp(c, token, k) == 0)
			return true;
		c += w;
	}
	return false;
}
