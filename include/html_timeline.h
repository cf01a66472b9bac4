/* html_timeline.h - the SVG timeline of one conversation in the HTML
 * report (src/html_timeline.c). */
#ifndef ESC_HTML_TIMELINE_H
#define ESC_HTML_TIMELINE_H

#include "report.h"

/* The SVG timeline of c, judged at r->now, appended to b. */
void html_timeline(struct buf *b, const struct conversation *c,
		   const struct run *r);

#endif /* ESC_HTML_TIMELINE_H */
