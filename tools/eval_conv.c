/* eval_conv.c - score the escalate binary end to end on whole
 * conversations (docs/eval-conv.md).
 *
 *   eval_conv [-v] [--bin PATH] [--min NAME=VALUE]... PART_DIR...
 *
 * Each case folder of a part holds expected.json and input/; the binary
 * runs on input/ with -f json and the case's --now, --tz and options, and
 * its report is compared with expected.json. Prints precision, recall
 * and F1 per finding type and the action accuracy, in all, per language
 * and per format; -v lists every mistake. Exit status: 0, or 1 when a
 * --min figure is not reached, 2 on a usage or case error. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "timeutil.h"
#include "util.h"

#define MAX_GROUPS 32
#define MAX_MINS 32

enum ftype {
	T_TICKET,
	T_DEADLINE,
	T_VAGUE,
	T_TEMPLATE,
	T_REFUSAL,
	T_RESOLUTION,
	T_REOPEN,
	T_REQUEST,
	T_LAW, /* a deadline with "basis": "law", apart from the promises */
	T_COUNT
};

static const char *const type_names[T_COUNT] = {
	"tickets",     "deadlines", "vague",   "templates",
	"refusals",    "resolutions", "reopens", "requests",
	"law",
};

/* Attributes checked on matched findings. */
enum attr { A_KIND, A_STATUS, A_CLAIMED, A_JUSTIFIED, A_COUNT };

static const char *const attr_names[A_COUNT] = {
	"deadline kind", "deadline status", "deadline claimed",
	"refusal justified",
};

struct counts {
	size_t tp, fp, fn;
};

struct tally {
	char name[32];
	struct counts c[T_COUNT];
	size_t attr_ok[A_COUNT], attr_n[A_COUNT];
	size_t convs, act_ok, msgs_off;
};

struct min_rule {
	char name[32]; /* "action", "deadlines.f1", "tickets.r", ... */
	double value;
};

struct opts {
	const char *bin;
	bool verbose;
	struct min_rule mins[MAX_MINS];
	size_t n_mins;
};

struct run {
	struct tally groups[MAX_GROUPS];
	size_t n_groups;
	size_t cases, errors;
};

/* ------------------------------------------------------------------ */
/* Tallies. */

static struct tally *
group(struct run *r, const char *name)
{
	for (size_t i = 0; i < r->n_groups; i++)
		if (strcmp(r->groups[i].name, name) == 0)
			return &r->groups[i];
	if (r->n_groups == MAX_GROUPS)
		return &r->groups[0];
	snprintf(r->groups[r->n_groups].name, sizeof(r->groups[0].name), "%s",
		 name);
	return &r->groups[r->n_groups++];
}

/* The groups a conversation counts in: all, its language, its format. */
static size_t
groups_of(struct run *r, const char *lang, const char *format,
	  struct tally *out[3])
{
	char key[40];

	out[0] = group(r, "all");
	snprintf(key, sizeof(key), "lang %s", lang);
	out[1] = group(r, key);
	snprintf(key, sizeof(key), "format %s", format);
	out[2] = group(r, key);
	return 3;
}

static double
ratio(size_t a, size_t b)
{
	return b == 0 ? 1.0 : (double)a / (double)b;
}

static double
f1(const struct counts *c)
{
	double p = ratio(c->tp, c->tp + c->fp), r = ratio(c->tp, c->tp + c->fn);

	return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/* ------------------------------------------------------------------ */
/* Small JSON helpers. */

static const char *
jstr(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

static long
jint(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

static bool
jbool(const json_t *o, const char *key)
{
	return json_is_true(json_object_get(o, key));
}

/* An array member, or an empty array (borrowed, static). */
static const json_t *
jarr(const json_t *o, const char *key)
{
	static json_t *empty;
	const json_t *v = json_object_get(o, key);

	if (json_is_array(v))
		return v;
	if (empty == NULL)
		empty = json_array();
	return empty;
}

/* The instant of an ISO time; false when absent or invalid. */
static bool
instant(const char *iso, int64_t *t)
{
	struct esc_time e;

	if (iso == NULL || !time_parse_iso(iso, &e) || !e.set)
		return false;
	*t = e.t;
	return true;
}

/* ------------------------------------------------------------------ */
/* Running the binary. */

static void
push_arg(struct strlist *argv, const char *s)
{
	strlist_push(argv, s);
}

/* argv for one case, from expected.json; NULL-terminated in argv->v. */
static bool
case_argv(const struct opts *o, const char *dir, const json_t *exp,
	  struct strlist *argv)
{
	const char *now = jstr(exp, "now"), *tz = jstr(exp, "tz");
	const json_t *args = jarr(exp, "args");
	size_t i;
	json_t *a;

	if (now == NULL)
		return false;
	push_arg(argv, o->bin);
	push_arg(argv, "-f");
	push_arg(argv, "json");
	push_arg(argv, "--now");
	push_arg(argv, now);
	if (tz != NULL) {
		push_arg(argv, "--tz");
		push_arg(argv, tz);
	}
	json_array_foreach(args, i, a) {
		const char *s = json_string_value(a);

		/* a --holidays/--patterns file is relative to the case */
		if (s != NULL && i > 0 &&
		    (strcmp(json_string_value(json_array_get(args, i - 1)),
			    "--holidays") == 0 ||
		     strcmp(json_string_value(json_array_get(args, i - 1)),
			    "--patterns") == 0))
			strlist_push_own(argv, xasprintf("%s/%s", dir, s));
		else if (s != NULL)
			push_arg(argv, s);
	}
	strlist_push_own(argv, xasprintf("%s/input", dir));
	argv->v = xgrow(argv->v, &argv->cap, argv->n + 1, sizeof(char *));
	argv->v[argv->n] = NULL;
	return true;
}

static void
read_all(int fd, struct buf *out)
{
	char chunk[65536];

	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		buf_append(out, chunk, (size_t)n);
	}
}

/* Runs argv; its stdout goes to 'out', stderr (through a temporary
 * file, so that neither pipe can fill up) to 'err'. Returns the exit
 * status, or -1. */
static int
run_capture(char *const *argv, struct buf *out, struct buf *err)
{
	FILE *ef = tmpfile();
	int po[2], status = -1;
	pid_t pid;

	if (ef == NULL || pipe(po) != 0)
		goto done;
	pid = fork();
	if (pid < 0)
		goto done;
	if (pid == 0) {
		dup2(po[1], 1);
		dup2(fileno(ef), 2);
		close(po[0]);
		execv(argv[0], argv);
		_exit(127);
	}
	close(po[1]);
	read_all(po[0], out);
	close(po[0]);
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		status = -1;
	else
		status = WEXITSTATUS(status);
	lseek(fileno(ef), 0, SEEK_SET);
	read_all(fileno(ef), err);
done:
	if (ef != NULL)
		fclose(ef);
	return status;
}

/* ------------------------------------------------------------------ */
/* Pairing expected and reported conversations. */

/* Subject without Re:/Fwd:/Отв: prefixes and [..] tags, lower-case
 * ASCII, single spaces. */
static void
norm_subject(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	bool space = false;

	while (s && *s) {
		if (*s == '[') {
			const char *e = strchr(s, ']');

			if (e != NULL) {
				s = e + 1;
				continue;
			}
		}
		if (ascii_strncaseeq(s, "re:", 3) || ascii_strncaseeq(s, "fw:", 3)) {
			s += 3;
			continue;
		}
		if (ascii_strncaseeq(s, "fwd:", 4)) {
			s += 4;
			continue;
		}
		if (strncmp(s, "Отв:", strlen("Отв:")) == 0) {
			s += strlen("Отв:");
			continue;
		}
		if (*s == ' ' || *s == '\t') {
			space = n > 0;
			s++;
			continue;
		}
		if (space && n + 1 < cap)
			out[n++] = ' ';
		space = false;
		if (n + 1 < cap)
			out[n++] = (char)ascii_tolower((unsigned char)*s);
		s++;
	}
	out[n] = '\0';
}

static bool
same_subject(const char *a, const char *b)
{
	char x[512], y[512];

	if (a == NULL || b == NULL)
		return false;
	norm_subject(a, x, sizeof(x));
	norm_subject(b, y, sizeof(y));
	return strcmp(x, y) == 0;
}

static bool
source_is(const char *got, const char *want)
{
	size_t g, w;

	if (got == NULL || want == NULL)
		return false;
	g = strlen(got);
	w = strlen(want);
	return g >= w + 1 && strcmp(got + g - w, want) == 0 &&
	       got[g - w - 1] == '/';
}

/* How well reported conversation 'g' fits expected 'e': 3 source and
 * subject, 2 subject, 1 source, 0 not at all. */
static int
fit(const json_t *e, const json_t *g)
{
	bool src = source_is(jstr(g, "source"), jstr(e, "source"));
	bool subj = same_subject(jstr(g, "subject"), jstr(e, "subject"));

	if (src && (subj || jstr(e, "subject") == NULL))
		return 3;
	return subj ? 2 : src ? 1 : 0;
}

/* For each expected conversation the index of its reported one, or -1. */
static void
pair_conversations(const json_t *exp, const json_t *got, long *pair)
{
	size_t ne = json_array_size(exp), ng = json_array_size(got);
	bool *used = xcalloc(ng + 1, 1);

	for (size_t i = 0; i < ne; i++)
		pair[i] = -1;
	for (int want = 3; want >= 1; want--) {
		for (size_t i = 0; i < ne; i++) {
			for (size_t j = 0; j < ng && pair[i] < 0; j++) {
				if (!used[j] &&
				    fit(json_array_get(exp, i),
					json_array_get(got, j)) == want) {
					pair[i] = (long)j;
					used[j] = true;
				}
			}
		}
	}
	for (size_t i = 0; i < ne; i++)
		for (size_t j = 0; j < ng && pair[i] < 0; j++)
			if (!used[j] && ne - i == 1) {
				pair[i] = (long)j;
				used[j] = true;
			}
	free(used);
}

/* ------------------------------------------------------------------ */
/* Scoring one conversation. */

struct scoring {
	const struct opts *o;
	const char *where; /* "CASE" or "CASE#2" */
	struct tally *t[3];
	size_t nt;
};

static void
count(struct scoring *s, enum ftype ty, size_t tp, size_t fp, size_t fn)
{
	for (size_t i = 0; i < s->nt; i++) {
		s->t[i]->c[ty].tp += tp;
		s->t[i]->c[ty].fp += fp;
		s->t[i]->c[ty].fn += fn;
	}
}

static void
count_attr(struct scoring *s, enum attr a, bool ok)
{
	for (size_t i = 0; i < s->nt; i++) {
		s->t[i]->attr_n[a]++;
		s->t[i]->attr_ok[a] += ok;
	}
}

static void
say(const struct scoring *s, const char *fmt, ...) ESC_PRINTF(2, 3);

static void
say(const struct scoring *s, const char *fmt, ...)
{
	va_list ap;

	if (!s->o->verbose)
		return;
	printf("%s: ", s->where);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static void
score_tickets(struct scoring *s, const json_t *e, const json_t *g)
{
	const json_t *want = jarr(e, "tickets"), *have = jarr(g, "tickets");
	size_t i;
	json_t *v;

	json_array_foreach(want, i, v) {
		bool found = false;
		size_t j;
		json_t *h;

		json_array_foreach(have, j, h) found |=
			json_equal(v, h) != 0;
		count(s, T_TICKET, found, 0, !found);
		if (!found)
			say(s, "missed ticket %s", json_string_value(v));
	}
	json_array_foreach(have, i, v) {
		bool found = false;
		size_t j;
		json_t *w;

		json_array_foreach(want, j, w) found |= json_equal(v, w) != 0;
		if (!found) {
			count(s, T_TICKET, 0, 1, 0);
			say(s, "false ticket %s", json_string_value(v));
		}
	}
}

/* A reported finding of the reported conversation. */
struct fnd {
	const json_t *j;
	enum ftype type;
	long msg;
	bool used;
};

static bool
finding_type(const json_t *f, enum ftype *out)
{
	const char *t = jstr(f, "type");

	if (t == NULL)
		return false;
	if (strcmp(t, "deadline") == 0 && jstr(f, "basis") != NULL &&
	    strcmp(jstr(f, "basis"), "law") == 0)
		*out = T_LAW;
	else if (strcmp(t, "deadline") == 0)
		*out = jstr(f, "due") != NULL ? T_DEADLINE : T_VAGUE;
	else if (strcmp(t, "template") == 0)
		*out = T_TEMPLATE;
	else if (strcmp(t, "refusal") == 0)
		*out = T_REFUSAL;
	else if (strcmp(t, "resolution") == 0)
		*out = T_RESOLUTION;
	else if (strcmp(t, "reopen") == 0)
		*out = T_REOPEN;
	else if (strcmp(t, "escalation-request") == 0)
		*out = T_REQUEST;
	else
		return false;
	return true;
}

static struct fnd *
load_findings(const json_t *g, size_t *n)
{
	const json_t *fs = jarr(g, "findings");
	struct fnd *v = xcalloc(json_array_size(fs) + 1, sizeof(*v));
	size_t i;
	json_t *f;

	*n = 0;
	json_array_foreach(fs, i, f) {
		enum ftype t;

		if (!finding_type(f, &t))
			continue;
		v[*n].j = f;
		v[*n].type = t;
		v[*n].msg = jint(f, "message");
		(*n)++;
	}
	return v;
}

/* An expected item of a list, in the shape of a finding. */
struct want {
	enum ftype type;
	long msg;
	const json_t *j; /* NULL for a bare index */
};

/* An expected legal deadline may name its rule ("rule": "ru.zozpp-22-31"). */
static bool
law_rule_agrees(const json_t *want, const json_t *have)
{
	const char *r = jstr(want, "rule");
	const json_t *law = json_object_get(have, "law");

	return r == NULL || (law && jstr(law, "rule") &&
			     strcmp(r, jstr(law, "rule")) == 0);
}

/* Whether reported finding f answers expected w. */
static bool
answers(const struct want *w, const struct fnd *f)
{
	int64_t a, b;

	if (f->used || f->type != w->type || f->msg != w->msg)
		return false;
	if (w->type == T_DEADLINE)
		return instant(jstr(w->j, "due"), &a) &&
		       instant(jstr(f->j, "due"), &b) && a == b;
	if (w->type == T_LAW)
		return instant(jstr(w->j, "due"), &a) &&
		       instant(jstr(f->j, "due"), &b) && a == b &&
		       law_rule_agrees(w->j, f->j);
	if (w->type == T_REQUEST)
		return w->j == NULL || jstr(w->j, "request") == NULL ||
		       (jstr(f->j, "request") &&
			strcmp(jstr(f->j, "request"), jstr(w->j, "request")) ==
				0);
	return true;
}

static void
check_attrs(struct scoring *s, const struct want *w, const struct fnd *f)
{
	const char *k;

	if (w->type == T_DEADLINE || w->type == T_VAGUE) {
		k = jstr(w->j, "promise");
		if (k != NULL) {
			bool ok = jstr(f->j, "promise") &&
				  strcmp(k, jstr(f->j, "promise")) == 0;

			count_attr(s, A_KIND, ok);
			if (!ok)
				say(s, "deadline msg %ld: kind %s, want %s",
				    w->msg, jstr(f->j, "promise"), k);
		}
		k = jstr(w->j, "status");
		if (k != NULL) {
			bool ok = jstr(f->j, "status") &&
				  strcmp(k, jstr(f->j, "status")) == 0;

			count_attr(s, A_STATUS, ok);
			if (!ok)
				say(s, "deadline msg %ld: status %s, want %s",
				    w->msg, jstr(f->j, "status"), k);
		}
		if (json_object_get(w->j, "claimed") != NULL)
			count_attr(s, A_CLAIMED,
				   jbool(w->j, "claimed") ==
					   jbool(f->j, "claimed"));
	} else if (w->type == T_LAW) {
		k = jstr(w->j, "status");
		if (k != NULL && (jstr(f->j, "status") == NULL ||
				  strcmp(k, jstr(f->j, "status")) != 0))
			say(s, "law deadline msg %ld: status %s, want %s",
			    w->msg, jstr(f->j, "status"), k);
	} else if (w->type == T_REFUSAL && w->j != NULL &&
		   json_object_get(w->j, "justified") != NULL) {
		bool ok = jbool(w->j, "justified") == jbool(f->j, "justified");

		count_attr(s, A_JUSTIFIED, ok);
		if (!ok)
			say(s, "refusal msg %ld: justified %s, want %s", w->msg,
			    jbool(f->j, "justified") ? "true" : "false",
			    jbool(w->j, "justified") ? "true" : "false");
	}
}

static void
describe_want(const struct want *w, char *out, size_t cap)
{
	const char *due = w->j ? jstr(w->j, "due") : NULL;
	const char *req = w->j ? jstr(w->j, "request") : NULL;

	snprintf(out, cap, "msg %ld%s%s%s%s", w->msg, due ? " due " : "",
		 due ? due : "", req ? " " : "", req ? req : "");
}

static void
match_want(struct scoring *s, const struct want *w, struct fnd *fs, size_t n)
{
	char d[160];

	for (size_t i = 0; i < n; i++) {
		if (answers(w, &fs[i])) {
			fs[i].used = true;
			count(s, w->type, 1, 0, 0);
			check_attrs(s, w, &fs[i]);
			return;
		}
	}
	count(s, w->type, 0, 0, 1);
	describe_want(w, d, sizeof(d));
	say(s, "missed %s %s", type_names[w->type], d);
}

/* Expected items of list 'key' ('deadlines' splits into dated and
 * vague; others are indexes or objects with "message"). */
static void
score_list(struct scoring *s, const json_t *e, const char *key,
	   enum ftype type, struct fnd *fs, size_t n)
{
	size_t i;
	json_t *v;

	json_array_foreach(jarr(e, key), i, v) {
		struct want w = {type, -1, NULL};

		if (json_is_integer(v)) {
			w.msg = (long)json_integer_value(v);
		} else if (json_is_object(v)) {
			w.msg = jint(v, "message");
			w.j = v;
			if (type == T_DEADLINE &&
			    (jbool(v, "vague") || jstr(v, "due") == NULL))
				w.type = T_VAGUE;
		} else {
			continue;
		}
		match_want(s, &w, fs, n);
	}
}

static void
report_false(struct scoring *s, struct fnd *fs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *due;

		if (fs[i].used)
			continue;
		count(s, fs[i].type, 0, 1, 0);
		due = jstr(fs[i].j, "due");
		say(s, "false %s msg %ld%s%s \"%.120s\" (%s)",
		    type_names[fs[i].type], fs[i].msg, due ? " due " : "",
		    due ? due : "", jstr(fs[i].j, "match") ? jstr(fs[i].j, "match") : "",
		    jstr(fs[i].j, "pattern") ? jstr(fs[i].j, "pattern") : "?");
	}
}

static void
score_action(struct scoring *s, const json_t *e, const json_t *g)
{
	const char *want = jstr(e, "action");
	const json_t *esc = json_object_get(g, "escalation");
	const char *have = esc ? jstr(esc, "action") : NULL;
	bool ok = want && have && strcmp(want, have) == 0;

	for (size_t i = 0; i < s->nt; i++)
		s->t[i]->act_ok += ok;
	if (!ok)
		say(s, "action %s, want %s (%s)", have ? have : "-",
		    want ? want : "-", esc && jstr(esc, "reason") ? jstr(esc, "reason") : "");
}

static void
score_messages(struct scoring *s, const json_t *e, const json_t *g)
{
	long want = jint(e, "messages");
	size_t have = json_array_size(json_object_get(g, "messages"));

	if (want >= 0 && (size_t)want != have) {
		for (size_t i = 0; i < s->nt; i++)
			s->t[i]->msgs_off++;
		say(s, "%zu messages read, want %ld", have, want);
	}
}

static void
score_conversation(struct scoring *s, const json_t *e, const json_t *g)
{
	static const struct {
		const char *key;
		enum ftype type;
	} lists[] = {
		{"deadlines", T_DEADLINE},   {"templates", T_TEMPLATE},
		{"refusals", T_REFUSAL},     {"resolutions", T_RESOLUTION},
		{"reopens", T_REOPEN},	     {"requests", T_REQUEST},
		{"law_deadlines", T_LAW},
	};
	size_t n;
	struct fnd *fs = load_findings(g, &n);

	for (size_t i = 0; i < s->nt; i++)
		s->t[i]->convs++;
	score_messages(s, e, g);
	score_tickets(s, e, g);
	for (size_t i = 0; i < countof(lists); i++)
		score_list(s, e, lists[i].key, lists[i].type, fs, n);
	report_false(s, fs, n);
	score_action(s, e, g);
	free(fs);
}

/* An expected conversation with no reported one: all its items missed. */
static void
score_missing(struct scoring *s, const json_t *e)
{
	json_t *empty = json_object();

	say(s, "conversation not found (source %s)",
	    jstr(e, "source") ? jstr(e, "source") : "?");
	json_object_set_new(empty, "messages", json_array());
	score_conversation(s, e, empty);
	json_decref(empty);
}

/* A reported conversation nobody expected: its findings are false. */
static void
score_extra(struct scoring *s, const json_t *g)
{
	size_t n;
	struct fnd *fs = load_findings(g, &n);

	say(s, "unexpected conversation (source %s, subject %s)",
	    jstr(g, "source") ? jstr(g, "source") : "?",
	    jstr(g, "subject") ? jstr(g, "subject") : "-");
	json_t *none = json_object();

	report_false(s, fs, n);
	free(fs);
	score_tickets(s, none, g);
	json_decref(none);
}

/* ------------------------------------------------------------------ */
/* One case. */

static json_t *
load_json_file(const char *path, const char *what)
{
	json_error_t err;
	json_t *j = json_load_file(path, 0, &err);

	if (j == NULL)
		fprintf(stderr, "eval-conv: %s: %s: line %d: %s\n", path, what,
			err.line, err.text);
	return j;
}

static json_t *
run_case(const struct opts *o, const char *dir, const json_t *exp)
{
	struct strlist argv = {0};
	struct buf out = {0}, err = {0};
	json_error_t jerr;
	json_t *rep = NULL;
	int st;

	if (!case_argv(o, dir, exp, &argv)) {
		fprintf(stderr, "eval-conv: %s: expected.json has no \"now\"\n",
			dir);
		strlist_free(&argv);
		return NULL;
	}
	st = run_capture(argv.v, &out, &err);
	if (st < 0 || st > 2 || out.s == NULL)
		fprintf(stderr, "eval-conv: %s: escalate failed (status %d): %s\n",
			dir, st, err.s ? err.s : "");
	else if ((rep = json_loads(out.s, 0, &jerr)) == NULL)
		fprintf(stderr, "eval-conv: %s: report: %s\n", dir, jerr.text);
	if (o->verbose && err.s != NULL && err.len > 0)
		printf("%s: stderr: %s", dir, err.s);
	strlist_free(&argv);
	buf_free(&out);
	buf_free(&err);
	return rep;
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static void
score_case(struct run *r, const struct opts *o, const char *dir,
	   const json_t *exp, const json_t *rep)
{
	const json_t *ec = jarr(exp, "conversations");
	const json_t *gc = jarr(rep, "conversations");
	size_t ne = json_array_size(ec), ng = json_array_size(gc);
	long *pair = xcalloc(ne + 1, sizeof(*pair));
	bool *taken = xcalloc(ng + 1, 1);
	struct scoring s = {.o = o};
	char where[600];

	pair_conversations(ec, gc, pair);
	for (size_t i = 0; i < ne; i++) {
		const json_t *e = json_array_get(ec, i);

		snprintf(where, sizeof(where), ne > 1 ? "%s#%zu" : "%s",
			 base_name(dir), i + 1);
		s.where = where;
		s.nt = groups_of(r, jstr(e, "lang") ? jstr(e, "lang") : "?",
				 jstr(e, "format") ? jstr(e, "format") : "?",
				 s.t);
		if (pair[i] < 0) {
			score_missing(&s, e);
			continue;
		}
		taken[pair[i]] = true;
		score_conversation(&s, e, json_array_get(gc, (size_t)pair[i]));
	}
	for (size_t j = 0; j < ng && ne > 0; j++)
		if (!taken[j])
			score_extra(&s, json_array_get(gc, j));
	free(pair);
	free(taken);
}

static void
do_case(struct run *r, const struct opts *o, const char *dir)
{
	char *path = xasprintf("%s/expected.json", dir);
	json_t *exp = load_json_file(path, "expected");
	json_t *rep = exp ? run_case(o, dir, exp) : NULL;

	if (rep == NULL)
		r->errors++;
	else
		score_case(r, o, dir, exp, rep);
	r->cases++;
	json_decref(exp);
	json_decref(rep);
	free(path);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every case folder of a part (a folder with expected.json), sorted. */
static void
list_cases(const char *part, struct strlist *out)
{
	DIR *d = opendir(part);
	struct dirent *de;
	size_t first = out->n;

	if (d == NULL) {
		fprintf(stderr, "eval-conv: %s: %s\n", part, strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char *p = xasprintf("%s/%s/expected.json", part, de->d_name);
		struct stat st;

		if (de->d_name[0] != '.' && stat(p, &st) == 0)
			strlist_push_own(out, xasprintf("%s/%s", part,
							de->d_name));
		free(p);
	}
	closedir(d);
	qsort(out->v + first, out->n - first, sizeof(char *), name_cmp);
}

/* ------------------------------------------------------------------ */
/* The table and the gate. */

static void
print_types(const struct tally *t)
{
	printf("| %-11s | gold | tp   | fp   | fn   | prec  | recall | f1    |\n",
	       "type");
	printf("|-------------|------|------|------|------|-------|--------|-------|\n");
	for (int i = 0; i < T_COUNT; i++) {
		const struct counts *c = &t->c[i];

		printf("| %-11s | %4zu | %4zu | %4zu | %4zu | %.3f | %.3f  | %.3f |\n",
		       type_names[i], c->tp + c->fn, c->tp, c->fp, c->fn,
		       ratio(c->tp, c->tp + c->fp), ratio(c->tp, c->tp + c->fn),
		       f1(c));
	}
	printf("| action      | %4zu | right %zu: accuracy %.3f\n", t->convs,
	       t->act_ok, ratio(t->act_ok, t->convs));
	for (int a = 0; a < A_COUNT; a++)
		if (t->attr_n[a] > 0)
			printf("  %s right: %zu of %zu (%.3f)\n", attr_names[a],
			       t->attr_ok[a], t->attr_n[a],
			       ratio(t->attr_ok[a], t->attr_n[a]));
	if (t->msgs_off > 0)
		printf("  conversations with another message count: %zu\n",
		       t->msgs_off);
}

static void
print_groups(const struct run *r)
{
	printf("\n| group              | convs | deadl. P/R  | tickets F1 | "
	       "templ. F1 | refus. F1 | resol. F1 | action |\n");
	printf("|--------------------|-------|-------------|------------|"
	       "-----------|-----------|-----------|--------|\n");
	for (size_t i = 0; i < r->n_groups; i++) {
		const struct tally *t = &r->groups[i];
		const struct counts *d = &t->c[T_DEADLINE];

		printf("| %-18s | %5zu | %.2f / %.2f | %.3f      | %.3f     | "
		       "%.3f     | %.3f     | %.3f  |\n",
		       t->name, t->convs, ratio(d->tp, d->tp + d->fp),
		       ratio(d->tp, d->tp + d->fn), f1(&t->c[T_TICKET]),
		       f1(&t->c[T_TEMPLATE]), f1(&t->c[T_REFUSAL]),
		       f1(&t->c[T_RESOLUTION]), ratio(t->act_ok, t->convs));
	}
}

/* The value a --min rule names, from the "all" group. */
static bool
figure(const struct tally *t, const char *name, double *v)
{
	char type[32];
	const char *dot = strchr(name, '.');

	if (strcmp(name, "action") == 0) {
		*v = ratio(t->act_ok, t->convs);
		return true;
	}
	if (dot == NULL || (size_t)(dot - name) >= sizeof(type))
		return false;
	memcpy(type, name, (size_t)(dot - name));
	type[dot - name] = '\0';
	for (int i = 0; i < T_COUNT; i++) {
		const struct counts *c = &t->c[i];

		if (strcmp(type, type_names[i]) != 0)
			continue;
		if (strcmp(dot + 1, "p") == 0)
			*v = ratio(c->tp, c->tp + c->fp);
		else if (strcmp(dot + 1, "r") == 0)
			*v = ratio(c->tp, c->tp + c->fn);
		else if (strcmp(dot + 1, "f1") == 0)
			*v = f1(c);
		else
			return false;
		return true;
	}
	return false;
}

static int
gate(const struct run *r, const struct opts *o)
{
	int rc = 0;

	for (size_t i = 0; i < o->n_mins; i++) {
		double v;

		if (!figure(&r->groups[0], o->mins[i].name, &v)) {
			fprintf(stderr, "eval-conv: unknown figure '%s'\n",
				o->mins[i].name);
			rc = 2;
		} else if (v + 1e-9 < o->mins[i].value) {
			printf("BELOW: %s %.3f < %.3f\n", o->mins[i].name, v,
			       o->mins[i].value);
			if (rc == 0)
				rc = 1;
		}
	}
	return rc;
}

static int
usage(void)
{
	fprintf(stderr, "usage: eval_conv [-v] [--bin PATH] "
			"[--min NAME=VALUE]... PART_DIR...\n");
	return 2;
}

static bool
parse_min(struct opts *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	char *end;

	if (eq == NULL || o->n_mins == MAX_MINS ||
	    (size_t)(eq - arg) >= sizeof(o->mins[0].name))
		return false;
	memcpy(o->mins[o->n_mins].name, arg, (size_t)(eq - arg));
	o->mins[o->n_mins].name[eq - arg] = '\0';
	o->mins[o->n_mins].value = strtod(eq + 1, &end);
	if (*end != '\0')
		return false;
	o->n_mins++;
	return true;
}

int
main(int argc, char **argv)
{
	struct opts o = {.bin = "build/bin/escalate"};
	struct run r = {0};
	struct strlist cases = {0};
	int i, rc;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-v") == 0)
			o.verbose = true;
		else if (strcmp(argv[i], "--bin") == 0 && i + 1 < argc)
			o.bin = argv[++i];
		else if (strcmp(argv[i], "--min") == 0 && i + 1 < argc) {
			if (!parse_min(&o, argv[++i]))
				return usage();
		} else
			return usage();
	}
	if (i == argc)
		return usage();
	group(&r, "all");
	for (; i < argc; i++)
		list_cases(argv[i], &cases);
	for (size_t c = 0; c < cases.n; c++)
		do_case(&r, &o, cases.v[c]);
	printf("eval-conv: %zu cases, %zu conversations", r.cases,
	       r.groups[0].convs);
	if (r.errors)
		printf(", %zu cases could not be run", r.errors);
	printf("\n\n");
	print_types(&r.groups[0]);
	print_groups(&r);
	rc = gate(&r, &o);
	strlist_free(&cases);
	return r.errors > 0 ? 2 : rc;
}
