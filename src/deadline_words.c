/* deadline_words.c - the words of a time expression (deadline_ctx.h):
 * group text normalized (lower case, ё -> е, spaces), numbers in digits
 * or in Russian and English words, month and weekday names. */
#include "deadline.h"

#include <string.h>

#include "deadline_ctx.h"
#include "util.h"

#define MAX_TOKENS 8

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

bool
dl_normalize(const char *src, size_t len, char out[NORM_MAX])
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
	if (!dl_normalize(s, len, buf) || buf[0] == '\0')
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
int
dl_month_by_name(const char *w)
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
int
dl_weekday_by_name(const char *w)
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
