/* pattern_types.h - the data of a pattern set: pattern types, a
 * pattern as loaded and compiled, the set. patterns.h loads, compiles
 * and frees a set and builds its prefilters (prefilter.h); the
 * prefilter and the matcher read these fields and call nothing of
 * patterns.h. Ownership is patterns.h's (a set owns its patterns, a
 * pattern its strings and compiled code). */
#ifndef ESC_PATTERN_TYPES_H
#define ESC_PATTERN_TYPES_H

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
	PAT_ESCALATED,		/* the company: passed up to a manager */
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
	bool read;		/* the regex read for literals (literals.h),
				 * with the code: */
	struct strlist read_lits; /* its derived literals (none when
				   * "literal" lines are given) */
	struct strlist read_begs; /* its begin set, or its after set: */
	bool begs_after;	/* read_begs are where its matches start
				 * after, not what they begin with
				 * (literals_after) */
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

#endif /* ESC_PATTERN_TYPES_H */
