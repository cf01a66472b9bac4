/* check_mailvocab.c - the mail layout vocabularies: the built-in files
 * load, their sections cover the common mail-client locales, and the
 * lookups respect word boundaries. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "mailvocab.h"
#include "suite.h"
#include "util.h"

static const char *const files[] = {
	"patterns/mail/quotes.txt",
	"patterns/mail/signatures.txt",
	"patterns/mail/helpdesk.txt",
};

START_TEST(test_builtin_files_load)
{
	for (size_t i = 0; i < sizeof(files) / sizeof(*files); i++) {
		const struct embedded_file *f = embedded_find(files[i]);
		size_t n = 0;
		char *err = NULL;

		ck_assert_msg(f != NULL, "%s not embedded", files[i]);
		ck_assert_msg(mailvocab_check(f->name, f->data, f->len, &n,
					      &err) == 0,
			      "%s", err ? err : "");
		ck_assert_msg(n > 0, "%s: no entries", files[i]);
	}
}
END_TEST

START_TEST(test_every_section_has_entries)
{
	for (int s = 0; s < MV_SECTION_COUNT; s++)
		ck_assert_msg(mv_count((enum mv_section)s) > 0, "[%s] empty",
			      mv_section_name((enum mv_section)s));
}
END_TEST

static bool
has_locale(enum mv_section s, const char *loc)
{
	for (size_t i = 0; i < mv_count(s); i++)
		if (strcmp(mv_locale(s, i), loc) == 0)
			return true;
	return false;
}

/* The locales the issue names for attributions, separators and header
 * blocks: every header field section has each of them. */
START_TEST(test_locales_covered)
{
	static const char *const locales[] = {"en", "de", "fr", "es", "pt",
					      "it", "nl", "pl", "sv", "da",
					      "no", "ru", "ja", "zh"};
	static const enum mv_section fields[] = {MV_HDR_FROM, MV_HDR_DATE,
						 MV_HDR_TO, MV_HDR_SUBJECT};

	for (size_t f = 0; f < sizeof(fields) / sizeof(*fields); f++)
		for (size_t l = 0; l < sizeof(locales) / sizeof(*locales); l++)
			ck_assert_msg(has_locale(fields[f], locales[l]),
				      "[%s] has no %s entry",
				      mv_section_name(fields[f]), locales[l]);
	for (size_t l = 0; l < sizeof(locales) / sizeof(*locales); l++)
		if (strcmp(locales[l], "ja") != 0 && strcmp(locales[l], "zh") != 0)
			ck_assert_msg(has_locale(MV_SEPARATOR, locales[l]) ||
					      has_locale(MV_SEPARATOR_LINE,
							 locales[l]),
				      "no %s separator", locales[l]);
}
END_TEST

static void
expect_error(const char *text, const char *want)
{
	char *err = NULL;
	size_t n;

	ck_assert_int_eq(mailvocab_check("t.txt", text, strlen(text), &n, &err),
			 -1);
	ck_assert_msg(err && strcmp(err, want) == 0, "'%s': got '%s'", text,
		      err ? err : "(null)");
	free(err);
}

START_TEST(test_errors_name_the_line)
{
	expect_error("# c\n[nope]\n", "t.txt:2: unknown section");
	expect_error("en wrote\n", "t.txt:1: an entry before the first [section]");
	expect_error("[separator]\nEN original message\n",
		     "t.txt:2: an entry is a locale tag (2 or 3 letters) and a phrase");
	expect_error("[separator]\nen\n",
		     "t.txt:2: an entry is a locale tag (2 or 3 letters) and a phrase");
	expect_error("[separator]\r\n\r\nen   \t \r\n",
		     "t.txt:3: an entry is a locale tag (2 or 3 letters) and a phrase");
}
END_TEST

START_TEST(test_good_file)
{
	const char *t = "# comment\n\n[header.from]\nen from\r\nde von\n"
			"[signoff]\nru с уважением\n";
	char *err = NULL;
	size_t n = 0;

	ck_assert_int_eq(mailvocab_check("g.txt", t, strlen(t), &n, &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_uint_eq(n, 3);
}
END_TEST

/* Lookups on folded text: whole words for alphabetic scripts. */
START_TEST(test_lookups)
{
	const char *s;

	s = "on tue, 4 apr";
	ck_assert_uint_eq(mv_prefix(MV_ATTR_START, s, strlen(s)), 2);
	s = "once upon a time";
	ck_assert_uint_eq(mv_prefix(MV_ATTR_START, s, strlen(s)), 0);
	s = "w dniu 28 stycznia";
	ck_assert_uint_eq(mv_prefix(MV_ATTR_START, s, strlen(s)), 6);
	s = "john smith wrote";
	ck_assert_uint_eq(mv_suffix(MV_ATTR_END, s, strlen(s)), 5);
	s = "the rewrote";
	ck_assert_uint_eq(mv_suffix(MV_ATTR_END, s, strlen(s)), 0);
	s = "客服 <s@x.cn> 写道";
	ck_assert_uint_eq(mv_suffix(MV_ATTR_END, s, strlen(s)), strlen("写道"));
	s = "客服写道";
	ck_assert_uint_eq(mv_suffix(MV_ATTR_END, s, strlen(s)), strlen("写道"));
	ck_assert(mv_equals(MV_HDR_FROM, "von", 3));
	ck_assert(mv_equals(MV_HDR_DATE, "отправлено", strlen("отправлено")));
	ck_assert(!mv_equals(MV_HDR_FROM, "vo", 2));
	ck_assert(mv_equals(MV_SEPARATOR, "ursprüngliche nachricht",
			    strlen("ursprüngliche nachricht")));
}
END_TEST

/* mv_contains: an entry anywhere, as whole words only. */
static const struct {
	const char *text;
	bool found;
} contains_cases[] = {
	{"powered by", true},			/* the whole text */
	{"powered by zendesk", true},		/* at the start */
	{"this page is powered by", true},	/* at the end */
	{"ppowered by", false},			/* a letter before */
	{"powered bye", false},			/* a letter after */
	{"pp powered by x", true},		/* its first byte repeated */
	{"powered b", false},			/* cut short */
	{"p", false},
	{"", false},
	{"— powered by…", true},		/* signs around it */
};

START_TEST(test_contains)
{
	const char *t = contains_cases[_i].text;

	ck_assert_msg(mv_contains(MV_FOOTER, t, strlen(t)) ==
			      contains_cases[_i].found,
		      "'%s'", t);
}
END_TEST

UNIT_SUITE(mailvocab,
	UNIT_TEST(test_builtin_files_load),
	UNIT_ROWS(test_contains, contains_cases),
	UNIT_TEST(test_every_section_has_entries),
	UNIT_TEST(test_locales_covered),
	UNIT_TEST(test_errors_name_the_line),
	UNIT_TEST(test_good_file),
	UNIT_TEST(test_lookups))
