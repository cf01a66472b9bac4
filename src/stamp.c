/* stamp.c - find and parse dates and times written in free text. */
#include "stamp.h"

#include <string.h>

#include "util.h"

#define STAMP_WORD_MAX 24 /* bytes of a month word looked at */

struct cur {
	const char *p, *end;
};

/* Month names by lower-case prefix; "мар" before "ма" (май, мая). */
static const struct {
	const char *prefix;
	int month;
} month_words[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4},  {"may", 5},  {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4},  {"ма", 5},   {"июн", 6},
    {"июл", 7}, {"авг", 8}, {"сен", 9}, {"окт", 10}, {"ноя", 11}, {"дек", 12},
};

/* Separators between a date and its time. */
static const char *const date_time_seps[] = {
    ", ", " в ", " at ", " - ", "T", " ", ",",
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
peek(const struct cur *c, char ch)
{
	return c->p < c->end && *c->p == ch;
}

static bool
take(struct cur *c, const char *s)
{
	size_t n = strlen(s);

	if ((size_t)(c->end - c->p) < n || memcmp(c->p, s, n) != 0)
		return false;
	c->p += n;
	return true;
}

static void
skip_spaces(struct cur *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
		c->p++;
}

/* 1..maxd digits not followed by another digit; *nd gets the count. */
static bool
take_num(struct cur *c, int maxd, int *v, int *nd)
{
	int n = 0, x = 0;

	while (c->p < c->end && is_digit(*c->p) && n < maxd) {
		x = x * 10 + (*c->p - '0');
		c->p++;
		n++;
	}
	if (n == 0 || (c->p < c->end && is_digit(*c->p)))
		return false;
	*v = x;
	*nd = n;
	return true;
}

/* Lower-case one ASCII or basic Cyrillic letter at p into out; returns
 * the bytes taken, 0 when p is not such a letter. */
static size_t
lower_letter(const unsigned char *p, const unsigned char *end, char *out,
	     size_t *olen)
{
	if (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
		out[(*olen)++] = (char)ascii_tolower(*p);
		return 1;
	}
	if (end - p < 2 || (p[0] != 0xd0 && p[0] != 0xd1))
		return 0;
	if (p[0] == 0xd0 && p[1] >= 0x90 && p[1] <= 0x9f) { /* А-П */
		out[(*olen)++] = (char)0xd0;
		out[(*olen)++] = (char)(p[1] + 0x20);
	} else if (p[0] == 0xd0 && p[1] >= 0xa0 && p[1] <= 0xaf) { /* Р-Я */
		out[(*olen)++] = (char)0xd1;
		out[(*olen)++] = (char)(p[1] - 0x20);
	} else if ((p[0] == 0xd0 && p[1] >= 0xb0) ||
		   (p[0] == 0xd1 && p[1] >= 0x80 && p[1] <= 0x8f)) {
		out[(*olen)++] = (char)p[0];
		out[(*olen)++] = (char)p[1];
	} else {
		return 0;
	}
	return 2;
}

/* A month name ("November", "Nov.", "ноября"); 0 when none. */
static int
take_month_word(struct cur *c)
{
	char w[STAMP_WORD_MAX + 1], next[2];
	size_t wl = 0, nl = 0, k;
	const unsigned char *p = (const unsigned char *)c->p;
	const unsigned char *end = (const unsigned char *)c->end;

	/* a letter takes up to 2 bytes: stop while both still fit */
	while (wl + 2 <= STAMP_WORD_MAX &&
	       (k = lower_letter(p, end, w, &wl)) > 0)
		p += k;
	if (wl < 3 || lower_letter(p, end, next, &nl) > 0)
		return 0;
	w[wl] = '\0';
	for (size_t i = 0; i < sizeof(month_words) / sizeof(month_words[0]);
	     i++) {
		if (strncmp(w, month_words[i].prefix,
			    strlen(month_words[i].prefix)) == 0) {
			c->p = (const char *)p;
			take(c, ".");
			return month_words[i].month;
		}
	}
	return 0;
}

static int
full_year(int y, int nd)
{
	return nd == 2 ? 2000 + y : y;
}

static bool
set_date(struct stamp *st, int y, int m, int d)
{
	if (y < 1900 || y > 2200 || !civil_valid(y, m, d))
		return false;
	st->year = y;
	st->month = m;
	st->day = d;
	st->has_date = true;
	return true;
}

/* 2026-11-20, 2018.01.21, 20.11.2026, 20/11/26 (day first unless that
 * is not a valid date). */
static bool
numeric_date(struct cur *c, struct stamp *st)
{
	int f[3], nd[3];
	char sep;

	if (!take_num(c, 4, &f[0], &nd[0]) || c->p >= c->end)
		return false;
	sep = *c->p;
	if (sep != '.' && sep != '-' && sep != '/')
		return false;
	c->p++;
	if (!take_num(c, 2, &f[1], &nd[1]) || !peek(c, sep))
		return false;
	c->p++;
	if (!take_num(c, 4, &f[2], &nd[2]))
		return false;
	if (nd[0] == 4)
		return nd[2] <= 2 && set_date(st, f[0], f[1], f[2]);
	if (nd[0] > 2 || (nd[2] != 2 && nd[2] != 4))
		return false;
	if (set_date(st, full_year(f[2], nd[2]), f[1], f[0]))
		return true;
	return sep == '/' && set_date(st, full_year(f[2], nd[2]), f[0], f[1]);
}

/* "20 November 2026", "20 ноября 2026 г." */
static bool
day_month_year(struct cur *c, struct stamp *st)
{
	int d, m, y, nd;

	if (!take_num(c, 2, &d, &nd))
		return false;
	skip_spaces(c);
	if ((m = take_month_word(c)) == 0)
		return false;
	skip_spaces(c);
	return take_num(c, 4, &y, &nd) && nd == 4 && set_date(st, y, m, d);
}

/* "November 20, 2026" */
static bool
month_day_year(struct cur *c, struct stamp *st)
{
	int d, m, y, nd;

	if ((m = take_month_word(c)) == 0)
		return false;
	skip_spaces(c);
	if (!take_num(c, 2, &d, &nd))
		return false;
	take(c, ",");
	skip_spaces(c);
	return take_num(c, 4, &y, &nd) && nd == 4 && set_date(st, y, m, d);
}

/* The Russian "г." (year) after a date: "12 авг. 2026 г. в 09:14". */
static void
year_word(struct cur *c)
{
	struct cur q = *c;

	skip_spaces(&q);
	if (!take(&q, "\xd0\xb3")) /* г */
		return;
	if (q.p < q.end && ((unsigned char)*q.p == 0xd0 ||
			    (unsigned char)*q.p == 0xd1))
		return; /* a word that starts with г */
	take(&q, ".");
	*c = q;
}

static bool
parse_date(struct cur *c, struct stamp *st)
{
	bool (*const forms[])(struct cur *, struct stamp *) = {
	    numeric_date,
	    day_month_year,
	    month_day_year,
	};
	const char *start = c->p;

	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		c->p = start;
		st->has_date = false;
		if (forms[i](c, st)) {
			year_word(c);
			return true;
		}
	}
	c->p = start;
	return false;
}

/* " AM", "pm", "a.m." after a time. */
static int
take_ampm(struct cur *c)
{
	struct cur q = *c;
	int ch;

	skip_spaces(&q);
	if (q.p >= q.end)
		return -1;
	ch = ascii_tolower((unsigned char)*q.p);
	if (ch != 'a' && ch != 'p')
		return -1;
	q.p++;
	take(&q, ".");
	if (q.p >= q.end || ascii_tolower((unsigned char)*q.p) != 'm')
		return -1;
	q.p++;
	take(&q, ".");
	if (q.p < q.end &&
	    ((*q.p >= 'a' && *q.p <= 'z') || (*q.p >= 'A' && *q.p <= 'Z')))
		return -1;
	*c = q;
	return ch == 'p';
}

static bool
parse_time(struct cur *c, struct stamp *st)
{
	int h, m, s = 0, nd, ampm;
	struct cur save = *c;

	if (!take_num(c, 2, &h, &nd) || !take(c, ":") ||
	    !take_num(c, 2, &m, &nd) || nd != 2)
		goto fail;
	if (peek(c, ':') && c->p + 1 < c->end && is_digit(c->p[1])) {
		c->p++;
		if (!take_num(c, 2, &s, &nd) || nd != 2)
			goto fail;
	}
	ampm = take_ampm(c);
	if (ampm >= 0 && (h < 1 || h > 12))
		goto fail;
	if (ampm >= 0)
		h = h % 12 + 12 * ampm;
	if (h > 23 || m > 59 || s > 60)
		goto fail;
	st->hour = h;
	st->min = m;
	st->sec = s > 59 ? 59 : s;
	st->has_time = true;
	return true;
fail:
	*c = save;
	return false;
}

/* "+03:00", "-0500", "+3" after a sign; seconds east of UTC. */
static bool
zone_offset(struct cur *c, int32_t *off)
{
	int sign, h, m = 0, nd;

	if (peek(c, '+') || peek(c, '-')) {
		sign = *c->p == '-' ? -1 : 1;
		c->p++;
	} else {
		return false;
	}
	if (!take_num(c, 4, &h, &nd))
		return false;
	if (nd > 2) {
		m = h % 100;
		h /= 100;
	} else if (peek(c, ':')) {
		c->p++;
		if (!take_num(c, 2, &m, &nd) || nd != 2)
			return false;
	}
	if (h > 14 || m > 59)
		return false;
	*off = sign * (h * 3600 + m * 60);
	return true;
}

/* " UTC+03:00", " GMT", "Z", "+03:00" after a time. */
static void
parse_zone(struct cur *c, struct stamp *st)
{
	struct cur q = *c;
	int32_t off = 0;

	if (take(&q, "Z") && !(q.p < q.end && *q.p >= 'A' && *q.p <= 'z')) {
		*c = q;
		st->has_zone = true;
		st->off = 0;
		return;
	}
	q = *c;
	skip_spaces(&q);
	if (take(&q, "UTC") || take(&q, "GMT")) {
		struct cur r = q;

		if (!zone_offset(&r, &off))
			r = q, off = 0;
		*c = r;
		st->has_zone = true;
		st->off = off;
		return;
	}
	if (zone_offset(&q, &off)) {
		*c = q;
		st->has_zone = true;
		st->off = off;
	}
}

/* After a date: a separator and a time, or nothing. */
static void
time_after_date(struct cur *c, struct stamp *st)
{
	for (size_t i = 0;
	     i < sizeof(date_time_seps) / sizeof(date_time_seps[0]); i++) {
		struct cur q = *c;

		if (take(&q, date_time_seps[i]) && parse_time(&q, st)) {
			*c = q;
			return;
		}
	}
}

size_t
stamp_parse_at(const char *s, size_t len, struct stamp *st)
{
	struct cur c = {s, s + len};

	memset(st, 0, sizeof(*st));
	if (parse_date(&c, st))
		time_after_date(&c, st);
	else if (!parse_time(&c, st))
		return 0;
	if (st->has_time)
		parse_zone(&c, st);
	st->end = (size_t)(c.p - s);
	return st->end;
}

static bool
is_letter_start(const char *s, size_t i)
{
	unsigned char ch = (unsigned char)s[i];

	return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
	       ch == 0xd0 || ch == 0xd1;
}

/* A place a stamp may start: a digit or a letter not glued to the
 * previous digit or letter. */
static bool
may_start(const char *s, size_t i)
{
	unsigned char prev = i ? (unsigned char)s[i - 1] : ' ';

	if (is_digit(s[i]))
		return !is_digit((char)prev);
	if (!is_letter_start(s, i))
		return false;
	return !(prev >= 0x80 || (prev >= 'A' && prev <= 'Z') ||
		 (prev >= 'a' && prev <= 'z'));
}

bool
stamp_find(const char *s, size_t len, struct stamp *st)
{
	for (size_t i = 0; i < len; i++) {
		if (!may_start(s, i))
			continue;
		if (stamp_parse_at(s + i, len - i, st) > 0) {
			st->start = i;
			st->end += i;
			return true;
		}
	}
	memset(st, 0, sizeof(*st));
	return false;
}

bool
stamp_time_on(const struct stamp *st, int64_t day, const int32_t *off,
	      struct esc_time *out)
{
	struct civil cv = {0};

	civil_from_days(day, &cv.year, &cv.month, &cv.day);
	cv.hour = st->hour;
	cv.min = st->min;
	cv.sec = st->sec;
	if (off) {
		*out = time_from_civil_off(&cv, *off);
		return true;
	}
	return time_from_civil_local(&cv, out);
}

bool
stamp_time(const struct stamp *st, struct esc_time *out)
{
	int64_t day;

	if (!st->has_date || !st->has_time)
		return false;
	day = days_from_civil(st->year, st->month, st->day);
	return stamp_time_on(st, day, st->has_zone ? &st->off : NULL, out);
}
