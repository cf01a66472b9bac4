/* pat_define.h - named sub-patterns of a pattern file: "define NAME VALUE"
 * lines and {NAME} references in "regex" lines (docs/patterns.md),
 * expanded when the file is loaded (src/patterns.c).
 *
 * A name is letters, digits, '_' and '-' in at least two parts joined
 * by '.' ("ru.num", "en.unit.span"): the dot keeps a reference apart from
 * PCRE2's own braces ("{3}", "\p{Lu}", "\x{2014}"). A value is expanded
 * when it is defined, so it may use only names defined above it: a
 * name cannot refer to itself or close a cycle. Expansions are bounded
 * (PAT_DEFINE_MAX) so nested names cannot blow up. */
#ifndef ESC_PAT_DEFINE_H
#define ESC_PAT_DEFINE_H

#include <stddef.h>

/* Bytes a define or an expanded regex line may grow to. */
#define PAT_DEFINE_MAX (64u * 1024u)

struct pat_define {
	char *name;	   /* owned: "NAME\0VALUE" in one allocation */
	const char *value; /* in name's allocation, already expanded */
	int line;	   /* where it was defined */
};

/* The names of one pattern file, in definition order. */
struct pat_defines {
	struct pat_define *v;
	size_t n, cap;
};

/* Add "NAME VALUE" (the rest of a define line) read at 'line'. Returns
 * 0, or -1 with *why set to a new message without a location. */
int pat_define_add(struct pat_defines *d, const char *arg, int line,
		   char **why);

/* A new copy of s with every {NAME} replaced by its value ("\{" stays
 * as it is). NULL with *why set when a name is unknown or the result
 * grows past PAT_DEFINE_MAX. */
char *pat_define_expand(const struct pat_defines *d, const char *s,
			char **why);

void pat_defines_free(struct pat_defines *d);

#endif /* ESC_PAT_DEFINE_H */
