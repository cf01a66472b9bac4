/* eval.c - measure the detectors on the hand-labeled set (docs/eval.md). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "match.h"
#include "message.h"
#include "neardup.h"
#include "patterns.h"
#include "util.h"

#define EVAL_MAX_ITEMS 20000	  /* messages in one run */
#define EVAL_MAX_TICKETS 8	  /* expected ticket values per message */
#define EVAL_MAX_LINE 65536	  /* bytes of one line of a set file */
#define EVAL_LANGS 2

enum det {
	D_TICKET,
	D_REFUSAL,
	D_JUSTIFIED,
	D_TEMPLATE,
	D_RESOLUTION,
	D_REQUEST,
	D_COUNT
};

static const char *const det_names[D_COUNT] = {
	"tickets", "refusals", "justified", "templates", "resolutions",
	"requests",
};

/* The figures 'make eval' demands (docs/eval.md): precision and recall,
 * per language. Raise them as the patterns improve; never lower one to
 * pass. */
static const double min_precision[D_COUNT] = {0.90, 0.90, 0.90, 0.90, 0.90,
					      0.90};
static const double min_recall[D_COUNT] = {0.90, 0.90, 0.90, 0.90, 0.90,
					   0.90};

static const char *const lang_names[EVAL_LANGS] = {"ru", "en"};

/* One labeled message. */
struct item {
	char *where; /* FILE:LINE of its header */
	int lang;
	enum role role;
	struct buf text;
	char *tickets[EVAL_MAX_TICKETS];
	size_t n_tickets;
	bool refusal, justified, tpl, resolution, request;
	struct conversation *c;
};

struct counts {
	size_t tp, fp, fn, n;
};

struct eval {
	struct item *v;
	size_t n, cap;
	struct counts k[EVAL_LANGS][D_COUNT];
	bool verbose;
};

static int
lang_index(const char *s)
{
	for (int i = 0; i < EVAL_LANGS; i++)
		if (strcmp(s, lang_names[i]) == 0)
			return i;
	return -1;
}

static int
label(struct item *it, char *tok)
{
	char *val = strchr(tok, '=');

	if (val)
		*val++ = '\0';
	if (strcmp(tok, "ticket") == 0 && val) {
		for (char *save = NULL, *v = strtok_r(val, ",", &save); v;
		     v = strtok_r(NULL, ",", &save)) {
			if (it->n_tickets == EVAL_MAX_TICKETS)
				return -1;
			it->tickets[it->n_tickets++] = xstrdup(v);
		}
	} else if (strcmp(tok, "refusal") == 0) {
		it->refusal = true;
		if (val && strcmp(val, "justified") == 0)
			it->justified = true;
		else if (val)
			return -1;
	} else if (strcmp(tok, "template") == 0 && !val) {
		it->tpl = true;
	} else if (strcmp(tok, "resolution") == 0 && !val) {
		it->resolution = true;
	} else if (strcmp(tok, "request") == 0) {
		it->request = true;
	} else {
		return -1;
	}
	return 0;
}

/* "@@ ROLE LABEL..." */
static int
header(struct eval *e, char *line, const char *where, int lang)
{
	struct item *it;
	char *save = NULL, *tok = strtok_r(line + 2, " \t", &save);

	if (lang < 0 || tok == NULL || e->n == EVAL_MAX_ITEMS)
		return -1;
	e->v = xgrow(e->v, &e->cap, e->n + 1, sizeof(*e->v));
	it = &e->v[e->n++];
	memset(it, 0, sizeof(*it));
	it->where = xstrdup(where);
	it->lang = lang;
	if (strcmp(tok, "company") == 0)
		it->role = ROLE_AGENT;
	else if (strcmp(tok, "customer") == 0)
		it->role = ROLE_CUSTOMER;
	else
		return -1;
	while ((tok = strtok_r(NULL, " \t", &save)) != NULL)
		if (label(it, tok) != 0)
			return -1;
	return 0;
}

static void
chomp(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

static int
read_line(struct eval *e, char *line, const char *path, int lineno,
	  int *lang)
{
	char where[512];

	chomp(line);
	snprintf(where, sizeof(where), "%s:%d", path, lineno);
	if (strncmp(line, "@#", 2) == 0)
		return 0;
	if (strncmp(line, "@lang ", 6) == 0) {
		*lang = lang_index(line + 6);
		return *lang < 0 ? -1 : 0;
	}
	if (strncmp(line, "@@", 2) == 0)
		return header(e, line, where, *lang);
	if (e->n == 0 || e->v[e->n - 1].lang != *lang)
		return line[0] == '\0' ? 0 : -1;
	if (e->v[e->n - 1].text.len > 0)
		buf_putc(&e->v[e->n - 1].text, '\n');
	buf_puts(&e->v[e->n - 1].text, line);
	return 0;
}

static int
read_set(struct eval *e, const char *path)
{
	FILE *fp = fopen(path, "r");
	char *line = xmalloc(EVAL_MAX_LINE);
	int lineno = 0, lang = -1, rc = 0;

	if (fp == NULL) {
		fprintf(stderr, "eval: %s: %s\n", path, strerror(errno));
		free(line);
		return -1;
	}
	while (rc == 0 && fgets(line, EVAL_MAX_LINE, fp) != NULL) {
		lineno++;
		rc = read_line(e, line, path, lineno, &lang);
		if (rc != 0)
			fprintf(stderr, "eval: %s:%d: bad line\n", path, lineno);
	}
	fclose(fp);
	free(line);
	return rc;
}

/* ------------------------------------------------------------------ */

static void
build(struct item *it, size_t k)
{
	struct message *m;
	char name[32];

	snprintf(name, sizeof(name), "eval-%zu", k);
	it->c = conversation_new(name, FMT_EML);
	m = conversation_add_message(it->c);
	m->role = it->role;
	m->time = (struct esc_time){1795000000, 3 * 3600, true};
	/* its own Message-ID: with one time for all, the near-duplicate
	 * detector would take every pair for two copies of one mail */
	m->message_id = xasprintf("<eval-%zu@eval>", k);
	/* trailing blank lines of the block are not the message's */
	while (it->text.len > 0 && it->text.s[it->text.len - 1] == '\n')
		it->text.s[--it->text.len] = '\0';
	m->text = xstrdup(it->text.s ? it->text.s : "");
}

static const struct finding *
first_of(const struct conversation *c, enum finding_type t)
{
	for (size_t i = 0; i < c->n_findings; i++)
		if (c->findings[i].type == t)
			return &c->findings[i];
	return NULL;
}

static void
tally(struct eval *e, const struct item *it, enum det d, bool want,
      bool got, const struct finding *f)
{
	struct counts *k = &e->k[it->lang][d];

	k->n += want;
	if (want && got)
		k->tp++;
	else if (got)
		k->fp++;
	else if (want)
		k->fn++;
	if (e->verbose && want != got)
		printf("%s: %s %s%s%s | %.70s\n", it->where,
		       want ? "missed" : "false", det_names[d],
		       f ? " by " : "", f ? f->pattern : "", it->text.s);
}

static bool
expected_ticket(const struct item *it, const char *v)
{
	for (size_t i = 0; i < it->n_tickets; i++)
		if (strcmp(it->tickets[i], v) == 0)
			return true;
	return false;
}

static void
score_tickets(struct eval *e, const struct item *it)
{
	const struct conversation *c = it->c;
	struct counts *k = &e->k[it->lang][D_TICKET];

	for (size_t i = 0; i < it->n_tickets; i++) {
		bool found = strlist_contains(&c->tickets, it->tickets[i]);

		k->n++;
		found ? k->tp++ : k->fn++;
		if (e->verbose && !found)
			printf("%s: missed ticket %s\n", it->where,
			       it->tickets[i]);
	}
	for (size_t i = 0; i < c->tickets.n; i++) {
		if (expected_ticket(it, c->tickets.v[i]))
			continue;
		k->fp++;
		if (e->verbose)
			printf("%s: false ticket %s\n", it->where,
			       c->tickets.v[i]);
	}
}

static void
score(struct eval *e, const struct item *it)
{
	const struct conversation *c = it->c;
	const struct finding *r = first_of(c, FIND_REFUSAL);
	const struct finding *t = first_of(c, FIND_TEMPLATE);
	const struct finding *s = first_of(c, FIND_RESOLUTION);
	const struct finding *q = first_of(c, FIND_ESCALATION_REQUEST);

	score_tickets(e, it);
	tally(e, it, D_REFUSAL, it->refusal, r != NULL, r);
	tally(e, it, D_JUSTIFIED, it->refusal && it->justified,
	      r != NULL && r->justified, r);
	tally(e, it, D_TEMPLATE, it->tpl, t != NULL, t);
	tally(e, it, D_RESOLUTION, it->resolution, s != NULL, s);
	tally(e, it, D_REQUEST, it->request, q != NULL, q);
}

/* ------------------------------------------------------------------ */

static double
ratio(size_t a, size_t b)
{
	return b == 0 ? 1.0 : (double)a / (double)b;
}

/* Prints one row; returns false when it is below its threshold. */
static bool
row(const struct eval *e, int l, enum det d)
{
	const struct counts *k = &e->k[l][d];
	double p = ratio(k->tp, k->tp + k->fp), r = ratio(k->tp, k->tp + k->fn);
	double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
	bool ok = p >= min_precision[d] && r >= min_recall[d];

	printf("| %-11s | %-2s | %5zu | %4zu | %4zu | %4zu | %.3f | %.3f | "
	       "%.3f | %.2f/%.2f %-4s |\n",
	       det_names[d], lang_names[l], k->n, k->tp, k->fp, k->fn, p, r,
	       f1, min_precision[d], min_recall[d], ok ? "ok" : "FAIL");
	return ok;
}

static bool
table(const struct eval *e)
{
	size_t per[EVAL_LANGS] = {0};
	bool ok = true;

	for (size_t i = 0; i < e->n; i++)
		per[e->v[i].lang]++;
	printf("messages: ru %zu, en %zu\n\n", per[0], per[1]);
	printf("| detector    | la | gold  | tp   | fp   | fn   | prec  | "
	       "recall | f1    | min p/r   ok   |\n");
	printf("|-------------|----|-------|------|------|------|-------|"
	       "-------|-------|----------------|\n");
	for (int d = 0; d < D_COUNT; d++)
		for (int l = 0; l < EVAL_LANGS; l++)
			ok = row(e, l, (enum det)d) && ok;
	return ok;
}

static int
setup(struct patset *ps, struct matcher **m)
{
	char *err = NULL;

	if (patset_load_builtin(ps, "ru,en", &err) != 0 ||
	    patset_compile(ps, &err) != 0) {
		fprintf(stderr, "eval: %s\n", err ? err : "patterns");
		free(err);
		return -1;
	}
	*m = matcher_new(ps);
	return 0;
}

static void
run_all(struct eval *e, struct matcher *m)
{
	struct conversation **convs = xcalloc(e->n + 1, sizeof(*convs));
	struct analyze_opts o = {.now = {1795600000, 3 * 3600, true}};

	for (size_t i = 0; i < e->n; i++) {
		build(&e->v[i], i);
		convs[i] = e->v[i].c;
	}
	/* one batch, as the program sees a directory of conversations */
	neardup_mark(convs, e->n);
	for (size_t i = 0; i < e->n; i++) {
		analyze_conversation(e->v[i].c, m, &o, NULL);
		score(e, &e->v[i]);
	}
	free(convs);
}

static void
free_all(struct eval *e)
{
	for (size_t i = 0; i < e->n; i++) {
		struct item *it = &e->v[i];

		for (size_t j = 0; j < it->n_tickets; j++)
			free(it->tickets[j]);
		conversation_free(it->c);
		buf_free(&it->text);
		free(it->where);
	}
	free(e->v);
}

int
main(int argc, char **argv)
{
	struct eval e = {0};
	struct patset ps = {0};
	struct matcher *m = NULL;
	int first = 1, rc = 0;
	bool ok;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		e.verbose = true;
		first = 2;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: eval [-v] FILE...\n");
		return 2;
	}
	for (int i = first; i < argc && rc == 0; i++)
		rc = read_set(&e, argv[i]);
	if (rc != 0 || setup(&ps, &m) != 0) {
		free_all(&e);
		patset_free(&ps);
		return 2;
	}
	run_all(&e, m);
	ok = table(&e);
	matcher_free(m);
	patset_free(&ps);
	free_all(&e);
	if (!ok)
		printf("\nbelow threshold\n");
	return ok ? 0 : 1;
}
