/* corpus.c - shared helpers of the corpus suites: the corpus folder, the
 * rows of EXPECTED.tsv, and the checks on what a reader returned. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charset.h"
#include "corpus.h"
#include "detect.h"
#include "walk.h"

/* The corpus folder ($ESC_CORPUS, else the default) if it holds
 * EXPECTED.tsv; NULL when there is none. */
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

/* One TSV line into *r; false for comments, the header and short lines. */
static bool
parse_row(const char *line, struct corpus_row *r)
{
	const char *t1 = strchr(line, '\t');
	const char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;

	if (line[0] == '#' || !t2 || strncmp(line, "path\t", 5) == 0)
		return false;
	r->path = xstrndup(line, (size_t)(t1 - line));
	r->format = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
	r->messages = strtol(t2 + 1, NULL, 10);
	return true;
}

/* The rows of dir/EXPECTED.tsv; fails the test when it is unreadable. */
static struct corpus_row *
load_rows(const char *dir, size_t *n_out)
{
	char *tsv = xasprintf("%s/EXPECTED.tsv", dir), *err = NULL, *data;
	struct corpus_row *v = NULL;
	size_t len, n = 0, cap = 0;

	data = read_file(tsv, &len, &err);
	ck_assert_msg(data != NULL, "%s: %s", tsv, err ? err : "");
	for (char *line = data, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		v = xgrow(v, &cap, n + 1, sizeof(*v));
		n += parse_row(line, &v[n]);
	}
	free(data);
	free(tsv);
	*n_out = n;
	return v;
}

static void
free_rows(struct corpus_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].path);
		free(v[i].format);
	}
	free(v);
}

/* Read and detect one row's file, then run 'check' on it. */
static void
check_file(const char *dir, const struct corpus_row *r, struct detector *d,
	   corpus_check_fn *check)
{
	struct corpus_file f = {.row = r, .why = NULL};
	char *err = NULL;

	f.path = xasprintf("%s/%s", dir, r->path);
	f.data = read_file(f.path, &f.len, &err);
	ck_assert_msg(f.data != NULL, "%s: %s", f.path, err ? err : "");
	f.fmt = detect_format(d, f.path, f.data, f.len, &f.why);
	check(&f);
	free(f.why);
	free(f.data);
	free(f.path);
}

void
corpus_run(const char *what, corpus_want_fn *want, corpus_check_fn *check)
{
	const char *dir = corpus_dir();
	char *err = NULL;
	struct detector *d;
	struct corpus_row *v;
	size_t n, seen = 0;

	if (!dir) {
		fprintf(stderr, "corpus (%s): no corpus found, skipped\n", what);
		return;
	}
	v = load_rows(dir, &n);
	d = detector_new(&err);
	ck_assert_msg(d != NULL, "detector: %s", err ? err : "");
	for (size_t i = 0; i < n; i++) {
		if (want && !want(&v[i]))
			continue;
		check_file(dir, &v[i], d, check);
		seen++;
	}
	ck_assert_msg(seen > 0, "%s: no %s rows", dir, what);
	detector_free(d);
	free_rows(v, n);
}

bool
corpus_format_in(const char *format, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(format, *list) == 0)
			return true;
	return false;
}

size_t
corpus_count_conv(const struct conversation *c)
{
	size_t k = 0;

	for (size_t i = 0; i < c->n_msgs; i++)
		k += c->msgs[i].role != ROLE_SYSTEM;
	return k;
}

size_t
corpus_count_list(const struct conv_list *l)
{
	size_t k = 0;

	for (size_t c = 0; c < l->n; c++)
		k += corpus_count_conv(l->v[c]);
	return k;
}

void
corpus_check_count(const struct corpus_file *f, size_t got, const char *what)
{
	ck_assert_msg(got == (size_t)f->row->messages, "%s: %zu %s, want %ld",
		      f->row->path, got, what, f->row->messages);
}

size_t
corpus_read_count(const struct corpus_file *f, struct strlist *warn)
{
	struct conv_list out = {0};
	size_t n;

	ck_assert_msg(reader_read(f->path, f->fmt, f->data, f->len, &out,
				  warn) == 0,
		      "%s: not read (%s)", f->row->path,
		      warn->n ? warn->v[0] : "no warning");
	n = corpus_count_list(&out);
	conv_list_free(&out);
	return n;
}

void
corpus_check_message(const char *file, size_t nr, const struct message *m)
{
	const char *v[] = {m->text,	   m->quoted,	   m->subject,
			   m->sender_name, m->sender_addr, m->message_id,
			   m->in_reply_to, m->references};

	ck_assert_msg(m->text != NULL, "%s: message %zu: no text", file, nr);
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++)
		ck_assert_msg(!v[i] || utf8_valid(v[i], strlen(v[i])),
			      "%s: message %zu: field %zu not UTF-8", file, nr,
			      i);
	ck_assert_msg(!strchr(m->text, '\r'), "%s: CR in text", file);
}
