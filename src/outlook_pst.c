/* outlook_pst.c - an Outlook .pst/.ost mailbox through libpst: every
 * folder's e-mails, one at a time, with the folder path as the source.
 * Runs in the child process of pst_child.c. */
#include "outlook.h"

#include <libpst/libpst.h>
#include <libpst/timeconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "eml.h"
#include "html.h"
#include "quote.h"
#include "rfc822.h"
#include "rtf.h"
#include "tnef.h"

#define PST_MAX_ITEMS 10000000u /* descriptors visited in one file */


/* ---- one e-mail ---- */

/* A libpst string as UTF-8 (caller frees), NULL when empty. */
static char *
str_of(pst_item *item, pst_string *s)
{
	char *u, *t;

	if (!s->str)
		return NULL;
	pst_convert_utf8_null(item, s);
	if (!s->str)
		return NULL;
	u = utf8_sanitize(s->str, strlen(s->str));
	t = str_trim(u);
	if (!*t) {
		free(u);
		return NULL;
	}
	memmove(u, t, strlen(t) + 1);
	return u;
}

static bool
is_smtp(const char *s)
{
	return s && strchr(s, '@') && s[0] != '/';
}

static char *
first_smtp(pst_item *item, pst_string *a, pst_string *b, pst_string *c)
{
	pst_string *v[] = {a, b, c};

	for (size_t i = 0; i < 3; i++) {
		char *s = str_of(item, v[i]);

		if (is_smtp(s))
			return s;
		free(s);
	}
	return NULL;
}

static void
read_time(pst_item_email *e, struct message *m)
{
	FILETIME *ft = e->sent_date ? e->sent_date : e->arrival_date;

	if (!ft)
		return;
	m->time.t = (int64_t)pst_fileTimeToUnixTime(ft);
	m->time.off = 0;
	m->time.set = true;
	time_to_local_zone(&m->time);
}

/* The ids of a string (taken). */
static char *
ids(char *v)
{
	char *r = rfc822_ids(v);

	free(v);
	return r;
}

/* Transport headers fill what the properties lack (References, and
 * anything else missing). */
static void
from_headers(pst_item *item, struct message *m)
{
	char *h = str_of(item, &item->email->header), *mail;
	struct message t = {0};
	struct strlist w = {0};

	if (!h)
		return;
	mail = xasprintf("%s\n\n", h);
	free(h);
	if (eml_parse_message(mail, strlen(mail), &t, NULL, &w) == 0) {
		if (!m->references)
			m->references = t.references, t.references = NULL;
		if (!m->in_reply_to)
			m->in_reply_to = t.in_reply_to, t.in_reply_to = NULL;
		if (!m->message_id)
			m->message_id = t.message_id, t.message_id = NULL;
		if (!m->sender_addr)
			m->sender_addr = t.sender_addr, t.sender_addr = NULL;
		if (!m->sender_name)
			m->sender_name = t.sender_name, t.sender_name = NULL;
		if (!m->time.set)
			m->time = t.time;
	}
	message_clear(&t);
	strlist_free(&w);
	free(mail);
}



/* The plain body, else the HTML body as text, else the RTF body. */
static char *
body_of(pst_item *item, struct strlist *warn)
{
	char *s = str_of(item, &item->body);

	if (s && strlen(s) > PST_MAX_BODY)
		s[PST_MAX_BODY] = '\0';
	if (outlook_blank(s)) {
		char *h;

		free(s);
		h = str_of(item, &item->email->htmlbody);
		s = h ? html_to_text(h, strnlen(h, PST_MAX_BODY), "UTF-8") : NULL;
		free(h);
	}
	if (outlook_blank(s)) {
		free(s);
		s = rtf_body_text((const unsigned char *)item->email->rtf_compressed.data,
				  item->email->rtf_compressed.size, warn);
	}
	return s ? s : xstrdup("");
}


/* Attached files that are messages: .eml, .msg, winmail.dat. */
static void
read_attachments(pst_file *pf, pst_item *item, struct message *m,
		 struct strlist *warn)
{
	for (pst_item_attach *a = item->attach; a; a = a->next) {
		pst_binary b = {0, NULL};
		struct message am = {0};
		char *subject = NULL;
		int rc = -1;

		if (a->method == PST_ATTACH_EMBEDDED)
			continue; /* libpst gives no public way to them */
		b = a->data.data ? a->data : pst_attach_to_mem(pf, a);
		if (!b.data || b.size == 0 || b.size > MSG_MAX_STREAM) {
			if (b.data != a->data.data)
				free(b.data);
			continue;
		}
		if (tnef_signature(b.data, b.size))
			outlook_add_quoted(m, tnef_text(b.data, b.size, TNEF_MAX_DEPTH,
						warn));
		else if (msg_signature(b.data, b.size))
			rc = msg_parse_message(b.data, b.size, &am, &subject,
					       MSG_MAX_DEPTH - 1, warn);
		if (rc == 0)
			outlook_add_quoted(m, xasprintf(
					      "---------- Forwarded message "
					      "----------\nSubject: %s\n\n%s",
					      subject ? subject : "",
					      am.text ? am.text : ""));
		free(subject);
		message_clear(&am);
		if (b.data != a->data.data)
			free(b.data);
	}
}

/* One e-mail item as one conversation with source "path:folder". */
static struct conversation *
email_conv(pst_file *pf, pst_item *item, const char *source,
	   struct strlist *warn)
{
	pst_item_email *e = item->email;
	struct conversation *c = conversation_new(source, FMT_PST);
	struct message *m = conversation_add_message(c);
	char *body, *subj = str_of(item, &item->subject);
	struct quote_parts p;

	if (subj && subj[0] == 0x01 && subj[1]) /* a prefix-length marker */
		memmove(subj, subj + 2, strlen(subj + 1));
	m->subject = subj;
	c->subject = subj ? xstrdup(subj) : NULL;
	m->sender_name = str_of(item, &e->outlook_sender_name);
	m->sender_addr = first_smtp(item, &e->sender_address,
				    &e->sender2_address, &e->outlook_sender);
	read_time(e, m);
	m->message_id = ids(str_of(item, &e->messageid));
	m->in_reply_to = ids(str_of(item, &e->in_reply_to));
	from_headers(item, m);
	body = body_of(item, warn);
	outlook_eol(body);
	quote_split(body, &p);
	free(body);
	m->text = p.text;
	m->quoted = p.quoted;
	m->signature = p.signature;
	m->notice = p.notice;
	read_attachments(pf, item, m, warn);
	return c;
}

/* ---- the folder walk ---- */

struct frame {
	pst_desc_tree *d; /* the next descriptor to look at */
	char *path;	  /* the folder's path, "/Inbox/Support" */
};

struct walker {
	pst_file pf;
	const char *file;
	void (*fn)(void *, struct conversation *);
	void *ud;
	struct strlist *warn;
	size_t seen, taken, visited;
};

static void
visit(struct walker *w, pst_item *item, struct frame *st, size_t *depth,
      pst_desc_tree *d)
{
	if (item->folder && d->child) {
		char *name = str_of(item, &item->file_as);
		const char *parent = st[*depth].path;

		if (*depth + 1 >= PST_MAX_DEPTH) {
			strlist_pushf(w->warn, "folders nested deeper than %d, skipped",
				      PST_MAX_DEPTH);
		} else {
			(*depth)++;
			st[*depth].d = d->child;
			st[*depth].path = xasprintf("%s/%s", parent,
						    name ? name : "?");
		}
		free(name);
	} else if (item->email && !item->folder) {
		char *src = xasprintf("%s:%s", w->file,
				      *st[*depth].path ? st[*depth].path : "/");

		w->seen++;
		w->fn(w->ud, email_conv(&w->pf, item, src, w->warn));
		w->taken++;
		free(src);
	}
}

static void
walk_folders(struct walker *w, pst_desc_tree *top)
{
	struct frame *st = xcalloc(PST_MAX_DEPTH, sizeof(*st));
	size_t depth = 0;

	st[0].d = top ? top->child : NULL;
	st[0].path = xstrdup("");
	for (;;) {
		pst_desc_tree *d = st[depth].d;
		pst_item *item;

		if (!d) {
			free(st[depth].path);
			if (depth == 0)
				break;
			depth--;
			continue;
		}
		st[depth].d = d->next;
		if (++w->visited > PST_MAX_ITEMS) {
			strlist_pushf(w->warn, "more than %u items; the rest skipped",
				      PST_MAX_ITEMS);
			while (depth > 0)
				free(st[depth--].path);
			free(st[0].path);
			break;
		}
		item = pst_parse_item(&w->pf, d, NULL);
		if (!item)
			continue;
		visit(w, item, st, &depth, d);
		pst_freeItem(item);
	}
	free(st);
}

int
pst_walk(const char *path, const char *shown,
	 void (*fn)(void *ud, struct conversation *c), void *ud,
	 struct strlist *warn, size_t *seen)
{
	struct walker w = {.file = shown, .fn = fn, .ud = ud, .warn = warn};
	pst_item *root;

	*seen = 0;
	if (pst_open(&w.pf, path, NULL) != 0) {
		strlist_push(warn, "cannot open the outlook mailbox");
		return -1;
	}
	pst_load_index(&w.pf); /* damage shows as a tree without folders */
	pst_load_extended_attributes(&w.pf);
	root = w.pf.d_head ? pst_parse_item(&w.pf, w.pf.d_head, NULL) : NULL;
	walk_folders(&w, pst_getTopOfFolders(&w.pf, root));
	if (root)
		pst_freeItem(root);
	pst_close(&w.pf);
	*seen = w.seen;
	return (int)(w.taken > INT32_MAX ? INT32_MAX : w.taken);
}
