/* thread_subject.c - what a subject line tells threading: its key
 * (prefixes and tags dropped, case folded) and its ticket tags. */
#include "thread_subject.h"

#include <string.h>

/* Reply and forward prefixes, lower case (English, Russian, German). */
static const char *const reply_words[] = {
    "re", "fwd", "fw", "отв", "ответ", "пересл", "aw", "wg",
};

static bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Append one character starting at p, lower-cased (ASCII, Cyrillic);
 * returns how many bytes were read. */
static size_t
fold_char(const unsigned char *p, struct buf *b)
{
	unsigned c = p[0], d = p[1];

	if (c >= 'A' && c <= 'Z') {
		buf_putc(b, (char)(c + 32));
		return 1;
	}
	if (c != 0xD0 || d < 0x80 || d > 0xAF) {
		buf_putc(b, (char)c);
		return 1;
	}
	if (d < 0x90) { /* Ѐ..Џ -> ѐ..џ */
		buf_putc(b, (char)0xD1);
		buf_putc(b, (char)(d + 0x10));
	} else if (d < 0xA0) { /* А..П -> а..п */
		buf_putc(b, (char)0xD0);
		buf_putc(b, (char)(d + 0x20));
	} else { /* Р..Я -> р..я */
		buf_putc(b, (char)0xD1);
		buf_putc(b, (char)(d - 0x20));
	}
	return 2;
}

/* Length of a leading "[...]" tag, 0 when there is none. */
static size_t
tag_len(const char *s)
{
	size_t n = 0;

	if (*s != '[')
		return 0;
	while (s[n] && s[n] != ']' && n < THREAD_MAX_TAG)
		n++;
	return s[n] == ']' ? n + 1 : 0;
}

/* Length of a leading reply/forward prefix ("re:", "re[2]:", "fwd :",
 * "отв:"), 0 when there is none. s is folded. */
static size_t
prefix_len(const char *s)
{
	for (size_t i = 0; i < sizeof(reply_words) / sizeof(*reply_words);
	     i++) {
		size_t n = strlen(reply_words[i]);
		const char *p = s + n;

		if (strncmp(s, reply_words[i], n) != 0)
			continue;
		if (*p == '[' || *p == '(' || *p == '^') {
			for (p++; *p >= '0' && *p <= '9'; p++)
				;
			if (*p == ']' || *p == ')')
				p++;
		}
		while (*p == ' ')
			p++;
		if (*p == ':')
			return (size_t)(p + 1 - s);
	}
	return 0;
}

/* Copy s without "[...]" tags, white space collapsed and trimmed. */
static void
drop_tags(const char *s, struct buf *out)
{
	bool space = false;
	size_t n;

	while (*s) {
		if ((n = tag_len(s)) > 0 || is_space(*s)) {
			s += n ? n : 1;
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_putc(out, ' ');
		space = false;
		buf_putc(out, *s++);
	}
}

char *
thread_subject_key(const char *subject)
{
	struct buf fold = {0}, key = {0};
	const unsigned char *u =
	    (const unsigned char *)(subject ? subject : "");
	const char *p;
	size_t n;

	buf_append(&fold, "", 0);
	while (*u && fold.len < 4 * THREAD_MAX_KEY)
		u += fold_char(u, &fold);
	for (p = fold.s;;) {
		while (is_space(*p))
			p++;
		n = tag_len(p);
		if (!n)
			n = prefix_len(p);
		if (!n)
			break;
		p += n;
	}
	buf_append(&key, "", 0);
	drop_tags(p, &key);
	if (key.len > THREAD_MAX_KEY) {
		key.len = THREAD_MAX_KEY;
		while (key.len &&
		       ((unsigned char)key.s[key.len] & 0xC0) == 0x80)
			key.len--;
		key.s[key.len] = '\0';
	}
	buf_free(&fold);
	return buf_steal(&key);
}

static bool
ticket_char(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	       (c >= 'a' && c <= 'z') || c == '-';
}

/* The ticket of one tag body s[0..n) ("#12345", "Ticket#2026...",
 * "Request №5"), appended to out. */
static void
tag_ticket(const char *s, size_t n, struct strlist *out)
{
	const char *end = s + n, *p, *q;
	struct buf v = {0};
	bool digit = false;

	for (p = s; p < end && *p != '#' &&
		    !(end - p >= 3 && memcmp(p, "\xE2\x84\x96", 3) == 0);
	     p++)
		;
	if (p == end)
		return;
	p += *p == '#' ? 1 : 3;
	while (p < end && *p == ' ')
		p++;
	for (q = p; q < end && ticket_char(*q); q++)
		digit |= *q >= '0' && *q <= '9';
	while (q > p && q[-1] == '-')
		q--;
	if (!digit || q == p)
		return;
	for (; p < q; p++)
		buf_putc(&v, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p));
	if (strlist_contains(out, v.s))
		buf_free(&v);
	else
		strlist_push_own(out, buf_steal(&v));
}

void
thread_subject_tickets(const char *subject, struct strlist *out)
{
	size_t n;

	for (const char *p = subject; p && (p = strchr(p, '[')); p++) {
		n = tag_len(p);
		if (n > 2)
			tag_ticket(p + 1, n - 2, out);
	}
}
