/* output.h - where the report goes: stdout, or a temporary file next to
 * -o FILE ("FILE.escalate-XXXXXX", which inputs never include) renamed
 * over it once complete, so that a reader of FILE never
 * sees half a report (a FILE that exists and is not a regular file, such
 * as /dev/null, is written in place). */
#ifndef ESC_OUTPUT_H
#define ESC_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct sink {
	FILE *f;   /* where to write; stdout when path is NULL */
	char *tmp; /* the temporary file, owned; NULL when none */
};

/* Open the sink for 'path' (NULL: stdout); false with errno set. */
bool sink_open(struct sink *s, const char *path);
/* Flush and close; rename the temporary over 'path' when rc is 0 and
 * all went well, else remove it. Returns rc, or -1 on a write error. */
int sink_close(struct sink *s, const char *path, int rc);

#endif /* ESC_OUTPUT_H */
