/* fixture.c - set-ups several suites share. */
#include "fixture.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "detect.h"
#include "reader.h"
#include "walk.h"

struct matcher *
fixture_builtin(struct patset *ps)
{
	char *err = NULL;

	memset(ps, 0, sizeof(*ps));
	ck_assert_msg(patset_load_builtin(ps, "ru,en", &err) == 0, "%s", err);
	ck_assert_msg(patset_compile(ps, &err) == 0, "%s", err);
	return matcher_new(ps);
}

int
fixture_read(const char *path, const char *tz, enum input_format *fmt,
	     struct conv_list *out, struct strlist *warn)
{
	char *err = NULL, *why = NULL, *data;
	struct detector *d = detector_new(&err);
	size_t len;
	int rc;

	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	setenv("TZ", tz, 1);
	tzset();
	data = read_file(path, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	*fmt = detect_format(d, path, data, len, &why);
	rc = reader_read(path, *fmt, data, len, out, warn);
	free(why);
	free(data);
	detector_free(d);
	return rc;
}
