/* mime.c - the multipart walk (RFC 2046) that picks the text of a
 * message: parts, transfer decoding, alternatives, embedded messages. */
#include "mime.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "html.h"
#include "tnef.h"

enum part_kind { PK_NONE, PK_OTHER, PK_HTML, PK_PLAIN };

struct ptext {
	char *s; /* UTF-8, '\n' line ends; NULL with PK_NONE */
	enum part_kind kind;
	bool tnef; /* from a winmail.dat: dropped when it repeats the text */
};

struct walk {
	struct strlist *warn;
	size_t parts;
	bool pruned;
	bool html_unused; /* for the next entity alone: an alternative
			   * already has a plain text, which an HTML text
			   * cannot replace (combine) */
};

static struct ptext walk_entity(struct walk *w, const struct rfc822_headers *h,
				const char *body, size_t len, int depth,
				const char *deftype);

static void
warn_once(struct walk *w, const char *msg)
{
	if (!strlist_contains(w->warn, msg))
		strlist_push(w->warn, msg);
}

/* CRLF and CR to LF, in place; returns s. */
static char *
normalize_eol(char *s)
{
	char *r = s, *o = s;

	for (; *r; r++) {
		if (*r == '\r') {
			*o++ = '\n';
			if (r[1] == '\n')
				r++;
		} else {
			*o++ = *r;
		}
	}
	*o = '\0';
	return s;
}

/* RFC 3676: join soft-broken lines (ending in a space). */
static char *
unflow(const char *s, bool delsp)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		bool soft = n > 0 && s[n - 1] == ' ' && s[0] != '>' &&
			    !(n == 3 && strncmp(s, "-- ", 3) == 0) && nl;

		if (*s == ' ') /* space-stuffed */
			s++, n--;
		buf_append(&b, s, soft && delsp ? n - 1 : n);
		if (!soft && nl)
			buf_putc(&b, '\n');
		s += n + (nl ? 1 : 0);
	}
	return buf_steal(&b);
}

static bool
is_identity_cte(const char *cte)
{
	return !*cte || ascii_strcasestr(cte, "bit") ||
	       ascii_strcaseeq(cte, "binary") || ascii_strcaseeq(cte, "8") ||
	       ascii_strcaseeq(cte, "7");
}

/* Base64 lines never hold inner spaces; text mislabelled base64 does. */
static bool
looks_like_prose(const char *s, size_t len)
{
	size_t lines = 0, spaced = 0;
	const char *p = s, *end = s + len;

	while (p < end && lines < 50) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		bool inner = false;

		while (le > p && mime_is_space(le[-1]))
			le--;
		for (const char *q = p; q < le; q++)
			inner = inner || (*q == ' ' && q > p && q[-1] != ' ');
		lines += le > p;
		spaced += inner;
		p = nl ? nl + 1 : end;
	}
	return lines > 0 && spaced * 2 > lines;
}

/* Undo the transfer encoding into b. */
static void
decode_cte(struct walk *w, const struct rfc822_headers *h, const char *body,
	   size_t len, struct buf *b)
{
	const char *v = rfc822_get(h, "Content-Transfer-Encoding");
	char *cte = xstrdup(v ? v : ""), *t = str_trim(cte);

	buf_append(b, "", 0);
	if (ascii_strcaseeq(t, "base64") && looks_like_prose(body, len)) {
		warn_once(w, "base64 part is plain text");
		buf_append(b, body, len);
	} else if (ascii_strcaseeq(t, "base64")) {
		if (!mime_decode_base64(body, len, b))
			warn_once(w, "damaged base64 part");
	} else if (ascii_strcaseeq(t, "quoted-printable")) {
		mime_decode_qp(body, len, b); /* bad escapes are common */
	} else {
		if (!is_identity_cte(t))
			warn_once(w, "unknown content-transfer-encoding");
		buf_append(b, body, len);
	}
	free(cte);
}

/* A text part's text. An HTML one whose text would be dropped
 * ('unused') is decoded (for its warnings) but not read as HTML. */
static struct ptext
leaf_text(struct walk *w, const struct rfc822_headers *h, const char *body,
	  size_t len, bool html, bool unused)
{
	const char *ct = rfc822_get(h, "Content-Type");
	char *cs = ct ? mime_param(ct, "charset") : NULL, *u, *fl;
	struct buf raw = {0};
	struct ptext r = {NULL, html ? PK_HTML : PK_PLAIN, false};

	decode_cte(w, h, body, len, &raw);
	u = charset_to_utf8(cs, raw.s, raw.len, w->warn);
	buf_free(&raw);
	free(cs);
	if (html) {
		r.s = unused ? xstrdup("") : html_to_text(u, strlen(u), "UTF-8");
		free(u);
		return r;
	}
	r.s = normalize_eol(u);
	fl = ct ? mime_param(ct, "format") : NULL;
	if (fl && ascii_strcaseeq(fl, "flowed")) {
		char *d = mime_param(ct, "delsp");

		r.s = unflow(u, d && ascii_strcaseeq(d, "yes"));
		free(u);
		free(d);
	}
	free(fl);
	return r;
}

/* A part's headers and body, then its text. */
static struct ptext
walk_part(struct walk *w, const char *p, size_t len, int depth,
	  const char *deftype)
{
	struct rfc822_headers h = {0};
	size_t off = 0;
	struct ptext r;

	if (len > 0 && p[0] != '\n' && p[0] != '\r')
		rfc822_parse(p, len, &h, &off);
	else if (len > 0)
		off = p[0] == '\r' && len > 1 && p[1] == '\n' ? 2 : 1;
	r = walk_entity(w, &h, p + off, len - off, depth, deftype);
	rfc822_free(&h);
	return r;
}

/* If the line at p is a boundary line: 1 separator, 2 the final one. */
static int
boundary_line(const char *p, const char *end, const char *bd, size_t bl)
{
	if ((size_t)(end - p) < bl + 2 || p[0] != '-' || p[1] != '-' ||
	    memcmp(p + 2, bd, bl) != 0)
		return 0;
	p += bl + 2;
	if (end - p >= 2 && p[0] == '-' && p[1] == '-')
		return 2;
	while (p < end && mime_is_space(*p)) /* transport padding */
		p++;
	return p == end ? 1 : 0;
}

struct parts {
	const char *pre; /* preamble before the first boundary */
	size_t pre_len;
	const char *start[MIME_MAX_PARTS];
	size_t len[MIME_MAX_PARTS];
	size_t n;
	bool found, closed;
	bool dropped; /* parts beyond MIME_MAX_PARTS */
};

/* Parts not yet split: only the counts and flags are set, the arrays
 * (64 KiB) being read only up to n. */
static void
parts_reset(struct parts *ps)
{
	ps->pre = NULL;
	ps->pre_len = 0;
	ps->n = 0;
	ps->found = ps->closed = ps->dropped = false;
}

static struct parts *
parts_new(void)
{
	struct parts *ps = xmalloc(sizeof(*ps));

	parts_reset(ps);
	return ps;
}

/* Split body into parts at boundary lines. */
static void
split_parts(const char *body, size_t len, const char *bd, struct parts *ps)
{
	const char *p = body, *end = body + len, *cur = NULL;
	size_t bl = strlen(bd);

	while (p < end && !ps->closed) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *next = nl ? nl + 1 : end;
		int k = boundary_line(p, nl ? nl : end, bd, bl);

		if (k) {
			if (cur && ps->n < MIME_MAX_PARTS) {
				const char *e = p;

				if (e > cur && e[-1] == '\n')
					e--;
				if (e > cur && e[-1] == '\r')
					e--;
				ps->start[ps->n] = cur;
				ps->len[ps->n++] = (size_t)(e - cur);
			} else if (cur) {
				ps->dropped = true;
			}
			if (!ps->found) {
				ps->pre = body;
				ps->pre_len = (size_t)(p - body);
			}
			ps->found = true;
			ps->closed = k == 2;
			cur = next;
		}
		p = next;
	}
	if (cur && !ps->closed && ps->n < MIME_MAX_PARTS && cur < end) {
		ps->start[ps->n] = cur;
		ps->len[ps->n++] = (size_t)(end - cur);
	} else if (cur && !ps->closed && cur < end) {
		ps->dropped = true;
	}
}

/* A "--xyz" line followed by a Content- header: the boundary the parts
 * really use when the declared one is wrong. NULL when none. */
static char *
guess_boundary(const char *body, size_t len)
{
	const char *p = body, *end = body + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;

		if (!nl)
			break;
		if (le - p > 2 && p[0] == '-' && p[1] == '-' &&
		    (size_t)(end - nl) > 9 &&
		    ascii_strncaseeq(nl + 1, "Content-", 8)) {
			if (le[-1] == '\r')
				le--;
			return xstrndup(p + 2, (size_t)(le - p - 2));
		}
		p = nl + 1;
	}
	return NULL;
}

/* Whether a starts with the text of b, white space aside. */
static bool
same_words(const char *a, const char *b)
{
	while (*b) {
		while (*a && mime_is_space((unsigned char)*a))
			a++;
		while (*b && mime_is_space((unsigned char)*b))
			b++;
		if (!*b)
			return true;
		if (*a != *b)
			return false;
		a++, b++;
	}
	return true;
}

/* alternative: the best child; others: the plain/HTML children joined. */
static void
combine(struct ptext *acc, struct ptext c, bool alternative)
{
	if (c.kind == PK_NONE || !c.s) {
		free(c.s);
		return;
	}
	if (c.kind > PK_OTHER && mime_only_space(c.s, c.s + strlen(c.s)))
		c.kind = PK_OTHER; /* an empty text/plain loses to HTML */
	if (!acc->s) {
		*acc = c;
		return;
	}
	if (c.tnef && same_words(acc->s, c.s)) {
		free(c.s); /* Exchange's text part and its winmail.dat twin */
		return;
	}
	if (c.tnef && same_words(c.s, acc->s)) { /* the twin says more */
		free(acc->s);
		*acc = c;
		return;
	}
	if (alternative ? c.kind > acc->kind
			: c.kind > PK_OTHER && acc->kind <= PK_OTHER) {
		free(acc->s);
		*acc = c;
		return;
	}
	if (!alternative && c.kind > PK_OTHER && *c.s) {
		char *j = xasprintf("%s\n\n%s", acc->s, c.s);

		free(acc->s);
		acc->s = j;
		if (c.kind > acc->kind)
			acc->kind = c.kind;
	}
	free(c.s);
}

static struct ptext
walk_multipart(struct walk *w, const char *ct, const char *type,
	       const char *body, size_t len, int depth)
{
	char *bd = mime_param(ct, "boundary"), *guess;
	struct parts *ps;
	struct ptext acc = {NULL, PK_NONE, false};
	bool alt = strcmp(type, "multipart/alternative") == 0;
	const char *def = strcmp(type, "multipart/digest") == 0
				  ? "message/rfc822"
				  : "text/plain";

	if (!bd || !*bd) {
		warn_once(w, "multipart without boundary");
		free(bd);
		return (struct ptext){normalize_eol(utf8_sanitize(body, len)),
				      PK_PLAIN, false};
	}
	ps = parts_new();
	split_parts(body, len, bd, ps);
	if (!ps->found && (guess = guess_boundary(body, len)) != NULL) {
		parts_reset(ps);
		split_parts(body, len, guess, ps);
		free(guess);
		warn_once(w, "multipart boundary does not match the parts");
	} else if (!ps->found) {
		warn_once(w, "multipart boundary not found");
	}
	else if (!ps->closed)
		warn_once(w, "truncated multipart (no final boundary)");
	for (size_t i = 0; i < ps->n; i++) {
		if (w->parts >= MIME_MAX_PARTS) {
			ps->dropped = true;
			break;
		}
		w->parts++;
		w->html_unused = alt && acc.kind == PK_PLAIN;
		combine(&acc, walk_part(w, ps->start[i], ps->len[i], depth + 1,
					def),
			alt);
	}
	if (ps->dropped)
		warn_once(w, "too many mime parts, the rest ignored");
	if (!ps->found) {
		free(acc.s);
		acc = (struct ptext){normalize_eol(utf8_sanitize(body, len)),
				     PK_PLAIN, false};
	} else if ((!acc.s || mime_only_space(acc.s, acc.s + strlen(acc.s))) &&
		   !mime_only_space(ps->pre, ps->pre + ps->pre_len)) {
		/* the first boundary line is missing: the text is the preamble */
		free(acc.s);
		acc = (struct ptext){
			normalize_eol(utf8_sanitize(ps->pre, ps->pre_len)),
			PK_PLAIN, false};
	}
	free(ps);
	free(bd);
	return acc;
}

/* message/rfc822: a forwarded block, to be kept as history. */
static struct ptext
walk_embedded(struct walk *w, const char *body, size_t len, int depth)
{
	struct rfc822_headers h = {0};
	size_t off = 0;
	struct ptext in;
	struct buf b = {0};
	static const char *const show[] = {"From", "Date", "Subject"};

	rfc822_parse(body, len, &h, &off);
	in = walk_entity(w, &h, body + off, len - off, depth + 1,
			 "text/plain");
	buf_puts(&b, "---------- Forwarded message ----------\n");
	for (size_t i = 0; i < 3; i++) {
		const char *v = rfc822_get(&h, show[i]);
		char *d = v ? mime_decode_words(v) : NULL;

		if (d)
			buf_printf(&b, "%s: %s\n", show[i], d);
		free(d);
	}
	buf_printf(&b, "\n%s", in.s ? in.s : "");
	free(in.s);
	rfc822_free(&h);
	return (struct ptext){buf_steal(&b), PK_PLAIN, false};
}

static bool
is_attachment(const struct rfc822_headers *h)
{
	const char *cd = rfc822_get(h, "Content-Disposition");

	while (cd && mime_is_space(*cd))
		cd++;
	return cd && ascii_strncaseeq(cd, "attachment", 10);
}

/* A TNEF attachment (winmail.dat): by type, or by its file name. */
static bool
is_tnef(const struct rfc822_headers *h, const char *type)
{
	const char *cd = rfc822_get(h, "Content-Disposition");
	const char *ct = rfc822_get(h, "Content-Type");
	char *name = cd ? mime_param(cd, "filename") : NULL;
	bool yes;

	if (!name && ct)
		name = mime_param(ct, "name");
	yes = strcmp(type, "application/ms-tnef") == 0 ||
	      strcmp(type, "application/vnd.ms-tnef") == 0 ||
	      (name && ascii_strcaseeq(name, "winmail.dat"));
	free(name);
	return yes;
}

/* Its body and attached messages, as text of the message (tnef.h). */
static struct ptext
walk_tnef(struct walk *w, const struct rfc822_headers *h, const char *body,
	  size_t len)
{
	struct buf raw = {0};
	struct ptext r = {NULL, PK_NONE, true};

	decode_cte(w, h, body, len, &raw);
	r.s = tnef_text(raw.s, raw.len, TNEF_MAX_DEPTH, w->warn);
	buf_free(&raw);
	if (r.s)
		r.kind = PK_PLAIN;
	return r;
}

static char *
entity_type(struct walk *w, const char *ct, const char *deftype)
{
	char *t = ct ? mime_type(ct) : NULL;

	if (t)
		return t;
	if (ct && ascii_strncaseeq(ct, "text", 4)) {
		warn_once(w, "content type without subtype");
		return xstrdup("text/plain");
	}
	if (ct && *ct) {
		warn_once(w, "bad content type");
		return xstrdup("application/octet-stream");
	}
	return xstrdup(deftype);
}

static struct ptext
walk_entity(struct walk *w, const struct rfc822_headers *h, const char *body,
	    size_t len, int depth, const char *deftype)
{
	const char *ct = rfc822_get(h, "Content-Type");
	char *type;
	struct ptext r = {NULL, PK_NONE, false};
	bool unused = w->html_unused;

	w->html_unused = false; /* its own parts are not this entity */
	if (depth > MIME_MAX_DEPTH) {
		warn_once(w, "mime nesting too deep, parts skipped");
		return r;
	}
	type = entity_type(w, ct, deftype);
	if (is_tnef(h, type))
		r = walk_tnef(w, h, body, len);
	else if (depth > 0 && is_attachment(h))
		;
	else if (strncmp(type, "multipart/", 10) == 0)
		r = walk_multipart(w, ct, type, body, len, depth);
	else if (strcmp(type, "message/rfc822") == 0 ||
		 strcmp(type, "message/global") == 0)
		r = walk_embedded(w, body, len, depth);
	else if (strcmp(type, "text/html") == 0)
		r = leaf_text(w, h, body, len, true, unused);
	else if (strcmp(type, "text/plain") == 0)
		r = leaf_text(w, h, body, len, false, false);
	else if (strncmp(type, "text/", 5) == 0) {
		r = leaf_text(w, h, body, len, false, false);
		r.kind = PK_OTHER;
	}
	free(type);
	return r;
}

char *
mime_body_text(const struct rfc822_headers *h, const char *body, size_t len,
	       struct strlist *warn)
{
	struct walk w = {warn, 0, false, false};
	struct ptext r = walk_entity(&w, h, body, len, 0, "text/plain");

	return r.s ? r.s : xstrdup("");
}
