/* mime.c - content types, RFC 2231 parameters, QP/base64, RFC 2047 words. */
#include "mime.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "html.h"
#include "tnef.h"

#define MAX_SEGMENTS 64 /* RFC 2231 continuations kept */

static bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = ascii_tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

char *
mime_type(const char *ctype)
{
	size_t n = 0;
	char *t;

	while (ctype[n] && ctype[n] != ';' && !is_space(ctype[n]) &&
	       ctype[n] != '(')
		n++;
	if (!memchr(ctype, '/', n) || ctype[0] == '/' || ctype[n - 1] == '/')
		return NULL;
	t = xstrndup(ctype, n);
	for (char *p = t; *p; p++)
		*p = (char)ascii_tolower((unsigned char)*p);
	return t;
}

struct param {
	char *name;  /* lower case */
	char *value; /* unquoted */
};

static void
read_quoted(const char **pp, struct buf *b)
{
	const char *p = *pp + 1;

	for (; *p && *p != '"'; p++) {
		if (*p == '\\' && p[1])
			p++;
		buf_putc(b, *p);
	}
	*pp = *p ? p + 1 : p;
}

/* The next "name=value" after *pp; false at the end. */
static bool
next_param(const char **pp, struct param *out)
{
	const char *p = *pp, *s;
	struct buf v = {0};

	while (*p && (is_space(*p) || *p == ';'))
		p++;
	if (!*p)
		return false;
	for (s = p; *p && *p != '=' && *p != ';' && !is_space(*p); p++)
		;
	out->name = xstrndup(s, (size_t)(p - s));
	for (char *q = out->name; *q; q++)
		*q = (char)ascii_tolower((unsigned char)*q);
	while (is_space(*p))
		p++;
	buf_append(&v, "", 0);
	if (*p == '=') {
		for (p++; is_space(*p); p++)
			;
		if (*p == '"')
			read_quoted(&p, &v);
		else
			for (s = p; *p && *p != ';' && !is_space(*p); p++)
				buf_putc(&v, *p);
	}
	out->value = buf_steal(&v);
	*pp = p;
	return true;
}

/* Parameters start after the media type token. */
static const char *
params_start(const char *value)
{
	const char *p = value;

	while (*p && *p != ';' && !is_space(*p))
		p++;
	return p;
}

static void
percent_decode(const char *s, struct buf *b)
{
	for (; *s; s++) {
		if (*s == '%' && hexval(s[1]) >= 0 && hexval(s[2]) >= 0) {
			buf_putc(b, (char)(hexval(s[1]) * 16 + hexval(s[2])));
			s += 2;
		} else {
			buf_putc(b, *s);
		}
	}
}

/* "charset'lang'text" of a first encoded segment: the charset, and
 * *rest advanced to the text. */
static char *
ext_charset(const char *v, const char **rest)
{
	const char *q1 = strchr(v, '\''), *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;

	*rest = v;
	if (!q2)
		return NULL;
	*rest = q2 + 1;
	return xstrndup(v, (size_t)(q1 - v));
}

struct ext {
	char *seg[MAX_SEGMENTS];
	bool enc[MAX_SEGMENTS];
};

/* Record p in x when it is name*, name*N or name*N*. */
static void
ext_take(struct ext *x, const char *name, struct param *p)
{
	size_t n = strlen(name);
	const char *s = p->name + n;
	long idx = 0;
	char *end;

	if (strncmp(p->name, name, n) != 0 || *s != '*')
		return;
	s++;
	if (*s) {
		idx = strtol(s, &end, 10);
		if (end == s || idx < 0 || idx >= MAX_SEGMENTS ||
		    (*end && strcmp(end, "*") != 0))
			return;
		x->enc[idx] = *end == '*';
	} else {
		x->enc[0] = true;
	}
	if (!x->seg[idx]) {
		x->seg[idx] = p->value;
		p->value = NULL;
	}
}

static char *
ext_join(struct ext *x)
{
	struct buf b = {0};
	char *cs = NULL, *res;
	size_t n;

	buf_append(&b, "", 0);
	for (int i = 0; i < MAX_SEGMENTS && x->seg[i]; i++) {
		const char *text = x->seg[i];

		if (i == 0 && x->enc[0])
			cs = ext_charset(x->seg[0], &text);
		if (x->enc[i])
			percent_decode(text, &b);
		else
			buf_puts(&b, text);
	}
	n = b.len;
	res = buf_steal(&b);
	{
		char *u = charset_to_utf8(cs, res, n, NULL);

		free(res);
		res = u;
	}
	free(cs);
	for (int i = 0; i < MAX_SEGMENTS; i++)
		free(x->seg[i]);
	return res;
}

char *
mime_param(const char *value, const char *name)
{
	const char *p = params_start(value);
	struct ext x = {{0}, {0}};
	struct param pr;
	char *plain = NULL;

	while (next_param(&p, &pr)) {
		if (!plain && strcmp(pr.name, name) == 0) {
			plain = pr.value;
			pr.value = NULL;
		} else {
			ext_take(&x, name, &pr);
		}
		free(pr.name);
		free(pr.value);
	}
	if (x.seg[0]) {
		free(plain);
		return ext_join(&x);
	}
	for (int i = 0; i < MAX_SEGMENTS; i++)
		free(x.seg[i]);
	return plain;
}

bool
mime_decode_qp(const char *s, size_t len, struct buf *out)
{
	bool ok = true;
	size_t i = 0, j;

	buf_append(out, "", 0);
	while (i < len) {
		if (s[i] != '=') {
			buf_putc(out, s[i++]);
			continue;
		}
		if (i + 2 < len && hexval(s[i + 1]) >= 0 &&
		    hexval(s[i + 2]) >= 0) {
			buf_putc(out, (char)(hexval(s[i + 1]) * 16 +
					     hexval(s[i + 2])));
			i += 3;
			continue;
		}
		for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '\t'); j++)
			;
		if (j < len && s[j] == '\r' && j + 1 < len && s[j + 1] == '\n')
			j++;
		if (j >= len || s[j] == '\n') { /* soft line break */
			i = j + 1;
			continue;
		}
		ok = false; /* bad escape: keep it as it is */
		buf_putc(out, s[i++]);
	}
	return ok;
}

static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

bool
mime_decode_base64(const char *s, size_t len, struct buf *out)
{
	unsigned long acc = 0;
	int bits = 0, v;
	bool ok = true;

	buf_append(out, "", 0);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '=') { /* padding ends a group */
			bits = 0;
			continue;
		}
		if ((v = b64val((unsigned char)s[i])) < 0) {
			ok = ok && is_space(s[i]);
			continue;
		}
		acc = (acc << 6 | (unsigned long)v) & 0xFFFFFF;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_putc(out, (char)((acc >> bits) & 0xFF));
		}
	}
	return ok && bits < 6;
}

/* --- RFC 2047 --- */

struct word {
	char cs[64];
	char enc; /* 'b' or 'q' */
	const char *text, *text_end, *end;
};

static bool
parse_word(const char *p, struct word *w)
{
	const char *q = p + 2, *cs = q, *star;
	size_t n;

	while (*q && *q != '?' && !is_space(*q))
		q++;
	n = (size_t)(q - cs);
	if (*q != '?' || n == 0 || n >= sizeof(w->cs))
		return false;
	memcpy(w->cs, cs, n);
	w->cs[n] = '\0';
	if ((star = strchr(w->cs, '*'))) /* RFC 2231 language suffix */
		w->cs[star - w->cs] = '\0';
	w->enc = (char)ascii_tolower((unsigned char)q[1]);
	if ((w->enc != 'b' && w->enc != 'q') || q[2] != '?')
		return false;
	w->text = q + 3;
	w->text_end = strstr(w->text, "?=");
	if (!w->text_end)
		return false;
	w->end = w->text_end + 2;
	return true;
}

static void
decode_q(const char *s, size_t n, struct buf *b)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '_')
			buf_putc(b, ' ');
		else if (s[i] == '=' && i + 2 < n &&
			 hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			buf_putc(b, (char)(hexval(s[i + 1]) * 16 +
					   hexval(s[i + 2])));
			i += 2;
		} else
			buf_putc(b, s[i]);
	}
}

struct words_state {
	struct buf out;	 /* UTF-8 */
	struct buf pend; /* raw bytes of adjacent words of one charset */
	char cs[64];
};

static void
flush_pending(struct words_state *st)
{
	char *u;

	if (st->pend.len == 0)
		return;
	u = charset_to_utf8(st->cs, st->pend.s, st->pend.len, NULL);
	buf_puts(&st->out, u);
	free(u);
	st->pend.len = 0;
	st->pend.s[0] = '\0';
}

static void
put_literal(struct words_state *st, const char *s, size_t n)
{
	char *u;

	flush_pending(st);
	u = charset_to_utf8(NULL, s, n, NULL);
	buf_puts(&st->out, u);
	free(u);
}

static bool
only_space(const char *s, const char *e)
{
	for (; s < e; s++)
		if (!is_space(*s))
			return false;
	return true;
}

char *
mime_decode_words(const char *s)
{
	struct words_state st = {{0}, {0}, ""};
	const char *p = s, *lit = s;
	bool prev_word = false;
	struct word w;
	char *res;

	buf_append(&st.out, "", 0);
	buf_append(&st.pend, "", 0);
	while ((p = strstr(p, "=?")) != NULL) {
		if (!parse_word(p, &w)) {
			p += 2;
			continue;
		}
		if (!(prev_word && only_space(lit, p)))
			put_literal(&st, lit, (size_t)(p - lit));
		if (!ascii_strcaseeq(st.cs, w.cs))
			flush_pending(&st);
		memcpy(st.cs, w.cs, sizeof(st.cs));
		if (w.enc == 'b')
			mime_decode_base64(w.text,
					   (size_t)(w.text_end - w.text),
					   &st.pend);
		else
			decode_q(w.text, (size_t)(w.text_end - w.text),
				 &st.pend);
		p = lit = w.end;
		prev_word = true;
	}
	put_literal(&st, lit, strlen(lit));
	buf_free(&st.pend);
	for (char *q = st.out.s; *q; q++)
		if (*q == '\r' || *q == '\n' || *q == '\t')
			*q = ' ';
	res = buf_steal(&st.out);
	return res;
}

/* --- the multipart walk --- */

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

		while (le > p && is_space(le[-1]))
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

static struct ptext
leaf_text(struct walk *w, const struct rfc822_headers *h, const char *body,
	  size_t len, bool html)
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
		r.s = html_to_text(u, strlen(u), "UTF-8");
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
	while (p < end && is_space(*p)) /* transport padding */
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
		while (*a && is_space((unsigned char)*a))
			a++;
		while (*b && is_space((unsigned char)*b))
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
	if (c.kind > PK_OTHER && only_space(c.s, c.s + strlen(c.s)))
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
	ps = xcalloc(1, sizeof(*ps));
	split_parts(body, len, bd, ps);
	if (!ps->found && (guess = guess_boundary(body, len)) != NULL) {
		memset(ps, 0, sizeof(*ps));
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
	} else if ((!acc.s || only_space(acc.s, acc.s + strlen(acc.s))) &&
		   !only_space(ps->pre, ps->pre + ps->pre_len)) {
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

	while (cd && is_space(*cd))
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
		r = leaf_text(w, h, body, len, true);
	else if (strcmp(type, "text/plain") == 0)
		r = leaf_text(w, h, body, len, false);
	else if (strncmp(type, "text/", 5) == 0) {
		r = leaf_text(w, h, body, len, false);
		r.kind = PK_OTHER;
	}
	free(type);
	return r;
}

char *
mime_body_text(const struct rfc822_headers *h, const char *body, size_t len,
	       struct strlist *warn)
{
	struct walk w = {warn, 0, false};
	struct ptext r = walk_entity(&w, h, body, len, 0, "text/plain");

	return r.s ? r.s : xstrdup("");
}
