/* rfc2047.c - encoded words in header values ("=?UTF-8?B?...?="): B and
 * Q decoding, white space between adjacent words dropped, a character
 * split between two words joined. */
#include "mime.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"

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

	while (*q && *q != '?' && !mime_is_space(*q))
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
			 ascii_hexval(s[i + 1]) >= 0 &&
			 ascii_hexval(s[i + 2]) >= 0) {
			buf_putc(b, (char)(ascii_hexval(s[i + 1]) * 16 +
					   ascii_hexval(s[i + 2])));
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
		if (!(prev_word && mime_only_space(lit, p)))
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
