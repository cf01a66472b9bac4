/* fixture.h - set-ups several suites share: the built-in patterns with
 * their matcher, and a file read through detection and its reader. Not
 * a suite itself; the helpers fail the running test (Check assertions)
 * rather than return errors. */
#ifndef ESC_TESTS_FIXTURE_H
#define ESC_TESTS_FIXTURE_H

#include "match.h"
#include "message.h"
#include "patterns.h"

/* The built-in patterns of ru and en loaded into *ps (emptied first) and
 * compiled; returns a matcher over them. The caller frees both. */
struct matcher *fixture_builtin(struct patset *ps);

/* The file at path detected (its format into *fmt) and read by its
 * reader into out and warn, with TZ set to 'tz' first; returns what
 * reader_read returned. */
int fixture_read(const char *path, const char *tz, enum input_format *fmt,
		 struct conv_list *out, struct strlist *warn);

#endif /* ESC_TESTS_FIXTURE_H */
