/* html.h - crude HTML to text: libxml2's recovering HTML parser and an
 * iterative walk (block elements become line breaks, script and style
 * are skipped), so that any nesting depth is safe. */
#ifndef ESC_HTML_H
#define ESC_HTML_H

#include <stddef.h>

/* The text of an HTML document or fragment s[0..len), read as 'charset'
 * (NULL: let the parser decide). Newly allocated, valid UTF-8 with '\n'
 * line ends; never NULL ("" when nothing could be parsed). */
char *html_to_text(const char *s, size_t len, const char *charset);

#endif /* ESC_HTML_H */
