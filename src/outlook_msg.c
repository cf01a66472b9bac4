/* outlook_msg.c - an Outlook .msg file (OLE compound file, [MS-OXMSG])
 * as one e-mail message, through libolecf. */
#include "outlook.h"

#include <libolecf.h>
#include <stdlib.h>
#include <string.h>

#include "bfio_mem.h"
#include "charset.h"
#include "eml.h"
#include "html.h"
#include "quote.h"
#include "rfc822.h"
#include "rtf.h"
#include "tnef.h"

/* MAPI property ids ([MS-OXPROPS]) and types. */
enum {
	PID_SUBJECT = 0x0037,
	PID_CLIENT_SUBMIT_TIME = 0x0039,
	PID_SENT_REPR_NAME = 0x0042,
	PID_SENT_REPR_EMAIL = 0x0065,
	PID_TRANSPORT_HEADERS = 0x007d,
	PID_SENDER_NAME = 0x0c1a,
	PID_SENDER_EMAIL = 0x0c1f,
	PID_DELIVERY_TIME = 0x0e06,
	PID_BODY = 0x1000,
	PID_RTF_COMPRESSED = 0x1009,
	PID_HTML = 0x1013,
	PID_INTERNET_MESSAGE_ID = 0x1035,
	PID_INTERNET_REFERENCES = 0x1039,
	PID_IN_REPLY_TO = 0x1042,
	PID_CREATION_TIME = 0x3007,
	PID_ATTACH_DATA = 0x3701,
	PID_ATTACH_METHOD = 0x3705,
	PID_ATTACH_LONG_FILENAME = 0x3707,
	PID_ATTACH_MIME_TAG = 0x370e,
	PID_INTERNET_CPID = 0x3fde,
	PID_MESSAGE_CODEPAGE = 0x3ffd,
	PID_SENDER_SMTP = 0x5d01,
	PID_SENT_REPR_SMTP = 0x5d02,
};

enum {
	PT_LONG = 0x0003,
	PT_OBJECT = 0x000d,
	PT_STRING8 = 0x001e,
	PT_UNICODE = 0x001f,
	PT_SYSTIME = 0x0040,
	PT_BINARY = 0x0102,
};

#define PROPS_STREAM "__properties_version1.0"
#define PROPS_HEADER_TOP 32 /* header of a top-level message's stream */
#define PROPS_HEADER_EMBEDDED 24
#define PROPS_HEADER_ATTACH 8 /* and of a recipient's */
#define ATTACH_EMBEDDED_MSG 5 /* PR_ATTACH_METHOD: a message storage */
#define PROPS_ENTRY 16
#define ATTACH_PREFIX "__attach_version1.0_#"
#define FILETIME_UNIX_DIFF INT64_C(11644473600)
#define OLE_MAGIC "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

/* One message storage being read: the root or an embedded message. */
struct msg_ctx {
	libolecf_item_t *store;
	size_t file_len;    /* no stream is longer than the file */
	char *props;	    /* the fixed-size property stream */
	size_t props_len;
	size_t props_header;
	char codepage[16];  /* for PT_STRING8 and HTML bytes */
	struct strlist *warn;
};

bool
msg_signature(const char *data, size_t len)
{
	return len >= 8 && memcmp(data, OLE_MAGIC, 8) == 0;
}

/* ---- streams ---- */

static libolecf_item_t *
sub_item(libolecf_item_t *store, const char *name)
{
	libolecf_item_t *it = NULL;

	if (libolecf_item_get_sub_item_by_utf8_name(
		    store, (const uint8_t *)name, strlen(name), &it, NULL) != 1)
		return NULL;
	return it;
}

/* A stream's bytes (NUL-terminated, twice for UTF-16), at most
 * MSG_MAX_STREAM and the file's length; NULL when absent or unreadable. */
static char *
stream_bytes(struct msg_ctx *x, libolecf_item_t *it, size_t *len)
{
	uint32_t size = 0;
	size_t want;
	ssize_t got;
	char *buf;

	if (libolecf_item_get_size(it, &size, NULL) != 1)
		return NULL;
	want = size;
	if (want > MSG_MAX_STREAM || want > x->file_len) {
		strlist_pushf(x->warn,
			      "a property claims %u bytes, more than %s; cut",
			      (unsigned)size,
			      want > x->file_len ? "the file" : "the limit");
		want = want > x->file_len ? x->file_len : MSG_MAX_STREAM;
	}
	buf = xmalloc(want + 2);
	got = want ? libolecf_stream_read_buffer(it, (uint8_t *)buf, want, NULL)
		   : 0;
	if (got < 0) {
		free(buf);
		strlist_push(x->warn, "a property stream cannot be read");
		return NULL;
	}
	buf[got] = buf[got + 1] = '\0';
	*len = (size_t)got;
	return buf;
}

/* The stream __substg1.0_IIIITTTT of the storage, or NULL. */
static char *
prop_stream(struct msg_ctx *x, unsigned id, unsigned type, size_t *len)
{
	char name[32];
	libolecf_item_t *it;
	char *s;

	snprintf(name, sizeof(name), "__substg1.0_%04X%04X", id, type);
	it = sub_item(x->store, name);
	if (!it)
		return NULL;
	s = stream_bytes(x, it, len);
	libolecf_item_free(&it, NULL);
	return s;
}

/* A string property, Unicode or 8-bit, as UTF-8 trimmed; NULL when
 * absent or blank. */
static char *
prop_string(struct msg_ctx *x, unsigned id)
{
	size_t len = 0;
	char *raw = prop_stream(x, id, PT_UNICODE, &len), *s;

	if (raw) {
		s = charset_to_utf8("UTF-16LE", raw, len & ~(size_t)1, NULL);
	} else if ((raw = prop_stream(x, id, PT_STRING8, &len))) {
		s = charset_to_utf8(x->codepage, raw, strnlen(raw, len), NULL);
	} else {
		return NULL;
	}
	free(raw);
	return str_trim_owned(s);
}

/* ---- fixed-size properties ---- */

static uint64_t
le(const char *p, int n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 8 | (unsigned char)p[n];
	return v;
}

/* The 8-byte value of a fixed-size property; false when absent. */
static bool
prop_fixed(const struct msg_ctx *x, unsigned id, unsigned type,
	   uint64_t *value)
{
	uint32_t want = (uint32_t)id << 16 | type;

	for (size_t at = x->props_header;
	     x->props && at + PROPS_ENTRY <= x->props_len; at += PROPS_ENTRY) {
		if ((uint32_t)le(x->props + at, 4) == want) {
			*value = le(x->props + at + 8, 8);
			return true;
		}
	}
	return false;
}

static bool
prop_time(const struct msg_ctx *x, unsigned id, struct esc_time *t)
{
	uint64_t ft;
	int64_t secs;

	if (!prop_fixed(x, id, PT_SYSTIME, &ft) || ft == 0 ||
	    ft > UINT64_C(2650467743990000000)) /* past 9999 */
		return false;
	secs = (int64_t)(ft / 10000000) - FILETIME_UNIX_DIFF;
	t->t = secs;
	t->off = 0;
	t->set = true;
	time_to_local_zone(t);
	return true;
}

/* The code page of 8-bit strings and HTML bytes. */
static void
read_codepage(struct msg_ctx *x)
{
	uint64_t cp;

	if ((prop_fixed(x, PID_INTERNET_CPID, PT_LONG, &cp) ||
	     prop_fixed(x, PID_MESSAGE_CODEPAGE, PT_LONG, &cp)) &&
	    (cp & 0xffffffff) > 0 && (cp & 0xffffffff) < 100000) {
		cp &= 0xffffffff;
		if (cp == 65001)
			snprintf(x->codepage, sizeof(x->codepage), "UTF-8");
		else
			snprintf(x->codepage, sizeof(x->codepage), "CP%u",
				 (unsigned)cp);
		return;
	}
	snprintf(x->codepage, sizeof(x->codepage), "CP1252");
}

static bool
ctx_open(struct msg_ctx *x, libolecf_item_t *store, size_t header,
	 size_t file_len, struct strlist *warn)
{
	libolecf_item_t *it;

	memset(x, 0, sizeof(*x));
	x->store = store;
	x->file_len = file_len;
	x->warn = warn;
	x->props_header = header;
	it = sub_item(store, PROPS_STREAM);
	if (it) {
		x->props = stream_bytes(x, it, &x->props_len);
		libolecf_item_free(&it, NULL);
	}
	read_codepage(x);
	return x->props != NULL;
}

/* ---- headers, sender, body ---- */

/* What the transport headers say, for the fields MAPI left empty. */
static void
from_transport_headers(struct msg_ctx *x, struct message *m)
{
	char *h = prop_string(x, PID_TRANSPORT_HEADERS);
	struct message t = {0};
	struct strlist w = {0};
	char *subject = NULL, *mail;

	if (!h)
		return;
	mail = xasprintf("%s\n\n", h);
	free(h);
	if (eml_parse_message(mail, strlen(mail), &t, &subject, &w) == 0) {
#define TAKE(f)                                                              \
	do {                                                                 \
		if (!m->f) {                                                 \
			m->f = t.f;                                          \
			t.f = NULL;                                          \
		}                                                            \
	} while (0)
		TAKE(sender_name);
		TAKE(sender_addr);
		TAKE(message_id);
		TAKE(in_reply_to);
		TAKE(references);
		TAKE(subject);
#undef TAKE
		if (!m->time.set && t.time.set)
			m->time = t.time;
	}
	free(subject);
	free(mail);
	message_clear(&t);
	strlist_free(&w);
}

/* An address is an SMTP one when it has an '@' and no X.500 path. */
static char *
smtp_or_null(char *s)
{
	if (s && (!strchr(s, '@') || s[0] == '/')) {
		free(s);
		return NULL;
	}
	return s;
}

static void
read_sender(struct msg_ctx *x, struct message *m)
{
	m->sender_name = prop_string(x, PID_SENDER_NAME);
	if (!m->sender_name)
		m->sender_name = prop_string(x, PID_SENT_REPR_NAME);
	m->sender_addr = smtp_or_null(prop_string(x, PID_SENDER_SMTP));
	if (!m->sender_addr)
		m->sender_addr = smtp_or_null(prop_string(x, PID_SENDER_EMAIL));
	if (!m->sender_addr)
		m->sender_addr = smtp_or_null(prop_string(x, PID_SENT_REPR_SMTP));
	if (!m->sender_addr)
		m->sender_addr =
			smtp_or_null(prop_string(x, PID_SENT_REPR_EMAIL));
}


static void
read_ids(struct msg_ctx *x, struct message *m)
{
	char *v = prop_string(x, PID_INTERNET_MESSAGE_ID);

	m->message_id = rfc822_ids(v);
	if (v && !m->message_id)
		m->message_id = xstrdup(v);
	free(v);
	v = prop_string(x, PID_IN_REPLY_TO);
	m->in_reply_to = rfc822_ids(v);
	free(v);
	v = prop_string(x, PID_INTERNET_REFERENCES);
	m->references = rfc822_ids(v);
	free(v);
}

/* The body from compressed RTF, its encapsulated HTML as text. */
static char *
rtf_body(struct msg_ctx *x)
{
	size_t len = 0;
	char *z = prop_stream(x, PID_RTF_COMPRESSED, PT_BINARY, &len), *s;

	s = rtf_body_text((const unsigned char *)z, len, x->warn);
	free(z);
	return s;
}

static char *
html_body(struct msg_ctx *x)
{
	size_t len = 0;
	char *h = prop_stream(x, PID_HTML, PT_BINARY, &len), *s;

	if (h) {
		s = html_to_text(h, len, x->codepage);
	} else if ((h = prop_string(x, PID_HTML))) {
		s = html_to_text(h, strlen(h), "UTF-8");
	} else {
		return NULL;
	}
	free(h);
	return s;
}


/* PR_BODY, else PR_HTML, else PR_RTF_COMPRESSED; "" when none. */
static char *
body_text(struct msg_ctx *x)
{
	char *s = prop_string(x, PID_BODY);

	if (outlook_blank(s)) {
		free(s);
		s = html_body(x);
	}
	if (outlook_blank(s)) {
		free(s);
		s = rtf_body(x);
	}
	return s ? s : xstrdup("");
}

/* ---- attachments ---- */

/* "From: ... / Date: ... / Subject: ..." then the text of an attached
 * message, as one block of history (takes nothing). */
static char *
attached_block(const struct message *a, const char *subject)
{
	struct buf b = {0};
	char when[32];

	buf_puts(&b, "---------- Forwarded message ----------\n");
	if (a->sender_name || a->sender_addr)
		buf_printf(&b, "From: %s%s%s%s\n",
			   a->sender_name ? a->sender_name : "",
			   a->sender_addr && a->sender_name ? " <" : "",
			   a->sender_addr ? a->sender_addr : "",
			   a->sender_addr && a->sender_name ? ">" : "");
	if (a->time.set) {
		time_format_iso(a->time, when);
		buf_printf(&b, "Date: %s\n", when);
	}
	if (subject)
		buf_printf(&b, "Subject: %s\n", subject);
	buf_printf(&b, "\n%s", a->text ? a->text : "");
	if (a->quoted)
		buf_printf(&b, "\n%s", a->quoted);
	return buf_steal(&b);
}

static int parse_store(libolecf_item_t *store, size_t header,
		       size_t file_len, struct message *m, char **subject,
		       int depth, struct strlist *warn);

/* An embedded message storage (attach method 5). */
static void
embedded_msg(struct msg_ctx *x, libolecf_item_t *att, struct message *m,
	     int depth)
{
	char name[32];
	libolecf_item_t *store;
	struct message a = {0};
	char *subject = NULL;

	snprintf(name, sizeof(name), "__substg1.0_%04X%04X", PID_ATTACH_DATA,
		 PT_OBJECT);
	store = sub_item(att, name);
	if (!store)
		return;
	if (parse_store(store, PROPS_HEADER_EMBEDDED, x->file_len, &a,
			&subject, depth - 1, x->warn) == 0)
		outlook_add_quoted(m, attached_block(&a, subject));
	free(subject);
	message_clear(&a);
	libolecf_item_free(&store, NULL);
}

static bool
name_ends(const char *name, const char *ext)
{
	size_t n = name ? strlen(name) : 0, e = strlen(ext);

	return n >= e && ascii_strcaseeq(name + n - e, ext);
}

/* Attached bytes that are a message: .eml, .msg or TNEF. */
static void
attached_bytes(struct msg_ctx *x, struct msg_ctx *ax, struct message *m,
	       int depth)
{
	char *mime = prop_string(ax, PID_ATTACH_MIME_TAG);
	char *file = prop_string(ax, PID_ATTACH_LONG_FILENAME);
	size_t len = 0;
	char *data = prop_stream(ax, PID_ATTACH_DATA, PT_BINARY, &len);
	struct message a = {0};
	char *subject = NULL;
	int rc = -1;

	if (!data)
		goto done;
	if (tnef_signature(data, len) || (mime && ascii_strcaseeq(mime, "application/ms-tnef"))) {
		char *t = tnef_text(data, len, depth - 1, x->warn);

		if (t)
			outlook_add_quoted(m, t);
		goto done;
	}
	if (msg_signature(data, len))
		rc = msg_parse_message(data, len, &a, &subject, depth - 1,
				       x->warn);
	else if ((mime && ascii_strcaseeq(mime, "message/rfc822")) ||
		 name_ends(file, ".eml"))
		rc = eml_parse_message(data, len, &a, &subject, x->warn);
	if (rc == 0)
		outlook_add_quoted(m, attached_block(&a, subject));
done:
	free(subject);
	message_clear(&a);
	free(data);
	free(mime);
	free(file);
}

static bool
is_attachment_storage(libolecf_item_t *it)
{
	char name[64];
	size_t size = 0;

	if (libolecf_item_get_utf8_name_size(it, &size, NULL) != 1 ||
	    size > sizeof(name) ||
	    libolecf_item_get_utf8_name(it, (uint8_t *)name, sizeof(name),
					NULL) != 1)
		return false;
	name[sizeof(name) - 1] = '\0';
	return strncmp(name, ATTACH_PREFIX, strlen(ATTACH_PREFIX)) == 0;
}

static void
read_attachments(struct msg_ctx *x, struct message *m, int depth)
{
	int n = 0;

	if (depth <= 0 || libolecf_item_get_number_of_sub_items(x->store, &n,
								 NULL) != 1)
		return;
	if (n > MSG_MAX_ATTACHMENTS) {
		strlist_pushf(x->warn, "%d items in one message; %u looked at",
			      n, MSG_MAX_ATTACHMENTS);
		n = MSG_MAX_ATTACHMENTS;
	}
	for (int i = 0; i < n; i++) {
		libolecf_item_t *it = NULL;
		struct msg_ctx ax;
		uint64_t method = 0;

		if (libolecf_item_get_sub_item(x->store, i, &it, NULL) != 1)
			continue;
		if (is_attachment_storage(it)) {
			ctx_open(&ax, it, PROPS_HEADER_ATTACH, x->file_len,
				 x->warn);
			if (prop_fixed(&ax, PID_ATTACH_METHOD, PT_LONG, &method) &&
			    (method & 0xffffffff) == ATTACH_EMBEDDED_MSG)
				embedded_msg(x, it, m, depth);
			else
				attached_bytes(x, &ax, m, depth);
			free(ax.props);
		}
		libolecf_item_free(&it, NULL);
	}
}


/* ---- one message storage ---- */

static void
read_body(struct msg_ctx *x, struct message *m)
{
	char *body = body_text(x);
	struct quote_parts p;

	outlook_eol(body);
	quote_split(body, &p);
	free(body);
	m->text = utf8_sanitize(p.text, strlen(p.text));
	if (p.quoted)
		outlook_add_quoted(m, utf8_sanitize(p.quoted, strlen(p.quoted)));
	if (p.signature)
		m->signature = utf8_sanitize(p.signature, strlen(p.signature));
	m->notice = p.notice;
	quote_parts_free(&p);
}

static int
parse_store(libolecf_item_t *store, size_t header, size_t file_len,
	    struct message *m, char **subject, int depth,
	    struct strlist *warn)
{
	struct msg_ctx x;

	if (!ctx_open(&x, store, header, file_len, warn)) {
		strlist_push(warn, "not an outlook message: no property stream");
		return -1;
	}
	if (!prop_time(&x, PID_CLIENT_SUBMIT_TIME, &m->time) &&
	    !prop_time(&x, PID_DELIVERY_TIME, &m->time))
		prop_time(&x, PID_CREATION_TIME, &m->time);
	read_sender(&x, m);
	m->subject = prop_string(&x, PID_SUBJECT);
	read_ids(&x, m);
	from_transport_headers(&x, m);
	read_body(&x, m);
	read_attachments(&x, m, depth);
	if (!m->time.set)
		strlist_push(warn, "no time the message was sent");
	if (!m->sender_name && !m->sender_addr)
		strlist_push(warn, "no sender");
	if (subject)
		*subject = m->subject ? xstrdup(m->subject) : NULL;
	free(x.props);
	return 0;
}

static uint32_t
hdr32(const char *data, size_t at)
{
	return (uint32_t)le(data + at, 4);
}

/* The compound file header's counts against the file's size: libolecf
 * sizes its tables from them (a header claiming 2^28 FAT sectors made it
 * ask for 4.5 GB). NULL when sound, else what is wrong. */
static const char *
cfb_check(const char *data, size_t len)
{
	unsigned major, shift;
	size_t sector, sectors;

	if (len < 512)
		return "ole compound file cut short";
	major = (unsigned)le(data + 0x1a, 2);
	shift = (unsigned)le(data + 0x1e, 2);
	if (!((major == 3 && shift == 9) || (major == 4 && shift == 12)) ||
	    le(data + 0x20, 2) != 6)
		return "ole compound file with a bad sector size";
	sector = (size_t)1 << shift;
	sectors = len > sector ? (len - sector) / sector + 1 : 0;
	if (hdr32(data, 0x28) > sectors || hdr32(data, 0x2c) > sectors ||
	    hdr32(data, 0x40) > sectors || hdr32(data, 0x48) > sectors)
		return "ole compound file whose tables are larger than the file";
	return NULL;
}

int
msg_parse_message(const char *data, size_t len, struct message *m,
		  char **subject, int depth, struct strlist *warn)
{
	libbfio_handle_t *io = NULL;
	libolecf_file_t *file = NULL;
	libolecf_item_t *root = NULL;
	int rc = -1;

	const char *bad;

	if (!msg_signature(data, len)) {
		strlist_push(warn, "not an ole compound file");
		return -1;
	}
	if ((bad = cfb_check(data, len)) != NULL) {
		strlist_pushf(warn, "damaged %s, not read", bad);
		return -1;
	}
	if (!(io = bfio_mem_open(data, len)) ||
	    libolecf_file_initialize(&file, NULL) != 1) {
		strlist_push(warn, "cannot start the compound file reader");
		goto out;
	}
	if (libolecf_file_open_file_io_handle(file, io, LIBOLECF_OPEN_READ,
					      NULL) != 1 ||
	    libolecf_file_get_root_item(file, &root, NULL) != 1) {
		strlist_push(warn, "damaged ole compound file, not read");
		goto out;
	}
	rc = parse_store(root, PROPS_HEADER_TOP, len, m, subject, depth, warn);
out:
	if (root)
		libolecf_item_free(&root, NULL);
	if (file) {
		libolecf_file_close(file, NULL);
		libolecf_file_free(&file, NULL);
	}
	if (io)
		libbfio_handle_free(&io, NULL);
	return rc;
}

int
msg_read(const char *path, const char *data, size_t len,
	 struct conv_list *out, struct strlist *warn)
{
	struct message one = {0};
	struct conversation *c;
	struct message *m;
	char *subject = NULL;

	if (msg_parse_message(data, len, &one, &subject, MSG_MAX_DEPTH,
			      warn) < 0) {
		message_clear(&one);
		return -1;
	}
	c = conversation_new(path, FMT_OUTLOOK_MSG);
	m = conversation_add_message(c);
	one.index = m->index;
	*m = one;
	c->subject = subject;
	conv_list_push(out, c);
	return 0;
}
