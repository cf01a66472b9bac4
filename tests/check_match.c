/* check_match.c - the matcher: all matches, empty matches, groups, types,
 * limits, invalid UTF-8. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "match.h"
#include "suite.h"

static struct patset *
make_set(const char *text)
{
	struct patset *ps = xcalloc(1, sizeof(*ps));
	char *err = NULL;

	if (patset_load_buffer(ps, "m.pat", text, strlen(text), &err) < 0 ||
	    patset_compile(ps, &err) < 0)
		ck_abort_msg("pattern set: %s", err);
	return ps;
}

static void
drop_set(struct patset *ps)
{
	patset_free(ps);
	free(ps);
}

/* Scan 'subject' with all types; returns the hits as "id:start-end,". */
static char *
scan_str(struct matcher *m, const char *subject, size_t len,
	 struct strlist *warn)
{
	struct hitlist hl = {0};
	struct buf b = {0};

	matcher_scan(m, subject, len, ~0u, &hl, warn);
	buf_puts(&b, "");
	for (size_t i = 0; i < hl.n; i++)
		buf_printf(&b, "%s:%zu-%zu,", hl.v[i].pat->id, hl.v[i].start,
			   hl.v[i].end);
	hitlist_free(&hl);
	return buf_steal(&b);
}

static const struct {
	const char *patterns;
	const char *subject;
	const char *want;
} scan_cases[] = {
	/* every non-overlapping match */
	{"pattern t.a\ntype ticket\nregex #[0-9]+\n", "#1 and #22, #333",
	 "t.a:0-2,t.a:7-10,t.a:12-16,"},
	{"pattern t.a\ntype ticket\nregex aa\n", "aaaaa", "t.a:0-2,t.a:2-4,"},
	/* empty matches advance by one character, not one byte */
	{"pattern t.e\ntype ticket\nregex x*\n", "аx", "t.e:0-0,t.e:2-3,t.e:3-3,"},
	{"pattern t.e\ntype ticket\nregex (?=б)\n", "абаб", "t.e:2-2,t.e:6-6,"},
	{"pattern t.e\ntype ticket\nregex \\b\n", "ёж", "t.e:0-0,t.e:4-4,"},
	/* ordered by start, then by pattern order */
	{"pattern t.b\ntype ticket\nregex b\npattern t.a\ntype claim\nregex a\n",
	 "ab ba", "t.a:0-1,t.b:1-2,t.b:3-4,t.a:4-5,"},
	{"pattern t.x\ntype ticket\nregex ab\npattern t.y\ntype claim\nregex a\n",
	 "ab", "t.x:0-2,t.y:0-1,"},
	/* caseless by default, UCP word characters */
	{"pattern t.c\ntype ticket\nregex \\bзаявка\\b\n", "ЗАЯВКА, заявками",
	 "t.c:0-12,"},
	{"pattern t.c\ntype ticket\nflags -\nregex Abc\n", "abc Abc",
	 "t.c:4-7,"},
	{"pattern t.a\ntype ticket\nregex q\n", "", ""},
};

START_TEST(test_scan)
{
	struct patset *ps = make_set(scan_cases[_i].patterns);
	struct matcher *m = matcher_new(ps);
	struct strlist warn = {0};
	char *got = scan_str(m, scan_cases[_i].subject,
			     strlen(scan_cases[_i].subject), &warn);

	ck_assert_msg(strcmp(got, scan_cases[_i].want) == 0,
		      "subject '%s': got '%s', want '%s'",
		      scan_cases[_i].subject, got, scan_cases[_i].want);
	ck_assert_uint_eq(warn.n, 0);
	free(got);
	strlist_free(&warn);
	matcher_free(m);
	drop_set(ps);
}
END_TEST

START_TEST(test_groups)
{
	struct patset *ps = make_set(
		"pattern t.d\ntype deadline\n"
		"regex в течение (?<n>[0-9]+)(?:-(?<n2>[0-9]+))? (?<unit>дн[а-я]*)\n");
	struct matcher *m = matcher_new(ps);
	struct hitlist hl = {0};
	const char *s = "в течение 3 дней; в течение 3-5 дней";
	const char *g;
	size_t len = 0;

	matcher_scan(m, s, strlen(s), ~0u, &hl, NULL);
	ck_assert_uint_eq(hl.n, 2);
	g = hit_group(&hl.v[0], s, "n", &len);
	ck_assert_ptr_nonnull(g);
	ck_assert_int_eq((int)len, 1);
	ck_assert_int_eq(g[0], '3');
	ck_assert_ptr_null(hit_group(&hl.v[0], s, "n2", &len));
	ck_assert_ptr_null(hit_group(&hl.v[0], s, "nope", &len));
	g = hit_group(&hl.v[1], s, "n2", &len);
	ck_assert_ptr_nonnull(g);
	ck_assert_int_eq(g[0], '5');
	g = hit_group(&hl.v[1], s, "unit", &len);
	ck_assert_uint_eq(len, strlen("дней"));
	ck_assert(memcmp(g, "дней", len) == 0);
	ck_assert_uint_eq(hl.v[0].gs[ps->v[0].n_groups], SIZE_MAX);
	hitlist_clear(&hl);
	ck_assert_uint_eq(hl.n, 0);
	hitlist_free(&hl);
	matcher_free(m);
	drop_set(ps);
}
END_TEST

START_TEST(test_type_mask)
{
	struct patset *ps = make_set(
		"pattern t.t\ntype ticket\nregex a\n"
		"pattern t.p\ntype promise\nregex a\n"
		"pattern t.r\ntype refusal\nregex a\n");
	struct matcher *m = matcher_new(ps);
	struct hitlist hl = {0};

	matcher_scan(m, "a", 1, 1u << PAT_PROMISE, &hl, NULL);
	ck_assert_uint_eq(hl.n, 1);
	ck_assert_str_eq(hl.v[0].pat->id, "t.p");
	matcher_scan(m, "a", 1, (1u << PAT_TICKET) | (1u << PAT_REFUSAL), &hl,
		     NULL);
	ck_assert_uint_eq(hl.n, 3); /* appended */
	ck_assert_str_eq(hl.v[1].pat->id, "t.t");
	ck_assert_str_eq(hl.v[2].pat->id, "t.r");
	hitlist_clear(&hl);
	matcher_scan(m, "a", 1, 0, &hl, NULL);
	ck_assert_uint_eq(hl.n, 0);
	hitlist_free(&hl);
	matcher_free(m);
	drop_set(ps);
}
END_TEST

/* A catastrophic pattern stops with a warning, quickly; the other
 * patterns still run. */
START_TEST(test_limit)
{
	struct patset *ps = make_set(
		"pattern t.bad\ntype ticket\nregex (a+)+$\n"
		"pattern t.nested\ntype ticket\nregex ((a|aa)+)+[xy]\n"
		"pattern t.good\ntype ticket\nregex b\n");
	struct matcher *m = matcher_new(ps);
	struct hitlist hl = {0};
	struct strlist warn = {0};
	struct buf s = {0};
	time_t t0 = time(NULL);
	int n;

	for (int i = 0; i < 5000; i++)
		buf_putc(&s, 'a');
	buf_putc(&s, 'b');
	n = matcher_scan(m, s.s, s.len, ~0u, &hl, &warn);
	ck_assert_int_eq(n, 2);
	ck_assert_uint_eq(warn.n, 2);
	ck_assert_str_eq(warn.v[0], "pattern t.bad: match limit exceeded");
	ck_assert_str_eq(warn.v[1], "pattern t.nested: match limit exceeded");
	ck_assert_uint_eq(hl.n, 1);
	ck_assert_str_eq(hl.v[0].pat->id, "t.good");
	ck_assert_msg(time(NULL) - t0 < 20, "took %ld s",
		      (long)(time(NULL) - t0));
	buf_free(&s);
	strlist_free(&warn);
	hitlist_free(&hl);
	matcher_free(m);
	drop_set(ps);
}
END_TEST

static const struct {
	const char *subject;
	size_t len;
	const char *want;
} utf_cases[] = {
	{"a\xff" "b", 3, "t.w:0-1,t.w:2-3,"},
	{"\xd0\xb0\xd0", 3, "t.w:0-2,"},	  /* truncated character */
	{"\x80\x80 z", 4, "t.w:3-4,"},		  /* stray continuation */
	{"\xed\xa0\x80x", 4, "t.w:3-4,"},	  /* surrogate */
	{"x\0y", 3, "t.w:0-1,t.w:2-3,"},	  /* NUL inside */
};

START_TEST(test_invalid_utf8)
{
	struct patset *ps = make_set("pattern t.w\ntype ticket\nregex \\w+\n"
				     "pattern t.e\ntype claim\nregex (?=q)\n");
	struct matcher *m = matcher_new(ps);
	struct strlist warn = {0};
	char *got = scan_str(m, utf_cases[_i].subject, utf_cases[_i].len,
			     &warn);

	ck_assert_msg(strcmp(got, utf_cases[_i].want) == 0,
		      "case %d: got '%s', want '%s'", _i, got,
		      utf_cases[_i].want);
	free(got);
	strlist_free(&warn);
	matcher_free(m);
	drop_set(ps);
}
END_TEST

/* Texts longer than MATCH_SUBJECT_MAX are cut at a character boundary. */
START_TEST(test_subject_cap)
{
	struct patset *ps = make_set("pattern t.z\ntype ticket\nregex я\n"
				     "pattern t.end\ntype claim\nregex END\n");
	struct matcher *m = matcher_new(ps);
	struct hitlist hl = {0};
	struct buf s = {0};

	buf_putc(&s, 'x'); /* makes every "я" straddle the cut offset */
	while (s.len < MATCH_SUBJECT_MAX + 10)
		buf_puts(&s, "я");
	buf_puts(&s, "END");
	matcher_scan(m, s.s, s.len, ~0u, &hl, NULL);
	ck_assert_uint_eq(hl.n, (MATCH_SUBJECT_MAX - 1) / 2);
	ck_assert_uint_le(hl.v[hl.n - 1].end, MATCH_SUBJECT_MAX);
	for (size_t i = 0; i < hl.n; i++)
		ck_assert_str_eq(hl.v[i].pat->id, "t.z");
	buf_free(&s);
	hitlist_free(&hl);
	matcher_free(m);
	drop_set(ps);
}
END_TEST

/* The built-in sets run over real-looking text. */
START_TEST(test_builtin_scan)
{
	struct patset ps = {0};
	struct matcher *m;
	struct hitlist hl = {0};
	char *err = NULL;
	const char *s = "Ваше обращение № 12345 зарегистрировано. Ответим в "
			"течение 3 рабочих дней.";
	bool ticket = false, deadline = false, promise = false;

	ck_assert_int_eq(patset_load_builtin(&ps, "ru,en", &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	m = matcher_new(&ps);
	matcher_scan(m, s, strlen(s), ~0u, &hl, NULL);
	for (size_t i = 0; i < hl.n; i++) {
		size_t len;
		const char *g;

		if (strcmp(hl.v[i].pat->id, "ru.ticket.obrashchenie") == 0) {
			g = hit_group(&hl.v[i], s, "id", &len);
			ticket = g != NULL && len == 5 && !memcmp(g, "12345", 5);
		}
		deadline |= !strcmp(hl.v[i].pat->id, "ru.deadline.within-n-units");
		promise |= !strcmp(hl.v[i].pat->id, "ru.promise.reply");
		if (i > 0)
			ck_assert_uint_le(hl.v[i - 1].start, hl.v[i].start);
	}
	ck_assert(ticket && deadline && promise);
	hitlist_free(&hl);
	matcher_free(m);
	patset_free(&ps);
}
END_TEST

UNIT_SUITE_LIMIT(match, 60,
	UNIT_ROWS(test_scan, scan_cases),
	UNIT_TEST(test_groups),
	UNIT_TEST(test_type_mask),
	UNIT_TEST(test_limit),
	UNIT_ROWS(test_invalid_utf8, utf_cases),
	UNIT_TEST(test_subject_cap),
	UNIT_TEST(test_builtin_scan))
