/* outlook_text.c - small text helpers shared by the Outlook readers. */
#include "outlook.h"

#include <stdlib.h>
#include <string.h>

void
outlook_eol(char *s)
{
	char *w = s;

	for (const char *r = s; *r; r++) {
		if (*r != '\r')
			*w++ = *r;
		else if (r[1] != '\n')
			*w++ = '\n';
	}
	*w = '\0';
}

bool
outlook_blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

void
outlook_add_quoted(struct message *m, char *block)
{
	char *q;

	if (!block)
		return;
	if (!m->quoted) {
		m->quoted = block;
		return;
	}
	q = xasprintf("%s\n%s", m->quoted, block);
	free(m->quoted);
	free(block);
	m->quoted = q;
}
