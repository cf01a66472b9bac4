/* embedded.h - data files compiled into the binary (src/patterns/,
 * src/drafts/, src/calendars/, src/law/). The table is generated at
 * build time. */
#ifndef ESC_EMBEDDED_H
#define ESC_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name; /* "patterns/ru/tickets.pat", "drafts/en.txt" */
	const char *data; /* NUL-terminated */
	size_t len;
};

extern const struct embedded_file embedded_files[];
extern const size_t embedded_count;

/* Borrowed; NULL when absent. */
const struct embedded_file *embedded_find(const char *name);

#endif /* ESC_EMBEDDED_H */
