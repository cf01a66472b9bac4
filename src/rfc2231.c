/* rfc2231.c - Content-Type values: the media type (RFC 2045) and
 * parameters with RFC 2231 continuations and charset'lang'%XX values. */
#include "mime.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"

#define MAX_SEGMENTS 64 /* RFC 2231 continuations kept */

char *
mime_type(const char *ctype)
{
	size_t n = 0;
	char *t;

	while (ctype[n] && ctype[n] != ';' && !mime_is_space(ctype[n]) &&
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

	while (*p && (mime_is_space(*p) || *p == ';'))
		p++;
	if (!*p)
		return false;
	for (s = p; *p && *p != '=' && *p != ';' && !mime_is_space(*p); p++)
		;
	out->name = xstrndup(s, (size_t)(p - s));
	for (char *q = out->name; *q; q++)
		*q = (char)ascii_tolower((unsigned char)*q);
	while (mime_is_space(*p))
		p++;
	buf_append(&v, "", 0);
	if (*p == '=') {
		for (p++; mime_is_space(*p); p++)
			;
		if (*p == '"')
			read_quoted(&p, &v);
		else
			for (s = p; *p && *p != ';' && !mime_is_space(*p); p++)
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

	while (*p && *p != ';' && !mime_is_space(*p))
		p++;
	return p;
}

static void
percent_decode(const char *s, struct buf *b)
{
	for (; *s; s++) {
		if (*s == '%' && ascii_hexval(s[1]) >= 0 &&
		    ascii_hexval(s[2]) >= 0) {
			buf_putc(b, (char)(ascii_hexval(s[1]) * 16 +
					   ascii_hexval(s[2])));
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
