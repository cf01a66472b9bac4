/* deadline.c - resolve a matched time expression to a due moment (SPEC 5). */
#include "deadline.h"
#include "util.h"

#include <stdint.h>
#include <string.h>

#define NORM_MAX 128	 /* longest group text looked at, bytes */
#define MAX_TOKENS 8
#define MAX_DAYS 3660	 /* days, working days: about ten years */
#define MAX_WEEKS 522
#define MAX_MONTHS 120
#define MAX_HOURS 87600
#define MAX_MINUTES (87600L * 60)

const char *const dl_group_names[DLG_COUNT] = {
	"n",	 "n2",	 "unit", "day",	   "month",
	"year",	 "weekday", "hour", "minute", "ampm",
};

/* ------------------------------------------------------------------ */
/* Text normalization: lower case (ASCII and Cyrillic), ё -> е, spaces,
 * hyphens and no-break spaces -> one space, trailing dots dropped. */

static bool
norm_space_at(const unsigned char *s, size_t len, size_t i, size_t *skip)
{
	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
	    s[i] == '-' || s[i] == '_') {
		*skip = 1;
		return true;
	}
	if (i + 1 < len && s[i] == 0xc2 && s[i + 1] == 0xa0) {
		*skip = 2;
		return true;
	}
	/* U+2010..U+2015 dashes and U+202F narrow no-break space */
	if (i + 2 < len && s[i] == 0xe2 && s[i + 1] == 0x80 &&
	    ((s[i + 2] >= 0x90 && s[i + 2] <= 0x95) || s[i + 2] == 0xaf)) {
		*skip = 3;
		return true;
	}
	return false;
}

/* Lower-case one character at s[i]; writes 1 or 2 bytes to o. */
static size_t
norm_char(const unsigned char *s, size_t len, size_t i, unsigned char *o,
	  size_t *skip)
{
	unsigned char a = s[i], b = i + 1 < len ? s[i + 1] : 0;

	*skip = 1;
	if (a >= 'A' && a <= 'Z') {
		o[0] = (unsigned char)(a + 32);
		return 1;
	}
	if ((a != 0xd0 && a != 0xd1) || b < 0x80 || b > 0xbf) {
		o[0] = a;
		return 1;
	}
	*skip = 2;
	o[0] = a;
	o[1] = b;
	if ((a == 0xd0 && b == 0x81) || (a == 0xd1 && b == 0x91)) {
		o[0] = 0xd0; /* ё, Ё -> е */
		o[1] = 0xb5;
	} else if (a == 0xd0 && b >= 0x90 && b <= 0x9f) {
		o[1] = (unsigned char)(b + 0x20);
	} else if (a == 0xd0 && b >= 0xa0 && b <= 0xaf) {
		o[0] = 0xd1;
		o[1] = (unsigned char)(b - 0x20);
	}
	return 2;
}

static bool
normalize(const char *src, size_t len, char out[NORM_MAX])
{
	const unsigned char *s = (const unsigned char *)src;
	size_t n = 0, skip;
	bool space = false;

	if (src == NULL || len >= NORM_MAX)
		return false;
	for (size_t i = 0; i < len; i += skip) {
		if (s[i] == '\0')
			return false;
		if (norm_space_at(s, len, i, &skip)) {
			space = n > 0;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = false;
		n += norm_char(s, len, i, (unsigned char *)out + n, &skip);
	}
	while (n > 0 && (out[n - 1] == '.' || out[n - 1] == ' '))
		n--;
	out[n] = '\0';
	return true;
}

/* Split a normalized string into words in place. */
static size_t
tokenize(char *s, char *tok[MAX_TOKENS + 1])
{
	size_t n = 0;

	while (*s != '\0') {
		char *sp = strchr(s, ' ');

		if (n == MAX_TOKENS)
			return MAX_TOKENS + 1;
		tok[n++] = s;
		if (sp == NULL)
			break;
		*sp = '\0';
		s = sp + 1;
	}
	return n;
}

/* ------------------------------------------------------------------ */
/* Numbers. */

enum numclass { NC_UNIT, NC_TEEN, NC_TENS, NC_HUNDRED };

struct numword {
	const char *w;
	int val;
	enum numclass cls;
};

static const struct numword numwords[] = {
	/* Russian, every case form (ё written as е) */
	{"один", 1, NC_UNIT},	   {"одна", 1, NC_UNIT},
	{"одно", 1, NC_UNIT},	   {"одну", 1, NC_UNIT},
	{"одного", 1, NC_UNIT},	   {"одной", 1, NC_UNIT},
	{"одному", 1, NC_UNIT},	   {"одним", 1, NC_UNIT},
	{"одном", 1, NC_UNIT},	   {"одних", 1, NC_UNIT},
	{"одними", 1, NC_UNIT},	   {"одни", 1, NC_UNIT},
	{"два", 2, NC_UNIT},	   {"две", 2, NC_UNIT},
	{"двух", 2, NC_UNIT},	   {"двум", 2, NC_UNIT},
	{"двумя", 2, NC_UNIT},	   {"двое", 2, NC_UNIT},
	{"двоих", 2, NC_UNIT},	   {"три", 3, NC_UNIT},
	{"трех", 3, NC_UNIT},	   {"трем", 3, NC_UNIT},
	{"тремя", 3, NC_UNIT},	   {"трое", 3, NC_UNIT},
	{"троих", 3, NC_UNIT},	   {"четыре", 4, NC_UNIT},
	{"четырех", 4, NC_UNIT},   {"четырем", 4, NC_UNIT},
	{"четырьмя", 4, NC_UNIT},  {"четверо", 4, NC_UNIT},
	{"пять", 5, NC_UNIT},	   {"пяти", 5, NC_UNIT},
	{"пятью", 5, NC_UNIT},	   {"шесть", 6, NC_UNIT},
	{"шести", 6, NC_UNIT},	   {"шестью", 6, NC_UNIT},
	{"семь", 7, NC_UNIT},	   {"семи", 7, NC_UNIT},
	{"семью", 7, NC_UNIT},	   {"восемь", 8, NC_UNIT},
	{"восьми", 8, NC_UNIT},	   {"восемью", 8, NC_UNIT},
	{"восьмью", 8, NC_UNIT},   {"девять", 9, NC_UNIT},
	{"девяти", 9, NC_UNIT},	   {"девятью", 9, NC_UNIT},
	{"десять", 10, NC_TEEN},   {"десяти", 10, NC_TEEN},
	{"десятью", 10, NC_TEEN},  {"одиннадцать", 11, NC_TEEN},
	{"одиннадцати", 11, NC_TEEN}, {"двенадцать", 12, NC_TEEN},
	{"двенадцати", 12, NC_TEEN}, {"тринадцать", 13, NC_TEEN},
	{"тринадцати", 13, NC_TEEN}, {"четырнадцать", 14, NC_TEEN},
	{"четырнадцати", 14, NC_TEEN}, {"пятнадцать", 15, NC_TEEN},
	{"пятнадцати", 15, NC_TEEN}, {"шестнадцать", 16, NC_TEEN},
	{"шестнадцати", 16, NC_TEEN}, {"семнадцать", 17, NC_TEEN},
	{"семнадцати", 17, NC_TEEN}, {"восемнадцать", 18, NC_TEEN},
	{"восемнадцати", 18, NC_TEEN}, {"девятнадцать", 19, NC_TEEN},
	{"девятнадцати", 19, NC_TEEN}, {"двадцать", 20, NC_TENS},
	{"двадцати", 20, NC_TENS}, {"двадцатью", 20, NC_TENS},
	{"тридцать", 30, NC_TENS}, {"тридцати", 30, NC_TENS},
	{"тридцатью", 30, NC_TENS}, {"сорок", 40, NC_TENS},
	{"сорока", 40, NC_TENS},   {"пятьдесят", 50, NC_TENS},
	{"пятидесяти", 50, NC_TENS}, {"шестьдесят", 60, NC_TENS},
	{"шестидесяти", 60, NC_TENS}, {"семьдесят", 70, NC_TENS},
	{"семидесяти", 70, NC_TENS}, {"восемьдесят", 80, NC_TENS},
	{"восьмидесяти", 80, NC_TENS}, {"девяносто", 90, NC_TENS},
	{"девяноста", 90, NC_TENS}, {"сто", 100, NC_HUNDRED},
	{"ста", 100, NC_HUNDRED},
	/* English */
	{"one", 1, NC_UNIT},	   {"two", 2, NC_UNIT},
	{"three", 3, NC_UNIT},	   {"four", 4, NC_UNIT},
	{"five", 5, NC_UNIT},	   {"six", 6, NC_UNIT},
	{"seven", 7, NC_UNIT},	   {"eight", 8, NC_UNIT},
	{"nine", 9, NC_UNIT},	   {"ten", 10, NC_TEEN},
	{"eleven", 11, NC_TEEN},   {"twelve", 12, NC_TEEN},
	{"thirteen", 13, NC_TEEN}, {"fourteen", 14, NC_TEEN},
	{"fifteen", 15, NC_TEEN},  {"sixteen", 16, NC_TEEN},
	{"seventeen", 17, NC_TEEN}, {"eighteen", 18, NC_TEEN},
	{"nineteen", 19, NC_TEEN}, {"twenty", 20, NC_TENS},
	{"thirty", 30, NC_TENS},   {"forty", 40, NC_TENS},
	{"fifty", 50, NC_TENS},	   {"sixty", 60, NC_TENS},
	{"seventy", 70, NC_TENS},  {"eighty", 80, NC_TENS},
	{"ninety", 90, NC_TENS},   {"hundred", 100, NC_HUNDRED},
	{"dozen", 12, NC_TEEN},
};

/* Whole phrases with a fixed value (after normalization). */
static const struct {
	const char *phrase;
	int val;
	bool half;
} numphrases[] = {
	{"a", 1, false},	     {"an", 1, false},
	{"a couple of", 2, false},   {"a couple", 2, false},
	{"couple of", 2, false},     {"couple", 2, false},
	{"a few", 3, false},	     {"few", 3, false},
	{"several", 3, false},	     {"a dozen", 12, false},
	{"half a", 0, true},	     {"half an", 0, true},
	{"half", 0, true},	     {"a half", 0, true},
	{"one and a half", 1, true}, {"an hour and a half", 1, true},
	{"полтора", 1, true},	     {"полторы", 1, true},
	{"полутора", 1, true},	     {"пол", 0, true},
	{"пару", 2, false},	     {"пара", 2, false},
	{"пары", 2, false},	     {"парочку", 2, false},
	{"несколько", 3, false},     {"нескольких", 3, false},
};

/* Case endings written after digits: 3-х, 5-ти, 2-ух, 24h is a unit. */
static const char *const digit_suffixes[] = {
	"х", "ух", "ех", "ти", "и", "ми", "ью", "мя", "го", "ого", "ой",
	"ом", "ем", "е",
};

static const struct numword *
find_numword(const char *w)
{
	for (size_t i = 0; i < countof(numwords); i++) {
		if (strcmp(numwords[i].w, w) == 0)
			return &numwords[i];
	}
	return NULL;
}

static bool
in_list(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(list[i], w) == 0)
			return true;
	}
	return false;
}

/* Digits, an optional ",5"/".5", an optional case ending. */
static long
digits_number(const char *s, bool *half)
{
	long v = 0;
	int nd = 0;

	for (; *s >= '0' && *s <= '9'; s++) {
		if (++nd > 9)
			return -1;
		v = v * 10 + (*s - '0');
	}
	if ((*s == ',' || *s == '.') && s[1] == '5' &&
	    (s[2] < '0' || s[2] > '9')) {
		*half = true;
		s += 2;
	}
	if (*s == ' ')
		s++;
	if (*s == '\0')
		return v;
	if (in_list(s, digit_suffixes, countof(digit_suffixes)))
		return v;
	return -1;
}

/* A trailing "с половиной" / "and a half" / "and half": drop, set half. */
static size_t
strip_half_tail(char **tok, size_t n, bool *half)
{
	if (n >= 3 && strcmp(tok[n - 2], "с") == 0 &&
	    strcmp(tok[n - 1], "половиной") == 0) {
		*half = true;
		return n - 2;
	}
	if (n >= 4 && strcmp(tok[n - 3], "and") == 0 &&
	    strcmp(tok[n - 2], "a") == 0 && strcmp(tok[n - 1], "half") == 0) {
		*half = true;
		return n - 3;
	}
	if (n >= 3 && strcmp(tok[n - 2], "and") == 0 &&
	    strcmp(tok[n - 1], "half") == 0) {
		*half = true;
		return n - 2;
	}
	return n;
}

/* [tens] [unit] | teen | hundred, e.g. "двадцать четыре", "forty eight". */
static long
words_number(char **tok, size_t n)
{
	const struct numword *a, *b;

	if (n == 0 || n > 2)
		return -1;
	a = find_numword(tok[0]);
	if (a == NULL)
		return -1;
	if (n == 1)
		return a->val;
	b = find_numword(tok[1]);
	if (b == NULL || a->cls != NC_TENS || b->cls != NC_UNIT)
		return -1;
	return a->val + b->val;
}

long
deadline_number(const char *s, size_t len, bool *half)
{
	char buf[NORM_MAX];
	char *tok[MAX_TOKENS + 1];
	bool h = false;
	size_t n;
	long v;

	if (half != NULL)
		*half = false;
	if (!normalize(s, len, buf) || buf[0] == '\0')
		return -1;
	if (buf[0] >= '0' && buf[0] <= '9') {
		v = digits_number(buf, &h);
	} else {
		for (size_t i = 0; i < countof(numphrases); i++) {
			if (strcmp(numphrases[i].phrase, buf) == 0) {
				if (half != NULL)
					*half = numphrases[i].half;
				return numphrases[i].val;
			}
		}
		n = tokenize(buf, tok);
		if (n > MAX_TOKENS)
			return -1;
		n = strip_half_tail(tok, n, &h);
		v = words_number(tok, n);
	}
	if (v >= 0 && half != NULL)
		*half = h;
	return v;
}

/* ------------------------------------------------------------------ */
/* Names: months and weekdays. */

/* Russian months: nominative, and the stem that takes the endings. */
static const struct {
	const char *nom;
	const char *stem;
	bool soft; /* -ь/-й: я ю ем е; hard: а у ом е */
} ru_months[12] = {
	{"январь", "январ", true},   {"февраль", "феврал", true},
	{"март", "март", false},     {"апрель", "апрел", true},
	{"май", "ма", true},	     {"июнь", "июн", true},
	{"июль", "июл", true},	     {"август", "август", false},
	{"сентябрь", "сентябр", true}, {"октябрь", "октябр", true},
	{"ноябрь", "ноябр", true},   {"декабрь", "декабр", true},
};

static const char *const soft_endings[] = {"я", "ю", "ем", "е"};
static const char *const hard_endings[] = {"а", "у", "ом", "е"};

/* Abbreviations (trailing dot already dropped), index = month - 1. */
static const char *const month_abbr[][3] = {
	{"янв", "jan", NULL},	    {"фев", "февр", "feb"},
	{"мар", "mar", NULL},	    {"апр", "apr", NULL},
	{"may", NULL, NULL},	    {"июн", "jun", NULL},
	{"июл", "jul", NULL},	    {"авг", "aug", NULL},
	{"сен", "сент", "sep"},	    {"окт", "oct", NULL},
	{"ноя", "нояб", "nov"},	    {"дек", "dec", NULL},
};

static const char *const en_months[12] = {
	"january", "february", "march",	    "april",   "may",	   "june",
	"july",	   "august",   "september", "october", "november", "december",
};

static bool
ru_month_form(int i, const char *w)
{
	const char *const *end = ru_months[i].soft ? soft_endings
						   : hard_endings;
	size_t sl = strlen(ru_months[i].stem);

	if (strcmp(w, ru_months[i].nom) == 0)
		return true;
	if (strncmp(w, ru_months[i].stem, sl) != 0)
		return false;
	for (size_t k = 0; k < 4; k++) {
		if (strcmp(w + sl, end[k]) == 0)
			return true;
	}
	return false;
}

/* 1..12 or 0. */
static int
month_by_name(const char *w)
{
	for (int i = 0; i < 12; i++) {
		if (ru_month_form(i, w) || strcmp(w, en_months[i]) == 0)
			return i + 1;
		for (int k = 0; k < 3 && month_abbr[i][k] != NULL; k++) {
			if (strcmp(w, month_abbr[i][k]) == 0)
				return i + 1;
		}
	}
	if (strcmp(w, "sept") == 0)
		return 9;
	return 0;
}

/* Weekday stems: a Russian stem takes up to three letters of ending
 * (пятниц-а/-ы/-у/-е/-ей, воскресен-ье/-ья/-ьем); English whole words. */
static const struct {
	const char *stem;
	int max_end; /* bytes of ending allowed after the stem */
} ru_weekdays[7] = {
	{"понедельник", 6}, {"вторник", 6}, {"сред", 4},     {"четверг", 6},
	{"пятниц", 4},	    {"суббот", 4},  {"воскресен", 6},
};

static const char *const en_weekdays[7][3] = {
	{"monday", "mon", NULL},       {"tuesday", "tue", "tues"},
	{"wednesday", "wed", NULL},    {"thursday", "thu", "thurs"},
	{"friday", "fri", NULL},       {"saturday", "sat", NULL},
	{"sunday", "sun", NULL},
};

static const char *const ru_weekday_abbr[7] = {"пн", "вт", "ср", "чт",
					       "пт", "сб", "вс"};

static bool
cyrillic_letters(const char *s)
{
	for (; *s != '\0'; s += 2) {
		unsigned char a = (unsigned char)s[0], b = (unsigned char)s[1];

		if ((a != 0xd0 && a != 0xd1) || b < 0x80 || b > 0xbf)
			return false;
	}
	return true;
}

/* 0 = Monday .. 6 = Sunday, or -1. */
static int
weekday_by_name(const char *w)
{
	for (int i = 0; i < 7; i++) {
		size_t sl = strlen(ru_weekdays[i].stem);

		if (strncmp(w, ru_weekdays[i].stem, sl) == 0 &&
		    strlen(w + sl) <= (size_t)ru_weekdays[i].max_end &&
		    cyrillic_letters(w + sl))
			return i;
		if (strcmp(w, ru_weekday_abbr[i]) == 0)
			return i;
		for (int k = 0; k < 3 && en_weekdays[i][k] != NULL; k++) {
			if (strcmp(w, en_weekdays[i][k]) == 0)
				return i;
		}
	}
	if (strcmp(w, "thur") == 0)
		return 3;
	return -1;
}

/* ------------------------------------------------------------------ */
/* Resolution context and helpers. */

struct dl_ctx {
	const struct dl_expr *e;
	struct esc_time made;
	int64_t made_day;
	const struct calendar *cal;
	bool claimed;
	bool local; /* the promise is in the process (--tz) zone: DST rules */
};

static bool
has(const struct dl_ctx *c, enum dl_group g)
{
	return c->e->g[g] != NULL && c->e->glen[g] > 0;
}

static bool
group_norm(const struct dl_ctx *c, enum dl_group g, char out[NORM_MAX])
{
	return has(c, g) && normalize(c->e->g[g], c->e->glen[g], out);
}

static int64_t
day_min(void)
{
	return days_from_civil(1, 1, 1);
}

static int64_t
day_max(void)
{
	return days_from_civil(9999, 12, 31);
}

static bool
day_ok(int64_t d)
{
	return d >= day_min() && d <= day_max();
}

/* The count of a relative expression: the range's upper bound (n2) when
 * present, else n, else 1 ("в течение часа", "within a day"). */
static bool
get_count(const struct dl_ctx *c, long *n, bool *half)
{
	enum dl_group g = has(c, DLG_N2) ? DLG_N2 : DLG_N;
	long lo = -1;
	bool lh = false;

	*half = false;
	if (!has(c, g)) {
		char unit[NORM_MAX];

		/* "полчаса", "полдня": half a unit */
		*n = 1;
		if (group_norm(c, DLG_UNIT, unit) &&
		    strncmp(unit, "пол", strlen("пол")) == 0) {
			*n = 0;
			*half = true;
		}
		return true;
	}
	*n = deadline_number(c->e->g[g], c->e->glen[g], half);
	if (*n < 0)
		return false;
	if (g == DLG_N2 && has(c, DLG_N))
		lo = deadline_number(c->e->g[DLG_N], c->e->glen[DLG_N], &lh);
	if (lo > *n || (lo == *n && lh && !*half)) {
		*n = lo; /* "5-3 дней": still the larger one */
		*half = lh;
	}
	return *n > 0 || *half;
}

/* Leading digits of a day or year group; the rest may only be letters,
 * dots or spaces ("25th", "25-го", "2026 г"). */
static bool
lead_digits(const char *s, int maxd, int *v, int *nd)
{
	*v = 0;
	*nd = 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (++*nd > maxd)
			return false;
		*v = *v * 10 + (*s - '0');
	}
	if (*nd == 0)
		return false;
	for (; *s != '\0'; s++) {
		if ((*s >= '0' && *s <= '9') || *s == ':' || *s == '/')
			return false;
	}
	return true;
}

/* ------------------------------------------------------------------ */
/* Clock times: hour, minute, am/pm. */

struct clock {
	int hour, min, sec;
};

/* "pm" words make 1..11 afternoon; Russian "дня" only for 1..6 o'clock. */
static bool
apply_ampm(const char *a, struct clock *k)
{
	if (a[0] == 'p' || strncmp(a, "вечер", strlen("вечер")) == 0) {
		if (a[0] == 'p' && (k->hour < 1 || k->hour > 12))
			return false;
		if (k->hour >= 1 && k->hour < 12)
			k->hour += 12;
		return true;
	}
	if (strcmp(a, "дня") == 0) {
		if (k->hour >= 1 && k->hour <= 6)
			k->hour += 12;
		return true;
	}
	if (a[0] == 'a' || strncmp(a, "ночи", strlen("ночи")) == 0 ||
	    strncmp(a, "утр", strlen("утр")) == 0) {
		if (a[0] == 'a' && (k->hour < 1 || k->hour > 12))
			return false;
		if (k->hour == 12)
			k->hour = 0;
		return true;
	}
	return false;
}

static bool
parse_hour_minute(const struct dl_ctx *c, struct clock *k)
{
	char buf[NORM_MAX];
	char *sep;
	bool half;
	long h;

	if (!group_norm(c, DLG_HOUR, buf))
		return false;
	k->min = 0;
	if (strcmp(buf, "noon") == 0 || strcmp(buf, "midday") == 0 ||
	    strncmp(buf, "полд", strlen("полд")) == 0 ||
	    strncmp(buf, "полуд", strlen("полуд")) == 0) {
		k->hour = 12; /* "by noon", «к полудню» */
		return true;
	}
	sep = strpbrk(buf, ":.");
	if (sep != NULL) { /* the whole "18:00" landed in the hour group */
		int nd;

		*sep = '\0';
		if (!lead_digits(sep + 1, 2, &k->min, &nd) || nd != 2)
			return false;
	}
	h = deadline_number(buf, strlen(buf), &half);
	if (h < 0 || h > 24 || half)
		return false;
	k->hour = (int)h;
	if (has(c, DLG_MINUTE)) {
		int nd;

		if (!group_norm(c, DLG_MINUTE, buf) ||
		    !lead_digits(buf, 2, &k->min, &nd))
			return false;
	}
	return k->min <= 59;
}

/* The clock time of the hour/minute/ampm groups; false if absent or bad
 * (*present tells which). 24:00 is the end of the day. */
static bool
get_clock(const struct dl_ctx *c, struct clock *k, bool *present)
{
	char buf[NORM_MAX];

	if (c->e->clock_set) {
		*present = true;
		k->hour = c->e->clock_hour;
		k->min = c->e->clock_min;
		k->sec = c->e->clock_hour == 23 && c->e->clock_min == 59 ? 59 : 0;
		return k->hour >= 0 && k->hour <= 23 && k->min >= 0 &&
		       k->min <= 59;
	}
	*present = has(c, DLG_HOUR);
	if (!*present)
		return false;
	if (!parse_hour_minute(c, k))
		return false;
	k->sec = 0;
	if (group_norm(c, DLG_AMPM, buf) && buf[0] != '\0' &&
	    !apply_ampm(buf, k))
		return false;
	if (k->hour == 24) {
		if (k->min != 0)
			return false;
		k->hour = 23;
		k->min = 59;
		k->sec = 59;
	}
	return true;
}

/* A local time of the promise's zone: the --tz zone's rules when the
 * promise was made in it (the offset may differ across a DST change),
 * else the promise's own fixed offset. */
static struct esc_time
at_clock(const struct dl_ctx *c, int64_t day, const struct clock *k)
{
	struct civil cv;
	struct esc_time t;

	civil_from_days(day, &cv.year, &cv.month, &cv.day);
	cv.hour = k->hour;
	cv.min = k->min;
	cv.sec = k->sec;
	if (c->local && time_from_civil_local(&cv, &t))
		return t;
	return time_from_civil_off(&cv, c->made.off);
}

static struct esc_time
end_of_day(const struct dl_ctx *c, int64_t day)
{
	static const struct clock last = {23, 59, 59};

	if (c->local)
		return at_clock(c, day, &last);
	return time_end_of_day(day, c->made.off);
}

/* A day-granular due: the end of 'day', or the clock time when given. */
static bool
finish_day(const struct dl_ctx *c, int64_t day, struct esc_time *due)
{
	struct clock k;
	bool present;

	if (!day_ok(day))
		return false;
	if (get_clock(c, &k, &present)) {
		*due = at_clock(c, day, &k);
		return true;
	}
	if (present)
		return false;
	*due = end_of_day(c, day);
	return true;
}

/* ------------------------------------------------------------------ */
/* The expressions. */

static bool
add_seconds(const struct dl_ctx *c, int64_t secs, struct esc_time *due)
{
	*due = c->made;
	due->t += secs;
	if (c->local)
		(void)time_to_local_zone(due);
	return day_ok(time_local_day(*due));
}

static bool
do_hours(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!get_count(c, &n, &half) || n > MAX_HOURS)
		return false;
	return add_seconds(c, (int64_t)n * 3600 + (half ? 1800 : 0), due);
}

static bool
do_minutes(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!get_count(c, &n, &half) || n > MAX_MINUTES)
		return false;
	return add_seconds(c, (int64_t)n * 60 + (half ? 30 : 0), due);
}

/* Half days, weeks and months round up to whole days. */
static bool
do_days(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!get_count(c, &n, &half) || n > MAX_DAYS)
		return false;
	return finish_day(c, c->made_day + n + (half ? 1 : 0), due);
}

static bool
do_workdays(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!get_count(c, &n, &half) || n > MAX_DAYS)
		return false;
	return finish_day(c,
			  calendar_add_working(c->cal, c->made_day,
					       n + (half ? 1 : 0)),
			  due);
}

static bool
do_weeks(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!get_count(c, &n, &half) || n > MAX_WEEKS)
		return false;
	return finish_day(c, c->made_day + 7 * n + (half ? 4 : 0), due);
}

/* The same day n months later, clamped to the month's last day. */
static int64_t
add_months(int64_t day, long n)
{
	int y, m, d;
	int64_t total;

	civil_from_days(day, &y, &m, &d);
	total = (int64_t)y * 12 + (m - 1) + n;
	y = (int)(total / 12);
	m = (int)(total % 12) + 1;
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	return days_from_civil(y, m, d);
}

static bool
do_months(const struct dl_ctx *c, struct esc_time *due)
{
	long n;
	bool half;

	if (!get_count(c, &n, &half) || n > MAX_MONTHS)
		return false;
	return finish_day(c, add_months(c->made_day, n) + (half ? 15 : 0),
			  due);
}

static bool
do_today(const struct dl_ctx *c, struct esc_time *due)
{
	return finish_day(c, c->made_day, due);
}

static bool
do_tomorrow(const struct dl_ctx *c, struct esc_time *due)
{
	return finish_day(c, c->made_day + 1, due);
}

static bool
do_after_tomorrow(const struct dl_ctx *c, struct esc_time *due)
{
	return finish_day(c, c->made_day + 2, due);
}

static bool
do_weekday(const struct dl_ctx *c, struct esc_time *due)
{
	char buf[NORM_MAX];
	int wd, delta;

	if (!group_norm(c, DLG_WEEKDAY, buf))
		return false;
	wd = weekday_by_name(buf);
	if (wd < 0)
		return false;
	delta = (wd - weekday_from_days(c->made_day) + 7) % 7;
	/* a customer's claim of an earlier promise ("you said it would be
	 * issued by Friday", on a Monday): the nearest such day, as for a
	 * date without a year */
	if (c->claimed)
		return finish_day(c, c->made_day + (delta <= 3 ? delta
							       : delta - 7),
				  due);
	if (c->e->past)
		return finish_day(c, c->made_day + (delta == 0 ? 0 : delta - 7),
				  due);
	return finish_day(c, c->made_day + (delta == 0 ? 7 : delta), due);
}

static bool
do_end_week(const struct dl_ctx *c, struct esc_time *due)
{
	int64_t last = calendar_week_last_working(c->cal, c->made_day);

	return finish_day(c, last < c->made_day ? c->made_day : last, due);
}

static bool
do_next_week(const struct dl_ctx *c, struct esc_time *due)
{
	return finish_day(c, calendar_week_last_working(c->cal,
							c->made_day + 7),
			  due);
}

/* After the weekend: the first working day after the coming Sunday
 * (the current one when written on a weekend). */
static bool
do_after_weekend(const struct dl_ctx *c, struct esc_time *due)
{
	int64_t sunday = c->made_day + (6 - weekday_from_days(c->made_day));

	return finish_day(c, calendar_add_working(c->cal, sunday, 1), due);
}

static bool
do_end_month(const struct dl_ctx *c, struct esc_time *due)
{
	int y, m, d;

	civil_from_days(c->made_day, &y, &m, &d);
	return finish_day(c, days_from_civil(y, m, days_in_month(y, m)), due);
}

/* A clock time alone: on the message date, or the next day if past. */
static bool
do_time(const struct dl_ctx *c, struct esc_time *due)
{
	struct clock k;
	bool present;

	if (!get_clock(c, &k, &present))
		return false;
	*due = at_clock(c, c->made_day, &k);
	if (due->t <= c->made.t)
		*due = at_clock(c, c->made_day + 1, &k);
	return day_ok(time_local_day(*due));
}

/* The lower hour of a window ("between 8am and ..."), or -1. */
static int
window_start(const struct dl_ctx *c)
{
	char buf[NORM_MAX];
	bool half;
	long h;

	if (!group_norm(c, DLG_N, buf))
		return -1;
	h = deadline_number(buf, strlen(buf), &half);
	return h >= 0 && h <= 23 && !half ? (int)h : -1;
}

/* A window's end: its upper bound, in the afternoon when it reads so. */
static bool
window_clock(const struct dl_ctx *c, struct clock *k)
{
	bool present;
	int from = window_start(c);

	if (!get_clock(c, k, &present))
		return false;
	if (!has(c, DLG_AMPM) && !has(c, DLG_MINUTE) && k->hour < 12 &&
	    ((from >= 0 && k->hour < from) || k->hour <= 7))
		k->hour += 12;
	return true;
}

/* A clock window alone: its end on the message date, or the next day
 * if past. */
static bool
do_window(const struct dl_ctx *c, struct esc_time *due)
{
	struct clock k;

	if (!window_clock(c, &k))
		return false;
	*due = at_clock(c, c->made_day, &k);
	if (due->t <= c->made.t)
		*due = at_clock(c, c->made_day + 1, &k);
	return day_ok(time_local_day(*due));
}

bool
deadline_clock(const struct dl_expr *e, int *hour, int *min)
{
	struct dl_ctx c = {e, {0, 0, true}, 0, NULL, false, false};
	struct clock k;
	bool present;

	if (e == NULL || e->expr == NULL)
		return false;
	if (strcmp(e->expr, "window") == 0 ? !window_clock(&c, &k)
	    : strcmp(e->expr, "time") == 0 ? !get_clock(&c, &k, &present)
					   : true)
		return false;
	*hour = k.hour;
	*min = k.min;
	return true;
}

/* ------------------------------------------------------------------ */
/* Absolute dates. */

struct date_parts {
	int day, month, year; /* 0 = absent */
	bool month_numeric;
};

static bool
parse_month_group(const struct dl_ctx *c, struct date_parts *p)
{
	char buf[NORM_MAX];
	int nd;

	if (!has(c, DLG_MONTH))
		return true;
	if (!group_norm(c, DLG_MONTH, buf))
		return false;
	if (buf[0] >= '0' && buf[0] <= '9') {
		if (!lead_digits(buf, 2, &p->month, &nd) || p->month < 1)
			return false;
		p->month_numeric = true;
		return true;
	}
	p->month = month_by_name(buf);
	return p->month != 0;
}

static bool
parse_year_group(const struct dl_ctx *c, struct date_parts *p)
{
	char buf[NORM_MAX];
	int nd;

	if (!has(c, DLG_YEAR))
		return true;
	if (!group_norm(c, DLG_YEAR, buf) ||
	    !lead_digits(buf, 4, &p->year, &nd) || (nd != 2 && nd != 4))
		return false;
	if (nd == 2)
		p->year += 2000;
	return p->year >= 1;
}

static bool
parse_date_parts(const struct dl_ctx *c, struct date_parts *p)
{
	char buf[NORM_MAX];
	int nd;

	memset(p, 0, sizeof(*p));
	if (!group_norm(c, DLG_DAY, buf) || !lead_digits(buf, 2, &p->day, &nd))
		return false;
	if (!parse_month_group(c, p) || !parse_year_group(c, p))
		return false;
	/* day-first, unless only the month-first reading is valid */
	if (p->month_numeric && p->month > 12 && p->day <= 12) {
		int t = p->day;

		p->day = p->month;
		p->month = t;
	}
	if (p->day < 1 || p->day > 31 || p->month > 12)
		return false;
	return true;
}

/* Pick among candidate days: the first on or after the message date, or
 * for a claim the nearest one (the earlier on a tie). */
static bool
pick_candidate(const struct dl_ctx *c, const int64_t *cand, size_t n,
	       int64_t *out)
{
	bool found = false;
	int64_t best = 0, bestdist = 0;

	for (size_t i = 0; i < n; i++) {
		int64_t dist = cand[i] - c->made_day;

		if (!c->claimed && dist < 0)
			continue;
		if (dist < 0)
			dist = -dist;
		if (!found || dist < bestdist ||
		    (dist == bestdist && cand[i] < best)) {
			best = cand[i];
			bestdist = dist;
			found = true;
		}
	}
	*out = best;
	return found;
}

/* Candidates for a date without a year (or without a month): the same
 * day-of-month / month-day in the surrounding months or years. */
static bool
resolve_open_date(const struct dl_ctx *c, const struct date_parts *p,
		  int64_t *out)
{
	int64_t cand[32];
	size_t n = 0;
	int y, m, d;

	civil_from_days(c->made_day, &y, &m, &d);
	for (int k = -8; k <= 8 && p->month != 0; k++) {
		if (civil_valid(y + k, p->month, p->day))
			cand[n++] = days_from_civil(y + k, p->month, p->day);
	}
	for (int k = -12; k <= 13 && p->month == 0 && n < 32; k++) {
		int64_t idx = (int64_t)y * 12 + (m - 1) + k;
		int cy = (int)(idx / 12), cm = (int)(idx % 12) + 1;

		if (civil_valid(cy, cm, p->day))
			cand[n++] = days_from_civil(cy, cm, p->day);
	}
	return pick_candidate(c, cand, n, out);
}

static bool
do_date(const struct dl_ctx *c, struct esc_time *due)
{
	struct date_parts p;
	int64_t day;

	if (!parse_date_parts(c, &p))
		return false;
	if (p.year != 0 && p.month != 0) {
		if (!civil_valid(p.year, p.month, p.day))
			return false;
		day = days_from_civil(p.year, p.month, p.day);
	} else if (p.year != 0) {
		return false; /* a day and a year without a month */
	} else if (!resolve_open_date(c, &p, &day)) {
		return false;
	}
	return finish_day(c, day, due);
}

/* ------------------------------------------------------------------ */
/* Dispatch. */

typedef bool (*dl_fn)(const struct dl_ctx *, struct esc_time *);

static const struct {
	const char *name;
	dl_fn fn;
} exprs[] = {
	{"hours", do_hours},
	{"minutes", do_minutes},
	{"days", do_days},
	{"workdays", do_workdays},
	{"weeks", do_weeks},
	{"months", do_months},
	{"today", do_today},
	{"end-day", do_today},
	{"tomorrow", do_tomorrow},
	{"after-tomorrow", do_after_tomorrow},
	{"weekday", do_weekday},
	{"end-week", do_end_week},
	{"next-week", do_next_week},
	{"end-month", do_end_month},
	{"after-weekend", do_after_weekend},
	{"date", do_date},
	{"time", do_time},
	{"window", do_window},
};

/* Unit words: a substring of the normalized unit group, first hit wins
 * (hours before working days: "рабочих часов" are clock hours; working
 * days before days); exact entries are whole-word abbreviations. */
static const struct {
	const char *key;
	bool exact;
	const char *expr;
} units[] = {
	{"час", false, "hours"},	 {"hour", false, "hours"},
	{"hrs", false, "hours"},	 {"h", true, "hours"},
	{"ч", true, "hours"},		 {"рабоч", false, "workdays"},
	{"банковск", false, "workdays"}, {"business", false, "workdays"},
	{"working", false, "workdays"},	 {"workday", false, "workdays"},
	{"минут", false, "minutes"},	 {"мин", true, "minutes"},
	{"min", false, "minutes"},	 {"недел", false, "weeks"},
	{"нед", true, "weeks"},		 {"week", false, "weeks"},
	{"месяц", false, "months"},	 {"мес", true, "months"},
	{"month", false, "months"},	 {"дн", false, "days"},
	{"ден", false, "days"},		 {"сут", false, "days"},
	{"д", true, "days"},		 {"day", false, "days"},
	{"d", true, "days"},
};

static const char *
expr_from_unit(const struct dl_ctx *c)
{
	char buf[NORM_MAX];

	if (!group_norm(c, DLG_UNIT, buf))
		return NULL;
	for (size_t i = 0; i < countof(units); i++) {
		if (units[i].exact ? strcmp(buf, units[i].key) == 0
				   : strstr(buf, units[i].key) != NULL)
			return units[i].expr;
	}
	return NULL;
}

/* The expression kind: the pattern's expr=, else the unit, else the
 * groups present. "days" with a working-day unit counts working days. */
static const char *
expr_kind(const struct dl_ctx *c)
{
	const char *unit = expr_from_unit(c);
	const char *x = c->e->expr;

	if (x != NULL && x[0] != '\0') {
		if (strcmp(x, "days") == 0 && unit != NULL &&
		    strcmp(unit, "workdays") == 0)
			return unit;
		return x;
	}
	if (unit != NULL)
		return unit;
	if (has(c, DLG_DAY))
		return "date";
	if (has(c, DLG_WEEKDAY))
		return "weekday";
	if (has(c, DLG_HOUR))
		return "time";
	return NULL;
}

bool
deadline_resolve(const struct dl_expr *e, struct esc_time made,
		 const struct calendar *cal, bool claimed,
		 struct esc_time *due, bool *vague)
{
	struct dl_ctx c = {e, made, 0, cal, claimed, false};
	const char *kind;

	*vague = false;
	due->set = false;
	if (e == NULL || !made.set)
		return false;
	c.made_day = time_local_day(made);
	if (!day_ok(c.made_day))
		return false;
	c.local = time_in_local_zone(made);
	kind = expr_kind(&c);
	if (kind == NULL)
		return false;
	if (strcmp(kind, "vague") == 0) {
		*vague = true;
		return true;
	}
	for (size_t i = 0; i < countof(exprs); i++) {
		if (strcmp(exprs[i].name, kind) == 0) {
			if (exprs[i].fn(&c, due))
				return true;
			due->set = false;
			return false;
		}
	}
	return false;
}
