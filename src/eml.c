/* eml.c - one RFC 5322 + MIME message as a conversation of one message. */
#include "eml.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "mime.h"
#include "quote.h"
#include "rfc822.h"

/* A decoded header value, valid UTF-8, or NULL when absent or empty. */
static char *
decoded(const struct rfc822_headers *h, const char *name)
{
	const char *v = rfc822_get(h, name);
	char *d, *t;

	if (!v)
		return NULL;
	d = mime_decode_words(v);
	t = str_trim(d);
	if (!*t) {
		free(d);
		return NULL;
	}
	memmove(d, t, strlen(t) + 1);
	return d;
}

/* A raw header value made valid UTF-8, NULL when absent. */
static char *
sanitized(char *s)
{
	char *u;

	if (!s)
		return NULL;
	u = utf8_sanitize(s, strlen(s));
	free(s);
	return u;
}

static void
read_sender(const struct rfc822_headers *h, struct message *m,
	    struct strlist *warn)
{
	const char *from = rfc822_get(h, "From");
	char *name = NULL, *addr = NULL;

	if (!from)
		from = rfc822_get(h, "Sender");
	if (!from) {
		strlist_push(warn, "no From header");
		return;
	}
	if (rfc822_count(h, "From") > 1)
		strlist_push(warn, "several From headers, the first is used");
	rfc822_address(from, &name, &addr);
	if (name) {
		m->sender_name = mime_decode_words(name);
		free(name);
		if (!*m->sender_name) {
			free(m->sender_name);
			m->sender_name = NULL;
		}
	}
	m->sender_addr = sanitized(addr);
}

static void
read_ids(const struct rfc822_headers *h, struct message *m)
{
	const char *v = rfc822_get(h, "Message-ID");

	m->message_id = v ? sanitized(rfc822_msgid(v)) : NULL;
	v = rfc822_get(h, "In-Reply-To");
	m->in_reply_to = v ? sanitized(rfc822_msgid(v)) : NULL;
}

/* Every <id> of a References header, space-separated, NULL when none. */
static void
read_refs(const struct rfc822_headers *h, struct message *m)
{
	char *ids = rfc822_ids(rfc822_get(h, "References"));

	m->references = ids ? sanitized(ids) : NULL;
}

/* The display name of the first To address, decoded, or NULL. */
static char *
recipient_name(const struct rfc822_headers *h)
{
	const char *to = rfc822_get(h, "To");
	char *name = NULL, *addr = NULL, *d = NULL;

	if (!to)
		return NULL;
	rfc822_address(to, &name, &addr);
	if (name) {
		d = mime_decode_words(name);
		if (!*str_trim(d)) {
			free(d);
			d = NULL;
		}
	}
	free(name);
	free(addr);
	return d;
}

static void
read_body(const struct rfc822_headers *h, const char *body, size_t len,
	  struct message *m, struct strlist *warn)
{
	char *text = mime_body_text(h, body, len, warn);
	char *to = recipient_name(h);
	struct quote_parts p;

	quote_split_mail(text, to, &p);
	free(text);
	free(to);
	m->text = sanitized(p.text);
	m->quoted = sanitized(p.quoted);
	m->signature = sanitized(p.signature);
	m->notice = p.notice;
}

int
eml_parse_message(const char *data, size_t len, struct message *m,
		  char **subject, struct strlist *warn)
{
	struct rfc822_headers h = {0};
	const char *date;
	size_t body;

	if (rfc822_parse(data, len, &h, &body) == 0) {
		strlist_push(warn, "no mail headers");
		rfc822_free(&h);
		return -1;
	}
	if (h.truncated)
		strlist_push(warn, "header block too large, cut");
	date = rfc822_get(&h, "Date");
	if (!date || !rfc822_date(date, &m->time)) {
		m->time.set = false;
		strlist_push(warn, "no valid Date header");
	}
	read_sender(&h, m, warn);
	m->subject = decoded(&h, "Subject");
	if (subject)
		*subject = m->subject ? xstrdup(m->subject) : NULL;
	read_ids(&h, m);
	read_refs(&h, m);
	read_body(&h, data + body, len - body, m, warn);
	rfc822_free(&h);
	return 0;
}

int
eml_read(const char *path, const char *data, size_t len,
	 struct conv_list *out, struct strlist *warn)
{
	struct message one = {0};
	struct conversation *c;
	struct message *m;
	char *subject = NULL;

	if (eml_parse_message(data, len, &one, &subject, warn) < 0)
		return -1;
	c = conversation_new(path, FMT_EML);
	m = conversation_add_message(c);
	one.index = m->index;
	*m = one;
	c->subject = subject;
	conv_list_push(out, c);
	return 0;
}
