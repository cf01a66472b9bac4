/* law.c - the legal periods table: parse the embedded src/law/ files. */
#include "law.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "util.h"

static const char *const law_files[] = {"law/ru.txt", "law/uk.txt",
					"law/eu.txt", "law/us.txt"};

static const struct {
	const char *name;
	const char *calendar;
} jurisdictions[] = {
	{"ru", "ru"}, {"uk", "uk"}, {"eu", NULL}, {"us", "us"}, {"none", NULL},
};

bool
law_jurisdiction_valid(const char *name)
{
	for (size_t i = 0; i < countof(jurisdictions); i++)
		if (name != NULL && strcmp(name, jurisdictions[i].name) == 0)
			return true;
	return false;
}

const char *
law_jurisdiction_calendar(const char *name)
{
	for (size_t i = 0; i < countof(jurisdictions); i++)
		if (name != NULL && strcmp(name, jurisdictions[i].name) == 0)
			return jurisdictions[i].calendar;
	return NULL;
}

static void
rule_free(struct law_rule *r)
{
	free(r->jurisdiction);
	free(r->calendar);
	free(r->id);
	strlist_free(&r->categories);
	free(r->period);
	free(r->citation);
	free(r->next);
	memset(r, 0, sizeof(*r));
}

void
law_table_free(struct law_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		rule_free(&t->v[i]);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

/* The file's header and the parse position. */
struct law_parse {
	struct law_table *t;
	const char *name;
	size_t lineno;
	char *jurisdiction, *calendar;
	struct law_rule *cur; /* the open block, or NULL */
	char *err;
};

static void
fail(struct law_parse *p, const char *msg)
{
	if (p->err == NULL)
		p->err = xasprintf("%s:%zu: %s", p->name, p->lineno, msg);
}

/* "10 days", "15 working days", "8 weeks". */
static bool
parse_period(struct law_rule *r, const char *v)
{
	static const struct {
		const char *word;
		enum law_unit unit;
	} units[] = {
		{"days", LAW_DAYS},
		{"working days", LAW_WORKING_DAYS},
		{"weeks", LAW_WEEKS},
	};
	char *end;
	long n = strtol(v, &end, 10);

	if (end == v || n < 1 || n > 3660 || *end != ' ')
		return false;
	for (size_t i = 0; i < countof(units); i++) {
		if (strcmp(end + 1, units[i].word) == 0) {
			r->n = (int)n;
			r->unit = units[i].unit;
			r->period = xstrdup(v);
			return true;
		}
	}
	return false;
}

static void
split_words(struct strlist *l, const char *v)
{
	while (*v) {
		size_t n = strcspn(v, " \t");

		if (n > 0)
			strlist_push_own(l, xstrndup(v, n));
		v += n;
		v += strspn(v, " \t");
	}
}

static void
open_rule(struct law_parse *p, const char *id)
{
	struct law_table *t = p->t;
	struct law_rule *r;

	if (p->jurisdiction == NULL) {
		fail(p, "'rule' before 'jurisdiction'");
		return;
	}
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof(*t->v));
	r = &t->v[t->n++];
	memset(r, 0, sizeof(*r));
	r->id = xstrdup(id);
	r->jurisdiction = xstrdup(p->jurisdiction);
	r->calendar = p->calendar ? xstrdup(p->calendar) : NULL;
	r->kind = PROMISE_RESOLVE;
	r->line = p->lineno;
	p->cur = r;
}

static bool
set_once(struct law_parse *p, char **field, const char *v)
{
	if (*field != NULL) {
		fail(p, "repeated keyword");
		return false;
	}
	*field = xstrdup(v);
	return true;
}

/* A keyword inside a rule block. */
static void
rule_field(struct law_parse *p, const char *k, const char *v)
{
	struct law_rule *r = p->cur;

	if (r == NULL) {
		fail(p, "keyword outside a 'rule' block");
	} else if (strcmp(k, "category") == 0) {
		split_words(&r->categories, v);
	} else if (strcmp(k, "period") == 0) {
		if (r->period != NULL || !parse_period(r, v))
			fail(p, "bad 'period' (N days, N working days, N weeks)");
	} else if (strcmp(k, "kind") == 0) {
		if (strcmp(v, "reply") != 0 && strcmp(v, "resolve") != 0 &&
		    strcmp(v, "decision") != 0)
			fail(p, "bad 'kind' (reply, decision or resolve)");
		r->kind = strcmp(v, "resolve") == 0 ? PROMISE_RESOLVE
						    : PROMISE_REPLY;
		r->decision = strcmp(v, "decision") == 0;
	} else if (strcmp(k, "citation") == 0) {
		set_once(p, &r->citation, v);
	} else if (strcmp(k, "next") == 0) {
		set_once(p, &r->next, v);
	} else {
		fail(p, "unknown keyword");
	}
}

static void
header_field(struct law_parse *p, const char *k, const char *v)
{
	if (strcmp(k, "jurisdiction") == 0) {
		if (!law_jurisdiction_valid(v) || strcmp(v, "none") == 0)
			fail(p, "unknown jurisdiction");
		else
			set_once(p, &p->jurisdiction, v);
	} else if (strcmp(k, "calendar") == 0) {
		if (strcmp(v, "none") != 0)
			set_once(p, &p->calendar, v);
	} else if (strcmp(k, "rule") == 0) {
		open_rule(p, v);
	} else {
		rule_field(p, k, v);
	}
}

/* One line: blank, '#' comment, or "keyword value". */
static void
parse_line(struct law_parse *p, char *line)
{
	char *k = str_trim(line), *v;

	if (*k == '\0' || *k == '#')
		return;
	v = k + strcspn(k, " \t");
	if (*v != '\0')
		*v++ = '\0';
	v = str_trim(v);
	if (*v == '\0') {
		fail(p, "keyword without a value");
		return;
	}
	header_field(p, k, v);
}

/* Every rule has its categories, period, citation and next step. */
static void
check_rules(struct law_parse *p, size_t from)
{
	for (size_t i = from; i < p->t->n && p->err == NULL; i++) {
		const struct law_rule *r = &p->t->v[i];

		p->lineno = r->line;
		if (r->categories.n == 0 || r->period == NULL ||
		    r->citation == NULL || r->next == NULL)
			fail(p, "rule lacks category, period, citation or next");
	}
}

int
law_table_load_buffer(struct law_table *t, const char *name,
		      const char *buf, size_t len, char **err)
{
	struct law_parse p = {t, name, 0, NULL, NULL, NULL, NULL};
	size_t start = 0, keep = t->n;

	while (start < len && p.err == NULL) {
		const char *nl = memchr(buf + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - buf) : len;
		char *line = xstrndup(buf + start, end - start);

		p.lineno++;
		parse_line(&p, line);
		free(line);
		start = end + 1;
	}
	check_rules(&p, keep);
	free(p.jurisdiction);
	free(p.calendar);
	if (p.err == NULL)
		return 0;
	while (t->n > keep)
		rule_free(&t->v[--t->n]);
	*err = p.err;
	return -1;
}

int
law_table_load_builtin(struct law_table *t, char **err)
{
	for (size_t i = 0; i < countof(law_files); i++) {
		const struct embedded_file *f = embedded_find(law_files[i]);

		if (f == NULL) {
			*err = xasprintf("%s: not built in", law_files[i]);
			return -1;
		}
		if (law_table_load_buffer(t, f->name, f->data, f->len, err) < 0)
			return -1;
	}
	return 0;
}

size_t
law_rules_for(const struct law_table *t, const char *jurisdiction,
	      const char *category, const struct law_rule **out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; t && jurisdiction && category && i < t->n; i++) {
		const struct law_rule *r = &t->v[i];

		if (n < max && strcmp(r->jurisdiction, jurisdiction) == 0 &&
		    strlist_contains(&r->categories, category))
			out[n++] = r;
	}
	return n;
}
