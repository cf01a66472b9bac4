/* patterns.h - detection patterns: pattern files, built-ins, compiling.
 *
 * A pattern set owns its patterns; patterns own their strings and their
 * compiled code. After patset_compile() a set is read-only and may be
 * shared by threads (each thread uses its own struct matcher). The file
 * format is documented in docs/patterns.md. */
#ifndef ESC_PATTERNS_H
#define ESC_PATTERNS_H

#include <stdbool.h>
#include <stddef.h>

#include "pattern_types.h"
#include "util.h"

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
/* Compile every pattern (UTF, UCP, caseless where asked), JIT it and
 * read its regex for literals, then (re)build the set's literal
 * prefilter. *err is "FILE:LINE: pattern ID: PCRE2's message" (of the
 * first pattern that fails, in set order). */
int patset_compile(struct patset *ps, char **err);
/* The same with the patterns shared among 'threads' threads (the
 * caller's included): the same set, the same *err. */
int patset_compile_threads(struct patset *ps, size_t threads, char **err);
/* Value of meta key 'key', borrowed; NULL when absent. */
const char *pattern_meta(const struct pattern *p, const char *key);
/* Index of the named group, or -1. */
int pattern_group(const struct pattern *p, const char *name);
void patset_free(struct patset *ps);

#endif /* ESC_PATTERNS_H */
