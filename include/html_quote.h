/* html_quote.h - which elements of an HTML mail hold quoted history,
 * told by structure: the containers mail clients wrap a quoted message
 * in, and the elements from which on the rest of the body is the
 * quoted message (SPEC 3). */
#ifndef ESC_HTML_QUOTE_H
#define ESC_HTML_QUOTE_H

#include <stdbool.h>

struct _xmlNode;

enum html_quote_kind {
	HQ_NONE,
	HQ_CONTAINER, /* the element's content is quoted history */
	HQ_REST,      /* the element and everything after it in document
			 order is quoted history */
};

/* What the document tells before the walk: the last top-level plain
 * <blockquote> (one that no cite type, class or enclosing quote marks),
 * the only plain one taken for a quote: earlier ones are the writer's
 * own formatting. */
struct html_quotes {
	const struct _xmlNode *last_plain;
};

/* Fill q for the tree at root (iterative; any depth). */
void html_quotes_scan(struct html_quotes *q, const struct _xmlNode *root);
/* The kind of element n; 'inside': n is within quoted history already
 * (a blockquote there is a deeper level). */
enum html_quote_kind html_quote_kind(const struct html_quotes *q,
				     const struct _xmlNode *n, bool inside);

#endif /* ESC_HTML_QUOTE_H */
