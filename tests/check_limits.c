/* check_limits.c - every bound on input (docs/limits.md) crossed once:
 * what is kept, what is cut, which warning says so, and that nothing
 * hangs or overflows on the way. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "analyze.h"
#include "charset.h"
#include "deadline.h"
#include "html.h"
#include "html_export.h"
#include "json_export.h"
#include "reader.h"
#include "match.h"
#include "mbox.h"
#include "mime.h"
#include "chat_text.h"
#include "eml.h"
#include "report.h"
#include "rfc822.h"
#include "suite.h"
#include "walk.h"

#define ROWS(t) ((int)(sizeof(t) / sizeof(t[0])))
#define FFFD "\xef\xbf\xbd"
#define MiB ((size_t)1 << 20)
#define READ_LIMIT ((size_t)512 << 20) /* walk.c's READ_MAX */
#define SLOW_SECONDS 20.0 /* generous: sanitizer builds are slow */

static double
seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	       (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* True when some string of l holds every one of the needles. */
static bool
warned(const struct strlist *l, const char *a, const char *b)
{
	for (size_t i = 0; i < l->n; i++)
		if (strstr(l->v[i], a) && (!b || strstr(l->v[i], b)))
			return true;
	return false;
}

static char *
repeat(const char *s, size_t n)
{
	size_t k = strlen(s);
	char *p = xmalloc(k * n + 1);

	for (size_t i = 0; i < n; i++)
		memcpy(p + i * k, s, k);
	p[k * n] = '\0';
	return p;
}

#define MAIL_HEAD                                                       \
	"From: Support <support@example.com>\nTo: me@example.org\n"     \
	"Subject: limits\nDate: Fri, 20 Nov 2026 10:00:00 +0300\n"      \
	"MIME-Version: 1.0\n"

/* --- the largest message and file ----------------------------------- */

/* An mbox whose second message is above the bound: skipped, named. */
START_TEST(test_mbox_message_size)
{
	struct buf in = {0}, msg = {0};
	struct strlist warn = {0};
	struct mbox_reader *r;
	char *big = repeat("x", 4000);
	size_t n = 0;
	FILE *f;

	buf_printf(&in, "From a@b Fri Nov 20 10:00:00 2026\n" MAIL_HEAD
			"\none\n\n");
	buf_printf(&in, "From a@b Fri Nov 20 10:00:00 2026\n" MAIL_HEAD
			"\n%s\n\n", big);
	buf_printf(&in, "From a@b Fri Nov 20 10:00:00 2026\n" MAIL_HEAD
			"\nthree\n");
	f = fmemopen(in.s, in.len, "r");
	ck_assert_ptr_nonnull(f);
	r = mbox_open(f, "big.mbox");
	mbox_set_max_message(r, 1024);
	while (mbox_next(r, &msg, &warn) == 1)
		n++;
	ck_assert_uint_eq(n, 2);
	ck_assert_msg(warned(&warn, "message 2 larger than 1024 bytes",
			     "skipped"),
		      "%s", warn.n ? warn.v[0] : "no warning");
	mbox_close(r);
	fclose(f);
	buf_free(&in);
	buf_free(&msg);
	strlist_free(&warn);
	free(big);
}
END_TEST

/* A file above the read bound is refused before it is read (a sparse
 * file: nothing is written to the disk). */
START_TEST(test_file_too_large)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : P_tmpdir;
	char *path = xasprintf("%s/escalate-limits-XXXXXX", dir), *err = NULL;
	size_t len = 1;
	int fd = mkstemp(path);
	char *data;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)READ_LIMIT + 1), 0);
	close(fd);
	data = read_file(path, &len, &err);
	unlink(path);
	free(path);
	ck_assert_ptr_null(data);
	ck_assert_str_eq(err, "file too large");
	free(err);
}
END_TEST

/* --- the longest line ----------------------------------------------- */

/* A 20 MB chat line is one message, read whole; matching looks at its
 * first MATCH_SUBJECT_MAX bytes and returns quickly. */
START_TEST(test_long_line)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct buf in = {0};
	size_t big = 20 * MiB;
	char *line = repeat("a", big);

	buf_printf(&in, "[20.11.2026, 10:00:00] Support: %s\n"
			"[20.11.2026, 10:01:00] Me: ok\n", line);
	ck_assert_int_eq(chat_read("long.txt", FMT_WHATSAPP, in.s, in.len, &out,
				   &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_uint_eq(out.v[0]->n_msgs, 2);
	ck_assert_uint_eq(strlen(out.v[0]->msgs[0].text), big);
	ck_assert_str_eq(out.v[0]->msgs[1].text, "ok");
	conv_list_free(&out);
	strlist_free(&warn);
	buf_free(&in);
	free(line);
}
END_TEST

static const char ticket_pat[] =
	"pattern t.ticket\ntype ticket\nregex TK-(?<id>[0-9]{3,8})\n"
	"pattern t.slow\ntype template\nregex x(?:a+)+$\n";

struct lset {
	struct patset ps;
	struct matcher *m;
};

static void
lset_load(struct lset *l)
{
	char *err = NULL;

	memset(l, 0, sizeof(*l));
	ck_assert_msg(patset_load_buffer(&l->ps, "limits.pat", ticket_pat,
					 strlen(ticket_pat), &err) == 0 &&
			      patset_compile(&l->ps, &err) == 0,
		      "%s", err ? err : "?");
	l->m = matcher_new(&l->ps);
}

static void
lset_free(struct lset *l)
{
	matcher_free(l->m);
	patset_free(&l->ps);
}

static const struct {
	size_t at; /* where the ticket stands */
	size_t hits;
} subject_rows[] = {
	{0, 1},
	{MATCH_SUBJECT_MAX - 16, 1},
	{MATCH_SUBJECT_MAX + 1, 0},
	{4 * MiB, 0},
};

START_TEST(test_subject_cut)
{
	struct hitlist hits = {0};
	struct strlist warn = {0};
	size_t at = subject_rows[_i].at;
	char *text = repeat(" ", at + 32);
	struct lset l;

	memcpy(text + at, "TK-12345", 8);
	lset_load(&l);
	matcher_scan(l.m, text, strlen(text), 1u << PAT_TICKET, &hits, &warn);
	ck_assert_uint_eq(hits.n, subject_rows[_i].hits);
	hitlist_free(&hits);
	strlist_free(&warn);
	lset_free(&l);
	free(text);
}
END_TEST

/* --- PCRE2 match and depth limits ----------------------------------- */

/* Catastrophic backtracking: the pattern stops with a warning naming it;
 * the run goes on in bounded time. */
START_TEST(test_match_limit)
{
	struct hitlist hits = {0};
	struct strlist warn = {0};
	char *text = repeat("a", 40), *s = xasprintf("TK-123 x%s!", text);
	struct timespec t0;
	struct lset l;
	int limited;

	lset_load(&l);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	limited = matcher_scan(l.m, s, strlen(s), ~0u, &hits, &warn);
	ck_assert_double_lt(seconds_since(&t0), SLOW_SECONDS);
	ck_assert_int_eq(limited, 1);
	ck_assert_msg(warned(&warn, "pattern t.slow", "limit"), "%s",
		      warn.n ? warn.v[0] : "no warning");
	ck_assert_uint_eq(hits.n, 1); /* the ticket is still found */
	hitlist_free(&hits);
	strlist_free(&warn);
	lset_free(&l);
	free(text);
	free(s);
}
END_TEST

/* Through the analysis the warning names the pattern (the run adds the
 * input's path). SPEC wants the message too: analyze.c passes the
 * matcher's warning on without the message number (reported on issue 8);
 * tighten the needle to "message 2" when it does. */
START_TEST(test_match_limit_message)
{
	struct conversation *c = conversation_new("slow.txt", FMT_CHATLOG);
	struct analyze_opts o = {.cal = NULL};
	struct strlist warn = {0};
	char *text = repeat("a", 40);
	struct message *m;
	struct lset l;

	time_parse_iso("2026-11-28T12:00:00+03:00", &o.now);
	lset_load(&l);
	for (int i = 0; i < 2; i++) {
		m = conversation_add_message(c);
		m->role = ROLE_AGENT;
		m->time = o.now;
		m->text = i ? xasprintf("x%s!", text) : xstrdup("hello");
	}
	analyze_conversation(c, l.m, &o, &warn);
	ck_assert_msg(warned(&warn, "pattern t.slow", "limit"), "%s",
		      warn.n ? warn.v[0] : "no warning");
	/* the warning names the message that hit the limit: the second */
	ck_assert_msg(warned(&warn, "message 2: ", "t.slow"), "%s",
		      warn.n ? warn.v[0] : "no warning");
	ck_assert_msg(!warned(&warn, "message 1: ", "t.slow"), "%s",
		      warn.v[0]);
	conversation_free(c);
	strlist_free(&warn);
	lset_free(&l);
	free(text);
}
END_TEST

/* --- MIME nesting and parts ----------------------------------------- */

/* A message whose text part is inside 'depth' nested multiparts. */
static char *
nested_mail(int depth)
{
	struct buf b = {0};

	buf_puts(&b, MAIL_HEAD "Content-Type: multipart/mixed; boundary=b0\n\n");
	for (int i = 1; i < depth; i++)
		buf_printf(&b, "--b%d\nContent-Type: multipart/mixed; "
			       "boundary=b%d\n\n",
			   i - 1, i);
	buf_printf(&b, "--b%d\nContent-Type: text/plain\n\nthe deep text\n",
		   depth - 1);
	for (int i = depth - 1; i >= 0; i--)
		buf_printf(&b, "--b%d--\n", i);
	return buf_steal(&b);
}

static const struct {
	int depth;
	bool kept;
} depth_rows[] = {
	{1, true},
	{MIME_MAX_DEPTH, true},
	{MIME_MAX_DEPTH + 1, false},
	{5000, false},
};

START_TEST(test_mime_depth)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *mail = nested_mail(depth_rows[_i].depth);
	const char *text;

	ck_assert_int_eq(eml_read("deep.eml", mail, strlen(mail), &out, &warn),
			 0);
	ck_assert_uint_eq(out.n, 1);
	text = out.v[0]->msgs[0].text;
	ck_assert_msg((strstr(text, "the deep text") != NULL) ==
			      depth_rows[_i].kept,
		      "depth %d: text '%.60s'", depth_rows[_i].depth, text);
	ck_assert(warned(&warn, "mime nesting too deep", NULL) ==
		  !depth_rows[_i].kept);
	conv_list_free(&out);
	strlist_free(&warn);
	free(mail);
}
END_TEST

/* multipart/mixed with n inline text parts "<k>." */
static char *
many_parts(size_t n)
{
	struct buf b = {0};

	buf_puts(&b, MAIL_HEAD "Content-Type: multipart/mixed; boundary=p\n\n");
	for (size_t k = 1; k <= n; k++)
		buf_printf(&b, "--p\nContent-Type: text/plain\n\n<%zu>.\n", k);
	buf_puts(&b, "--p--\n");
	return buf_steal(&b);
}

START_TEST(test_mime_parts)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *mail = many_parts(MIME_MAX_PARTS + 10);
	char last[32], over[32];
	const char *text;

	snprintf(last, sizeof(last), "<%d>.", MIME_MAX_PARTS);
	snprintf(over, sizeof(over), "<%d>.", MIME_MAX_PARTS + 1);
	ck_assert_int_eq(eml_read("parts.eml", mail, strlen(mail), &out, &warn),
			 0);
	text = out.v[0]->msgs[0].text;
	ck_assert_ptr_nonnull(strstr(text, "<1>."));
	ck_assert_ptr_nonnull(strstr(text, last));
	ck_assert_ptr_null(strstr(text, over));
	ck_assert_msg(warned(&warn, "parts", "ignored"), "%s",
		      warn.n ? warn.v[0] : "no warning");
	conv_list_free(&out);
	strlist_free(&warn);
	free(mail);
}
END_TEST

/* --- header count and size ------------------------------------------ */

START_TEST(test_header_count)
{
	struct rfc822_headers h = {0};
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct buf b = {0};
	size_t body;

	buf_puts(&b, MAIL_HEAD);
	for (int i = 0; i < RFC822_MAX_HEADERS + 100; i++)
		buf_printf(&b, "X-Filler-%d: v\n", i);
	buf_puts(&b, "\nbody text\n");
	ck_assert_uint_eq(rfc822_parse(b.s, b.len, &h, &body),
			  RFC822_MAX_HEADERS);
	ck_assert(h.truncated);
	ck_assert_str_eq(rfc822_get(&h, "Subject"), "limits");
	rfc822_free(&h);
	ck_assert_int_eq(eml_read("headers.eml", b.s, b.len, &out, &warn), 0);
	ck_assert(warned(&warn, "header block too large", NULL));
	ck_assert_ptr_nonnull(strstr(out.v[0]->msgs[0].text, "body text"));
	conv_list_free(&out);
	strlist_free(&warn);
	buf_free(&b);
}
END_TEST

START_TEST(test_header_size)
{
	struct rfc822_headers h = {0};
	char *big = repeat("s", 3 * RFC822_MAX_VALUE), *mail;
	size_t body;

	mail = xasprintf("From: a@example.com\nSubject: %s\n\nbody\n", big);
	rfc822_parse(mail, strlen(mail), &h, &body);
	ck_assert(h.truncated);
	ck_assert_uint_le(strlen(rfc822_get(&h, "Subject")), RFC822_MAX_VALUE);
	ck_assert_str_eq(mail + body, "body\n");
	rfc822_free(&h);
	free(mail);
	free(big);
}
END_TEST

/* --- JSON and HTML nesting ------------------------------------------ */

static const struct {
	size_t depth;
	bool refused;
} json_rows[] = {
	{JSON_MAX_DEPTH - 1, false},
	{JSON_MAX_DEPTH, false},
	{JSON_MAX_DEPTH + 1, true},
	{200000, true},
};

/* A Telegram export whose one message text sits 'depth' brackets deep
 * (counting the document's own object and messages array). */
START_TEST(test_json_depth)
{
	size_t depth = json_rows[_i].depth, inner = depth - 3;
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *open = repeat("[", inner), *close = repeat("]", inner), *doc;

	doc = xasprintf("{\"name\":\"x\",\"type\":\"personal_chat\",\"id\":1,"
			"\"messages\":[{\"id\":1,\"type\":\"message\","
			"\"date\":\"2026-11-20T10:00:00\",\"from\":\"A\","
			"\"text\":\"hi\",\"x\":%s%s}]}",
			open, close);
	ck_assert(json_too_deep(doc, strlen(doc), JSON_MAX_DEPTH) ==
		  json_rows[_i].refused);
	reader_read("deep.json", FMT_TELEGRAM_JSON, doc, strlen(doc), &out,
		    &warn);
	ck_assert(warned(&warn, "nested deeper", "not read") ==
		  json_rows[_i].refused);
	ck_assert_uint_eq(out.n, json_rows[_i].refused ? 0 : 1);
	conv_list_free(&out);
	strlist_free(&warn);
	free(open);
	free(close);
	free(doc);
}
END_TEST

/* libxml2's HTML parser stops at HTML_PARSER_DEPTH nested elements: the
 * text before that point is kept, the parse ends there in linear time
 * (lifting the bound with XML_PARSE_HUGE makes unmatched end tags
 * quadratic). 200,000 levels: no crash, no recursion, no hang. */
#define HTML_PARSER_DEPTH 256

static const struct {
	int depth;
	bool kept;
} html_rows[] = {
	{HTML_PARSER_DEPTH - 10, true},
	{HTML_PARSER_DEPTH + 10, false},
	{200000, false},
};

START_TEST(test_html_depth)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *open = repeat("<div>", (size_t)html_rows[_i].depth);
	char *close = repeat("</span>", (size_t)html_rows[_i].depth);
	char *doc = xasprintf("<html><body><p>before</p>%sthe deep text%s",
			      open, close);
	char *text;
	struct timespec t0;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	text = html_to_text(doc, strlen(doc), "utf-8");
	ck_assert_ptr_nonnull(strstr(text, "before"));
	ck_assert((strstr(text, "the deep text") != NULL) == html_rows[_i].kept);
	html_page_read("deep.html", doc, strlen(doc), &out, &warn);
	conv_list_free(&out);
	tg_html_read("deep.html", doc, strlen(doc), &out, &warn);
	conv_list_free(&out);
	ck_assert_double_lt(seconds_since(&t0), SLOW_SECONDS);
	strlist_free(&warn);
	free(text);
	free(doc);
	free(open);
	free(close);
}
END_TEST

/* Entities are never expanded from a DTD, external ones never loaded. */
START_TEST(test_entity_bomb)
{
	struct buf b = {0};
	char *text;

	buf_puts(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
		     "<!ENTITY lol \"lol\">\n"
		     "<!ENTITY ext SYSTEM \"file:///etc/passwd\">\n");
	for (int i = 1; i <= 9; i++) {
		buf_printf(&b, "<!ENTITY lol%d \"", i);
		for (int k = 0; k < 10; k++)
			buf_printf(&b, i == 1 ? "&lol;" : "&lol%d;", i - 1);
		buf_puts(&b, "\">\n");
	}
	buf_puts(&b, "]>\n<html><body><p>&lol9; &ext; end</p></body></html>\n");
	text = html_to_text(b.s, b.len, NULL);
	ck_assert_uint_lt(strlen(text), 4096);
	ck_assert_ptr_null(strstr(text, "lollollol"));
	ck_assert_ptr_null(strstr(text, "root:"));
	ck_assert_ptr_nonnull(strstr(text, "end"));
	free(text);
	buf_free(&b);
}
END_TEST

/* --- integer overflow in dates and numbers --------------------------- */

static const struct {
	const char *expr, *n, *unit;
	const char *day, *month, *year;
} overflow_rows[] = {
	{"days", "99999999999", NULL, NULL, NULL, NULL},
	{"workdays", "99999999999", NULL, NULL, NULL, NULL},
	{"hours", "99999999999999999999999", NULL, NULL, NULL, NULL},
	{"minutes", "9223372036854775807", NULL, NULL, NULL, NULL},
	{"weeks", "4294967297", NULL, NULL, NULL, NULL},
	{"months", "2147483648", NULL, NULL, NULL, NULL},
	{NULL, "99999999999", "days", NULL, NULL, NULL},
	{NULL, "99999999999", "дней", NULL, NULL, NULL},
	{"date", NULL, NULL, "31", "12", "99999999999"},
	{"date", NULL, NULL, "99999999999", "12", "2026"},
	{"date", NULL, NULL, "31", "99999999999", "2026"},
};

static void
set_group(struct dl_expr *e, enum dl_group g, const char *s)
{
	e->g[g] = s;
	e->glen[g] = s ? strlen(s) : 0;
}

/* Absurd numbers are refused (or vague): never a wrapped due date. */
START_TEST(test_deadline_overflow)
{
	struct esc_time made, due = {0};
	struct calendar *cal = calendar_new();
	struct dl_expr e = {.expr = overflow_rows[_i].expr};
	bool vague = false, ok;

	time_parse_iso("2026-11-20T10:00:00+03:00", &made);
	set_group(&e, DLG_N, overflow_rows[_i].n);
	set_group(&e, DLG_UNIT, overflow_rows[_i].unit);
	set_group(&e, DLG_DAY, overflow_rows[_i].day);
	set_group(&e, DLG_MONTH, overflow_rows[_i].month);
	set_group(&e, DLG_YEAR, overflow_rows[_i].year);
	ok = deadline_resolve(&e, made, cal, false, &due, &vague);
	ck_assert_msg(!ok || vague, "row %d resolved to t=%lld", _i,
		      (long long)due.t);
	calendar_free(cal);
}
END_TEST

START_TEST(test_number_overflow)
{
	static const char *const big[] = {
		"99999999999999999999999", "9223372036854775808",
		"18446744073709551616",
	};
	char *words = repeat("thousand ", 40);

	for (int i = 0; i < ROWS(big); i++) {
		long v = deadline_number(big[i], strlen(big[i]), NULL);

		ck_assert_msg(v < 0 || v <= 99999999999L, "%s -> %ld", big[i],
			      v);
	}
	ck_assert_int_lt(deadline_number(words, strlen(words), NULL), 0);
	free(words);
}
END_TEST

/* "within 99999999999 days" in a chat: analyzed, no absurd due date. */
START_TEST(test_overflow_in_chat)
{
	static const char chat[] =
		"[20.11.2026, 10:00:00] Support: We will reply within "
		"99999999999 days.\n"
		"[20.11.2026, 10:01:00] Support: Мы ответим в течение "
		"99999999999 рабочих дней.\n"
		"[20.11.2026, 10:02:00] Support: We will call you on "
		"31.12.99999999999.\n"
		"[31.12.99999999999, 10:03:00] Me: hello\n";
	struct analyze_opts o = {.cal = NULL};
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct matcher *m;
	struct patset ps = {0};
	char *err = NULL;

	time_parse_iso("2026-11-28T12:00:00+03:00", &o.now);
	ck_assert(patset_load_builtin(&ps, "ru,en", &err) == 0 &&
		  patset_compile(&ps, &err) == 0);
	m = matcher_new(&ps);
	chat_read("big.txt", FMT_WHATSAPP, chat, strlen(chat), &out, &warn);
	ck_assert_uint_eq(out.n, 1);
	analyze_conversation(out.v[0], m, &o, &warn);
	for (size_t i = 0; i < out.v[0]->n_findings; i++) {
		const struct finding *f = &out.v[0]->findings[i];
		struct civil cv;

		if (f->type != FIND_DEADLINE || !f->due.set)
			continue;
		time_to_civil(f->due, &cv);
		ck_assert_msg(cv.year >= 2026 && cv.year <= 2040,
			      "finding %zu due in %d", i, cv.year);
	}
	conv_list_free(&out);
	strlist_free(&warn);
	matcher_free(m);
	patset_free(&ps);
}
END_TEST

static const char *const bad_times[] = {
	"99999999999-01-01",
	"2026-99999999999-01",
	"-9223372036854775808-01-01",
	"2026-11-28T99999999999:00",
	"2026-11-28T12:00:00+99999999999:00",
};

START_TEST(test_time_overflow)
{
	struct esc_time t = {0};
	struct civil cv;

	if (time_parse_iso(bad_times[_i], &t)) {
		time_to_civil(t, &cv);
		ck_assert_msg(cv.year > 0 && cv.year < 10000, "%s -> year %d",
			      bad_times[_i], cv.year);
	}
	rfc822_date("Fri, 20 Nov 99999999999 10:00:00 +0300", &t);
	rfc822_date("Fri, 99999999999 Nov 2026 99999999999:00:00 +99999", &t);
}
END_TEST

/* --- time bounds per input ------------------------------------------ */

/* A 2 MB chat of long messages full of near-misses goes through the
 * readers and every built-in pattern in bounded time. */
START_TEST(test_time_bound)
{
	struct analyze_opts o = {.cal = NULL};
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct patset ps = {0};
	struct timespec t0;
	struct buf in = {0};
	char *err = NULL, *body;
	struct matcher *m;

	body = repeat("в течение 3 рабочих within 3 business № # ticket ", 400);
	for (int i = 0; i < 100; i++)
		buf_printf(&in, "[20.11.2026, 10:%02d:00] %s: %s\n", i % 60,
			   i % 2 ? "Me" : "Support", body);
	time_parse_iso("2026-11-28T12:00:00+03:00", &o.now);
	ck_assert(patset_load_builtin(&ps, "ru,en", &err) == 0 &&
		  patset_compile(&ps, &err) == 0);
	m = matcher_new(&ps);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	chat_read("slow.txt", FMT_WHATSAPP, in.s, in.len, &out, &warn);
	ck_assert_uint_eq(out.n, 1);
	analyze_conversation(out.v[0], m, &o, &warn);
	ck_assert_double_lt(seconds_since(&t0), SLOW_SECONDS);
	conv_list_free(&out);
	strlist_free(&warn);
	matcher_free(m);
	patset_free(&ps);
	buf_free(&in);
	free(body);
}
END_TEST

/* --- safe output: JSON escapes every byte ---------------------------- */

static const char *
first_sender(json_t *conv)
{
	json_t *m = json_array_get(json_object_get(conv, "messages"), 0);

	return json_string_value(
		json_object_get(json_object_get(m, "sender"), "name"));
}

/* A sender name "a<b>z" for every byte b: the jsonl line is valid UTF-8
 * with no raw control byte; it reads back as the same name, a byte that
 * is not UTF-8 on its own as U+FFFD. */
START_TEST(test_json_every_byte)
{
	struct conversation *c = conversation_new("bytes.txt", FMT_CHATLOG);
	unsigned char b = (unsigned char)_i;
	char name[4] = {'a', (char)b, 'z', '\0'}, *line = NULL;
	struct message *m = conversation_add_message(c);
	size_t len = 0;
	json_error_t err;
	json_t *o;
	FILE *f = open_memstream(&line, &len);

	m->sender_name = xstrdup(name);
	m->role = ROLE_AGENT;
	ck_assert_int_eq(report_jsonl_line(f, c), 0);
	fclose(f);
	ck_assert(utf8_valid(line, len));
	for (size_t i = 0; i + 1 < len; i++)
		ck_assert_msg((unsigned char)line[i] >= 0x20,
			      "byte %#x: raw control byte in '%s'", b, line);
	o = json_loads(line, 0, &err);
	ck_assert_msg(o != NULL, "byte %#x: %s", b, err.text);
	ck_assert_str_eq(first_sender(o), b < 0x80 ? name : "a" FFFD "z");
	json_decref(o);
	free(line);
	conversation_free(c);
}
END_TEST

UNIT_SUITE_LIMIT(limits, 120,
	UNIT_TEST(test_mbox_message_size),
	UNIT_TEST(test_file_too_large),
	UNIT_TEST(test_long_line),
	UNIT_ROWS(test_subject_cut, subject_rows),
	UNIT_TEST(test_match_limit),
	UNIT_TEST(test_match_limit_message),
	UNIT_ROWS(test_mime_depth, depth_rows),
	UNIT_TEST(test_mime_parts),
	UNIT_TEST(test_header_count),
	UNIT_TEST(test_header_size),
	UNIT_ROWS(test_json_depth, json_rows),
	UNIT_ROWS(test_html_depth, html_rows),
	UNIT_TEST(test_entity_bomb),
	UNIT_ROWS(test_deadline_overflow, overflow_rows),
	UNIT_TEST(test_number_overflow),
	UNIT_TEST(test_overflow_in_chat),
	UNIT_ROWS(test_time_overflow, bad_times),
	UNIT_TEST(test_time_bound),
	UNIT_LOOP(test_json_every_byte, 1, 256))
