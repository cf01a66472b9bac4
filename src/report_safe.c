/* report_safe.c - neutralising input text for terminal and HTML output. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "charset.h"
#include "report.h"

/* Code points that must not reach a terminal as themselves: C0 and C1
 * controls, DEL, and the bidirectional overrides that can reorder text. */
static bool
dangerous(uint32_t c)
{
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
	       (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void
safe_text_append(struct buf *b, const char *s, bool oneline)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + strlen(s);

	while (*p) {
		uint32_t c;
		size_t n = utf8_decode(p, end, &c);

		if (n == 0) {
			buf_puts(b, "\xef\xbf\xbd"); /* U+FFFD */
			p++;
			continue;
		}
		if ((c == '\n' || c == '\t') && !oneline) {
			buf_putc(b, (char)c);
		} else if (c == '\n' || c == '\t' || c == '\r') {
			buf_putc(b, ' ');
		} else if (dangerous(c)) {
			buf_printf(b, c < 0x100 ? "\\x%02X" : "\\u%04X",
				   (unsigned)c);
		} else {
			buf_append(b, (const char *)p, n);
		}
		p += n;
	}
}

static const struct {
	char c;
	const char *ref;
} html_refs[] = {
	{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"},
	{'"', "&quot;"}, {'\'', "&#39;"},
};

static const char *
html_ref(uint32_t c)
{
	for (size_t i = 0; i < countof(html_refs); i++)
		if ((uint32_t)(unsigned char)html_refs[i].c == c)
			return html_refs[i].ref;
	return NULL;
}

/* Not characters (HTML parse errors, forbidden in XML). */
static bool
noncharacter(uint32_t c)
{
	return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

void
html_escape_append(struct buf *b, const char *s, bool oneline)
{
	struct buf t = {0};
	const unsigned char *p, *end;

	safe_text_append(&t, s ? s : "", oneline);
	p = (const unsigned char *)(t.s ? t.s : "");
	end = p + t.len;
	while (p < end) {
		uint32_t c;
		size_t n = utf8_decode(p, end, &c);
		const char *ref;

		if (n == 0) {
			buf_puts(b, "\xef\xbf\xbd");
			p++;
			continue;
		}
		if ((ref = html_ref(c)) != NULL)
			buf_puts(b, ref);
		else if (noncharacter(c))
			buf_puts(b, "\xef\xbf\xbd");
		else
			buf_append(b, (const char *)p, n);
		p += n;
	}
	buf_free(&t);
}

struct esc_time
report_shown(const struct run *r, struct esc_time t)
{
	if (r && r->in_tz && t.set)
		(void)time_to_local_zone(&t);
	return t;
}

void
conversation_sources(const struct conversation *c, struct strlist *out)
{
	for (size_t i = 0; i < c->n_msgs; i++) {
		const char *f = c->msgs[i].file;

		if (f && !strlist_contains(out, f))
			strlist_push(out, f);
	}
	if (out->n == 0 && c->source)
		strlist_push(out, c->source);
}
