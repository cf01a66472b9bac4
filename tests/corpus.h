/* corpus.h - shared helpers of the corpus suites (tests/check_corpus_*.c):
 * find the real corpus, walk the rows of its EXPECTED.tsv, and the checks
 * every suite makes on what a reader returned. Not a suite itself.
 *
 * The corpus folder is $ESC_CORPUS, else CORPUS_DEFAULT (relative to the
 * working directory); without an EXPECTED.tsv there the suites pass with a
 * note on stderr. The helpers fail the running test (Check assertions)
 * rather than return errors. */
#ifndef ESC_TESTS_CORPUS_H
#define ESC_TESTS_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"
#include "reader.h"

#define CORPUS_DEFAULT "../shared/corpus/real"

/* One EXPECTED.tsv row: the columns path, format and messages. */
struct corpus_row {
	char *path;	/* relative to the corpus folder */
	char *format;	/* the format column, e.g. "eml" */
	long messages;	/* non-system messages a correct reader extracts */
};

/* One row's file in memory and what the detector made of it. */
struct corpus_file {
	const struct corpus_row *row;
	char *path;		/* corpus folder + row path */
	char *data;		/* the whole file, NUL-terminated */
	size_t len;
	enum input_format fmt;	/* detect_format's answer */
	char *why;		/* its reason, may be NULL */
};

/* Which rows a suite reads, and what it checks on each one. */
typedef bool corpus_want_fn(const struct corpus_row *r);
typedef void corpus_check_fn(const struct corpus_file *f);

/* Read and detect every file whose row 'want' accepts (every row when
 * NULL) and hand it to 'check'; fails when no row matched. 'what' names
 * the rows in messages. Without a corpus it only prints a note. */
void corpus_run(const char *what, corpus_want_fn *want,
		corpus_check_fn *check);

/* Is 'format' one of the NULL-terminated 'list'? */
bool corpus_format_in(const char *format, const char *const *list);

/* Messages whose role is not system: in one conversation, in a list. */
size_t corpus_count_conv(const struct conversation *c);
size_t corpus_count_list(const struct conv_list *l);

/* Fails unless 'got' equals the row's messages column; 'what' names the
 * count in the message ("messages", "conversations"). */
void corpus_check_count(const struct corpus_file *f, size_t got,
			const char *what);

/* reader_read on the file with its detected format: fails unless it
 * succeeds; returns the non-system messages, warnings into *warn. */
size_t corpus_read_count(const struct corpus_file *f, struct strlist *warn);

/* Message 'nr' (1-based) of 'file': text present without CR, every
 * string field valid UTF-8. */
void corpus_check_message(const char *file, size_t nr,
			  const struct message *m);

#endif /* ESC_TESTS_CORPUS_H */
