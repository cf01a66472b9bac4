/* check_reach.c - the bytes a regex can consume (reach.h), the windows
 * built from them (window.h), and that every match of a built-in
 * pattern's examples stays inside them. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "reach.h"
#include "suite.h"
#include "window.h"

/* regex; bytes that must be barriers; bytes that must be consumable;
 * whether it is read at all. */
static const struct {
	const char *re, *barrier, *consumed;
	bool read;
} reach_cases[] = {
	{"\\bwe\\s+will\\b", ".,!?0", "wWeEiIlL \n\t", true},
	{"[^.!?\\n]+ok", ".!?\n", "aZ ,;0", true},
	{"[^\\s.!?]+", ".!? \n\t", "aZ,;0", true},
	{"(?<=\\d\\.)abc(?=[.!?])", ".!?0", "aAbBcC", true},
	{"(?!x.)y", "x.", "yY", true},
	{"a.b", "", "aAbB.\n!", true},
	{"\\S+", "\t\n ", ".!a", true},
	{"\\W", "a0_", ".!\n ", true},
	{"[a-c]\\d{1,3}", "dD.", "aAcC09", true},
	{"x{,3}", "", "xX{,3}", true},
	{"\\x{212A}", "0.", "kKaZ", true},
	{"\\bзаявк[аиу]\\b", "aZ0.,!? ", "", true},
	{"(?i)ok(?#note)", ".", "oOkK", true},
	{"(?<name>a)\\k<name>", "", "aZ.!", true},
	{"[[:alpha:]]", "", "aZ.!0", true},
	{"[^[:alpha:]]", "", "aZ.!0", true},
	{"a\\Kb", "", "", false},
	{"\\Ga", "", "", false},
	{"(*COMMIT)a", "", "", false},
	{"(?x) a b", "", "", false},
	{"(?1)(a)", "", "", false},
	{"a\\Qb", "", "", false},
	{"(a", "", "", false},
};

START_TEST(test_reach)
{
	struct byteset s;
	bool ok = reach_consumable(reach_cases[_i].re, &s);

	ck_assert_int_eq(ok, reach_cases[_i].read);
	for (const char *b = reach_cases[_i].barrier; *b; b++)
		ck_assert_msg(!byteset_has(&s, (unsigned char)*b),
			      "%s: '%c' consumable", reach_cases[_i].re, *b);
	for (const char *b = reach_cases[_i].consumed; *b; b++)
		ck_assert_msg(byteset_has(&s, (unsigned char)*b),
			      "%s: '%c' a barrier", reach_cases[_i].re, *b);
}
END_TEST

/* regex; the required set (NULL: none). */
static const struct {
	const char *re, *need;
} need_cases[] = {
	{"(?<d>0?[1-9]|[12][0-9]|3[01])\\.(?<m>0?[1-9]|1[0-2])", "123456789"},
	{"20[0-9]{2}", "2"},
	{"[0-9]{1,2}:[0-5][0-9]", ":"},
	{"ab[0-9]", "0123456789"},
	{"ab(?:[0-9]|x)", NULL},	/* a letter may match beyond ASCII */
	{"a[0-9]?b", NULL},
	{"x[0-9]{0,3}", NULL},
	{"(?=[0-9])\\w+", NULL},	/* a lookahead consumes nothing */
	{"\\d+", NULL},		/* \d matches other digits (UCP) */
	{"[^a]", NULL},
	{"(?:#|№)[0-9]+", "0123456789"},
	{"a|[0-9]", NULL},
	{"[0-9]+|-", "-0123456789"},
	{"x{2}-", "-"},
	{"(?i)x{,2}", NULL},		/* {,n}: a quantifier after 10.42 */
	{"a\\Kb1", NULL},		/* \K: not read */
};

START_TEST(test_required)
{
	struct byteset s;
	bool ok = reach_required(need_cases[_i].re, &s);
	const char *want = need_cases[_i].need;

	ck_assert_msg(ok == (want != NULL), "%s", need_cases[_i].re);
	for (unsigned b = 1; ok && b < 128; b++)
		ck_assert_msg(byteset_has(&s, (unsigned char)b) ==
				      (strchr(want, (int)b) != NULL),
			      "%s: byte %u", need_cases[_i].re, b);
}
END_TEST

START_TEST(test_spans)
{
	/* reach: letters and space; barriers: '.' and everything else */
	const char *text = "ab. cd ef. gh";
	const uint32_t ends[] = {2, 6, 9, 13};
	struct byteset r;
	struct spans sp = {0};

	ck_assert(reach_consumable("[a-z ]+", &r));
	window_spans(text, ends, 4, &r, &sp);
	ck_assert_uint_eq(sp.n, 3);
	ck_assert_uint_eq(sp.v[0].lo, 0);	/* "ab" */
	ck_assert_uint_eq(sp.v[0].hi, 1);
	ck_assert_uint_eq(sp.v[1].lo, 3);	/* " cd ef": merged */
	ck_assert_uint_eq(sp.v[1].hi, 8);
	ck_assert_uint_eq(sp.v[2].lo, 10);	/* " gh" */
	ck_assert_uint_eq(sp.v[2].hi, 12);
	window_spans(text, ends, 0, &r, &sp);
	ck_assert_uint_eq(sp.n, 0);
	spans_free(&sp);
}
END_TEST

/* No byte a match of a built-in pattern spans in its own examples is a
 * barrier of that pattern, and each contains one of its required bytes:
 * reach.c's reading agrees with PCRE2. */
START_TEST(test_builtin_matches_in_reach)
{
	struct patset ps = {0};
	struct matcher *m;
	char *err = NULL;
	int read = 0;

	ck_assert_int_eq(patset_load_builtin(&ps, "ru,en", &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	setenv("ESCALATE_NO_PREFILTER", "1", 1); /* every match, not windows' */
	m = matcher_new(&ps);
	unsetenv("ESCALATE_NO_PREFILTER");
	for (size_t i = 0; i < ps.n; i++) {
		const struct pattern *p = &ps.v[i];

		read += p->windowed;
		for (size_t k = 0; p->windowed && k < p->ok.n; k++) {
			const char *t = p->ok.v[k];
			struct hitlist hl = {0};

			matcher_scan(m, t, strlen(t), 1u << p->type, &hl, NULL);
			for (size_t h = 0; h < hl.n; h++) {
				const struct hit *x = &hl.v[h];

				bool needed = !p->needs;

				for (size_t b = x->start; x->pat == p && b < x->end; b++) {
					ck_assert_msg((unsigned char)t[b] >= 128 ||
						      byteset_has(&p->reach, (unsigned char)t[b]),
						      "%s: '%c' in \"%s\"", p->id, t[b], t);
					needed |= byteset_has(&p->need, (unsigned char)t[b]);
				}
				ck_assert_msg(needed || x->pat != p,
					      "%s: no required byte in \"%s\"", p->id, t);
			}
			hitlist_free(&hl);
		}
	}
	ck_assert_int_ge(read * 10, (int)ps.n * 9); /* nearly all are read */
	matcher_free(m);
	patset_free(&ps);
}
END_TEST

UNIT_SUITE_LIMIT(reach, 120,
	UNIT_ROWS(test_reach, reach_cases),
	UNIT_ROWS(test_required, need_cases),
	UNIT_TEST(test_spans),
	UNIT_TEST(test_builtin_matches_in_reach))
