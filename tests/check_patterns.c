/* check_patterns.c - the pattern loader, the built-in sets and their
 * examples. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "deadline.h"
#include "patterns.h"
#include "suite.h"
#include "timeutil.h"

#define DATA "tests/data/patterns/"

static int
load_str(struct patset *ps, const char *text, char **err)
{
	return patset_load_buffer(ps, "t.pat", text, strlen(text), err);
}

/* ------------------------------------------------------------------ */
/* The loader on good input. */

static const char good_text[] =
	"# a comment\n"
	"\n"
	"lang ru\n"
	"pattern ru.ticket.one\n"
	"type ticket\n"
	"meta weight=0.5\n"
	"meta note=a=b\n"
	"regex (?:обращение)\\s*№\\s*\n"
	"regex (?<id>[0-9]+)\n"
	"ok обращение № 123\n"
	"no заказ № 123\n"
	"\n"
	"pattern x.deadline.two\r\n"
	"type deadline\r\n"
	"flags -\r\n"
	"lang en\r\n"
	"regex in (?<n>[0-9]+) days   \r\n"
	"ok in 3 days\r\n";

START_TEST(test_load_good)
{
	struct patset ps = {0};
	char *err = NULL;
	const struct pattern *p;

	ck_assert_int_eq(load_str(&ps, good_text, &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_uint_eq(ps.n, 2);
	p = &ps.v[0];
	ck_assert_str_eq(p->id, "ru.ticket.one");
	ck_assert_int_eq(p->type, PAT_TICKET);
	ck_assert_str_eq(p->lang, "ru");
	ck_assert(p->caseless);
	ck_assert_str_eq(p->regex, "(?:обращение)\\s*№\\s*(?<id>[0-9]+)");
	ck_assert_int_eq(p->line, 8);
	ck_assert_str_eq(p->file, "t.pat");
	ck_assert_str_eq(pattern_meta(p, "weight"), "0.5");
	ck_assert_str_eq(pattern_meta(p, "note"), "a=b");
	ck_assert_ptr_null(pattern_meta(p, "weigh"));
	ck_assert_uint_eq(p->ok.n, 1);
	ck_assert_str_eq(p->ok.v[0], "обращение № 123");
	ck_assert_str_eq(p->no.v[0], "заказ № 123");
	p = &ps.v[1];
	ck_assert_str_eq(p->id, "x.deadline.two");
	ck_assert_int_eq(p->type, PAT_DEADLINE);
	ck_assert_str_eq(p->lang, "en");
	ck_assert(!p->caseless);
	ck_assert_str_eq(p->regex, "in (?<n>[0-9]+) days");
	ck_assert_uint_eq(p->no.n, 0); /* not a load error */
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	ck_assert_int_eq(ps.v[0].n_groups, 1);
	ck_assert_int_eq(pattern_group(&ps.v[0], "id"), 0);
	ck_assert_int_eq(pattern_group(&ps.v[0], "n"), -1);
	ck_assert_int_eq(ps.v[0].group_num[0], 1);
	patset_free(&ps);
	ck_assert_uint_eq(ps.n, 0);
}
END_TEST

START_TEST(test_lang_from_id)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(load_str(&ps, "pattern en.x.y\ntype claim\nregex a\n",
				  &err), 0);
	ck_assert_str_eq(ps.v[0].lang, "en");
	patset_free(&ps);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The loader on bad input: the exact "FILE:LINE: message". */

static const struct {
	const char *text;
	const char *err;
} bad_cases[] = {
	{"pattern a.b\ntype ticket\nfoo bar\n",
	 "t.pat:3: unknown directive 'foo'"},
	{"pattern a.b\ntype ticket\nok x\n", "t.pat:1: pattern a.b: no regex"},
	{"lang en\n\npattern a.b\nregex x\n", "t.pat:3: pattern a.b: no type"},
	{"pattern a.b\ntype bogus\nregex x\n", "t.pat:2: unknown type 'bogus'"},
	{"pattern a.b\ntype ticket\ntype ticket\n", "t.pat:3: duplicate type"},
	{"type ticket\n", "t.pat:1: 'type' outside a pattern block"},
	{"regex x\n", "t.pat:1: 'regex' outside a pattern block"},
	{"pattern a.b\nmeta novalue\n", "t.pat:2: meta 'novalue' is not key=value"},
	{"pattern a.b\nflags x\n", "t.pat:2: unknown flags 'x' (use i or -)"},
	{"pattern a b\n", "t.pat:1: bad pattern id 'a b'"},
	{"pattern a.b\ntype ticket\nregex\n", "t.pat:3: 'regex' needs a value"},
	{"lang RU\n", "t.pat:1: bad language 'RU'"},
	{"pattern a.b\ntype ticket\nregex x\npattern c.d\ntype ticket\n",
	 "t.pat:4: pattern c.d: no regex"},
	/* named sub-patterns (below): a name used above its define, in its
	 * own value or in a cycle is unknown */
	{"pattern a.b\ntype ticket\nregex a{t.nope}\n",
	 "t.pat:3: unknown name '{t.nope}' (define it above its first use)"},
	{"pattern a.b\ntype ticket\nregex {t.a}\ndefine t.a x\n",
	 "t.pat:3: unknown name '{t.a}' (define it above its first use)"},
	{"define t.a x{t.a}\n",
	 "t.pat:1: unknown name '{t.a}' (define it above its first use)"},
	{"define t.a y\ndefine t.b {t.c}\ndefine t.c {t.b}\n",
	 "t.pat:2: unknown name '{t.c}' (define it above its first use)"},
	{"define t.a x\n\ndefine t.a y\n",
	 "t.pat:3: define t.a: already defined at line 1"},
	{"define num x\n", "t.pat:1: define: bad name in 'num x' (parts of "
			  "letters, digits, '_', '-' joined by '.', as ru.num)"},
	{"define t.a\n", "t.pat:1: define t.a: needs a value"},
	{"define\n", "t.pat:1: 'define' needs a value"},
	/* names nested in names double at each level: 16 << 12 bytes is
	 * the limit itself, 16 << 13 passes it */
	{"define t.l0 0123456789abcdef\n"
	 "define t.l1 {t.l0}{t.l0}\n"
	 "define t.l2 {t.l1}{t.l1}\n"
	 "define t.l3 {t.l2}{t.l2}\n"
	 "define t.l4 {t.l3}{t.l3}\n"
	 "define t.l5 {t.l4}{t.l4}\n"
	 "define t.l6 {t.l5}{t.l5}\n"
	 "define t.l7 {t.l6}{t.l6}\n"
	 "define t.l8 {t.l7}{t.l7}\n"
	 "define t.l9 {t.l8}{t.l8}\n"
	 "define t.l10 {t.l9}{t.l9}\n"
	 "define t.l11 {t.l10}{t.l10}\n"
	 "define t.l12 {t.l11}{t.l11}\n"
	 "define t.l13 {t.l12}{t.l12}\n",
	 "t.pat:14: expands to more than 65536 bytes"},
};

START_TEST(test_load_bad)
{
	struct patset ps = {0};
	char *err = NULL;

	/* a failed load leaves the set as it was */
	ck_assert_int_eq(load_str(&ps, "pattern k.e\ntype ticket\nregex k\n",
				  &err), 0);
	ck_assert_msg(load_str(&ps, bad_cases[_i].text, &err) == -1,
		      "loaded: %s", bad_cases[_i].text);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strcmp(err, bad_cases[_i].err) == 0,
		      "input %s: got '%s', want '%s'", bad_cases[_i].text,
		      err, bad_cases[_i].err);
	ck_assert_uint_eq(ps.n, 1);
	ck_assert_str_eq(ps.v[0].id, "k.e");
	free(err);
	patset_free(&ps);
}
END_TEST

START_TEST(test_nul_byte)
{
	static const char text[] = "pattern a.b\ntype ticket\nregex a\0b\n";
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(patset_load_buffer(&ps, "n.pat", text,
					    sizeof(text) - 1, &err), -1);
	ck_assert_str_eq(err, "n.pat:3: nul byte in line");
	free(err);
}
END_TEST

static const struct {
	const char *file;
	const char *err;
} bad_files[] = {
	{DATA "unknown-directive.pat",
	 DATA "unknown-directive.pat:6: unknown directive 'regx'"},
	{DATA "no-regex.pat", DATA "no-regex.pat:2: pattern test.ticket.empty: no regex"},
	{DATA "bad-type.pat", DATA "bad-type.pat:3: unknown type 'bogus'"},
	{DATA "none.pat", DATA "none.pat: no such file or directory"},
};

START_TEST(test_load_bad_file)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(patset_load_file(&ps, bad_files[_i].file, &err), -1);
	ck_assert_msg(err != NULL && strcmp(err, bad_files[_i].err) == 0,
		      "%s: got '%s', want '%s'", bad_files[_i].file,
		      err ? err : "(null)", bad_files[_i].err);
	free(err);
	patset_free(&ps);
}
END_TEST

START_TEST(test_compile_error)
{
	static const char prefix[] =
		DATA "bad-regex.pat:6: pattern test.ticket.broken: ";
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(patset_load_file(&ps, DATA "bad-regex.pat", &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), -1);
	ck_assert_msg(strncmp(err, prefix, strlen(prefix)) == 0, "got '%s'",
		      err);
	ck_assert_msg(strstr(err, "missing closing parenthesis") != NULL,
		      "got '%s'", err);
	ck_assert_msg(strstr(err, " at offset 19") != NULL, "got '%s'", err);
	free(err);
	patset_free(&ps);
}
END_TEST

/* Shared among threads, compiling reports the first pattern that fails
 * in set order (not the first to fail in time) and compiles the same. */
START_TEST(test_compile_threads)
{
	static const char text[] =
		"pattern a.ok\ntype ticket\nregex ticket\\s+\\d+\n"
		"pattern a.bad1\ntype ticket\nregex (x\n"
		"pattern a.mid\ntype refusal\nregex we\\s+cannot\n"
		"pattern a.bad2\ntype ticket\nregex [y\n";
	static const char good[] =
		"pattern a.one\ntype ticket\nregex (?:order|case)\\s+\\d+\n"
		"pattern a.two\ntype refusal\nregex we\\s+cannot\\s+refund\n"
		"pattern a.three\ntype promise\nregex within\\s+\\d+\\s+days\n";

	for (size_t threads = 1; threads <= 4; threads++) {
		struct patset ps = {0}, one = {0};
		char *err = NULL;

		ck_assert_int_eq(load_str(&ps, text, &err), 0);
		ck_assert_int_eq(patset_compile_threads(&ps, threads, &err), -1);
		ck_assert_msg(strncmp(err, "t.pat:6: pattern a.bad1: ", 25) == 0,
			      "threads %zu: got '%s'", threads, err);
		free(err);
		patset_free(&ps);

		ck_assert_int_eq(load_str(&ps, good, &err), 0);
		ck_assert_int_eq(load_str(&one, good, &err), 0);
		ck_assert_int_eq(patset_compile_threads(&ps, threads, &err), 0);
		ck_assert_int_eq(patset_compile(&one, &err), 0);
		for (size_t i = 0; i < ps.n; i++) {
			ck_assert_ptr_nonnull(ps.v[i].code);
			ck_assert(ps.v[i].read);
			ck_assert_uint_eq(ps.v[i].read_lits.n,
					  one.v[i].read_lits.n);
			ck_assert_uint_eq(ps.v[i].read_begs.n,
					  one.v[i].read_begs.n);
			for (size_t k = 0; k < ps.v[i].read_begs.n; k++)
				ck_assert_str_eq(ps.v[i].read_begs.v[k],
						 one.v[i].read_begs.v[k]);
		}
		ck_assert_uint_gt(ps.v[0].read_begs.n, 0); /* order, case */
		patset_free(&ps);
		patset_free(&one);
	}
}
END_TEST

START_TEST(test_compile_rejects_backslash_c)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(load_str(&ps, "pattern a.b\ntype ticket\nregex a\\Cb\n",
				  &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), -1);
	ck_assert_msg(strncmp(err, "t.pat:3: pattern a.b: ", 22) == 0,
		      "got '%s'", err);
	free(err);
	patset_free(&ps);
}
END_TEST

START_TEST(test_too_many_groups)
{
	struct patset ps = {0};
	struct buf b = {0};
	char *err = NULL;

	buf_puts(&b, "pattern a.b\ntype ticket\nregex ");
	for (int i = 0; i <= PAT_MAX_GROUPS; i++)
		buf_printf(&b, "(?<g%d>x)", i);
	buf_puts(&b, "\n");
	ck_assert_int_eq(load_str(&ps, b.s, &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), -1);
	ck_assert_str_eq(err, "t.pat:3: pattern a.b: more than 16 named groups");
	free(err);
	buf_free(&b);
	patset_free(&ps);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Replacing by id. */

START_TEST(test_replace_in_place)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(load_str(&ps,
				  "pattern a.one\ntype ticket\nregex 1\n"
				  "pattern a.two\ntype ticket\nregex 2\n"
				  "pattern a.three\ntype ticket\nregex 3\n",
				  &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	ck_assert_int_eq(load_str(&ps,
				  "pattern a.four\ntype claim\nregex 4\n"
				  "pattern a.two\ntype refusal\nregex two\n",
				  &err), 0);
	ck_assert_uint_eq(ps.n, 4);
	ck_assert_str_eq(ps.v[0].id, "a.one");
	ck_assert_str_eq(ps.v[1].id, "a.two");
	ck_assert_str_eq(ps.v[1].regex, "two");
	ck_assert_int_eq(ps.v[1].type, PAT_REFUSAL);
	ck_assert_ptr_null(ps.v[1].code);
	ck_assert_str_eq(ps.v[2].id, "a.three");
	ck_assert_str_eq(ps.v[3].id, "a.four");
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	ck_assert_ptr_nonnull(ps.v[1].code);
	patset_free(&ps);
}
END_TEST

START_TEST(test_replace_builtin)
{
	struct patset ps = {0};
	char *err = NULL;
	size_t n, idx = 0;

	ck_assert_int_eq(patset_load_builtin(&ps, "en", &err), 0);
	n = ps.n;
	for (size_t i = 0; i < ps.n; i++) {
		if (strcmp(ps.v[i].id, "en.ticket.servicenow") == 0)
			idx = i;
	}
	ck_assert_int_eq(patset_load_file(&ps, DATA "override.pat", &err), 0);
	ck_assert_uint_eq(ps.n, n + 1);
	ck_assert_str_eq(ps.v[idx].id, "en.ticket.servicenow");
	ck_assert_str_eq(ps.v[idx].regex, "\\b(?<id>TKT[0-9]{5})\\b");
	ck_assert(!ps.v[idx].caseless);
	ck_assert_str_eq(ps.v[idx].file, DATA "override.pat");
	ck_assert_str_eq(ps.v[n].id, "local.ticket.crm");
	ck_assert_str_eq(pattern_meta(&ps.v[n], "source"), "crm");
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	patset_free(&ps);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Built-in sets. */

static size_t
count_prefix(const struct patset *ps, const char *prefix)
{
	size_t n = 0;

	for (size_t i = 0; i < ps->n; i++) {
		if (strncmp(ps->v[i].id, prefix, strlen(prefix)) == 0)
			n++;
	}
	return n;
}

START_TEST(test_builtin_langs)
{
	struct patset ru = {0}, en = {0}, both = {0}, sp = {0};
	char *err = NULL;

	ck_assert_int_eq(patset_load_builtin(&ru, "ru", &err), 0);
	ck_assert_int_eq(patset_load_builtin(&en, "en", &err), 0);
	ck_assert_int_eq(patset_load_builtin(&both, "ru,en", &err), 0);
	ck_assert_int_eq(patset_load_builtin(&sp, " en , ru ", &err), 0);
	ck_assert_uint_gt(ru.n, 40);
	ck_assert_uint_gt(en.n, 40);
	ck_assert_uint_eq(count_prefix(&ru, "ru."), ru.n);
	ck_assert_uint_eq(count_prefix(&en, "en."), en.n);
	ck_assert_uint_eq(both.n, ru.n + en.n);
	ck_assert_uint_eq(sp.n, ru.n + en.n);
	ck_assert_str_eq(both.v[0].lang, "ru");
	ck_assert_str_eq(both.v[both.n - 1].lang, "en");
	ck_assert_str_eq(both.v[0].file, "patterns/ru/tickets.pat");
	patset_free(&ru);
	patset_free(&en);
	patset_free(&both);
	patset_free(&sp);
}
END_TEST

static const struct {
	const char *langs;
	const char *err;
} bad_langs[] = {
	{"xx", "unknown pattern language 'xx'"},
	{"ru,de", "unknown pattern language 'de'"},
	{"../ru", "unknown pattern language '../ru'"},
	{"", "no pattern language given"},
	{" , ", "no pattern language given"},
};

START_TEST(test_builtin_unknown)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(patset_load_builtin(&ps, bad_langs[_i].langs, &err),
			 -1);
	ck_assert_msg(err != NULL && strcmp(err, bad_langs[_i].err) == 0,
		      "langs '%s': got '%s'", bad_langs[_i].langs,
		      err ? err : "(null)");
	free(err);
	patset_free(&ps);
}
END_TEST

START_TEST(test_type_names)
{
	enum pat_type t;

	for (int i = 0; i < PAT_TYPE_COUNT; i++) {
		ck_assert(pat_type_parse(pat_type_name((enum pat_type)i), &t));
		ck_assert_int_eq(t, i);
	}
	ck_assert_str_eq(pat_type_name(PAT_ESCALATION_REQUEST),
			 "escalation-request");
	ck_assert_str_eq(pat_type_name(PAT_NOT_PROMISE), "not-promise");
	ck_assert(!pat_type_parse("Ticket", &t));
}
END_TEST

/* ------------------------------------------------------------------ */
/* Every built-in pattern: examples, ids, meta, groups. */

static struct patset builtin;

static void
builtin_setup(void)
{
	char *err = NULL;

	if (patset_load_builtin(&builtin, "ru,en", &err) < 0 ||
	    patset_compile(&builtin, &err) < 0) {
		fprintf(stderr, "builtin patterns: %s\n", err);
		abort();
	}
}

static void
builtin_teardown(void)
{
	patset_free(&builtin);
}

/* Match 'subject' with p; fills the ovector copy. */
static int
run(const struct pattern *p, const char *subject, PCRE2_SIZE *ov, int max)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->code,
								    NULL);
	int rc = pcre2_match(p->code, (PCRE2_SPTR)subject, strlen(subject), 0,
			     0, md, NULL);
	PCRE2_SIZE *o = pcre2_get_ovector_pointer(md);
	uint32_t n = pcre2_get_ovector_count(md);

	for (int i = 0; i < 2 * max; i++)
		ov[i] = (uint32_t)(i / 2) < n ? o[i] : PCRE2_UNSET;
	pcre2_match_data_free(md);
	return rc;
}

START_TEST(test_examples)
{
	int failures = 0;

	for (size_t i = 0; i < builtin.n; i++) {
		const struct pattern *p = &builtin.v[i];
		PCRE2_SIZE ov[2];

		if (p->ok.n == 0 || p->no.n == 0) {
			fprintf(stderr, "%s: needs ok and no examples\n", p->id);
			failures++;
		}
		for (size_t k = 0; k < p->ok.n; k++) {
			if (run(p, p->ok.v[k], ov, 1) > 0)
				continue;
			fprintf(stderr, "%s: ok example does not match: %s\n",
				p->id, p->ok.v[k]);
			failures++;
		}
		for (size_t k = 0; k < p->no.n; k++) {
			if (run(p, p->no.v[k], ov, 1) == PCRE2_ERROR_NOMATCH)
				continue;
			fprintf(stderr, "%s: no example matches: %s\n", p->id,
				p->no.v[k]);
			failures++;
		}
	}
	ck_assert_msg(failures == 0, "%d example failures (listed on stderr)",
		      failures);
}
END_TEST

START_TEST(test_ids_unique)
{
	for (size_t i = 0; i < builtin.n; i++) {
		for (size_t j = i + 1; j < builtin.n; j++)
			ck_assert_msg(strcmp(builtin.v[i].id, builtin.v[j].id),
				      "duplicate id %s", builtin.v[i].id);
		ck_assert_msg(strncmp(builtin.v[i].id, builtin.v[i].lang,
				      strlen(builtin.v[i].lang)) == 0,
			      "%s: id does not start with its language",
			      builtin.v[i].id);
	}
}
END_TEST

static const char *const deadline_exprs[] = {
	"hours", "minutes", "days", "workdays", "weeks", "months", "today",
	"tomorrow", "after-tomorrow", "yesterday", "weekday", "end-week", "next-week",
	"end-month", "after-weekend", "end-day", "date", "time", "vague",
	"window", "none", "anchor",
};

static bool
in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; s != NULL && i < n; i++) {
		if (strcmp(s, list[i]) == 0)
			return true;
	}
	return false;
}

#define IN(s, ...)                                                        \
	in_list((s), (const char *const[]){__VA_ARGS__},                  \
		sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *))

/* The meta key each type needs, and its allowed values. */
static void
check_meta(const struct pattern *p)
{
	const char *v;
	char *end;
	double w;

	switch (p->type) {
	case PAT_PROMISE:
		ck_assert_msg(IN(pattern_meta(p, "kind"), "reply", "resolve"),
			      "%s: kind=reply|resolve", p->id);
		break;
	case PAT_CLAIM:
		v = pattern_meta(p, "kind");
		ck_assert_msg(v == NULL || IN(v, "reply", "resolve"),
			      "%s: bad kind", p->id);
		break;
	case PAT_TEMPLATE:
		v = pattern_meta(p, "weight");
		ck_assert_msg(v != NULL, "%s: no weight", p->id);
		w = strtod(v, &end);
		ck_assert_msg(*end == '\0' && w > 0.0 && w <= 1.0,
			      "%s: bad weight %s", p->id, v);
		break;
	case PAT_ESCALATION_REQUEST:
		ck_assert_msg(IN(pattern_meta(p, "request"), "solution",
				 "justification", "supervisor", "written"),
			      "%s: bad request=", p->id);
		break;
	case PAT_NOT_PROMISE:
		ck_assert_msg(IN(pattern_meta(p, "cancels"), "promise",
				 "refusal", "deadline", "resolution", "ticket"),
			      "%s: bad cancels=", p->id);
		break;
	case PAT_DEADLINE:
		v = pattern_meta(p, "expr");
		ck_assert_msg(v == NULL ||
				      in_list(v, deadline_exprs,
					      sizeof(deadline_exprs) /
						      sizeof(deadline_exprs[0])),
			      "%s: bad expr=%s", p->id, v);
		break;
	default:
		break;
	}
}

START_TEST(test_meta_and_groups)
{
	for (size_t i = 0; i < builtin.n; i++) {
		const struct pattern *p = &builtin.v[i];

		check_meta(p);
		if (p->type == PAT_TICKET)
			ck_assert_msg(pattern_group(p, "id") >= 0,
				      "%s: no group id", p->id);
		for (int g = 0; p->type == PAT_DEADLINE && g < p->n_groups; g++)
			ck_assert_msg(in_list(p->group_name[g], dl_group_names,
					      DLG_COUNT),
				      "%s: unknown group %s", p->id,
				      p->group_name[g]);
		if (p->type == PAT_DEADLINE && pattern_meta(p, "expr") == NULL)
			ck_assert_msg(pattern_group(p, "unit") >= 0,
				      "%s: neither expr= nor unit", p->id);
	}
}
END_TEST

/* Every ok example of a deadline pattern resolves to a due moment (or is
 * vague) from a message on Wednesday 2026-11-25 10:00 +03:00. */
static bool
resolve_example(const struct pattern *p, const char *ex, bool *vague)
{
	PCRE2_SIZE ov[2 * 32];
	struct dl_expr e = {0};
	struct esc_time made, due;
	struct calendar *cal = calendar_new();
	bool ok;

	if (run(p, ex, ov, 32) <= 0 || !time_parse_iso("2026-11-25T10:00:00+03:00",
							&made))
		return false;
	e.expr = pattern_meta(p, "expr");
	for (int g = 0; g < p->n_groups; g++) {
		int num = p->group_num[g];

		for (int d = 0; d < DLG_COUNT; d++) {
			if (strcmp(dl_group_names[d], p->group_name[g]) != 0 ||
			    num >= 32 || ov[2 * num] == PCRE2_UNSET)
				continue;
			e.g[d] = ex + ov[2 * num];
			e.glen[d] = ov[2 * num + 1] - ov[2 * num];
		}
	}
	ok = deadline_resolve(&e, made, cal, false, &due, vague);
	calendar_free(cal);
	return ok;
}

START_TEST(test_deadline_examples_resolve)
{
	int failures = 0;

	for (size_t i = 0; i < builtin.n; i++) {
		const struct pattern *p = &builtin.v[i];
		const char *x = pattern_meta(p, "expr");

		/* expr=none marks what only looks like a time, expr=anchor
		 * where a span starts ("of 3 November"): neither resolves
		 * alone */
		if (x != NULL &&
		    (strcmp(x, "none") == 0 || strcmp(x, "anchor") == 0)) {
			for (size_t k = 0; k < p->ok.n; k++) {
				bool vague = false;

				if (resolve_example(p, p->ok.v[k], &vague)) {
					fprintf(stderr, "%s: resolves: %s\n",
						p->id, p->ok.v[k]);
					failures++;
				}
			}
			continue;
		}
		for (size_t k = 0; p->type == PAT_DEADLINE && k < p->ok.n; k++) {
			bool vague = false;

			if (!resolve_example(p, p->ok.v[k], &vague) ||
			    vague != (x != NULL && strcmp(x, "vague") == 0)) {
				fprintf(stderr, "%s: does not resolve: %s\n",
					p->id, p->ok.v[k]);
				failures++;
			}
		}
	}
	ck_assert_msg(failures == 0, "%d deadline examples do not resolve",
		      failures);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Named sub-patterns: "define NAME VALUE" and {NAME} in regex lines
 * (src/pat_define.c); their errors are rows of bad_cases above. */

#define HEAD "pattern a.b\ntype ticket\n"

/* A file and the regex its one pattern ends up with. */
static const struct {
	const char *text;
	const char *regex;
} expand_rows[] = {
	{"define t.num (?:one|two)\n" HEAD "regex x{t.num}y\n",
	 "x(?:one|two)y"},
	/* twice in a line, and across the regex lines of one pattern */
	{"define t.num (?:one|two)\n" HEAD "regex {t.num}-{t.num}\n"
	 "regex \\s+{t.num}\n",
	 "(?:one|two)-(?:one|two)\\s+(?:one|two)"},
	/* a value uses a name defined above it */
	{"define t.a [0-9]+\ndefine t.b-2 (?:{t.a}|{t.a}\\.5)\n" HEAD
	 "regex {t.b-2}\n",
	 "(?:[0-9]+|[0-9]+\\.5)"},
	/* a name defined between patterns serves the ones below */
	{"pattern z.z\ntype ticket\nregex z\ndefine t.x q\n" HEAD
	 "regex {t.x}\n",
	 "q"},
	/* PCRE2's own braces, a name without a dot, an escaped brace */
	{"define t.a A\n" HEAD
	 "regex x{3}\\p{Lu}\\x{2014}[0-9]{1,2}{t}{a}{t.}\n",
	 "x{3}\\p{Lu}\\x{2014}[0-9]{1,2}{t}{a}{t.}"},
	{"define t.a A\n" HEAD "regex \\{t.a}\\\\{t.a}\n", "\\{t.a}\\\\A"},
	/* the value is put in as it is: a bare alternation in a group */
	{"define en.day mon|tue\n" HEAD "regex (?<d>{en.day})\\b\n",
	 "(?<d>mon|tue)\\b"},
};

START_TEST(test_expand)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_msg(load_str(&ps, expand_rows[_i].text, &err) == 0,
		      "%s: %s", expand_rows[_i].text, err);
	ck_assert_str_eq(ps.v[ps.n - 1].regex, expand_rows[_i].regex);
	patset_free(&ps);
}
END_TEST

/* A file's names are its own: the next file does not see them. */
START_TEST(test_names_per_file)
{
	struct patset ps = {0};
	char *err = NULL;

	ck_assert_int_eq(load_str(&ps, "define t.a x\n" HEAD "regex {t.a}\n",
				  &err), 0);
	ck_assert_int_eq(load_str(&ps, "pattern c.d\ntype ticket\n"
				       "regex {t.a}\n", &err), -1);
	ck_assert_str_eq(err, "t.pat:3: unknown name '{t.a}' (define it "
			      "above its first use)");
	free(err);
	patset_free(&ps);
}
END_TEST

/* The built-in time patterns write their lexicons once: every reference
 * is expanded, and the count lexicon reaches the patterns that use it. */
START_TEST(test_builtin_expanded)
{
	struct patset ps = {0};
	char *err = NULL;
	size_t with_ru_num = 0, with_en_num = 0;

	ck_assert_int_eq(patset_load_builtin(&ps, "ru,en", &err), 0);
	for (size_t i = 0; i < ps.n; i++) {
		const char *r = ps.v[i].regex;

		ck_assert_msg(strstr(r, "{ru.") == NULL &&
				      strstr(r, "{en.") == NULL,
			      "%s: %s", ps.v[i].id, r);
		with_ru_num += strstr(r, "четыр[её]х|четыре|пяти") != NULL;
		with_en_num += strstr(r, "(?:twenty|thirty|forty") != NULL;
	}
	ck_assert_uint_ge(with_ru_num, 7);
	ck_assert_uint_ge(with_en_num, 3);
	patset_free(&ps);
}
END_TEST

Suite *suite_patterns(void);

Suite *
suite_patterns(void)
{
	const struct unit_test loader[] = {
		UNIT_TEST(test_load_good),
		UNIT_TEST(test_compile_threads),
		UNIT_TEST(test_lang_from_id),
		UNIT_ROWS(test_load_bad, bad_cases),
		UNIT_TEST(test_nul_byte),
		UNIT_ROWS(test_load_bad_file, bad_files),
		UNIT_TEST(test_compile_error),
		UNIT_TEST(test_compile_rejects_backslash_c),
		UNIT_TEST(test_too_many_groups),
		UNIT_TEST(test_replace_in_place),
		UNIT_TEST(test_replace_builtin),
		UNIT_TEST(test_builtin_langs),
		UNIT_ROWS(test_builtin_unknown, bad_langs),
		UNIT_TEST(test_type_names),
		UNIT_ROWS(test_expand, expand_rows),
		UNIT_TEST(test_names_per_file),
	};
	const struct unit_test with_builtin[] = {
		UNIT_TEST(test_examples),
		UNIT_TEST(test_ids_unique),
		UNIT_TEST(test_meta_and_groups),
		UNIT_TEST(test_deadline_examples_resolve),
		UNIT_TEST(test_builtin_expanded),
	};
	Suite *s = suite_create("patterns");

	UNIT_CASE(s, "loader", loader);
	tcase_add_unchecked_fixture(UNIT_CASE(s, "builtin", with_builtin),
				    builtin_setup, builtin_teardown);
	return s;
}
