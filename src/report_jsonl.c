/* report_jsonl.c - JSON Lines: one conversation object per line. */
#include <jansson.h>
#include <stdlib.h>

#include "report.h"

int
report_jsonl_line_explain(FILE *out, const struct conversation *c,
			  bool explain)
{
	json_t *o = conversation_json_explain(c, explain);
	char *line = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(3));
	int rc = line ? fputs(line, out) : EOF;

	free(line);
	json_decref(o);
	return (rc == EOF || fputc('\n', out) == EOF) ? -1 : 0;
}

int
report_jsonl_line(FILE *out, const struct conversation *c)
{
	return report_jsonl_line_explain(out, c, false);
}

int
report_jsonl(FILE *out, const struct run *r)
{
	for (size_t i = 0; i < r->n_convs; i++)
		if (report_jsonl_line_explain(out, r->convs[i], r->explain) < 0)
			return -1;
	return 0;
}
