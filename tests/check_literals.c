/* check_literals.c - required literals derived from regexes. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "literals.h"
#include "suite.h"

/* Expected sets are written sorted (byte order) and joined with '|';
 * NULL: no safe useful set, the pattern always runs. */
static const struct {
	const char *regex;
	const char *want;
} cases[] = {
	{"ticket", "ticket"},
	{"Ticket", "ticket"},
	{"ЗАЯВКА", "заявка"},
	{"заявк[аи]", "заявка|заявки"},
	{"обращени[еяюи]", "обращение|обращении|обращению|обращения"},
	{"[её]лка", "елка|ёлка"},
	{"ab", NULL},				/* too short */
	{"в", NULL},
	{"до", "до"},				/* two Cyrillic letters */
	{"(?:foo|bar)baz", "barbaz|foobaz"},
	{"foo|bar", "bar|foo"},
	{"foo|ba", NULL},			/* one branch too short */
	{"foo|", NULL},				/* an empty branch */
	{"foo|[a-z]+", NULL},
	{"(?:foo)?bar", "bar"},
	{"(?:foo)*bar", "bar"},
	{"colou?r", "color|colour"},
	{"x*", NULL},
	{"abc\\s+defgh", "defgh"},		/* the longer part */
	{"\\bwithin\\b", "within"},
	{"(?<![а-яё])в\\s+течени[еи]", "течение|течении"},
	{"(?i)Kelvin", "kelvin"},
	{"(?-i:ABC)def", "abcdef"},
	{"(?i:XY)z", "xyz"},
	{"(?=foo)bar", "bar"},			/* lookarounds: zero width */
	{"(?!foo)bar(?<=r)", "bar"},
	{"(?<id>[0-9]{3,12})", NULL},
	{"(?'n'abc)", "abc"},
	{"(?P<n>abc)", "abc"},
	{"[0-9]{2}-[0-9]{2}", NULL},
	{":[0-5]0", ":00|:10|:20|:30|:40|:50"},
	{"[0-9][0-9]:", NULL},			/* 100 > LIT_EXACT_MAX, then "9:" */
	{"[^a]bcd", "bcd"},
	{"[a-z]+ing", "ing"},
	{"[a-z]", NULL},
	{".*foo.*", "foo"},
	{"\\p{L}+abc", "abc"},
	{"\\x{41}BC", "abc"},
	{"\\.com", ".com"},
	{"foo{2,3}", NULL},			/* "fo", then o repeated */
	{"(?:abc|def)+", "abc|def"},
	{"(?:abc|def){2,}", "abc|def"},
	{"(?:ab|cd){2}", NULL},
	{"a++bcd", "bcd"},
	{"(?:abc){0,3}", NULL},
	{"ok(?#comment)ay", "okay"},
	{"(?|(a)|(b))cde", "acde|bcde"},
	{"((((foo))))", "foo"},
	{"straße", "straße"},
	{"ΩMEGA", "ωmega"},
	{"\\x{462}abc", "abc"},			/* outside the folding domain */
	{"№\\s*[0-9]+", "№"},			/* a rare sign alone */
	{"п\\.\\s*[0-9]|§\\s*[0-9]", "§|п."},
	{"«[0-9]+»", NULL},			/* guillemets are common */
	{"[[:alpha:]]abc", "abc"},
	{"[\\]x]abc", "]abc|xabc"},
	{"[]x]abc", "]abc|xabc"},
	{"^foo$", "foo"},
	{"\\Aabc\\z", "abc"},
	/* anything not understood: always run */
	{"(?x) f o o", NULL},
	{"(*UCP)foo", NULL},
	{"(a)\\1bcd", NULL},
	{"\\Qa.b\\E", NULL},
	{"a{,3}bcd", NULL},
	{"(?(1)abc|def)", NULL},
	{"(?1)abc", NULL},
	{"(foo", NULL},
	{"foo)", NULL},
	{"[abc", NULL},
	{"\xff\xfe" "abc", NULL},
	{"", NULL},
};

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

START_TEST(test_derive)
{
	struct strlist out = {0};
	struct buf got = {0};
	bool ok = literals_derive(cases[_i].regex, &out);

	if (out.n > 1)
		qsort(out.v, out.n, sizeof(*out.v), str_cmp);
	for (size_t i = 0; i < out.n; i++)
		buf_printf(&got, "%s%s", i ? "|" : "", out.v[i]);
	if (cases[_i].want == NULL) {
		ck_assert_msg(!ok && out.n == 0, "%s: want none, got %s",
			      cases[_i].regex, got.s);
	} else {
		ck_assert_msg(ok, "%s: want %s, got none", cases[_i].regex,
			      cases[_i].want);
		ck_assert_str_eq(got.s, cases[_i].want);
	}
	buf_free(&got);
	strlist_free(&out);
}
END_TEST

static const struct {
	const char *s;
	bool useful;
} useful_cases[] = {
	{"abc", true}, {"ab", false}, {"до", true}, {"в", false},
	{"№", true},   {"в ", true},  {"", false},   {"§", true},
	{"°", true},   {"«", false},  {"»", false},  {"\u00a0", false},
	{"\u00ad", false}, {"—", false}, {"§§", true}, {"a§", true},
};

START_TEST(test_useful)
{
	ck_assert_int_eq(literal_useful(useful_cases[_i].s),
			 useful_cases[_i].useful);
}
END_TEST

/* Sets never grow past their bounds, whatever the regex. */
START_TEST(test_bounds)
{
	struct buf re = {0};
	struct strlist out = {0};

	for (int i = 0; i < 300; i++)
		buf_printf(&re, "%sw%03d", i ? "|" : "", i);
	ck_assert(!literals_derive(re.s, &out)); /* 300 > LIT_SET_MAX */
	re.len = 0;
	for (int i = 0; i < LIT_DEPTH_MAX + 5; i++)
		buf_puts(&re, "(");
	buf_puts(&re, "abc");
	for (int i = 0; i < LIT_DEPTH_MAX + 5; i++)
		buf_puts(&re, ")");
	ck_assert(!literals_derive(re.s, &out));
	ck_assert_uint_eq(out.n, 0);
	buf_free(&re);
}
END_TEST

/* Begin sets: sorted, '|'-joined; NULL: none. */
static const struct {
	const char *regex;
	const char *want;
} begin_cases[] = {
	{"ticket", "ticket"},
	{"\\bTicket\\s+[0-9]+", "ticket"},	/* \b is zero width */
	{"(?:has|have)\\s+been", "has|have"},
	{"(?<!not\\s)\\b(?:a|bc)d", "ad|bcd"},	/* lookbehinds too */
	{"(?:now\\s+)?back", "back|now"},	/* optional: both */
	{"colou?r", "color|colour"},
	{"(?:foo)?bar|baz", "bar|baz|foobar"},
	{"do(?:n|\\s+not)", "do"},
	{"(?=abc)\\w+", "abc"},			/* a lookahead decides */
	{"\\b(?=(?:send|reply)\\b)[a-z]+", "reply|send"},
	{"a(?=bc)", "abc"},
	{"(?:a|b)(?=cd)|(?=ef)g", "acd|bcd|ef"},
	{"(?!x)abc", "abc"},			/* a negative one does not */
	{"ВЫ\\s+обещали", "вы"},
	{"[её]лка", "елка|ёлка"},
	{"(?i)Kelvin", "kelvin"},
	{"x+y", "x"},
	{"(?:ab){2,}", "ab"},
	{"[a-z]+ed", NULL},			/* a class too big */
	{"\\d+", NULL},
	{".abc", NULL},
	{"x?", NULL},				/* can be empty */
	{"(?:abc)?\\s", NULL},			/* can start with \s */
	{"a\\Gb", NULL},			/* \G: depends on the search */
	{"(a)\\1", NULL},
	{"", NULL},
};

START_TEST(test_begin)
{
	struct strlist out = {0};
	struct buf got = {0};
	bool ok = literals_begin(begin_cases[_i].regex, &out);

	if (out.n > 1)
		qsort(out.v, out.n, sizeof(*out.v), str_cmp);
	for (size_t i = 0; i < out.n; i++)
		buf_printf(&got, "%s%s", i ? "|" : "", out.v[i]);
	if (begin_cases[_i].want == NULL) {
		ck_assert_msg(!ok && out.n == 0, "%s: want none, got %s",
			      begin_cases[_i].regex, got.s);
	} else {
		ck_assert_msg(ok, "%s: want %s, got none",
			      begin_cases[_i].regex, begin_cases[_i].want);
		ck_assert_str_eq(got.s, begin_cases[_i].want);
	}
	buf_free(&got);
	strlist_free(&out);
}
END_TEST

/* After sets: a leading lookbehind's strings, sorted, '|'-joined;
 * NULL: none. */
static const struct {
	const char *regex;
	const char *want;
} after_cases[] = {
	{"(?<=days|day)\\s+from", "day|days"},
	{"(?<=ДНЕЙ|дня|недел[иь])\\s+с", "дней|дня|недели|недель"},
	{"(?<=\\bwe\\s)will", NULL},		/* \s: not exact */
	{"(?<=a|)b", NULL},			/* may be empty */
	{"(?<=ab)?c", NULL},			/* repeated: optional */
	{"(?<=ab)c|d", NULL},			/* a branch without it */
	{"(?:(?<=ab)c)", NULL},			/* not first */
	{"(?<!ab)c", NULL},			/* negative */
	{"(?=ab)\\w", NULL},			/* a lookahead */
	{"(?<=ab)\\Gc", NULL},			/* \G */
	{"(?<=ab)(c", NULL},			/* not read */
	{"(?<=ab", NULL},
	{"ab", NULL},
};

START_TEST(test_after)
{
	struct strlist out = {0};
	struct buf got = {0};
	bool ok = literals_after(after_cases[_i].regex, &out);

	if (out.n > 1)
		qsort(out.v, out.n, sizeof(*out.v), str_cmp);
	for (size_t i = 0; i < out.n; i++)
		buf_printf(&got, "%s%s", i ? "|" : "", out.v[i]);
	if (after_cases[_i].want == NULL) {
		ck_assert_msg(!ok && out.n == 0, "%s: want none, got %s",
			      after_cases[_i].regex, got.s);
	} else {
		ck_assert_msg(ok, "%s: want %s, got none",
			      after_cases[_i].regex, after_cases[_i].want);
		ck_assert_str_eq(got.s, after_cases[_i].want);
	}
	buf_free(&got);
	strlist_free(&out);
}
END_TEST

/* One reading gives both, as the two calls do. */
START_TEST(test_read_both)
{
	struct strlist lits = {0}, begs = {0};
	unsigned got = literals_read("\\bwe\\s+will\\s+refund", &lits, &begs);

	ck_assert_uint_eq(got, LIT_REQUIRED | LIT_BEGIN);
	ck_assert_uint_eq(lits.n, 1);
	ck_assert_str_eq(lits.v[0], "refund");
	ck_assert_uint_eq(begs.n, 1);
	ck_assert_str_eq(begs.v[0], "we");
	strlist_free(&lits);
	strlist_free(&begs);
	ck_assert_uint_eq(literals_read("[a-z]+", NULL, &begs), 0);
}
END_TEST

UNIT_SUITE(literals,
	UNIT_ROWS(test_derive, cases),
	UNIT_ROWS(test_useful, useful_cases),
	UNIT_TEST(test_bounds),
	UNIT_ROWS(test_begin, begin_cases),
	UNIT_ROWS(test_after, after_cases),
	UNIT_TEST(test_read_both))
