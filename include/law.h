/* law.h - legal answer periods as data (the files of src/law/, embedded at
 * build; docs/law.md): for a jurisdiction and a claim category, the
 * rules that set the period in which the company must answer or act.
 * A table is read-only after loading and may be shared by threads. */
#ifndef ESC_LAW_H
#define ESC_LAW_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

enum law_unit { LAW_DAYS, LAW_WORKING_DAYS, LAW_WEEKS };

struct law_rule {
	char *jurisdiction; /* "ru" */
	char *calendar;	    /* built-in calendar name, or NULL (Mon-Fri) */
	char *id;	    /* "ru.zozpp-22-31" */
	struct strlist categories;
	int n;		    /* the period: n units */
	enum law_unit unit;
	char *period;	    /* as written: "10 days" */
	enum promise_kind kind;
	bool decision;	    /* kind decision: kept by a resolution or a
			       refusal (kind is then reply) */
	char *citation, *next;
	size_t line;	    /* where the block starts */
};

struct law_table {
	struct law_rule *v;
	size_t n, cap;
};

/* Load the built-in files (law/ru.txt, law/uk.txt, law/eu.txt,
 * law/us.txt). -1 and *err ("law/ru.txt:12: message") on a bad file. */
int law_table_load_builtin(struct law_table *t, char **err);
/* Parse one file's text; the same errors. */
int law_table_load_buffer(struct law_table *t, const char *name,
			  const char *buf, size_t len, char **err);
void law_table_free(struct law_table *t);

/* The rules of a jurisdiction that answer a claim category, in file
 * order; returns how many (at most max), pointers borrowed from t. */
size_t law_rules_for(const struct law_table *t, const char *jurisdiction,
		     const char *category, const struct law_rule **out,
		     size_t max);
/* Whether the name is one --jurisdiction accepts: ru, uk, eu, us, none. */
bool law_jurisdiction_valid(const char *name);
/* The built-in calendar of a jurisdiction ("ru", "uk", "us"), or NULL
 * for plain Mon-Fri (eu, none). */
const char *law_jurisdiction_calendar(const char *name);

#endif /* ESC_LAW_H */
