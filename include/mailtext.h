/* mailtext.h - a mail body as lines, each marked kept, history or
 * signature: the model that quote.c (quoted history, helpdesk layouts)
 * and signature.c (signatures, sign-offs) mark, and that quote_split()
 * joins back into the analyzed text and the removed parts.
 *
 * Lines are slices of the body (borrowed: the body must outlive the
 * struct); the folded copies are owned and freed by mt_free(). */
#ifndef ESC_MAILTEXT_H
#define ESC_MAILTEXT_H

#include <stdbool.h>
#include <stddef.h>

#define MT_FOLD_MAX 400 /* bytes of a line that classification looks at */

enum mt_mark { MT_KEPT, MT_HISTORY, MT_SIGNATURE };

struct mt_line {
	const char *s; /* the line, without its '\n' (a '\r' is trimmed) */
	size_t n;
	enum mt_mark mark;
	char *fold;  /* trimmed, case-folded copy of at most MT_FOLD_MAX
			bytes, or NULL until mt_folded() makes it */
	size_t flen;
};

struct mt_text {
	struct mt_line *v;
	size_t n, cap;
};

/* Split body ('\n' line ends) into lines, all MT_KEPT. */
void mt_split(const char *body, struct mt_text *t);
void mt_free(struct mt_text *t);

/* Split line i in two at byte offset 'at' (0 < at < n): line i keeps
 * [0, at), a new line i + 1 gets [at, n). */
void mt_split_line(struct mt_text *t, size_t i, size_t at);

bool mt_blank(const struct mt_line *l);
/* The trimmed, folded line (cached); *len its length. */
const char *mt_folded(struct mt_line *l, size_t *len);
/* A newly allocated trimmed copy of the line. */
char *mt_trimmed(const struct mt_line *l);

/* A line of '>' quoted text ("> x", ">> x", " > x"); not a '>>> x <<<'
 * decoration. */
bool mt_quoted(const struct mt_line *l);
/* A rule: only '-', '_', '=' or '*' (and blanks), at least 'min' of them. */
bool mt_rule(const struct mt_line *l, size_t min);

/* The next line at or after i that is not blank, or t->n. */
size_t mt_next_content(const struct mt_text *t, size_t i);
/* Whether a kept line that is not blank lies in [from, to). */
bool mt_kept_content(const struct mt_text *t, size_t from, size_t to);

/* Like mt_kept_content, but a kept line counts only when it holds a
 * word: a letter or digit, ASCII or not ("—-—-—-—" above a marker is
 * decoration). */
bool mt_kept_words(const struct mt_text *t, size_t from, size_t to);
/* Mark lines [from, to) that are kept with 'mark'. */
void mt_mark(struct mt_text *t, size_t from, size_t to, enum mt_mark mark);

/* The lines marked 'mark' (MT_HISTORY: history and signature, the
 * removed text), joined with '\n' and trimmed; newly allocated, "" when
 * none. */
char *mt_join(const struct mt_text *t, enum mt_mark mark);

/* Text helpers on folded lines (mt_folded), shared by the classifiers
 * of quote.c, quote_header.c, attribution.c and signature.c. */

/* A character rules are drawn with: - _ = # * ~ */
bool mt_rule_char(char c);
/* The core of f[0..n) between rule characters and blanks is [*a, *b);
 * *lead and *trail count the rule characters cut on each side. */
void mt_core(const char *f, size_t n, size_t *a, size_t *b, size_t *lead,
	     size_t *trail);
bool mt_has_digit(const char *s, size_t n);
/* The words of s[0..n), split at spaces and tabs. */
size_t mt_words(const char *s, size_t n);
/* Cut a final ':' (or full-width '：') and the blanks before it from
 * s[0..*n) ("a écrit :"); false when there is none. */
bool mt_cut_colon(const char *s, size_t *n);
/* A time ("10:15") or a four-digit year in s[0..n): what a date has. */
bool mt_has_date_part(const char *s, size_t n);

#endif /* ESC_MAILTEXT_H */
