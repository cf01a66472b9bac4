/* html_node.h - questions asked of one element of a parsed HTML tree
 * (html.h parses; html_quote.h and the HTML readers ask). */
#ifndef ESC_HTML_NODE_H
#define ESC_HTML_NODE_H

#include <stdbool.h>

struct _xmlNode;

/* The value of attribute 'name' of element n (borrowed, valid while
 * the document lives), or NULL. */
const char *html_attr(const struct _xmlNode *n, const char *name);
/* True when n's class attribute holds the whitespace-separated token. */
bool html_has_class(const struct _xmlNode *n, const char *token);

#endif /* ESC_HTML_NODE_H */
