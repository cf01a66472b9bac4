/* rfc822.c - RFC 5322 header parsing, unfolding, addresses and dates. */
#include "rfc822.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
is_wsp(int c)
{
	return c == ' ' || c == '\t';
}

/* If the line [p, end) starts a header, the offset just after its ':'. */
static size_t
header_colon(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && (unsigned char)*q > 32 && (unsigned char)*q < 127 &&
	       *q != ':')
		q++;
	if (q == p)
		return 0;
	while (q < end && is_wsp(*q)) /* obsolete "Name :" */
		q++;
	return q < end && *q == ':' ? (size_t)(q + 1 - p) : 0;
}

static void
push_header(struct rfc822_headers *h, const char *name, size_t nlen,
	    struct buf *val)
{
	struct rfc822_header *hd;
	size_t n = nlen;
	char *t;

	while (n > 0 && is_wsp(name[n - 1]))
		n--;
	if (h->n >= RFC822_MAX_HEADERS) {
		h->truncated = true;
		buf_free(val);
		return;
	}
	h->v = xgrow(h->v, &h->cap, h->n + 1, sizeof(*h->v));
	hd = &h->v[h->n++];
	hd->name = xstrndup(name, n);
	for (size_t i = 0; i < val->len; i++)
		if (val->s[i] == '\0')
			val->s[i] = ' ';
	hd->value = buf_steal(val);
	t = str_trim(hd->value);
	memmove(hd->value, t, strlen(t) + 1);
}

static void
append_value(struct rfc822_headers *h, struct buf *val, const char *p,
	     size_t n)
{
	if (val->len + n > RFC822_MAX_VALUE) {
		h->truncated = true;
		n = RFC822_MAX_VALUE > val->len ? RFC822_MAX_VALUE - val->len : 0;
	}
	buf_append(val, p, n);
}

/* Skip a byte-order mark and an mbox "From " line. */
static size_t
skip_prologue(const char *data, size_t len)
{
	size_t off = 0;
	const char *nl;

	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		off = 3;
	if (len - off >= 5 && memcmp(data + off, "From ", 5) == 0) {
		nl = memchr(data + off, '\n', len - off);
		off = nl ? (size_t)(nl + 1 - data) : len;
	}
	while (off < len && is_wsp(data[off])) /* " From: x" on line 1 */
		off++;
	return off;
}

/* Whether one of the next two lines starts a header. */
static bool
header_follows(const char *p, const char *end)
{
	for (int i = 0; i < 2 && p < end; i++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;

		if (le == p || (le - p == 1 && *p == '\r'))
			return false;
		if (header_colon(p, le))
			return true;
		p = nl ? nl + 1 : end;
	}
	return false;
}

size_t
rfc822_parse(const char *data, size_t len, struct rfc822_headers *h,
	     size_t *body_off)
{
	const char *p = data + skip_prologue(data, len), *end = data + len;
	const char *name = NULL;
	size_t nlen = 0, colon;
	struct buf val = {0};

	*body_off = len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end, *next = nl ? nl + 1 : end;

		if (le > p && le[-1] == '\r')
			le--;
		if (le == p) { /* empty line: end of the header block */
			*body_off = (size_t)(next - data);
			break;
		}
		if (is_wsp(*p) && name) {
			append_value(h, &val, p, (size_t)(le - p));
		} else if ((colon = header_colon(p, le)) != 0) {
			if (name)
				push_header(h, name, nlen, &val);
			name = p;
			nlen = colon - 1;
			buf_append(&val, "", 0);
			append_value(h, &val, p + colon, (size_t)(le - p - colon));
		} else if (name && header_follows(next, end)) {
			/* a continuation that lost its folding white space */
			buf_putc(&val, ' ');
			append_value(h, &val, p, (size_t)(le - p));
		} else { /* not a header: the body starts here */
			*body_off = (size_t)(p - data);
			break;
		}
		p = next;
	}
	if (name)
		push_header(h, name, nlen, &val);
	buf_free(&val);
	return h->n;
}

const char *
rfc822_get(const struct rfc822_headers *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++)
		if (ascii_strcaseeq(h->v[i].name, name))
			return h->v[i].value;
	return NULL;
}

size_t
rfc822_count(const struct rfc822_headers *h, const char *name)
{
	size_t k = 0;

	for (size_t i = 0; i < h->n; i++)
		k += ascii_strcaseeq(h->v[i].name, name);
	return k;
}

void
rfc822_free(struct rfc822_headers *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].name);
		free(h->v[i].value);
	}
	free(h->v);
	memset(h, 0, sizeof(*h));
}

/* Where the first top-level ',' is (outside quotes, <> and comments). */
static size_t
first_mailbox_len(const char *s)
{
	int depth = 0;
	bool quoted = false, angle = false;
	size_t i;

	for (i = 0; s[i]; i++) {
		char c = s[i];

		if (c == '\\' && s[i + 1]) {
			i++;
		} else if (quoted) {
			quoted = c != '"';
		} else if (c == '"') {
			quoted = true;
		} else if (c == '(') {
			depth++;
		} else if (c == ')' && depth > 0) {
			depth--;
		} else if (depth == 0 && c == '<') {
			angle = true;
		} else if (depth == 0 && c == '>') {
			angle = false;
		} else if (depth == 0 && !angle && (c == ',' || c == ';')) {
			break;
		}
	}
	return i;
}

/* A copy of s[0..n) without quotes, backslash escapes and outer
 * parentheses, trimmed; NULL when empty. */
static char *
clean_phrase(const char *s, size_t n)
{
	struct buf b = {0};
	char *r, *t;

	buf_append(&b, "", 0);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n)
			buf_putc(&b, s[++i]);
		else if (s[i] != '"')
			buf_putc(&b, s[i]);
	}
	r = buf_steal(&b);
	t = str_trim(r);
	if (*t == '(' && t[strlen(t) - 1] == ')') {
		t[strlen(t) - 1] = '\0';
		t = str_trim(t + 1);
	}
	if (!*t) {
		free(r);
		return NULL;
	}
	memmove(r, t, strlen(t) + 1);
	return r;
}

static char *
trimmed_copy(const char *s, size_t n)
{
	return clean_phrase(s, n);
}

void
rfc822_address(const char *s, char **name, char **addr)
{
	size_t n = first_mailbox_len(s);
	const char *lt = memchr(s, '<', n), *gt, *cm;

	*name = *addr = NULL;
	if (lt) {
		gt = memchr(lt, '>', n - (size_t)(lt - s));
		*addr = trimmed_copy(lt + 1, gt ? (size_t)(gt - lt - 1)
						: n - (size_t)(lt - s) - 1);
		*name = clean_phrase(s, (size_t)(lt - s));
		return;
	}
	cm = memchr(s, '(', n);
	if (cm) { /* addr (Name) */
		*addr = trimmed_copy(s, (size_t)(cm - s));
		*name = clean_phrase(cm, n - (size_t)(cm - s));
		return;
	}
	*addr = trimmed_copy(s, n);
	if (*addr && !strchr(*addr, '@')) { /* a bare name, not an address */
		*name = *addr;
		*addr = NULL;
	}
}

char *
rfc822_msgid(const char *s)
{
	const char *lt = strchr(s, '<'), *gt = lt ? strchr(lt, '>') : NULL;

	if (lt && gt)
		return trimmed_copy(lt + 1, (size_t)(gt - lt - 1));
	return trimmed_copy(s, strlen(s));
}

char *
rfc822_ids(const char *s)
{
	struct buf b = {0};
	const char *v = s, *open, *close;

	for (; v && (open = strchr(v, '<')) && (close = strchr(open, '>'));
	     v = close + 1) {
		if (close == open + 1)
			continue;
		if (b.len)
			buf_putc(&b, ' ');
		buf_append(&b, open + 1, (size_t)(close - open - 1));
	}
	return b.s ? buf_steal(&b) : NULL;
}

/* --- dates --- */

struct zone {
	const char *name;
	int minutes;
};

static const struct zone zones[] = {
	{"UT", 0},	  {"UTC", 0},	    {"GMT", 0},	     {"Z", 0},
	{"EST", -300},	  {"EDT", -240},    {"CST", -360},   {"CDT", -300},
	{"MST", -420},	  {"MDT", -360},    {"PST", -480},   {"PDT", -420},
	{"MSK", 180},	  {"MSD", 240},	    {"CET", 60},     {"CEST", 120},
	{"EET", 120},	  {"EEST", 180},    {"WET", 0},	     {"WEST", 60},
	{"BST", 60},	  {"IST", 330},	    {"JST", 540},    {"KST", 540},
	{"HKT", 480},	  {"SGT", 480},	    {"AEST", 600},   {"AEDT", 660},
};

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
				     "jul", "aug", "sep", "oct", "nov", "dec"};

struct date_parts {
	int day, month, year, hour, min, sec;
	int zone; /* minutes east */
	bool have_time, have_zone;
};

static bool
parse_zone_word(const char *w, size_t n, struct date_parts *d)
{
	for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
		if (strlen(zones[i].name) == n &&
		    ascii_strncaseeq(w, zones[i].name, n)) {
			d->zone = zones[i].minutes;
			d->have_zone = true;
			return true;
		}
	return false;
}

static bool
parse_alpha(const char *w, size_t n, struct date_parts *d)
{
	if (n >= 3)
		for (int i = 0; i < 12; i++)
			if (ascii_strncaseeq(w, months[i], 3)) {
				d->month = i + 1;
				return true;
			}
	if (!d->have_zone && parse_zone_word(w, n, d))
		return true;
	return true; /* weekday names and unknown words are ignored */
}

static bool
parse_time(const char *w, size_t n, struct date_parts *d)
{
	int h = 0, m = 0, s = 0, k;
	char tail;
	char tmp[16];

	if (n >= sizeof(tmp))
		return false;
	memcpy(tmp, w, n);
	tmp[n] = '\0';
	k = sscanf(tmp, "%2d:%2d:%2d%c", &h, &m, &s, &tail);
	if (k < 2 || k > 3 || h > 23 || m > 59 || s > 60)
		return false;
	d->hour = h, d->min = m, d->sec = s == 60 ? 59 : s;
	d->have_time = true;
	return true;
}

static bool
parse_number(const char *w, size_t n, struct date_parts *d)
{
	int v = 0;

	if (n > 4)
		return false;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (w[i] - '0');
	if (n <= 2 && v >= 1 && v <= 31 && d->day == 0)
		d->day = v;
	else if (d->year == 0)
		d->year = n <= 2 ? (v < 50 ? 2000 + v : 1900 + v)
			 : n == 3 ? 1900 + v : v;
	else
		return false;
	return true;
}

static bool
parse_offset(const char *w, size_t n, struct date_parts *d)
{
	int v = 0;

	if (n != 5 || d->have_zone)
		return n == 5;
	for (size_t i = 1; i < 5; i++) {
		if (w[i] < '0' || w[i] > '9')
			return false;
		v = v * 10 + (w[i] - '0');
	}
	if (v % 100 > 59 || v / 100 > 23)
		return false;
	d->zone = (v / 100 * 60 + v % 100) * (w[0] == '-' ? -1 : 1);
	d->have_zone = true;
	return true;
}

static bool
parse_token(const char *w, size_t n, struct date_parts *d)
{
	bool digits = true;

	for (size_t i = 0; i < n; i++)
		digits = digits && w[i] >= '0' && w[i] <= '9';
	if (memchr(w, ':', n))
		return parse_time(w, n, d);
	if (digits)
		return parse_number(w, n, d);
	if (w[0] == '+' || w[0] == '-')
		return parse_offset(w, n, d);
	if ((w[0] | 0x20) >= 'a' && (w[0] | 0x20) <= 'z')
		return parse_alpha(w, n, d);
	return false;
}

bool
rfc822_date(const char *s, struct esc_time *out)
{
	struct date_parts d = {0};
	const char *s0 = s;
	struct civil c;
	int depth = 0;

	while (*s) {
		size_t n = 0;

		if (*s == '(' || *s == ')') { /* comments: "(PDT)" */
			depth += *s == '(' ? 1 : (depth > 0 ? -1 : 0);
			s++;
			continue;
		}
		if (depth > 0 || strchr(" \t,\r\n", *s)) {
			s++;
			continue;
		}
		while (s[n] && !strchr(" \t,()\r\n", s[n]))
			n++;
		if (!parse_token(s, n, &d))
			return time_parse_iso(s0, out);
		s += n;
	}
	if (!d.have_time || !d.day || !d.month || !d.year ||
	    !civil_valid(d.year, d.month, d.day))
		return false;
	c = (struct civil){d.year, d.month, d.day, d.hour, d.min, d.sec};
	*out = time_from_civil_off(&c, d.zone * 60);
	out->set = true;
	return true;
}
