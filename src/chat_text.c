/* chat_text.c - plain-text chats: WhatsApp exports and "[date time] Name:" logs. */
#include "chat_text.h"

#include "charset.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define CHAT_MAX_SENDER 100 /* bytes; a longer "name" is not a sender */

enum date_order { ORDER_DMY, ORDER_MDY, ORDER_YMD };

/* A header "28.11.2026, 14:05 - " or "[28.11.26, 14:05:09] " as written. */
struct chat_hdr {
	int f[3];  /* date fields in written order */
	int nd[3]; /* their digit counts */
	char sep;  /* '.', '/' or '-' */
	int hour, min, sec;
	int ampm;    /* -1 none, 0 am, 1 pm */
	size_t body; /* offset of the text after the header */
};

struct chat_line {
	const char *s;
	size_t len;
	bool is_hdr;
	struct chat_hdr h;
};

/* Text prefixes of lines that carry a sender but are service notices. */
static const char *const system_texts[] = {
	"Messages and calls are end-to-end encrypted",
	"Messages you send to this group are now secured",
	"Messages you send to this chat and calls are now secured",
	"Your security code with",
	"Сообщения и звонки защищены сквозным шифрованием",
	"Сообщения, отправляемые в эту группу, теперь защищены",
};

/* Words that make a "Name" before ": " an event, not a sender. */
static const char *const system_verbs[] = {
	" created group", " changed the subject", " changed the group",
	" changed this group", " changed their phone", " changed to ",
	" added ", " removed ", " left", " joined ", " deleted ",
	"создал", "добавил", "удалил", "изменил", "покинул", "вышел",
	"присоедин",
};

/* Invisible marks dropped everywhere: LRM, RLM, BOM. */
static const char *const invisible[] = {
	"\xe2\x80\x8e", "\xe2\x80\x8f", "\xef\xbb\xbf",
};

static size_t
invisible_len(const char *s, const char *end)
{
	for (size_t i = 0; i < sizeof(invisible) / sizeof(invisible[0]); i++) {
		size_t n = strlen(invisible[i]);

		if ((size_t)(end - s) >= n && memcmp(s, invisible[i], n) == 0)
			return n;
	}
	return 0;
}

/* Copy with line ends normalized to LF, NULs and invisible marks
 * dropped, and bytes that are not UTF-8 replaced by U+FFFD. */
static char *
clean_text(const char *data, size_t len, size_t *out_len)
{
	struct buf b = {0};
	const char *p = data, *end = data + len;

	buf_append(&b, "", 0);
	while (p < end) {
		size_t skip = invisible_len(p, end);
		size_t n;
		uint32_t cp;

		if (skip) {
			p += skip;
		} else if (*p == '\r') {
			buf_putc(&b, '\n');
			p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
		} else if (*p == '\0') {
			p++;
		} else if ((n = utf8_decode((const unsigned char *)p,
					    (const unsigned char *)end, &cp)) > 0) {
			buf_append(&b, p, n);
			p += n;
		} else {
			buf_append(&b, "\xef\xbf\xbd", 3);
			p++;
		}
	}
	*out_len = b.len;
	return buf_steal(&b);
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Up to maxd digits; false when none. */
static bool
take_num(const char **p, const char *end, int maxd, int *v, int *nd)
{
	int n = 0, x = 0;

	while (*p < end && is_digit(**p) && n < maxd) {
		x = x * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (n == 0 || (*p < end && is_digit(**p)))
		return false;
	*v = x;
	if (nd)
		*nd = n;
	return true;
}

/* One blank: ASCII space, U+00A0 or U+202F. Returns bytes, 0 if none. */
static size_t
blank_len(const char *p, const char *end)
{
	if (p < end && *p == ' ')
		return 1;
	if (end - p >= 2 && memcmp(p, "\xc2\xa0", 2) == 0)
		return 2;
	if (end - p >= 3 && memcmp(p, "\xe2\x80\xaf", 3) == 0)
		return 3;
	return 0;
}

static size_t
skip_blanks(const char **p, const char *end)
{
	size_t n = 0, k;

	while ((k = blank_len(*p, end)) > 0) {
		*p += k;
		n++;
	}
	return n;
}

static bool
take_char(const char **p, const char *end, char c)
{
	if (*p < end && **p == c) {
		(*p)++;
		return true;
	}
	return false;
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* "AM", "pm", "a.m.", "p. m."; sets *ampm. */
static bool
take_ampm(const char **p, const char *end, int *ampm)
{
	const char *q = *p;
	int c;

	if (q >= end)
		return false;
	c = ascii_tolower((unsigned char)*q);
	if (c != 'a' && c != 'p')
		return false;
	q++;
	take_char(&q, end, '.');
	skip_blanks(&q, end);
	if (q >= end || ascii_tolower((unsigned char)*q) != 'm')
		return false;
	q++;
	take_char(&q, end, '.');
	if (q < end && is_alpha(*q))
		return false;
	*ampm = c == 'p';
	*p = q;
	return true;
}

static bool
parse_date(const char **p, const char *end, struct chat_hdr *h)
{
	char sep;

	if (!take_num(p, end, 4, &h->f[0], &h->nd[0]) || *p >= end)
		return false;
	sep = **p;
	if (sep != '.' && sep != '/' && sep != '-')
		return false;
	h->sep = sep;
	(*p)++;
	if (!take_num(p, end, 2, &h->f[1], &h->nd[1]) ||
	    !take_char(p, end, sep) ||
	    !take_num(p, end, 4, &h->f[2], &h->nd[2]))
		return false;
	if (h->nd[0] == 4)
		return h->nd[2] <= 2;
	return h->nd[0] <= 2 && (h->nd[2] == 2 || h->nd[2] == 4);
}

static bool
parse_clock(const char **p, const char *end, struct chat_hdr *h)
{
	const char *q;

	if (!take_num(p, end, 2, &h->hour, NULL) || !take_char(p, end, ':') ||
	    !take_num(p, end, 2, &h->min, NULL))
		return false;
	h->sec = 0;
	if (*p + 1 < end && **p == ':' && is_digit((*p)[1])) {
		(*p)++;
		if (!take_num(p, end, 2, &h->sec, NULL))
			return false;
	}
	h->ampm = -1;
	q = *p;
	skip_blanks(&q, end);
	if (take_ampm(&q, end, &h->ampm))
		*p = q;
	return true;
}

/* After the time: "] " for the bracket form, " - " otherwise. */
static bool
parse_close(const char **p, const char *end, bool bracket)
{
	if (bracket) {
		if (!take_char(p, end, ']'))
			return false;
		skip_blanks(p, end);
		return true;
	}
	if (skip_blanks(p, end) == 0)
		return false;
	if (!take_char(p, end, '-')) {
		if (end - *p < 3 || memcmp(*p, "\xe2\x80\x93", 3) != 0)
			return false;
		*p += 3;
	}
	return blank_len(*p, end) > 0 || *p == end;
}

static bool
parse_header(const char *s, size_t len, struct chat_hdr *h)
{
	const char *p = s, *end = s + len;
	bool bracket = take_char(&p, end, '[');

	if (!parse_date(&p, end, h))
		return false;
	take_char(&p, end, ',');
	if (skip_blanks(&p, end) == 0 || !parse_clock(&p, end, h) ||
	    !parse_close(&p, end, bracket))
		return false;
	if (!bracket)
		p += blank_len(p, end);
	h->body = (size_t)(p - s);
	return true;
}

/* Day/month order for the whole file: a field above 12 decides; when
 * none does, "m/d/yy" with AM/PM (the US habit), else day first. */
static enum date_order
infer_order(const struct chat_line *l, size_t n)
{
	bool first_big = false, second_big = false, us_like = false;

	for (size_t i = 0; i < n; i++) {
		if (!l[i].is_hdr || l[i].h.nd[0] == 4)
			continue;
		if (l[i].h.f[0] > 12)
			first_big = true;
		else if (l[i].h.f[1] > 12)
			second_big = true;
		if (l[i].h.sep == '/' && l[i].h.ampm >= 0)
			us_like = true;
	}
	if (first_big)
		return ORDER_DMY;
	if (second_big || us_like)
		return ORDER_MDY;
	return ORDER_DMY;
}

static bool
header_time(const struct chat_hdr *h, enum date_order order,
	    struct esc_time *t)
{
	struct civil c = {0};

	if (h->nd[0] == 4) {
		c.year = h->f[0];
		c.month = h->f[1];
		c.day = h->f[2];
	} else {
		c.year = h->nd[2] == 4 ? h->f[2] : 2000 + h->f[2];
		c.day = order == ORDER_MDY ? h->f[1] : h->f[0];
		c.month = order == ORDER_MDY ? h->f[0] : h->f[1];
	}
	c.hour = h->hour;
	if (h->ampm >= 0 && h->hour >= 1 && h->hour <= 12)
		c.hour = h->hour % 12 + (h->ampm ? 12 : 0);
	c.min = h->min;
	c.sec = h->sec;
	if (!civil_valid(c.year, c.month, c.day) || c.hour > 23 ||
	    c.min > 59 || c.sec > 59)
		return false;
	if (!time_from_civil_local(&c, t))
		t->set = false;
	return true;
}

static bool
has_prefix_ci(const char *s, size_t n, const char *pre)
{
	size_t k = strlen(pre);

	return n >= k && ascii_strncaseeq(s, pre, k);
}

static bool
contains(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			return true;
	return false;
}

/* Where a sender name ends: the first ": " (or ':' ending the line),
 * else the first ':' glued to the text ("Name:.") that is not a URL. */
static size_t
sender_colon(const char *b, size_t n)
{
	size_t lim = n < CHAT_MAX_SENDER + 1 ? n : CHAT_MAX_SENDER + 1;
	size_t glued = n;

	for (size_t i = 0; i < lim; i++) {
		if (b[i] == '\n')
			break;
		if (b[i] != ':')
			continue;
		if (i + 1 == n || b[i + 1] == ' ' || b[i + 1] == '\n')
			return i;
		if (glued == n && b[i + 1] != '/')
			glued = i;
	}
	return glued;
}

static bool
split_sender(const char *b, size_t n, size_t *slen)
{
	size_t i = sender_colon(b, n);

	if (i == 0 || i >= n)
		return false;
	for (size_t k = 0; k < sizeof(system_verbs) / sizeof(system_verbs[0]);
	     k++)
		if (contains(b, i, system_verbs[k]))
			return false;
	*slen = i;
	return true;
}

static bool
is_system_text(const char *s, size_t n)
{
	for (size_t k = 0; k < sizeof(system_texts) / sizeof(system_texts[0]);
	     k++)
		if (has_prefix_ci(s, n, system_texts[k]))
			return true;
	return false;
}

/* Body text without leading and trailing blank lines. */
static char *
trimmed_text(const char *s, size_t n)
{
	while (n > 0 && *s == '\n')
		s++, n--;
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' ' ||
			 s[n - 1] == '\t'))
		n--;
	return xstrndup(s, n);
}

/* Fill message m from a header body that may span several lines. */
static void
fill_message(struct message *m, const char *b, size_t n)
{
	size_t slen, off;

	if (!split_sender(b, n, &slen)) {
		m->role = ROLE_SYSTEM;
		m->text = trimmed_text(b, n);
		return;
	}
	off = slen + 1;
	if (off < n && b[off] == ' ')
		off++;
	m->text = trimmed_text(b + off, n - off);
	if (is_system_text(b + off, n - off)) {
		m->role = ROLE_SYSTEM;
		return;
	}
	m->sender_name = xstrndup(b, slen);
	m->role = ROLE_UNKNOWN;
}

/* Split the cleaned text into lines and find the headers. */
static struct chat_line *
scan_lines(const char *t, size_t len, size_t *n_out)
{
	struct chat_line *l = NULL;
	size_t n = 0, cap = 0;
	const char *p = t, *end = t + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);

		l = xgrow(l, &cap, n + 1, sizeof(*l));
		memset(&l[n], 0, sizeof(l[n]));
		l[n].s = p;
		l[n].len = ll;
		l[n].is_hdr = parse_header(p, ll, &l[n].h);
		n++;
		p += ll + (nl ? 1 : 0);
	}
	*n_out = n;
	return l;
}

/* Index of the line after the message that starts at line i. */
static size_t
message_end(const struct chat_line *l, size_t n, size_t i)
{
	for (i++; i < n; i++)
		if (l[i].is_hdr)
			break;
	return i;
}

static void
add_message(struct conversation *c, const struct chat_line *l, size_t from,
	    size_t to, struct esc_time t)
{
	struct buf b = {0};
	struct message *m;

	buf_append(&b, l[from].s + l[from].h.body,
		   l[from].len - l[from].h.body);
	for (size_t k = from + 1; k < to; k++) {
		buf_putc(&b, '\n');
		buf_append(&b, l[k].s, l[k].len);
	}
	m = conversation_add_message(c);
	m->time = t;
	fill_message(m, b.s, b.len);
	buf_free(&b);
}

/* Headers whose date is not valid in the file's order are text. */
static void
drop_invalid_headers(struct chat_line *l, size_t n, enum date_order order,
		     struct esc_time *times)
{
	for (size_t i = 0; i < n; i++) {
		times[i].set = false;
		if (l[i].is_hdr && !header_time(&l[i].h, order, &times[i]))
			l[i].is_hdr = false;
	}
}

static void
build_messages(struct conversation *c, struct chat_line *l, size_t n)
{
	struct esc_time *times = xcalloc(n ? n : 1, sizeof(*times));
	size_t i = 0;

	drop_invalid_headers(l, n, infer_order(l, n), times);
	while (i < n && !l[i].is_hdr)
		i++;
	while (i < n) {
		size_t j = message_end(l, n, i);

		add_message(c, l, i, j, times[i]);
		i = j;
	}
	free(times);
}

int
chat_read(const char *path, enum input_format fmt, const char *data,
	  size_t len, struct conv_list *out, struct strlist *warn)
{
	struct conversation *c;
	struct chat_line *lines;
	size_t tlen, n;
	char *text;

	if (fmt != FMT_WHATSAPP && fmt != FMT_CHATLOG)
		fmt = FMT_WHATSAPP;
	text = clean_text(data, len, &tlen);
	lines = scan_lines(text, tlen, &n);
	c = conversation_new(path, fmt);
	build_messages(c, lines, n);
	free(lines);
	free(text);
	if (c->n_msgs == 0) {
		conversation_free(c);
		strlist_push(warn, "no chat messages recognised");
		return -1;
	}
	conv_list_push(out, c);
	return 0;
}
