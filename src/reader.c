/* reader.c - conversation lists and the dispatch from a format to its reader. */
#include "reader.h"

#include <stdlib.h>

void
conv_list_push(struct conv_list *l, struct conversation *c)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = c;
}

void
conv_list_free(struct conv_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		conversation_free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

int
reader_read(const char *path, enum input_format fmt, const char *data,
	    size_t len, struct conv_list *out, struct strlist *warn)
{
	switch (fmt) {
	case FMT_EML:
		return eml_read(path, data, len, out, warn);
	case FMT_WHATSAPP:
	case FMT_CHATLOG:
		return chat_read(path, fmt, data, len, out, warn);
	case FMT_BINARY:
		strlist_push(warn, "binary file skipped");
		return -1;
	case FMT_UNSUPPORTED:
		strlist_push(warn, "format not supported by this version");
		return -1;
	case FMT_UNKNOWN:
	default:
		strlist_push(warn, "unrecognized format");
		return -1;
	}
}
