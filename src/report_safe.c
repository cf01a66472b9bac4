/* report_safe.c - neutralising input text for terminal output. */
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
