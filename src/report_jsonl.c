/* report_jsonl.c - JSON Lines: one conversation object per line. */
#include <jansson.h>
#include <stdlib.h>

#include "report.h"

int
report_jsonl(FILE *out, const struct run *r)
{
	for (size_t i = 0; i < r->n_convs; i++) {
		json_t *o = conversation_json(r->convs[i]);
		char *line = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(3));
		int rc = line ? fputs(line, out) : EOF;

		free(line);
		json_decref(o);
		if (rc == EOF || fputc('\n', out) == EOF)
			return -1;
	}
	return 0;
}
