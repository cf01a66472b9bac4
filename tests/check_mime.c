/* check_mime.c - quoted-printable, base64, RFC 2047 words, RFC 2231
 * parameters, content types and the multipart walk. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mime.h"
#include "suite.h"

struct dec_case {
	const char *in, *out;
	bool ok;
};

static const struct dec_case qp_cases[] = {
	{"plain text", "plain text", true},
	{"caf=C3=A9", "caf\xC3\xA9", true},
	{"lower =c3=a9", "lower \xC3\xA9", true},
	{"soft=\nbreak", "softbreak", true},
	{"soft=\r\nbreak", "softbreak", true},
	{"soft= \t\nbreak", "softbreak", true},
	{"bad =ZZ escape", "bad =ZZ escape", false},
	{"charset=utf-8", "charset=utf-8", false},
	{"trailing =", "trailing ", true},
	{"half =4", "half =4", false},
};

START_TEST(test_qp)
{
	const struct dec_case *c = &qp_cases[_i];
	struct buf b = {0};
	bool ok = mime_decode_qp(c->in, strlen(c->in), &b);

	ck_assert_msg(strcmp(b.s, c->out) == 0, "qp '%s' -> '%s'", c->in, b.s);
	ck_assert_msg(ok == c->ok, "qp '%s': ok=%d", c->in, ok);
	buf_free(&b);
}
END_TEST

static const struct dec_case b64_cases[] = {
	{"aGVsbG8=", "hello", true},
	{"aGVs\r\nbG8=", "hello", true},
	{"aGVsbG8", "hello", true},		/* missing padding */
	{"aGVsbA", "hell", true},
	{"aGV*sb!G8=", "hello", false},	/* garbage skipped */
	{"0J/RgNC40LLQtdGC", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82",
	 true},
	{"", "", true},
	{"a", "", false},
};

START_TEST(test_base64)
{
	const struct dec_case *c = &b64_cases[_i];
	struct buf b = {0};
	bool ok = mime_decode_base64(c->in, strlen(c->in), &b);

	ck_assert_msg(strcmp(b.s, c->out) == 0, "b64 '%s' -> '%s'", c->in, b.s);
	ck_assert_msg(ok == c->ok, "b64 '%s': ok=%d", c->in, ok);
	buf_free(&b);
}
END_TEST

struct str_case {
	const char *in, *out;
};

static const struct str_case words_cases[] = {
	{"plain subject", "plain subject"},
	{"=?UTF-8?Q?z=E2=80?= =?UTF-8?Q?=99z?=", "z\xE2\x80\x99z"},
	{"=?utf-8?q?hello_world?=", "hello world"},
	{"=?UTF-8?B?0J/RgNC40LLQtdGC?=", "Привет"},
	/* windows-1251 B: "Привет" */
	{"=?windows-1251?B?z/Do4uXy?=", "Привет"},
	/* koi8-r B: "Алфавит" */
	{"=?koi8-r?B?4czGwdfJ1A==?=", "Алфавит"},
	{"=?cp1251?Q?=CE=F2=E2=E5=F2?=", "Ответ"},
	{"Re: =?UTF-8?Q?a?=   =?UTF-8?Q?b?= c", "Re: ab c"},
	{"=?UTF-8?Q?a?=\r\n =?UTF-8?Q?b?=", "ab"},
	{"=?ISO-8859-1?Q?caf=E9?= =?UTF-8?Q?_ok?=", "café ok"},
	{"=?UTF-8*ru?Q?x?=", "x"},
	{"=?bogus?Q?x", "=?bogus?Q?x"},
	{"=?UTF-8?X?abc?=", "=?UTF-8?X?abc?="},
	{"=?nosuchcs?Q?abc?=", "abc"},
	{"raw caf\xE9", "raw café"},
	{"=?UTF-8?Q?=FF?=", "\xEF\xBF\xBD"},
};

START_TEST(test_words)
{
	const struct str_case *c = &words_cases[_i];
	char *r = mime_decode_words(c->in);

	ck_assert_msg(strcmp(r, c->out) == 0, "2047 '%s' -> '%s', want '%s'",
		      c->in, r, c->out);
	free(r);
}
END_TEST

struct param_case {
	const char *value, *name, *out; /* out NULL: absent */
};

static const struct param_case param_cases[] = {
	{"text/plain; charset=utf-8", "charset", "utf-8"},
	{"text/plain; charset=\"koi8-r\"", "charset", "koi8-r"},
	{"text/plain; CHARSET=cp1251", "charset", "cp1251"},
	{"text/plain;charset=a;charset=b", "charset", "a"},
	{"multipart/mixed; boundary=\"a;b \\\"c\"", "boundary", "a;b \"c"},
	{"multipart/mixed; boundary=----=_Part_1", "boundary", "----=_Part_1"},
	{"text/plain", "charset", NULL},
	{"text/plain; format=flowed charset=utf-8", "charset", "utf-8"},
	{"attachment; filename*=UTF-8''%D0%A4%D0%B0%D0%B9%D0%BB.txt",
	 "filename", "Файл.txt"},
	{"attachment; filename*0=\"long \"; filename*1=\"name.txt\"",
	 "filename", "long name.txt"},
	{"attachment; filename*0*=utf-8'ru'%D0%B0; filename*1*=%D0%B1;"
	 " filename*2=c",
	 "filename", "абc"},
	{"attachment; filename*=windows-1251''%CF%F0", "filename", "Пр"},
	{"text/plain; charset=", "charset", ""},
};

START_TEST(test_param)
{
	const struct param_case *c = &param_cases[_i];
	char *r = mime_param(c->value, c->name);

	if (!c->out)
		ck_assert_msg(r == NULL, "'%s' %s: got '%s'", c->value, c->name,
			      r);
	else
		ck_assert_msg(r && strcmp(r, c->out) == 0,
			      "'%s' %s -> '%s', want '%s'", c->value, c->name,
			      r ? r : "(null)", c->out);
	free(r);
}
END_TEST

START_TEST(test_type)
{
	char *t = mime_type("Text/HTML; charset=x");

	ck_assert_str_eq(t, "text/html");
	free(t);
	ck_assert_ptr_null(mime_type("application-x-gzip; name=a"));
	ck_assert_ptr_null(mime_type("text/"));
	ck_assert_ptr_null(mime_type(""));
}
END_TEST

/* The text a header block + body yields through the walk. */
static char *
walk(const char *msg, struct strlist *warn)
{
	struct rfc822_headers h = {0};
	size_t off = 0;
	char *t;

	rfc822_parse(msg, strlen(msg), &h, &off);
	t = mime_body_text(&h, msg + off, strlen(msg) - off, warn);
	rfc822_free(&h);
	return t;
}

START_TEST(test_walk_alternative_prefers_plain)
{
	struct strlist w = {0};
	char *t = walk("Content-Type: multipart/alternative; boundary=x\n\n"
		       "--x\nContent-Type: text/html\n\n<p>html</p>\n"
		       "--x\nContent-Type: text/plain\n\nplain\n--x--\n",
		       &w);

	ck_assert_str_eq(t, "plain");
	ck_assert_uint_eq(w.n, 0);
	free(t);
	strlist_free(&w);
}
END_TEST

/* An HTML part after the plain text of an alternative is not read as
 * HTML (its text would be dropped), but still decoded: its warnings
 * stay. Elsewhere HTML is read as before. */
static const struct {
	const char *msg, *text, *warning; /* warning: NULL for none */
} later_html[] = {
	{"Content-Type: multipart/alternative; boundary=x\n\n"
	 "--x\nContent-Type: text/plain\n\nplain\n"
	 "--x\nContent-Type: text/html\n\n<p>html</p>\n--x--\n",
	 "plain", NULL},
	{"Content-Type: multipart/alternative; boundary=x\n\n"
	 "--x\nContent-Type: text/plain\n\n \n"
	 "--x\nContent-Type: text/html\n\n<p>html</p>\n--x--\n",
	 "html", NULL},		/* an empty plain text loses to HTML */
	{"Content-Type: multipart/alternative; boundary=x\n\n"
	 "--x\nContent-Type: text/plain\n\nplain\n"
	 "--x\nContent-Type: text/html\n"
	 "Content-Transfer-Encoding: base64\n\n!!!\n--x--\n",
	 "plain", "damaged base64 part"},
	{"Content-Type: multipart/alternative; boundary=x\n\n"
	 "--x\nContent-Type: text/html\n\n<p>first</p>\n"
	 "--x\nContent-Type: text/plain\n\nplain\n"
	 "--x\nContent-Type: text/html\n\n<p>last</p>\n--x--\n",
	 "plain", NULL},
	{"Content-Type: multipart/alternative; boundary=x\n\n"
	 "--x\nContent-Type: text/plain\n\nplain\n"
	 "--x\nContent-Type: multipart/related; boundary=y\n\n"
	 "--y\nContent-Type: text/html\n\n<p>html</p>\n--y--\n--x--\n",
	 "plain", NULL},
	{"Content-Type: multipart/mixed; boundary=x\n\n"
	 "--x\nContent-Type: text/plain\n\nplain\n"
	 "--x\nContent-Type: text/html\n\n<p>html</p>\n--x--\n",
	 "plain\n\nhtml", NULL},	/* mixed: both */
};

START_TEST(test_walk_later_html)
{
	struct strlist w = {0};
	char *t = walk(later_html[_i].msg, &w);

	ck_assert_str_eq(t, later_html[_i].text);
	if (later_html[_i].warning == NULL)
		ck_assert_uint_eq(w.n, 0);
	else
		ck_assert(strlist_contains(&w, later_html[_i].warning));
	free(t);
	strlist_free(&w);
}
END_TEST

START_TEST(test_walk_html_only)
{
	struct strlist w = {0};
	char *t = walk("Content-Type: text/html; charset=utf-8\n\n"
		       "<html><head><title>T</title><style>x{}</style></head>"
		       "<body><p>One</p><script>bad()</script><div>Two "
		       "<b>three</b></div>&amp;</body></html>",
		       &w);

	ck_assert_str_eq(t, "One\nTwo three\n&");
	free(t);
	strlist_free(&w);
}
END_TEST

START_TEST(test_walk_missing_boundary)
{
	struct strlist w = {0};
	char *t = walk("Content-Type: multipart/mixed\n\nbody text\n", &w);

	ck_assert_str_eq(t, "body text\n");
	ck_assert_msg(w.n == 1 && strstr(w.v[0], "boundary"), "warning: %s",
		      w.n ? w.v[0] : "none");
	free(t);
	strlist_free(&w);
}
END_TEST

START_TEST(test_walk_truncated)
{
	struct strlist w = {0};
	char *t = walk("Content-Type: multipart/mixed; boundary=q\n\n"
		       "--q\nContent-Type: text/plain\n\nfirst\n--q\n"
		       "Content-Type: text/plain\n\nsecond, cut",
		       &w);

	ck_assert_str_eq(t, "first\n\nsecond, cut");
	ck_assert_msg(w.n == 1 && strstr(w.v[0], "truncated"), "warning: %s",
		      w.n ? w.v[0] : "none");
	free(t);
	strlist_free(&w);
}
END_TEST

/* 100 nested multiparts: pruned at the depth bound, no crash. */
START_TEST(test_walk_deep)
{
	struct buf b = {0};
	struct strlist w = {0};
	char *t;

	buf_puts(&b, "Content-Type: multipart/mixed; boundary=b0\n\n");
	for (int i = 0; i < 100; i++)
		buf_printf(&b, "--b%d\nContent-Type: multipart/mixed; "
			       "boundary=b%d\n\n",
			   i, i + 1);
	buf_puts(&b, "--b100\nContent-Type: text/plain\n\ndeep\n");
	t = walk(b.s, &w);
	ck_assert_str_eq(t, "");
	ck_assert_msg(strlist_contains(&w, "mime nesting too deep, parts skipped"),
		      "no depth warning");
	free(t);
	buf_free(&b);
	strlist_free(&w);
}
END_TEST

UNIT_SUITE(mime,
	UNIT_ROWS(test_qp, qp_cases),
	UNIT_ROWS(test_base64, b64_cases),
	UNIT_ROWS(test_words, words_cases),
	UNIT_ROWS(test_param, param_cases),
	UNIT_TEST(test_type),
	UNIT_TEST(test_walk_alternative_prefers_plain),
	UNIT_TEST(test_walk_html_only),
	UNIT_ROWS(test_walk_later_html, later_html),
	UNIT_TEST(test_walk_missing_boundary),
	UNIT_TEST(test_walk_truncated),
	UNIT_TEST(test_walk_deep))
