/* patterns.h - detection patterns: pattern files, built-ins, compiling.
 *
 * A pattern set owns its patterns; patterns own their strings and their
 * compiled code. After patset_compile() a set is read-only and may be
 * shared by threads (each thread uses its own struct matcher). The file
 * format is documented in docs/patterns.md. */
#ifndef ESC_PATTERNS_H
#define ESC_PATTERNS_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

#include "reach.h"
#include "util.h"

enum pat_type {
	PAT_TICKET,		/* group id: the ticket value */
	PAT_DEADLINE,		/* a time expression (see deadline.h) */
	PAT_PROMISE,		/* a commitment: "we will", "ответим" */
	PAT_CLAIM,		/* customer restating a promise: "вы обещали" */
	PAT_TEMPLATE,		/* boilerplate phrase */
	PAT_REFUSAL,		/* declining */
	PAT_JUSTIFICATION,	/* a stated reason: rule, clause, law */
	PAT_RESOLUTION,		/* the issue is solved */
	PAT_ESCALATION_REQUEST, /* customer asks for more */
	PAT_NOT_PROMISE,	/* a trap that cancels a promise/refusal hit */
	PAT_OPERATOR,		/* only the company side writes it (roles) */
	PAT_CLAUSE,		/* grammar of a clause: meta class= (promise.h) */
	PAT_REOPEN,		/* the customer: still not solved */
	PAT_FORMAL_CLAIM,	/* the customer's written claim: meta category= */
	PAT_TYPE_COUNT
};

#define PAT_MAX_GROUPS 16

struct pattern {
	char *id;	/* "ru.deadline.working-days" */
	enum pat_type type;
	char lang[8];	/* "ru", "en" */
	char *regex;
	bool caseless;
	struct strlist meta;	/* "key=value" strings */
	struct strlist ok;	/* examples that must match */
	struct strlist no;	/* examples that must not match */
	struct strlist literals; /* "literal" lines: override derivation */
	char *file;		/* where it was defined */
	int line;		/* line of its regex */
	pcre2_code *code;	/* after patset_compile() */
	bool windowed;		/* compiled for windows: reach.h read it */
	struct byteset reach;	/* the ASCII bytes a match can consume */
	bool needs;		/* windowed, and every match consumes ... */
	struct byteset need;	/* ... one of these bytes (reach.h) */
	int n_groups;		/* named groups */
	char *group_name[PAT_MAX_GROUPS];
	int group_num[PAT_MAX_GROUPS];
};

struct prefilter;
/* The types of the scans for tickets alone (before analysis, in the
 * subject and signature): they have a prefilter of their own. */
#define PAT_TICKETS_SCAN ((1u << PAT_TICKET) | (1u << PAT_NOT_PROMISE))

struct patset {
	struct pattern *v;
	size_t n, cap;
	struct prefilter *pf; /* built by patset_compile() (prefilter.h) */
	struct prefilter *pf_tickets; /* the same for PAT_TICKETS_SCAN only */
};

const char *pat_type_name(enum pat_type t);
bool pat_type_parse(const char *s, enum pat_type *out);

/* Load the built-in files for the languages in 'langs' ("ru,en").
 * Returns 0, or -1 with *err set (caller frees). */
int patset_load_builtin(struct patset *ps, const char *langs, char **err);
/* Load a pattern file; a pattern whose id is already in the set
 * replaces it. *err is "FILE:LINE: message". */
int patset_load_file(struct patset *ps, const char *path, char **err);
int patset_load_buffer(struct patset *ps, const char *name, const char *buf,
		       size_t len, char **err);
/* Compile every pattern (UTF, UCP, caseless where asked) and JIT it,
 * then (re)build the set's literal prefilter.
 * *err is "FILE:LINE: pattern ID: PCRE2's message". */
int patset_compile(struct patset *ps, char **err);
/* Value of meta key 'key', borrowed; NULL when absent. */
const char *pattern_meta(const struct pattern *p, const char *key);
/* Index of the named group, or -1. */
int pattern_group(const struct pattern *p, const char *name);
void patset_free(struct patset *ps);

#endif /* ESC_PATTERNS_H */
