/* check_outlook.c - Outlook's formats: compressed RTF and RTF text,
 * .msg files, TNEF inside e-mails, and their damaged variants, on the
 * fixtures of tests/data/outlook (README.md there says how they were
 * made) and literals. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fixture.h"
#include "outlook.h"
#include "reader.h"
#include "rtf.h"
#include "suite.h"
#include "tnef.h"
#include "walk.h"

#define OUT "tests/data/outlook/"
#define OR_NULL(s) ((s) ? (s) : "(null)")
/* [MS-OXRTFCP] 3.1.1: the specification's own example stream. */
static const unsigned char spec_lzfu[] = {
	0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46,
	0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00, 0x72, 0x63,
	0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20, 0x68,
	0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64,
	0x7d, 0x0a, 0x80, 0x0f, 0xa0,
};

START_TEST(test_decompress_spec)
{
	size_t n = 0;
	const char *why = NULL;
	char *s = rtf_decompress(spec_lzfu, sizeof(spec_lzfu), &n, &why);

	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
	ck_assert_uint_eq(n, 43);
	free(s);
}
END_TEST

/* Damaged streams: refused with a reason, or cut where they end. */
START_TEST(test_decompress_damaged)
{
	unsigned char b[sizeof(spec_lzfu)];
	size_t n = 0;
	const char *why = NULL;
	char *s;

	ck_assert_ptr_null(rtf_decompress(spec_lzfu, 10, &n, &why));
	ck_assert_str_eq(why, "compressed rtf: shorter than its header");
	memcpy(b, spec_lzfu, sizeof(b));
	b[8] = 'X'; /* unknown compression type */
	ck_assert_ptr_null(rtf_decompress(b, sizeof(b), &n, &why));
	ck_assert_str_eq(why, "compressed rtf: unknown compression type");
	memcpy(b, spec_lzfu, sizeof(b));
	b[7] = 0x7f; /* a raw size of 2 GiB */
	ck_assert_ptr_null(rtf_decompress(b, sizeof(b), &n, &why));
	ck_assert_str_eq(why, "compressed rtf: body larger than the limit");
	/* cut in the middle: what came out so far */
	s = rtf_decompress(spec_lzfu, 30, &n, &why);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_lt(n, 43);
	ck_assert(strncmp(s, "{\\rtf1\\ansi", 11) == 0);
	free(s);
	/* "MELA": stored uncompressed */
	memcpy(b, "\x10\x00\x00\x00\x04\x00\x00\x00MELA\0\0\0\0{\\a}", 20);
	s = rtf_decompress(b, 20, &n, &why);
	ck_assert_str_eq(s, "{\\a}");
	free(s);
}
END_TEST

/* RTF to text: hand-written documents and what they say. */
static const struct {
	const char *rtf, *want;
	enum rtf_kind kind;
} rtf_rows[] = {
	{"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Hello\\par world\\tab!}",
	 "Hello\nworld\t!", RTF_PLAIN},
	/* \ansicpg and \'hh bytes, \uN with its fallback skipped */
	{"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\u1074?\\'e5\\'f2}",
	 "Привет", RTF_PLAIN},
	{"{\\rtf1 a\\{b\\}c\\\\d\\~e\\emdash f}", "a{b}c\\d\xc2\xa0" "e\xe2\x80\x94" "f",
	 RTF_PLAIN},
	/* optional destinations are skipped, known or not */
	{"{\\rtf1{\\*\\generator Riched20;}{\\*\\unknownthing x}keep}", "keep",
	 RTF_PLAIN},
	/* encapsulated HTML: tags and text outside \htmlrtf */
	{"{\\rtf1\\ansi\\fromhtml1{\\*\\htmltag64 <p>}\\htmlrtf {\\b no}"
	 "\\htmlrtf0 yes{\\*\\htmltag72 </p>}}",
	 "<p>yes</p>", RTF_FROM_HTML},
	{"{\\rtf1\\ansi\\fromtext line\\par next}", "line\nnext",
	 RTF_FROM_TEXT},
	/* a surrogate pair in \u */
	{"{\\rtf1\\uc0\\u-10179\\u-8704}", "\xf0\x9f\x98\x80", RTF_PLAIN},
	/* unbalanced and cut: no crash, what there is */
	{"{\\rtf1 }}}}{{{ok", "ok", RTF_PLAIN},
	{"{\\rtf1 \\'", "", RTF_PLAIN},
};

START_TEST(test_rtf_text)
{
	enum rtf_kind kind;
	const char *in = rtf_rows[_i].rtf;
	char *s = rtf_to_text(in, strlen(in), &kind);

	ck_assert_msg(strcmp(s, rtf_rows[_i].want) == 0, "'%s': got '%s'", in,
		      s);
	ck_assert_int_eq(kind, rtf_rows[_i].kind);
	free(s);
}
END_TEST

/* Nesting far beyond the tracked depth stays bounded and readable. */
START_TEST(test_rtf_deep)
{
	size_t n = 200000;
	char *doc = xmalloc(2 * n + 16), *s;
	enum rtf_kind kind;

	memset(doc, '{', n);
	memcpy(doc + n, "deep", 4);
	memset(doc + n + 4, '}', n);
	s = rtf_to_text(doc, 2 * n + 4, &kind);
	ck_assert_str_eq(s, "deep");
	free(s);
	free(doc);
}
END_TEST

/* Read a fixture through detection and its reader. */
static int
read_path(const char *path, enum input_format *fmt, struct conv_list *out,
	  struct strlist *warn)
{
	return fixture_read(path, "UTC0", fmt, out, warn);
}

/* The fixtures' messages, written by hand from make-fixtures.py. */
static const struct {
	const char *path;
	enum input_format fmt;
	const char *name, *addr, *time, *subject, *msgid, *reply_to;
	const char *text, *quoted_has;
} msg_rows[] = {
	{OUT "msg/support-reply.msg", FMT_OUTLOOK_MSG, "Acme Support",
	 "support@acme.example", "2026-11-20T10:00:00+00:00",
	 "RE: Refund for order 4471 [Case 00918273]", "reply-1@acme.example",
	 "ask-1@me.example",
	 "Hello Anna,\n\nthank you for your patience. Your refund for order "
	 "4471 will be processed within 5 business days.",
	 "Acme Support"},
	/* the body only in compressed RTF around Windows-1251 HTML */
	{OUT "msg/rtf-only.msg", FMT_OUTLOOK_MSG, "Acme Support",
	 "support@acme.example", "2026-11-27T09:30:00+00:00",
	 "RE: Refund for order 4471 [Case 00918273]", "reply-2@acme.example",
	 "reply-1@acme.example",
	 "Мы не можем вернуть деньги.\nCase 00918273 \xe2\x80\x94 &", NULL},
	/* an embedded message storage becomes forwarded history */
	{OUT "msg/forward-with-attached.msg", FMT_OUTLOOK_MSG, "Anna Petrova",
	 "anna@me.example", "2026-11-21T12:00:00+00:00", "FW: Your order 4471",
	 "fw-1@me.example", NULL,
	 "The shop promised delivery by 15 November; see the attached "
	 "message.",
	 "---------- Forwarded message ----------\nFrom: Acme Shop "
	 "<shop@acme.example>\nDate: 2026-11-01T08:00:00+00:00\nSubject: Your "
	 "order 4471\n\nWe will deliver your order on 15 November."},
	/* TNEF: the body from winmail.dat's compressed RTF, the attached
	 * .eml as history */
	{OUT "tnef/claim-winmail.eml", FMT_EML, "Acme Claims",
	 "claims@acme.example", "2026-11-24T11:00:00+00:00",
	 "Your claim [Ticket #55120]", "claim-1@acme.example", NULL,
	 "Dear customer,\n\nWe regret to inform you that we are unable to "
	 "refund the invoice 7781.\nWe will get back to you within 3 business "
	 "days with the details.\n\nTicket #55120",
	 "Subject: Invoice 7781\n\nYour invoice 7781 is attached."},
};

START_TEST(test_messages)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format fmt;
	const struct message *m;
	char when[32];

	ck_assert_int_eq(read_path(msg_rows[_i].path, &fmt, &out, &warn), 0);
	ck_assert_msg(fmt == msg_rows[_i].fmt, "%s: %s", msg_rows[_i].path,
		      format_name(fmt));
	ck_assert_msg(warn.n == 0, "%s: warning '%s'", msg_rows[_i].path,
		      warn.v[0]);
	ck_assert_uint_eq(out.n, 1);
	ck_assert_str_eq(out.v[0]->channel, "email");
	m = &out.v[0]->msgs[0];
	ck_assert_str_eq(OR_NULL(m->sender_name), msg_rows[_i].name);
	ck_assert_str_eq(OR_NULL(m->sender_addr), msg_rows[_i].addr);
	time_format_iso(m->time, when);
	ck_assert_str_eq(when, msg_rows[_i].time);
	ck_assert_str_eq(OR_NULL(m->subject), msg_rows[_i].subject);
	ck_assert_str_eq(OR_NULL(m->message_id), msg_rows[_i].msgid);
	ck_assert_str_eq(OR_NULL(m->in_reply_to), OR_NULL(msg_rows[_i].reply_to));
	ck_assert_str_eq(m->text, msg_rows[_i].text);
	if (msg_rows[_i].quoted_has)
		ck_assert_msg(m->quoted && strstr(m->quoted,
						  msg_rows[_i].quoted_has),
			      "quoted: %s", OR_NULL(m->quoted));
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* Damaged files: a clear warning, no crash; what is readable is read. */
static const struct {
	const char *path;
	int rc;
	const char *warning; /* a warning starting with this */
	const char *text;    /* the text when read, or NULL */
} bad_rows[] = {
	{OUT "hostile/truncated.msg", -1, "damaged ole compound file", NULL},
	/* libolecf would size its FAT from the header: 4.5 GB */
	{OUT "hostile/huge-fat-count.msg", -1,
	 "damaged ole compound file whose tables are larger than the file, "
	 "not read",
	 NULL},
	/* the body's chain points at itself: read to its size, no hang */
	{OUT "hostile/cyclic-fat.msg", 0, "no time the message was sent",
	 NULL},
	{OUT "hostile/huge-property.msg", 0,
	 "a property claims 2147483632 bytes, more than the file", NULL},
	{OUT "hostile/bad-rtf-size.msg", 0,
	 "compressed rtf: body larger than the limit", ""},
	{OUT "hostile/bad-rtf-type.msg", 0,
	 "compressed rtf: unknown compression type", ""},
	{OUT "hostile/tnef-absurd-length.eml", 0,
	 "winmail.dat not read: tnef: attribute length beyond the stream",
	 "See the attachment."},
	{OUT "hostile/tnef-bad-checksum.eml", 0,
	 "winmail.dat not read: tnef: attribute checksum mismatch",
	 "See the attachment."},
};

static bool
has_prefix_in(const struct strlist *l, const char *p)
{
	for (size_t i = 0; i < l->n; i++)
		if (strncmp(l->v[i], p, strlen(p)) == 0)
			return true;
	return false;
}

START_TEST(test_damaged)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format fmt;
	int rc = read_path(bad_rows[_i].path, &fmt, &out, &warn);

	ck_assert_msg(rc == bad_rows[_i].rc, "%s: rc %d", bad_rows[_i].path, rc);
	ck_assert_msg(has_prefix_in(&warn, bad_rows[_i].warning),
		      "%s: no warning '%s' (first: %s)", bad_rows[_i].path,
		      bad_rows[_i].warning, warn.n ? warn.v[0] : "none");
	if (bad_rows[_i].text) {
		ck_assert_uint_eq(out.n, 1);
		ck_assert_str_eq(out.v[0]->msgs[0].text, bad_rows[_i].text);
	}
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

/* The TNEF check on literals: absurd counts and lengths. */
static const struct {
	const char *bytes;
	size_t len;
	const char *want; /* NULL: well-formed */
} tnef_rows[] = {
	{"\x78\x9f\x3e\x22\x01\x01", 6, NULL},
	{"\x78\x9f\x3e\x22", 4, "not a tnef stream"},
	{"\x78\x9f\x3e\x22\x01\x01\x03", 7, "tnef: attribute cut short"},
	{"\x78\x9f\x3e\x22\x01\x01\x07\x04\x80\x00\x00\x01\x00\x00\x00x\x78\x00",
	 18, "tnef: bad attribute level"},
	/* a MAPI block announcing 4 billion properties */
	{"\x78\x9f\x3e\x22\x01\x01\x01\x03\x90\x06\x00\x04\x00\x00\x00"
	 "\xff\xff\xff\xff\xfc\x03",
	 21, "tnef: absurd number of mapi properties"},
	/* one binary property whose value claims 4 GiB */
	{"\x78\x9f\x3e\x22\x01\x01\x01\x03\x90\x06\x00\x10\x00\x00\x00"
	 "\x01\x00\x00\x00\x02\x01\x09\x10\x01\x00\x00\x00\xf0\xff\xff\xff"
	 "\x0b\x04",
	 33, "tnef: property value longer than its block"},
};

START_TEST(test_tnef_check)
{
	const char *got = tnef_check(tnef_rows[_i].bytes, tnef_rows[_i].len);

	ck_assert_str_eq(OR_NULL(got), OR_NULL(tnef_rows[_i].want));
}
END_TEST

/* Detection: by signature, whatever the name. */
START_TEST(test_detect)
{
	enum input_format fmt;
	struct conv_list out = {0};
	struct strlist warn = {0};

	read_path(OUT "tnef/winmail.dat", &fmt, &out, &warn);
	ck_assert_int_ne(fmt, FMT_OUTLOOK_MSG);
	ck_assert(pst_signature("!BDN\x01", 5));
	ck_assert(!pst_signature("!BD", 3));
	ck_assert(msg_signature("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8));
	conv_list_free(&out);
	strlist_free(&warn);
}
END_TEST

UNIT_SUITE(outlook,
	UNIT_TEST(test_decompress_spec),
	UNIT_TEST(test_decompress_damaged),
	UNIT_ROWS(test_rtf_text, rtf_rows),
	UNIT_TEST(test_rtf_deep),
	UNIT_ROWS(test_messages, msg_rows),
	UNIT_ROWS(test_damaged, bad_rows),
	UNIT_ROWS(test_tnef_check, tnef_rows),
	UNIT_TEST(test_detect))
