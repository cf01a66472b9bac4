/* check_pat_define.c - named sub-patterns in pattern files: "define
 * NAME VALUE" and {NAME} in regex lines (src/pat_define.c,
 * docs/patterns.md). The errors, with their FILE:LINE, are rows of
 * bad_cases in check_patterns.c. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "pat_define.h"
#include "patterns.h"
#include "util.h"

static int
load_str(struct patset *ps, const char *text, char **err)
{
	return patset_load_buffer(ps, "t.pat", text, strlen(text), err);
}

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

/* Names nested in names double at each level: the growth stops at
 * PAT_DEFINE_MAX with an error at the define that passes it. */
START_TEST(test_growth_bounded)
{
	struct buf b = {0};
	struct patset ps = {0};
	char *err = NULL;

	buf_puts(&b, "define t.l0 0123456789abcdef\n");
	for (int i = 1; i <= 13; i++)
		buf_printf(&b, "define t.l%d {t.l%d}{t.l%d}\n", i, i - 1,
			   i - 1);
	ck_assert_int_eq(load_str(&ps, b.s, &err), -1);
	/* 16 << 12 = 65536 bytes is the limit itself; 16 << 13 passes it */
	ck_assert_str_eq(err, "t.pat:14: expands to more than 65536 bytes");
	free(err);
	buf_free(&b);
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

Suite *suite_pat_define(void);

Suite *
suite_pat_define(void)
{
	Suite *s = suite_create("pat_define");
	TCase *tc = tcase_create("define");

	tcase_add_loop_test(tc, test_expand, 0, countof(expand_rows));
	tcase_add_test(tc, test_growth_bounded);
	tcase_add_test(tc, test_names_per_file);
	tcase_add_test(tc, test_builtin_expanded);
	suite_add_tcase(s, tc);
	return s;
}
