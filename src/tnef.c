/* tnef.c - TNEF streams (winmail.dat): our bounds check, then libytnef
 * for the attributes and MAPI properties. */
#include "tnef.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ytnef.h>

#include "charset.h"
#include "html.h"
#include "isolate.h"
#include "outlook.h"
#include "eml.h"
#include "rtf.h"

#define TNEF_SIG 0x223e9f78u
#define TNEF_LVL_MESSAGE 1
#define TNEF_LVL_ATTACHMENT 2
#define TNEF_ATT_MAPI 0x00069003u
#define TNEF_ATT_RECIPS 0x00069004u
#define TNEF_ATT_ATTACHMENT 0x00069005u
#define FORWARD_LINE "---------- Forwarded message ----------\n"

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint16_t
rd16(const unsigned char *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

bool
tnef_signature(const char *data, size_t len)
{
	return len >= 4 && rd32((const unsigned char *)data) == TNEF_SIG;
}

/* ---- the bounds check ---- */

/* Bytes of one value of a fixed-size MAPI type, padded to 4; 0 for a
 * type we do not know. */
static size_t
fixed_size(unsigned type)
{
	switch (type) {
	case 0x02: case 0x03: case 0x04: case 0x0a: case 0x0b:
		return 4;
	case 0x05: case 0x06: case 0x07: case 0x14: case 0x40:
		return 8;
	case 0x48:
		return 16;
	default:
		return 0;
	}
}

static bool
variable_type(unsigned type)
{
	return type == 0x1e || type == 0x1f || type == 0x102 || type == 0x0d;
}

/* A reader over one attribute's bytes: need() fails past the end. */
struct span {
	const unsigned char *p;
	size_t left;
};

static bool
take(struct span *s, size_t n, const unsigned char **at)
{
	if (n > s->left)
		return false;
	if (at)
		*at = s->p;
	s->p += n;
	s->left -= n;
	return true;
}

static size_t
pad4(size_t n)
{
	return n > SIZE_MAX - 3 ? SIZE_MAX : (n + 3) & ~(size_t)3;
}

static const char *
check_name(struct span *s)
{
	const unsigned char *q;
	uint32_t kind;

	if (!take(s, 20, &q))
		return "tnef: property name cut short";
	kind = rd32(q + 16);
	if (kind == 0)
		return take(s, 4, NULL) ? NULL : "tnef: property name cut short";
	if (kind != 1 || !take(s, 4, &q))
		return "tnef: bad property name";
	return take(s, pad4(rd32(q)), NULL) ? NULL
					    : "tnef: property name longer than its block";
}

static const char *
check_values(struct span *s, unsigned type)
{
	bool mv = type & 0x1000;
	unsigned base = type & ~0x1000u;
	const unsigned char *q;
	uint32_t n = 1;

	if (!variable_type(base) && !fixed_size(base))
		return "tnef: unknown mapi property type";
	if (mv || variable_type(base)) {
		if (!take(s, 4, &q))
			return "tnef: property cut short";
		n = rd32(q);
		if (n > TNEF_MAX_VALUES)
			return "tnef: absurd number of property values";
	}
	for (uint32_t i = 0; i < n; i++) {
		size_t size = fixed_size(base);

		if (variable_type(base)) {
			if (!take(s, 4, &q))
				return "tnef: property cut short";
			size = pad4(rd32(q));
		}
		if (!take(s, size, NULL))
			return "tnef: property value longer than its block";
	}
	return NULL;
}

/* One MAPI property list; s is left after it. */
static const char *
check_props(struct span *s)
{
	const unsigned char *q;
	uint32_t count;
	const char *bad;

	if (!take(s, 4, &q))
		return "tnef: mapi block cut short";
	count = rd32(q);
	if (count > TNEF_MAX_PROPS)
		return "tnef: absurd number of mapi properties";
	for (uint32_t i = 0; i < count; i++) {
		unsigned type, id;

		if (!take(s, 4, &q))
			return "tnef: mapi block cut short";
		type = rd16(q), id = rd16(q + 2);
		if (id >= 0x8000 && (bad = check_name(s)))
			return bad;
		if ((bad = check_values(s, type)))
			return bad;
	}
	return NULL;
}

/* The recipient table: a row count, then a property list per row. */
static const char *
check_recipients(struct span *s)
{
	const unsigned char *q;
	uint32_t rows;
	const char *bad;

	if (!take(s, 4, &q))
		return "tnef: recipient table cut short";
	rows = rd32(q);
	if (rows > TNEF_MAX_PROPS)
		return "tnef: absurd number of recipients";
	for (uint32_t i = 0; i < rows; i++)
		if ((bad = check_props(s)))
			return bad;
	return NULL;
}

static const char *
check_attribute(uint32_t id, const unsigned char *d, size_t n)
{
	struct span s = {d, n};

	if (id == TNEF_ATT_MAPI || id == TNEF_ATT_ATTACHMENT)
		return check_props(&s);
	if (id == TNEF_ATT_RECIPS)
		return check_recipients(&s);
	return NULL;
}

const char *
tnef_check(const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	size_t at = 6, n = 0;

	if (len < 6 || !tnef_signature(data, len))
		return "not a tnef stream";
	while (at < len) {
		uint32_t id, size;
		unsigned sum = 0;
		const char *bad;

		if (len - at < 9)
			return "tnef: attribute cut short";
		if (p[at] != TNEF_LVL_MESSAGE && p[at] != TNEF_LVL_ATTACHMENT)
			return "tnef: bad attribute level";
		id = rd32(p + at + 1), size = rd32(p + at + 5);
		at += 9;
		if (size == 0 || size > len - at || len - at - size < 2)
			return "tnef: attribute length beyond the stream";
		for (size_t i = 0; i < size; i++)
			sum += p[at + i];
		if ((sum & 0xffff) != rd16(p + at + size))
			return "tnef: attribute checksum mismatch";
		if ((bad = check_attribute(id, p + at, size)))
			return bad;
		at += size + 2;
		if (++n > TNEF_MAX_ATTRIBUTES)
			return "tnef: too many attributes";
	}
	return NULL;
}

/* ---- reading through libytnef ---- */

static variableLength *
find(MAPIProps *props, unsigned type, unsigned id)
{
	variableLength *v = MAPIFindProperty(props, PROP_TAG(type, id));

	return v == MAPI_UNDEFINED || !v || !v->data || v->size <= 0 ? NULL : v;
}

/* A string property (8-bit in 'cp', or UTF-16) as UTF-8; NULL if none. */
static char *
prop_text(MAPIProps *props, unsigned id, const char *cp)
{
	variableLength *v = find(props, PT_UNICODE, id);

	if (v)
		return charset_to_utf8(v->size >= 2 && v->data[1] == 0
					       ? "UTF-16LE"
					       : "UTF-8",
				       (const char *)v->data,
				       (size_t)v->size & ~(size_t)1, NULL);
	v = find(props, PT_STRING8, id);
	if (!v)
		return NULL;
	return charset_to_utf8(cp, (const char *)v->data,
			       strnlen((const char *)v->data, (size_t)v->size),
			       NULL);
}


static char *
rtf_body(MAPIProps *props, struct strlist *warn)
{
	variableLength *v = find(props, PT_BINARY, PR_RTF_COMPRESSED);

	return v ? rtf_body_text(v->data, (size_t)v->size, warn) : NULL;
}

static char *
html_body(MAPIProps *props, const char *cp)
{
	variableLength *v = find(props, PT_BINARY, PR_BODY_HTML);

	if (!v)
		v = find(props, PT_STRING8, PR_BODY_HTML);
	return v ? html_to_text((const char *)v->data, (size_t)v->size, cp)
		 : NULL;
}

/* The message body: PR_BODY or attBody, else HTML, else RTF. */
static char *
body_of(TNEFStruct *t, const char *cp, struct strlist *warn)
{
	char *s = prop_text(&t->MapiProperties, PR_BODY, cp);

	if (outlook_blank(s) && t->body.data && t->body.size > 0) {
		free(s);
		s = charset_to_utf8(cp, (const char *)t->body.data,
				    strnlen((const char *)t->body.data,
					    (size_t)t->body.size),
				    NULL);
	}
	if (outlook_blank(s)) {
		free(s);
		s = html_body(&t->MapiProperties, cp);
	}
	if (outlook_blank(s)) {
		free(s);
		s = rtf_body(&t->MapiProperties, warn);
	}
	if (outlook_blank(s)) {
		free(s);
		return NULL;
	}
	return s;
}

static void
code_page(MAPIProps *props, char cp[16])
{
	variableLength *v = find(props, PT_LONG, PR_INTERNET_CPID);
	uint32_t n = v && v->size >= 4 ? rd32(v->data) : 0;

	if (n == 65001)
		snprintf(cp, 16, "UTF-8");
	else if (n > 0 && n < 100000)
		snprintf(cp, 16, "CP%u", (unsigned)n);
	else
		snprintf(cp, 16, "CP1252");
}

static void
forward_block(struct buf *b, const char *from, const char *subject,
	      const char *text)
{
	buf_printf(b, "%s%s", b->len ? "\n\n" : "", FORWARD_LINE);
	if (from)
		buf_printf(b, "From: %s\n", from);
	if (subject)
		buf_printf(b, "Subject: %s\n", subject);
	buf_printf(b, "\n%s", text ? text : "");
}

/* An attachment's title (not always NUL-terminated) names an .eml. */
static bool
eml_title(const variableLength *t)
{
	size_t n;

	if (!t->data || t->size <= 0)
		return false;
	n = strnlen((const char *)t->data, (size_t)t->size);
	return n >= 4 && ascii_strncaseeq((const char *)t->data + n - 4, ".eml", 4);
}

/* An attachment that is a message: an embedded TNEF message (its
 * PR_ATTACH_DATA_OBJ holds an IID, then a TNEF stream), a .msg or an
 * .eml file. */
static void
attached_message(struct buf *b, Attachment *a, int depth,
		 struct strlist *warn)
{
	variableLength *v = find(&a->MAPI, PT_OBJECT, PR_ATTACH_DATA_OBJ);
	const char *d = NULL;
	size_t n = 0;
	struct message m = {0};
	char *subject = NULL, *from;
	int rc = -1;

	if (v && v->size > 16 && tnef_signature((const char *)v->data + 16,
						 (size_t)v->size - 16)) {
		char *t = tnef_text_here((const char *)v->data + 16,
				     (size_t)v->size - 16, depth - 1, warn);

		if (t)
			forward_block(b, NULL, NULL, t);
		free(t);
		return;
	}
	if (a->FileData.data && a->FileData.size > 0) {
		d = (const char *)a->FileData.data;
		n = (size_t)a->FileData.size;
	}
	if (d && msg_signature(d, n))
		rc = msg_parse_message(d, n, &m, &subject, depth - 1, warn);
	else if (d && eml_title(&a->Title))
		rc = eml_parse_message(d, n, &m, &subject, warn);
	if (rc == 0) {
		from = m.sender_addr ? m.sender_addr : m.sender_name;
		forward_block(b, from, subject, m.text);
		if (m.quoted)
			buf_printf(b, "\n%s", m.quoted);
	}
	free(subject);
	message_clear(&m);
}

/* The text through libytnef, in this process: only ever in a child
 * (isolate.h) or a fuzzer, and only on a stream tnef_check() passed. */
char *
tnef_text_here(const char *data, size_t len, int depth, struct strlist *warn)
{
	const char *bad = tnef_check(data, len);
	struct buf b = {0};
	TNEFStruct t;
	char cp[16], *body;

	if (bad) {
		strlist_pushf(warn, "winmail.dat not read: %s", bad);
		return NULL;
	}
	if (len > (size_t)LONG_MAX)
		return NULL;
	TNEFInitialize(&t);
	t.Debug = 0; /* TNEFInitialize leaves it unset */
	if (TNEFParseMemory((BYTE *)data, (long)len, &t) < 0) {
		strlist_push(warn, "winmail.dat not read: damaged tnef stream");
		TNEFFree(&t);
		return NULL;
	}
	code_page(&t.MapiProperties, cp);
	body = body_of(&t, cp, warn);
	if (body)
		buf_puts(&b, body);
	free(body);
	for (Attachment *a = t.starting_attach.next; a && depth > 0; a = a->next)
		attached_message(&b, a, depth, warn);
	TNEFFree(&t);
	if (!b.s)
		return NULL;
	body = utf8_sanitize(b.s, b.len);
	buf_free(&b);
	outlook_eol(body);
	return body;
}

/* ---- in a child process ---- */

#define FRAME_TEXT 'T'
#define FRAME_WARN 'W'

void
tnef_child_run(struct isolate_out *o, int argc, char **argv,
	       const char *data, size_t len)
{
	struct strlist warn = {0};
	int depth = argc >= 1 ? atoi(argv[0]) : 0;
	char *t = tnef_text_here(data, len, depth, &warn);

	for (size_t i = 0; i < warn.n; i++)
		isolate_send(o, FRAME_WARN, warn.v[i], strlen(warn.v[i]));
	if (t)
		isolate_send(o, FRAME_TEXT, t, strlen(t));
	free(t);
	strlist_free(&warn);
}

char *
tnef_text(const char *data, size_t len, int depth, struct strlist *warn)
{
	const char *bad = tnef_check(data, len), *trouble;
	char depth_arg[16];
	const char *args[] = {depth_arg, NULL};
	struct isolate iso;
	struct buf b = {0};
	char *text = NULL, type;

	snprintf(depth_arg, sizeof(depth_arg), "%d", depth);
	if (bad || !isolate_start(&iso, "tnef", args, data, len, &bad)) {
		strlist_pushf(warn, "winmail.dat not read: %s", bad);
		return NULL;
	}
	while ((type = isolate_next(&iso, &b)) != 0) {
		if (type == FRAME_WARN) {
			strlist_push(warn, b.s);
		} else if (type == FRAME_TEXT && !text) {
			text = utf8_sanitize(b.s, b.len);
		}
	}
	buf_free(&b);
	if ((trouble = isolate_finish(&iso)) != NULL) {
		strlist_pushf(warn, "winmail.dat not read: its reader %s",
			      trouble);
		free(text);
		text = NULL;
	}
	return text;
}
