/* tnef_read.c - the text of a checked TNEF stream through libytnef: its
 * body and the messages attached to it. Runs in a child process
 * (tnef_child_run, isolate.h) or a fuzzer, never in the batch itself. */
#include "tnef.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ytnef.h>

#include "charset.h"
#include "eml.h"
#include "html.h"
#include "isolate.h"
#include "outlook.h"
#include "rtf.h"

#define FORWARD_LINE "---------- Forwarded message ----------\n"

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
	uint32_t n = v && v->size >= 4 ? tnef_le32(v->data) : 0;

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

/* ---- in the child process ---- */

void
tnef_child_run(struct isolate_out *o, int argc, char **argv,
	       const char *data, size_t len)
{
	struct strlist warn = {0};
	int depth = argc >= 1 ? atoi(argv[0]) : 0;
	char *t = tnef_text_here(data, len, depth, &warn);

	for (size_t i = 0; i < warn.n; i++)
		isolate_send(o, TNEF_FRAME_WARN, warn.v[i], strlen(warn.v[i]));
	if (t)
		isolate_send(o, TNEF_FRAME_TEXT, t, strlen(t));
	free(t);
	strlist_free(&warn);
}
