/* pattern_compile.c - a pattern set compiled with PCRE2 (and its JIT),
 * read for literals and given its prefilters, on the -j threads. */
#include "patterns.h"

#include <stdio.h>
#include <stdlib.h>

#include "literals.h"
#include "pool.h"
#include "prefilter.h"
#include "reach.h"
#include "util.h"

static int
record_groups(struct pattern *p, char **err)
{
	uint32_t count = 0, size = 0;
	PCRE2_SPTR table = NULL;

	pcre2_pattern_info(p->code, PCRE2_INFO_NAMECOUNT, &count);
	if (count == 0)
		return 0;
	if (count > PAT_MAX_GROUPS) {
		*err = xasprintf("%s:%d: pattern %s: more than %d named groups",
				 p->file, p->line, p->id, PAT_MAX_GROUPS);
		return -1;
	}
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(p->code, PCRE2_INFO_NAMETABLE, &table);
	for (uint32_t i = 0; i < count; i++) {
		PCRE2_SPTR e = table + (size_t)i * size;

		p->group_num[i] = (e[0] << 8) | e[1];
		p->group_name[i] = xstrdup((const char *)e + 2);
	}
	p->n_groups = (int)count;
	return 0;
}

static int
compile_one(struct pattern *p, char **err)
{
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF |
			PCRE2_NEVER_BACKSLASH_C;
	int errcode;
	PCRE2_SIZE off;

	if (p->caseless)
		opts |= PCRE2_CASELESS;
	/* Windows (prefilter.h) bound where a search may start. */
	p->windowed = p->literals.n == 0 && reach_consumable(p->regex, &p->reach);
	p->needs = p->windowed && reach_required(p->regex, &p->need);
	if (p->windowed)
		opts |= PCRE2_USE_OFFSET_LIMIT;
	p->code = pcre2_compile((PCRE2_SPTR)p->regex, PCRE2_ZERO_TERMINATED,
				opts, &errcode, &off, NULL);
	if (p->code == NULL) {
		PCRE2_UCHAR msg[256];

		if (pcre2_get_error_message(errcode, msg, sizeof(msg)) < 0)
			snprintf((char *)msg, sizeof(msg), "error %d", errcode);
		*err = xasprintf("%s:%d: pattern %s: %s at offset %zu", p->file,
				 p->line, p->id, (const char *)msg, (size_t)off);
		return -1;
	}
	/* Best effort: without JIT, pcre2_match() interprets. Memory
	 * checkers flag the JIT's vector reads past the subject's end (safe
	 * within a page), so ESCALATE_NO_JIT turns it off for them. */
	if (!getenv("ESCALATE_NO_JIT"))
		(void)pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE);
	return record_groups(p, err);
}

/* Compiling is shared among threads: each pattern is compiled, JIT
 * compiled and read for literals on its own (PCRE2's compiler and JIT
 * compiler are safe to run on different patterns at once). */
struct compiling {
	struct patset *ps;
	char **errs; /* per pattern: why it failed, or NULL */
};

static void *
compiling_worker_new(void *ctx)
{
	return ctx;
}

static void
compiling_worker_free(void *w)
{
	(void)w;
}

static void
compile_item(void *w, void *ctx, size_t i)
{
	struct compiling *c = ctx;
	struct pattern *p = &c->ps->v[i];

	(void)w;
	if (p->code != NULL)
		return;
	if (compile_one(p, &c->errs[i]) < 0)
		return;
	literals_read(p->regex, p->literals.n > 0 ? NULL : &p->read_lits,
		      &p->read_begs);
	if (p->read_begs.n == 0)
		p->begs_after = literals_after(p->regex, &p->read_begs);
	p->read = true;
}

int
patset_compile_threads(struct patset *ps, size_t threads, char **err)
{
	struct compiling c = {ps, xcalloc(ps->n + 1, sizeof(char *))};
	struct pass compiling = {.threads = threads, .n = ps->n,
				 .wnew = compiling_worker_new,
				 .wfree = compiling_worker_free,
				 .item = compile_item, .ctx = &c};
	int rc = 0;

	*err = NULL;
	pass_run(&compiling);
	for (size_t i = 0; i < ps->n; i++) {
		struct pattern *p = &ps->v[i];

		if (c.errs[i] == NULL)
			continue;
		if (rc == 0)
			*err = c.errs[i];
		else
			free(c.errs[i]);
		rc = -1;
		if (p->code != NULL)
			pcre2_code_free(p->code);
		p->code = NULL;
	}
	free(c.errs);
	if (rc < 0)
		return rc;
	prefilter_free(ps->pf);
	prefilter_free(ps->pf_tickets);
	ps->pf = prefilter_build(ps);
	ps->pf_tickets = prefilter_build_types(ps, PAT_TICKETS_SCAN);
	return 0;
}

int
patset_compile(struct patset *ps, char **err)
{
	return patset_compile_threads(ps, 1, err);
}
