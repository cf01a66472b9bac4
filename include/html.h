/* html.h - crude HTML to text: libxml2's recovering HTML parser and an
 * iterative walk (block elements become line breaks, script and style
 * are skipped), so that any nesting depth is safe. */
#ifndef ESC_HTML_H
#define ESC_HTML_H

#include <stdbool.h>
#include <stddef.h>

/* The text of an HTML document or fragment s[0..len), read as 'charset'
 * (NULL: let the parser decide). Newly allocated, valid UTF-8 with '\n'
 * line ends; never NULL ("" when nothing could be parsed). */
char *html_to_text(const char *s, size_t len, const char *charset);

/* The tree for readers that look at the structure (libxml2 types). */
struct _xmlDoc;
struct _xmlNode;
struct buf;

/* Parse s[0..len) with the recovering HTML parser: no network, no
 * external entities. NULL when len is 0 or above INT_MAX or nothing
 * parsed; free with html_doc_free(). */
struct _xmlDoc *html_parse(const char *s, size_t len, const char *charset);
void html_doc_free(struct _xmlDoc *doc);

/* True to leave the subtree at n out of html_node_text(). */
typedef bool (*html_skip_fn)(const struct _xmlNode *n, void *arg);

/* Append the text of the subtree at root to b with the rules of
 * html_to_text() (not trimmed; the bytes are the parser's UTF-8),
 * leaving out the subtrees 'skip' (may be NULL) names. Iterative. */
void html_node_text(struct buf *b, struct _xmlNode *root, html_skip_fn skip,
		    void *arg);
/* The same text trimmed and as valid UTF-8, newly allocated. */
char *html_node_string(struct _xmlNode *n, html_skip_fn skip, void *arg);

#endif /* ESC_HTML_H */
