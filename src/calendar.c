/* calendar.c - working days: Mon-Fri, holiday files, built-in calendars. */
#include "calendar.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "holiday_rules.h"
#include "timeutil.h"
#include "util.h"

/* calendar_add_working() counts at most this many working days (about
 * ten years); a larger n is treated as this cap. */
#define CAL_MAX_WORKING 3660
/* The longest line quoted back in an error message. */
#define CAL_ERR_QUOTE 40
/* A holiday file larger than this is refused. */
#define CAL_MAX_FILE (16 * 1024 * 1024)
/* Day numbers beyond this (about a million years) are not stepped. */
#define CAL_DAY_LIMIT INT64_C(365000000)

struct cal_entry {
	int64_t day;
	size_t seq;   /* load order: a later line overrides an earlier one */
	bool working;
};

/* Entries sorted by day, one per day (binary search); an entry
 * overrides the rules, the rules override the weekday. */
struct calendar {
	struct cal_entry *v;
	size_t n, cap;
	size_t seq;
	const struct holiday_rules *rules; /* NULL: no rule-made holidays */
};

/* The built-in calendars: the dates are data files compiled into the
 * binary (src/calendars/NAME.txt, holidays-file format, documented in
 * docs/calendar.md); some add holidays made by rules for any year. */
static const struct {
	const char *name;
	const char *rules; /* holiday_rules_find() name, or NULL */
} builtins[] = {
	{"ru", NULL},
	{"uk", "uk"},
	{"us", "us"},
};

struct calendar *
calendar_new(void)
{
	return xcalloc(1, sizeof(struct calendar));
}

void
calendar_free(struct calendar *cal)
{
	if (cal == NULL)
		return;
	free(cal->v);
	free(cal);
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct cal_entry *x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return 0;
}

/* Sort and keep only the last-loaded entry of each day. */
static void
normalize(struct calendar *cal)
{
	size_t out = 0;

	if (cal->n == 0)
		return;
	qsort(cal->v, cal->n, sizeof(cal->v[0]), entry_cmp);
	for (size_t i = 0; i < cal->n; i++) {
		if (out > 0 && cal->v[out - 1].day == cal->v[i].day)
			out--;
		cal->v[out++] = cal->v[i];
	}
	cal->n = out;
}

static void
add_entry(struct calendar *cal, int64_t day, bool working)
{
	cal->v = xgrow(cal->v, &cal->cap, cal->n + 1, sizeof(cal->v[0]));
	cal->v[cal->n].day = day;
	cal->v[cal->n].working = working;
	cal->v[cal->n].seq = cal->seq++;
	cal->n++;
}

static bool
is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' ||
	       ch == '\v';
}

/* Strict YYYY-MM-DD of exactly len bytes. */
static bool
parse_day(const char *s, size_t len, int64_t *day)
{
	int v[3] = {0, 0, 0};
	static const size_t width[3] = {4, 2, 2};
	size_t pos = 0;

	if (len != 10)
		return false;
	for (int f = 0; f < 3; f++) {
		for (size_t i = 0; i < width[f]; i++, pos++) {
			if (s[pos] < '0' || s[pos] > '9')
				return false;
			v[f] = v[f] * 10 + (s[pos] - '0');
		}
		if (f < 2 && s[pos++] != '-')
			return false;
	}
	if (!civil_valid(v[0], v[1], v[2]))
		return false;
	*day = days_from_civil(v[0], v[1], v[2]);
	return true;
}

/* Quote a bad token for an error message: bounded, anything but
 * printable ASCII replaced by '?'. */
static char *
quote_token(const char *s, size_t len)
{
	struct buf b = {NULL, 0, 0};

	if (len > CAL_ERR_QUOTE)
		len = CAL_ERR_QUOTE;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		buf_putc(&b, ch < 0x20 || ch >= 0x7f ? '?' : (char)ch);
	}
	if (b.s == NULL)
		buf_puts(&b, "");
	return buf_steal(&b);
}

/* A line without its comment and the blanks around what is left. */
static void
line_core(const char **s, size_t *len)
{
	const char *hash = memchr(*s, '#', *len);

	if (hash != NULL)
		*len = (size_t)(hash - *s);
	while (*len > 0 && is_blank(**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && is_blank((*s)[*len - 1]))
		(*len)--;
}

/* One line: blank, comment, [+]YYYY-MM-DD with an optional trailing
 * comment. Returns false for a bad line. */
static bool
parse_line(struct calendar *cal, const char *s, size_t len)
{
	bool working = false;
	int64_t day;

	line_core(&s, &len);
	if (len == 0)
		return true;
	if (*s == '+') {
		working = true;
		s++;
		len--;
	}
	if (!parse_day(s, len, &day))
		return false;
	add_entry(cal, day, working);
	return true;
}

static void
set_line_error(char **err, const char *name, size_t lineno, const char *s,
	       size_t len)
{
	char *q;

	line_core(&s, &len);
	q = quote_token(s, len);
	*err = xasprintf("%s:%zu: bad date '%s'", name, lineno, q);
	free(q);
}

int
calendar_load_buffer(struct calendar *cal, const char *name,
		     const char *buf, size_t len, char **err)
{
	size_t start = 0, lineno = 0, keep = cal->n;

	if (name == NULL)
		name = "-";
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		start = 3; /* a UTF-8 byte order mark */

	while (start < len) {
		const char *nl = memchr(buf + start, '\n', len - start);
		size_t end = nl != NULL ? (size_t)(nl - buf) : len;

		lineno++;
		if (!parse_line(cal, buf + start, end - start)) {
			set_line_error(err, name, lineno, buf + start,
				       end - start);
			cal->n = keep; /* nothing of a bad file is kept */
			return -1;
		}
		start = end + 1;
	}
	normalize(cal);
	return 0;
}

static int
read_all(FILE *fp, struct buf *b)
{
	char chunk[8192];
	size_t got;

	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		if (b->len + got > CAL_MAX_FILE)
			return -1;
		buf_append(b, chunk, got);
	}
	return ferror(fp) ? -1 : 0;
}

int
calendar_load_file(struct calendar *cal, const char *path, char **err)
{
	struct buf b = {NULL, 0, 0};
	FILE *fp = fopen(path, "rb");
	int rc;

	if (fp == NULL) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (read_all(fp, &b) < 0) {
		*err = xasprintf("%s: read error or file too large", path);
		fclose(fp);
		buf_free(&b);
		return -1;
	}
	fclose(fp);
	rc = calendar_load_buffer(cal, path, b.s != NULL ? b.s : "", b.len,
				  err);
	buf_free(&b);
	return rc;
}

int
calendar_load_builtin(struct calendar *cal, const char *name, char **err)
{
	for (size_t i = 0; i < countof(builtins); i++) {
		const struct embedded_file *f;
		char *file;

		if (name == NULL || strcmp(name, builtins[i].name) != 0)
			continue;
		file = xasprintf("calendars/%s.txt", builtins[i].name);
		f = embedded_find(file);
		free(file);
		if (f == NULL) {
			*err = xasprintf("calendar '%s': its data is not built in",
					 name);
			return -1;
		}
		if (builtins[i].rules != NULL)
			cal->rules = holiday_rules_find(builtins[i].rules);
		return calendar_load_buffer(cal, builtins[i].name, f->data,
					    f->len, err);
	}
	*err = xasprintf("unknown calendar '%s'", name != NULL ? name : "");
	return -1;
}

static const struct cal_entry *
find_entry(const struct calendar *cal, int64_t day)
{
	size_t lo = 0, hi = cal->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cal->v[mid].day == day)
			return &cal->v[mid];
		if (cal->v[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* A NULL calendar is the plain Mon-Fri one. */
bool
calendar_is_working(const struct calendar *cal, int64_t day)
{
	const struct cal_entry *e = cal != NULL ? find_entry(cal, day) : NULL;

	if (e != NULL)
		return e->working;
	if (weekday_from_days(day) >= 5)
		return false;
	return cal == NULL || !holiday_rules_is_holiday(cal->rules, day);
}

/* Terminates: past the last entry five days of every seven work, less
 * at most a dozen rule-made holidays a year, so the days stepped over
 * stay within (entries + 3 * n + 40) or so. n < 1 returns day. */
int64_t
calendar_add_working(const struct calendar *cal, int64_t day, int64_t n)
{
	if (n > CAL_MAX_WORKING)
		n = CAL_MAX_WORKING;
	if (day > CAL_DAY_LIMIT || day < -CAL_DAY_LIMIT)
		return day; /* far outside any calendar: refuse to step */
	while (n > 0) {
		day++;
		if (calendar_is_working(cal, day))
			n--;
	}
	return day;
}

/* Mon-Fri days d with from <= d < to (from <= to). */
static int64_t
weekdays_in(int64_t from, int64_t to)
{
	int64_t n = to - from, full = n / 7, left = n % 7, count = full * 5;
	int wd = weekday_from_days(from + full * 7);

	for (int64_t i = 0; i < left; i++)
		count += (wd + i) % 7 < 5;
	return count;
}

/* A weekday that the rules make a holiday, with no entry of its own. */
static bool
rule_day_off(const struct calendar *cal, int64_t day)
{
	return weekday_from_days(day) < 5 && find_entry(cal, day) == NULL &&
	       holiday_rules_is_holiday(cal->rules, day);
}

/* The rule-made holidays with from < d < to that no entry overrides. */
static int64_t
rule_days_off(const struct calendar *cal, int64_t from, int64_t to)
{
	int64_t v[HOLIDAY_MAX_PER_YEAR], n = 0;
	int y0, y1, m, d;

	if (cal->rules == NULL)
		return 0;
	civil_from_days(from, &y0, &m, &d);
	civil_from_days(to, &y1, &m, &d);
	for (int y = y0; y <= y1 + 1; y++) {
		size_t k = holiday_rules_year(cal->rules, y, v,
					      HOLIDAY_MAX_PER_YEAR);

		for (size_t i = 0; i < k; i++)
			n += v[i] > from && v[i] < to && rule_day_off(cal, v[i]);
	}
	return n;
}

/* What the entries with from < d < to change against Mon-Fri (a rule's
 * day with an entry is not among rule_days_off()): +1 for a working
 * weekend day, -1 for a weekday off. */
static int64_t
entry_changes(const struct calendar *cal, int64_t from, int64_t to)
{
	size_t lo = 0, hi = cal->n;
	int64_t n = 0;

	while (lo < hi) { /* the first entry after 'from' */
		size_t mid = lo + (hi - lo) / 2;

		if (cal->v[mid].day <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < cal->n && cal->v[i].day < to; i++) {
		bool weekday = weekday_from_days(cal->v[i].day) < 5;

		n += cal->v[i].working ? !weekday : -(int64_t)weekday;
	}
	return n;
}

int64_t
calendar_count_working(const struct calendar *cal, int64_t from, int64_t to)
{
	int64_t n;

	if (to - from < 2 || from < -CAL_DAY_LIMIT || to > CAL_DAY_LIMIT)
		return 0;
	n = weekdays_in(from + 1, to);
	if (cal != NULL)
		n += entry_changes(cal, from, to) - rule_days_off(cal, from, to);
	return n;
}

int64_t
calendar_week_last_working(const struct calendar *cal, int64_t day)
{
	int64_t monday = day - weekday_from_days(day);

	for (int64_t d = monday + 6; d >= monday; d--) {
		if (calendar_is_working(cal, d))
			return d;
	}
	return monday + 6;
}
