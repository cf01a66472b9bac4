/* check_prefilter.c - case folding, the literal automaton, and the
 * literals of every built-in pattern against its examples. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "match.h"
#include "prefilter.h"
#include "suite.h"

static const struct {
	const char *in, *want;
} fold_cases[] = {
	{"ABC xyz 123", "abc xyz 123"},
	{"ПРИВЕТ, Мир", "привет, мир"},
	{"ЁЛКА ёлка", "ёлка ёлка"},
	{"ЎЄЇЀЏ", "ўєїѐџ"},
	{"\xe2\x84\xaa" "elvin", "kelvin"},	/* U+212A KELVIN SIGN */
	{"\xc5\xbf" "tatus", "status"},		/* U+017F LONG S */
	{"\xe1\xba\x9e", "ß"},			/* U+1E9E CAPITAL SHARP S */
	{"\xe2\x84\xa6", "ω"},			/* U+2126 OHM SIGN */
	{"\xe2\x84\xab", "å"},			/* U+212B ANGSTROM SIGN */
	{"\xc2\xb5", "μ"},			/* MICRO SIGN */
	{"\xe1\xb2\x80" "ОТ", "вот"},		/* U+1C80 ROUNDED VE */
	{"ÀÉÞ×", "àéþ×"},
	{"ΣΑΣ ς", "σασ σ"},
	{"№ 5 — «Да»", "№ 5 — «да»"},
	{"a\xff" "B\xd0", "a\xff" "b\xd0"},	/* invalid bytes pass */
	{"\xd0\xd0\x9a", "\xd0" "к"},		/* truncated, then К */
	{"\xe2\x84" "K", "\xe2\x84" "k"},
	{"", ""},
};

START_TEST(test_fold)
{
	struct buf b = {0};

	fold_utf8(fold_cases[_i].in, strlen(fold_cases[_i].in), &b);
	ck_assert_str_eq(b.s, fold_cases[_i].want);
	buf_free(&b);
}
END_TEST

/* Texts longer than fold_utf8's own chunk: characters of 1 to 3 bytes
 * across its end, at every offset around it. */
START_TEST(test_fold_long)
{
	struct buf in = {0}, want = {0}, got = {0};

	for (int i = 0; i < 24; i++) {
		in.len = want.len = 0;
		for (int k = 0; k < 240 + i; k++) {
			buf_putc(&in, 'A');
			buf_putc(&want, 'a');
		}
		buf_puts(&in, "\xd0\x81\xd0\x96\xe2\x84\xaa" "Z\xff");
		buf_puts(&want, "ёжkz\xff");
		got.len = 0;
		fold_utf8(in.s, in.len, &got);
		ck_assert_str_eq(got.s, want.s);
	}
	buf_free(&in);
	buf_free(&want);
	buf_free(&got);
}
END_TEST

/* The invariant, checked against PCRE2 itself: when a caseless UCP
 * pattern character L in the folding domain matches a character c of a
 * text, both fold to the same character. */
static pcre2_code *
compile_ci(const char *re)
{
	int e;
	PCRE2_SIZE off;

	return pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
			     PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &e, &off,
			     NULL);
}

#define DOMAIN_END 0x2200u

START_TEST(test_fold_vs_pcre2)
{
	pcre2_code **one = xcalloc(DOMAIN_END, sizeof(*one));
	pcre2_code *any = compile_ci(
		"^[\\x{1}-\\x{7f}\\x{a0}-\\x{ff}\\x{386}-\\x{3ce}"
		"\\x{400}-\\x{45f}\\x{2010}-\\x{2027}\\x{2030}-\\x{205e}"
		"\\x{20a0}-\\x{20c0}\\x{2116}\\x{2122}]$");
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int bad = 0, related = 0;

	ck_assert_ptr_nonnull(any);
	for (uint32_t L = 1; L < DOMAIN_END; L++) {
		char re[32];

		ck_assert(!fold_known(L) || (L < 0xD800));
		if (!fold_known(L))
			continue;
		snprintf(re, sizeof(re), "^\\x{%x}$", (unsigned)L);
		one[L] = compile_ci(re);
	}
	for (uint32_t c = 1; c <= 0x10FFFF; c++) {
		unsigned char s[4];
		size_t n;

		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		n = fold_encode(c, s);
		if (pcre2_match(any, s, n, 0, 0, md, NULL) < 0)
			continue;
		related++;
		for (uint32_t L = 1; L < DOMAIN_END; L++) {
			if (one[L] == NULL ||
			    pcre2_match(one[L], s, n, 0, 0, md, NULL) < 0)
				continue;
			if (fold_cp(c) != fold_cp(L)) {
				fprintf(stderr, "U+%04X ~ U+%04X folds apart\n",
					(unsigned)c, (unsigned)L);
				bad++;
			}
		}
	}
	ck_assert_int_gt(related, 400);
	ck_assert_int_eq(bad, 0);
	for (uint32_t L = 0; L < DOMAIN_END; L++)
		pcre2_code_free(one[L]);
	free(one);
	pcre2_code_free(any);
	pcre2_match_data_free(md);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The automaton on a small set. */

static const char small_set[] =
	"pattern t.a\ntype template\nregex заявк[аи]\n"
	"pattern t.b\ntype template\nregex (?:foo|bar)baz\n"
	"pattern t.c\ntype template\nregex \\w+[0-9]\n"
	"pattern t.d\ntype template\nregex x[0-9]+\nliteral Widget\n"
	"literal ГАЙКА\n"
	"pattern t.e\ntype template\nregex abcd|bcd\n";

/* cand as a string of 0/1, one per pattern of small_set. */
static const struct {
	const char *text, *want;
} scan_cases[] = {
	{"", "00100"},
	{"nothing here", "00100"},
	{"ЗАЯВКИ нет", "10100"},
	{"заявк", "00100"},
	{"FOOBAZ", "01100"},
	{"fooBAZ barbaz", "01100"},
	{"a widget", "00110"},
	{"гайка", "00110"},
	{"xbcd", "00101"},		/* suffix outputs: bcd inside abcd */
	{"abcd", "00101"},
	{"заявка foobaz widget abcd", "11111"},
	{"\xff\xfe заявк\xd0" "а", "00100"}, /* a bad byte breaks the word */
};

START_TEST(test_scan)
{
	struct patset ps = {0};
	char *err = NULL;
	unsigned char cand[5];
	char got[6] = {0};

	ck_assert_int_eq(patset_load_buffer(&ps, "s.pat", small_set,
					    strlen(small_set), &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	ck_assert_uint_eq(prefilter_count(ps.pf), 5);
	ck_assert(prefilter_always(ps.pf, 2));
	ck_assert(!prefilter_always(ps.pf, 3));
	ck_assert_uint_eq(prefilter_literals(ps.pf, 3)->n, 2);
	ck_assert_str_eq(prefilter_literals(ps.pf, 3)->v[1], "гайка");
	prefilter_scan(ps.pf, scan_cases[_i].text, strlen(scan_cases[_i].text),
		       cand);
	for (int i = 0; i < 5; i++)
		got[i] = cand[i] ? '1' : '0';
	ck_assert_str_eq(got, scan_cases[_i].want);
	patset_free(&ps);
}
END_TEST

/* Begin literals shared by patterns are recorded once: each pattern's
 * starts are those of its own literals, ascending and distinct. */
START_TEST(test_starts_shared)
{
	static const char set[] =
		"pattern t.a\ntype promise\nregex \\b(?:we|our)\\s+will\\s+call\n"
		"pattern t.b\ntype promise\nregex \\bwe\\s+shall\\s+call\n"
		"pattern t.c\ntype refusal\nregex \\b(?:our|no)\\s+refunds?\\b\n";
	static const char text[] = "we will call, our team; we shall call. "
				   "No refund, our refunds";
	struct patset ps = {0};
	struct pf_ends e = {0};
	char *err = NULL;
	unsigned char cand[3];
	uint32_t *v = NULL;
	size_t cap = 0, n;
	static const uint32_t a[] = {0, 14, 24, 50}, b[] = {0, 24},
			      c[] = {14, 39, 50};

	ck_assert_int_eq(patset_load_buffer(&ps, "s.pat", set, strlen(set),
					    &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	for (size_t i = 0; i < 3; i++)
		ck_assert(prefilter_begun(ps.pf, i));
	prefilter_scan_ends(ps.pf, text, strlen(text),
			    (1u << PAT_PROMISE) | (1u << PAT_REFUSAL), cand, &e);
	n = prefilter_starts(ps.pf, &e, 0, &v, &cap);
	ck_assert_uint_eq(n, 4);
	ck_assert(memcmp(v, a, sizeof(a)) == 0);
	n = prefilter_starts(ps.pf, &e, 1, &v, &cap);
	ck_assert_uint_eq(n, 2);
	ck_assert(memcmp(v, b, sizeof(b)) == 0);
	n = prefilter_starts(ps.pf, &e, 2, &v, &cap);
	ck_assert_uint_eq(n, 3);
	ck_assert(memcmp(v, c, sizeof(c)) == 0);
	free(v);
	pf_ends_free(&e);
	patset_free(&ps);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Every built-in pattern: each ok example makes it a candidate. */

START_TEST(test_builtin_examples)
{
	struct patset ps = {0};
	char *err = NULL;
	unsigned char *cand;
	int always = 0, failures = 0;

	ck_assert_int_eq(patset_load_builtin(&ps, "ru,en", &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	cand = xcalloc(ps.n, 1);
	for (size_t i = 0; i < ps.n; i++) {
		const struct pattern *p = &ps.v[i];

		if (prefilter_always(ps.pf, i)) {
			fprintf(stderr, "prefilter: %s always runs\n", p->id);
			always++;
			continue;
		}
		for (size_t k = 0; k < p->ok.n; k++) {
			prefilter_scan(ps.pf, p->ok.v[k], strlen(p->ok.v[k]),
				       cand);
			if (!cand[i]) {
				fprintf(stderr, "%s: no literal in ok '%s'\n",
					p->id, p->ok.v[k]);
				failures++;
			}
		}
	}
	fprintf(stderr, "prefilter: %d of %zu built-in patterns always run\n",
		always, ps.n);
	ck_assert_int_eq(failures, 0);
	ck_assert_int_le(always * 10, (int)ps.n); /* at most a tenth */
	free(cand);
	patset_free(&ps);
}
END_TEST

/* The same hits with the prefilter as without it, on the examples. */
static char *
hits_of(const struct patset *ps, const char *text)
{
	struct matcher *m = matcher_new(ps);
	struct hitlist hl = {0};
	struct buf b = {0};

	matcher_scan(m, text, strlen(text), ~0u, &hl, NULL);
	buf_puts(&b, "");
	for (size_t i = 0; i < hl.n; i++)
		buf_printf(&b, "%s:%zu-%zu,", hl.v[i].pat->id, hl.v[i].start,
			   hl.v[i].end);
	hitlist_free(&hl);
	matcher_free(m);
	return buf_steal(&b);
}

START_TEST(test_builtin_same_hits)
{
	struct patset ps = {0};
	struct buf all = {0};
	char *err = NULL, *on, *off;

	ck_assert_int_eq(patset_load_builtin(&ps, "ru,en", &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	for (size_t i = 0; i < ps.n; i++) {
		for (size_t k = 0; k < ps.v[i].ok.n; k++)
			buf_printf(&all, "%s\n", ps.v[i].ok.v[k]);
		for (size_t k = 0; k < ps.v[i].no.n; k++)
			buf_printf(&all, "%s\n", ps.v[i].no.v[k]);
	}
	on = hits_of(&ps, all.s);
	setenv("ESCALATE_NO_PREFILTER", "1", 1);
	off = hits_of(&ps, all.s);
	unsetenv("ESCALATE_NO_PREFILTER");
	ck_assert_uint_gt(strlen(on), 1000);
	ck_assert_str_eq(on, off);
	free(on);
	free(off);
	buf_free(&all);
	patset_free(&ps);
}
END_TEST

/* Begin literals: patterns without a useful required literal run only
 * where one of their begin literals starts, and find there what a
 * search of the whole text finds: suffixes of one another ("was",
 * "as"), a lookahead's set, multi-byte and folded characters (KELVIN
 * SIGN, Cyrillic capitals), overlapping and adjacent matches. */
static const char begin_set[] =
	"pattern b.a\ntype template\nregex \\b(?:was|as|we)\\s+[a-z]+\n"
	"pattern b.b\ntype template\nregex (?=(?:ok|no)\\b)[a-z]+\n"
	"pattern b.c\ntype template\nregex (?<![а-яё])вы\\s+[а-яё]+\n"
	"pattern b.d\ntype template\nregex kk|k\n"
	"pattern b.e\ntype template\nregex [a-z]+ed\n";

static const char *const begin_texts[] = {
	"it was done as planned, we agreed",
	"As it WAS said: ok no okay noted",
	"ВЫ обещали; вы сказали вывод",
	"\xe2\x84\xaa\xe2\x84\xaak kK \xe2\x84\xaa",	/* KELVIN SIGN */
	"\xff was \xd0 as\xe2 we  x",			/* bad bytes */
	"",
};

START_TEST(test_begin_literals)
{
	struct patset ps = {0};
	char *err = NULL, *on, *off;
	unsigned char cand[5];

	ck_assert_int_eq(patset_load_buffer(&ps, "b.pat", begin_set,
					    strlen(begin_set), &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	ck_assert(prefilter_begun(ps.pf, 0));
	ck_assert(!prefilter_always(ps.pf, 0)); /* "we": no useful literal */
	ck_assert_uint_eq(prefilter_begins(ps.pf, 0)->n, 3);
	ck_assert(prefilter_begun(ps.pf, 1));
	ck_assert(prefilter_begun(ps.pf, 2));
	ck_assert(!prefilter_begun(ps.pf, 3)); /* "k": one character */
	ck_assert(prefilter_always(ps.pf, 3));
	ck_assert(!prefilter_begun(ps.pf, 4));
	prefilter_scan(ps.pf, "zzz", 3, cand);
	ck_assert(!cand[0] && !cand[1] && !cand[2] && cand[3]);
	for (size_t i = 0; i < sizeof(begin_texts) / sizeof(*begin_texts);
	     i++) {
		on = hits_of(&ps, begin_texts[i]);
		setenv("ESCALATE_NO_PREFILTER", "1", 1);
		off = hits_of(&ps, begin_texts[i]);
		unsetenv("ESCALATE_NO_PREFILTER");
		ck_assert_str_eq(on, off);
		free(on);
		free(off);
	}
	on = hits_of(&ps, begin_texts[0]);
	/* "was done", "as planned", "planned", "we agreed", "agreed" */
	ck_assert_str_eq(on, "b.a:3-11,b.a:12-22,b.e:15-22,b.a:24-33,"
			     "b.e:27-33,");
	free(on);
	patset_free(&ps);
}
END_TEST

/* After literals: a pattern that begins with a lookbehind of exact
 * strings is tried only where one of them ends, and finds there what a
 * search of the whole text finds; the same string as another pattern's
 * begin literal is numbered apart (its starts are not the same). */
static const char after_set[] =
	"pattern a.a\ntype deadline\nregex (?<=days|week)\\s+(?:from|of)\\s+[0-9]+\n"
	"pattern a.b\ntype deadline\nregex (?<=\\s)from\\s+[0-9]+\n"
	"pattern a.c\ntype deadline\nregex \\bdays\\s+[a-z]+\n"
	"pattern a.d\ntype deadline\nregex (?<=дней|недели)\\s+с\\s+[0-9]+\n";

static const char *const after_texts[] = {
	"3 days from 12, 2 week of 5, days  from 7 daysfrom 8",
	"WEE\xe2\x84\xaa from 4 DAYS OF 9",		/* KELVIN SIGN */
	"5 ДНЕЙ с 10, недели с 2; дней\xff с 3",
	" from 1",
	"",
};

START_TEST(test_after_literals)
{
	struct patset ps = {0};
	char *err = NULL, *on, *off;

	ck_assert_int_eq(patset_load_buffer(&ps, "a.pat", after_set,
					    strlen(after_set), &err), 0);
	ck_assert_int_eq(patset_compile(&ps, &err), 0);
	ck_assert(prefilter_begun(ps.pf, 0));
	ck_assert_uint_eq(prefilter_begins(ps.pf, 0)->n, 2);
	ck_assert_str_eq(prefilter_begins(ps.pf, 1)->v[0], "from"); /* begin */
	ck_assert(prefilter_begun(ps.pf, 2));
	ck_assert(prefilter_begun(ps.pf, 3));
	for (size_t i = 0; i < sizeof(after_texts) / sizeof(*after_texts);
	     i++) {
		on = hits_of(&ps, after_texts[i]);
		setenv("ESCALATE_NO_PREFILTER", "1", 1);
		off = hits_of(&ps, after_texts[i]);
		unsetenv("ESCALATE_NO_PREFILTER");
		ck_assert_str_eq(on, off);
		free(on);
		free(off);
	}
	on = hits_of(&ps, after_texts[0]);
	ck_assert_str_eq(on, "a.c:2-11,a.a:6-14,a.b:7-14,a.a:22-27,"
			     "a.c:29-39,a.a:33-41,a.b:35-41,");
	free(on);
	on = hits_of(&ps, after_texts[2]);
	ck_assert_str_eq(on, "a.d:10-16,a.d:30-35,"); /* not after \xff */
	free(on);
	on = hits_of(&ps, after_texts[1]);
	ck_assert_str_eq(on, "a.a:6-13,a.b:7-13,a.c:14-21,a.a:18-23,");
	free(on);
	patset_free(&ps);
}
END_TEST

UNIT_SUITE_LIMIT(prefilter, 120,
	UNIT_ROWS(test_fold, fold_cases),
	UNIT_TEST(test_fold_long),
	UNIT_TEST(test_starts_shared),
	UNIT_TEST(test_fold_vs_pcre2),
	UNIT_ROWS(test_scan, scan_cases),
	UNIT_TEST(test_builtin_examples),
	UNIT_TEST(test_builtin_same_hits),
	UNIT_TEST(test_begin_literals),
	UNIT_TEST(test_after_literals))
