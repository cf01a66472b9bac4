/* page_header.c - header rows of messages on saved pages: webmail print
 * views and service-desk pages (include/page_header.h). The field and
 * role words are data: src/patterns/mail/. */
#include "page_header.h"

#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "mailvocab.h"
#include "util.h"

#define FIELD_NAME_MAX 32 /* bytes before the colon of a field row */
#define ROW_MAX 200	  /* bytes of one header row */
#define NAME_WORDS 6	  /* words of a sender's name */

enum row { ROW_NONE, ROW_FROM, ROW_DATE, ROW_OTHER, ROW_ADDRESS, ROW_STAMP,
	   ROW_ROLE };

/* Extra field names of print views besides the quote vocabulary's. */
static const char *const from_labels[] = {"от кого", "отправитель", "sender",
					  "from"};

static char *
folded(const char *s, size_t n)
{
	struct buf b = {0};

	fold_utf8(s, n, &b);
	return buf_steal(&b);
}

static void
trim(const char **s, size_t *n)
{
	while (*n && strchr(" \t\r", **s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && strchr(" \t\r", (*s)[*n - 1]))
		(*n)--;
}

/* The role a label names ("initiator", «инженер»), ROLE_UNKNOWN none. */
static enum role
role_word(const char *s, size_t n)
{
	char *f = folded(s, n);
	enum role r = ROLE_UNKNOWN;

	if (mv_equals(MV_ROLE_AGENT, f, strlen(f)))
		r = ROLE_AGENT;
	else if (mv_equals(MV_ROLE_CUSTOMER, f, strlen(f)))
		r = ROLE_CUSTOMER;
	free(f);
	return r;
}

/* "Name <addr>", "addr" or "Name": *name and *addr (newly allocated). */
static bool
parse_party(const char *s, size_t n, char **name, char **addr)
{
	const char *lt = memchr(s, '<', n), *gt;
	size_t words = 0;

	trim(&s, &n);
	if (n == 0 || n > ROW_MAX)
		return false;
	if (lt && (gt = memchr(lt, '>', (size_t)(s + n - lt))) &&
	    memchr(lt, '@', (size_t)(gt - lt)) && gt == s + n - 1) {
		size_t k = (size_t)(lt - s);

		*addr = xstrndup(lt + 1, (size_t)(gt - lt - 1));
		trim(&s, &k);
		while (k && (s[k - 1] == '"' || s[k - 1] == ','))
			k--;
		while (k && *s == '"')
			s++, k--;
		*name = k ? xstrndup(s, k) : NULL;
		return true;
	}
	if (memchr(s, '@', n) && !memchr(s, ' ', n)) {
		*addr = xstrndup(s, n);
		return true;
	}
	for (size_t i = 0; i < n; i++)
		words += (i == 0 || s[i - 1] == ' ') && s[i] != ' ';
	if (words > NAME_WORDS)
		return false;
	*name = xstrndup(s, n);
	return true;
}

/* Words a date line may hold besides the date and the time: day names
 * (the quote vocabulary's), "at", «в», am/pm, zones. */
static const char *const date_words[] = {
	"at", "в", "um", "à", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "msk",
	"мск", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "г", "г.",
};

static bool
date_word(const char *w, size_t n)
{
	char *f = folded(w, n);
	size_t fl = strlen(f);
	bool ok = mv_equals(MV_ATTR_WEEKDAY, f, fl);

	for (size_t i = 0; !ok && i < sizeof(date_words) / sizeof(*date_words); i++)
		ok = strcmp(f, date_words[i]) == 0;
	free(f);
	return ok;
}

/* Does s[0..n) hold nothing but digits, separators and date words? */
static bool
date_rest(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t k = i;

		if (strchr(" \t,.:+-/()|", s[i]) || (s[i] >= '0' && s[i] <= '9')) {
			i++;
			continue;
		}
		if (i + 1 < n && memcmp(s + i, "\xC2\xB7", 2) == 0) {
			i += 2; /* · */
			continue;
		}
		while (k < n && !strchr(" \t,:()|+-", s[k]))
			k++;
		if (!date_word(s + i, k - i))
			return false;
		i = k;
	}
	return true;
}

/* A line that is only a date and a time ("Mon, Nov 23, 2026 at 9:12 AM",
 * "· 23 Nov 2026 09:12", «24 ноября 2026, 10:15»). */
static bool
stamp_line(const char *s, size_t n, struct stamp *st)
{
	if (n > ROW_MAX || !stamp_find(s, n, st) || !st->has_date)
		return false;
	return date_rest(s, st->start) && date_rest(s + st->end, n - st->end);
}

bool
page_header_date_line(const char *s, size_t n, struct stamp *st)
{
	return stamp_line(s, n, st);
}

/* The kind of one row; fills h for the rows that say something. */
static enum row
classify(const char *s, size_t n, struct page_header *h)
{
	const char *colon = memchr(s, ':', n < FIELD_NAME_MAX ? n : FIELD_NAME_MAX);
	struct stamp st;

	trim(&s, &n);
	if (n == 0 || n > ROW_MAX)
		return ROW_NONE;
	if (s[0] == '(' && s[n - 1] == ')') {
		enum role r = role_word(s + 1, n - 2);

		if (r != ROLE_UNKNOWN) {
			h->hint = r;
			return ROW_ROLE;
		}
	}
	if (colon) {
		size_t k = (size_t)(colon - s), v = n - k - 1;
		char *f = folded(s, k);
		size_t fl = strlen(f);
		enum row r = ROW_NONE;
		bool from = mv_equals(MV_HDR_FROM, f, fl);

		for (size_t i = 0; !from && i < sizeof(from_labels) / sizeof(*from_labels); i++)
			from = strcmp(f, from_labels[i]) == 0;
		if (from && !h->name && !h->addr &&
		    parse_party(colon + 1, v, &h->name, &h->addr))
			r = ROW_FROM;
		else if (mv_equals(MV_HDR_DATE, f, fl) &&
			 stamp_find(colon + 1, v, &st) && st.has_date) {
			h->st = st;
			h->has_stamp = true;
			r = ROW_DATE;
		} else if (mv_equals(MV_HDR_TO, f, fl) || mv_equals(MV_HDR_CC, f, fl) ||
			   mv_equals(MV_HDR_SUBJECT, f, fl) ||
			   mv_equals(MV_HDR_OTHER, f, fl)) {
			r = ROW_OTHER;
		}
		free(f);
		if (r != ROW_NONE)
			return r;
	}
	if (stamp_line(s, n, &st)) {
		if (!h->has_stamp) {
			h->st = st;
			h->has_stamp = true;
		}
		return ROW_STAMP;
	}
	if (!h->name && !h->addr && memchr(s, '<', n) && s[n - 1] == '>' &&
	    parse_party(s, n, &h->name, &h->addr) && h->addr)
		return ROW_ADDRESS;
	return ROW_NONE;
}

/* A field label alone on its line, its value on the next ("From:" then
 * "Support <s@x>"), as a print view's table gives them. */
static bool
lone_label(const char *s, size_t n)
{
	trim(&s, &n);
	return n >= 2 && n <= FIELD_NAME_MAX && s[n - 1] == ':' &&
	       !memchr(s, ' ', n > 1 ? n - 1 : 0);
}

bool
page_header_take(char *text, struct page_header *h)
{
	char *p = text, *cut = text;
	size_t rows = 0, strong = 0, lines = 0;

	memset(h, 0, sizeof(*h));
	while (*p && lines < PAGE_HEADER_LINES) {
		char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *next = nl ? nl + 1 : p + n;
		struct buf row = {0};
		enum row r;

		lines++;
		buf_append(&row, p, n);
		if (lone_label(p, n) && *next) {
			char *nl2 = strchr(next, '\n');
			size_t m = nl2 ? (size_t)(nl2 - next) : strlen(next);

			buf_putc(&row, ' ');
			buf_append(&row, next, m);
			next = nl2 ? nl2 + 1 : next + m;
			lines++;
		}
		r = n == 0 ? ROW_OTHER : classify(row.s, row.len, h);
		buf_free(&row);
		if (r == ROW_NONE)
			break;
		rows += r != ROW_OTHER || n > 0;
		strong += r == ROW_ADDRESS || r == ROW_STAMP || r == ROW_ROLE;
		p = next;
		cut = p;
	}
	if (rows == 0 || (strong == 0 && rows < 2)) {
		page_header_free(h);
		memset(h, 0, sizeof(*h));
		return false;
	}
	memmove(text, cut, strlen(cut) + 1);
	return true;
}

void
page_header_sender(char **name, char **addr, enum role *hint)
{
	char *s = *name, *open, *colon;
	size_t n;

	if (!s)
		return;
	/* "От: Name <addr>", "From: Name" */
	colon = strchr(s, ':');
	if (colon && (size_t)(colon - s) < FIELD_NAME_MAX) {
		char *f = folded(s, (size_t)(colon - s));

		if (mv_equals(MV_HDR_FROM, f, strlen(f)) ||
		    strcmp(f, "от кого") == 0)
			memmove(s, colon + 1, strlen(colon + 1) + 1);
		free(f);
	}
	n = strlen(s);
	if (memchr(s, '<', n) && n && s[n - 1] == '>') {
		char *nm = NULL, *ad = NULL;

		if (parse_party(s, n, &nm, &ad)) {
			if (!*addr)
				*addr = ad;
			else
				free(ad);
			free(s);
			s = nm;
		}
	}
	/* "Ravi Kumar (initiator)" */
	if (s && (n = strlen(s)) > 2 && s[n - 1] == ')' && (open = strrchr(s, '('))) {
		enum role r = role_word(open + 1, (size_t)(s + n - 1 - open - 1));

		if (r != ROLE_UNKNOWN) {
			*hint = r;
			*open = '\0';
		}
	}
	if (s) {
		char *t = str_trim(s);

		memmove(s, t, strlen(t) + 1);
		if (!*s) {
			free(s);
			s = NULL;
		}
	}
	*name = s;
}

void
page_header_free(struct page_header *h)
{
	free(h->name);
	free(h->addr);
	h->name = h->addr = NULL;
}
