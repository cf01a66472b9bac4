/* check_corpus_json.c - the real JSON chat exports of the shared corpus:
 * every Telegram, Slack and DiscordChatExporter row of EXPECTED.tsv is
 * detected as its format and read with the expected count of non-system
 * messages. Skips when the corpus is absent. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "detect.h"
#include "reader.h"
#include "walk.h"

#define CORPUS_DEFAULT "../shared/corpus/real"

/* EXPECTED.tsv format column -> the format the detector must answer. */
static const struct {
	const char *column;
	enum input_format fmt;
} kinds[] = {
	{"telegram-json", FMT_TELEGRAM_JSON},
	{"discordchatexporter-json", FMT_DISCORD},
	{"slack-export-json", FMT_SLACK},
	{"slack-export-meta", FMT_SLACK},
};

struct row {
	char *path;
	enum input_format fmt;
	long messages;
};

static const char *
corpus_dir(void)
{
	const char *env = getenv("ESC_CORPUS");
	const char *dir = env && *env ? env : CORPUS_DEFAULT;
	char *tsv = xasprintf("%s/EXPECTED.tsv", dir);
	struct stat st;
	bool ok = stat(tsv, &st) == 0;

	free(tsv);
	return ok ? dir : NULL;
}

static bool
kind_of(const char *col, size_t n, enum input_format *fmt)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strlen(kinds[i].column) == n &&
		    strncmp(col, kinds[i].column, n) == 0) {
			*fmt = kinds[i].fmt;
			return true;
		}
	return false;
}

/* One TSV line into *r when it is a JSON chat row. */
static bool
parse_row(char *line, struct row *r)
{
	char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;

	if (line[0] == '#' || !t2 ||
	    !kind_of(t1 + 1, (size_t)(t2 - t1 - 1), &r->fmt))
		return false;
	r->path = xstrndup(line, (size_t)(t1 - line));
	r->messages = strtol(t2 + 1, NULL, 10);
	return true;
}

static struct row *
load_rows(const char *dir, size_t *n_out)
{
	char *tsv = xasprintf("%s/EXPECTED.tsv", dir), *err = NULL, *data;
	struct row *v = NULL;
	size_t len, n = 0, cap = 0;

	data = read_file(tsv, &len, &err);
	free(tsv);
	ck_assert_msg(data != NULL, "EXPECTED.tsv: %s", err ? err : "");
	for (char *line = data, *next; line && *line; line = next) {
		struct row r;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (!parse_row(line, &r))
			continue;
		v = xgrow(v, &cap, n + 1, sizeof(*v));
		v[n++] = r;
	}
	free(data);
	*n_out = n;
	return v;
}

static size_t
count_non_system(const struct conv_list *l)
{
	size_t k = 0;

	for (size_t c = 0; c < l->n; c++)
		for (size_t i = 0; i < l->v[c]->n_msgs; i++)
			k += l->v[c]->msgs[i].role != ROLE_SYSTEM;
	return k;
}

static void
check_row(const char *dir, const struct row *r, struct detector *d)
{
	char *path = xasprintf("%s/%s", dir, r->path), *err = NULL, *why = NULL;
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format f;
	size_t len;
	char *data = read_file(path, &len, &err);

	ck_assert_msg(data != NULL, "%s: %s", path, err ? err : "");
	f = detect_format(d, path, data, len, &why);
	ck_assert_msg(f == r->fmt, "%s: detected as %s, want %s (%s)",
		      r->path, format_name(f), format_name(r->fmt),
		      why ? why : "");
	ck_assert_msg(reader_read(path, f, data, len, &out, &warn) == 0,
		      "%s: not read (%s)", r->path,
		      warn.n ? warn.v[0] : "no warning");
	ck_assert_msg(warn.n == 0, "%s: warning '%s'", r->path,
		      warn.n ? warn.v[0] : "");
	ck_assert_msg(count_non_system(&out) == (size_t)r->messages,
		      "%s: %zu messages, want %ld", r->path,
		      count_non_system(&out), r->messages);
	conv_list_free(&out);
	strlist_free(&warn);
	free(why);
	free(data);
	free(path);
}

START_TEST(test_json_counts)
{
	const char *dir = corpus_dir();
	char *err = NULL;
	struct detector *d;
	struct row *v;
	size_t n;

	if (!dir)
		return; /* no corpus here: nothing to check */
	setenv("TZ", "UTC0", 1);
	tzset();
	v = load_rows(dir, &n);
	ck_assert_msg(n > 0, "%s: no json chat rows", dir);
	d = detector_new(&err);
	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	for (size_t i = 0; i < n; i++) {
		check_row(dir, &v[i], d);
		free(v[i].path);
	}
	free(v);
	detector_free(d);
}
END_TEST

Suite *suite_corpus_json(void);

Suite *
suite_corpus_json(void)
{
	Suite *s = suite_create("corpus_json");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_json_counts);
	suite_add_tcase(s, tc);
	return s;
}
