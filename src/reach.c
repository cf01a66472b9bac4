/* reach.c - the ASCII bytes a match of a regex can consume. */
#include "reach.h"

#include <string.h>

#include "charset.h"
#include "reach_walk.h"

/* ------------------------------------------------------------------ */
/* Sets. */

/* A byte and, for a letter, its other case. */
static void
set_char(struct byteset *s, unsigned b)
{
	byteset_add(s, b);
	if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
		byteset_add(s, b ^ 0x20);
}

static void
set_range(struct byteset *s, unsigned lo, unsigned hi)
{
	for (unsigned b = lo; b <= hi && b < 128; b++)
		set_char(s, b);
}

static void
set_all(struct byteset *s)
{
	s->w[0] = s->w[1] = ~(uint64_t)0;
}

static void
set_invert(struct byteset *s)
{
	s->w[0] = ~s->w[0];
	s->w[1] = ~s->w[1];
}

/* A character beyond ASCII: caseless matching may pair it with an ASCII
 * letter (U+212A KELVIN SIGN and k), except for Cyrillic. */
static void
set_wide(struct byteset *s, uint32_t c)
{
	if (c >= 0x400 && c <= 0x4FF)
		return;
	set_range(s, 'a', 'z');
}

static void
set_cp(struct byteset *s, uint32_t c)
{
	if (c < 128)
		set_char(s, c);
	else
		set_wide(s, c);
}

/* The ASCII part of \d \w \s \h \v \R (and their negations: upper case),
 * which UCP mode leaves as in ASCII. False for other letters. */
static bool
set_type(struct byteset *s, unsigned char e)
{
	struct byteset t = {{0, 0}};

	switch (e | 0x20) {
	case 'd':
		set_range(&t, '0', '9');
		break;
	case 'w':
		set_range(&t, '0', '9');
		set_range(&t, 'a', 'z');
		byteset_add(&t, '_');
		break;
	case 's':
		set_range(&t, '\t', '\r');
		byteset_add(&t, ' ');
		break;
	case 'h':
		byteset_add(&t, '\t');
		byteset_add(&t, ' ');
		break;
	case 'v':
		set_range(&t, '\n', '\r');
		break;
	default:
		return false;
	}
	if (e >= 'A' && e <= 'Z')
		set_invert(&t);
	byteset_union(s, &t);
	return true;
}

/* ------------------------------------------------------------------ */
/* Reading. */

static bool
in_look(const struct walk *w)
{
	return w->look[w->depth];
}

/* Add what an atom consumes, unless inside a lookaround. */
static void
consume(struct walk *w, const struct byteset *t)
{
	if (!in_look(w))
		byteset_union(&w->set, t);
}

uint32_t
walk_take_char(struct walk *w)
{
	uint32_t c = 0;
	size_t n = utf8_decode(w->p, w->end, &c);

	if (n == 0) {
		w->fail = true;
		return 0;
	}
	w->p += n;
	return c;
}

/* \x.. after the 'x'. */
static uint32_t
take_hex(struct walk *w)
{
	uint32_t v = 0;
	bool brace = w->p < w->end && *w->p == '{';
	int n = 0, max = brace ? 8 : 2;

	w->p += brace;
	while (w->p < w->end && n < max && ascii_hexval(*w->p) >= 0) {
		v = v * 16 + (uint32_t)ascii_hexval(*w->p++);
		n++;
	}
	if (brace && (w->p >= w->end || *w->p++ != '}'))
		w->fail = true;
	return v;
}

/* \p{..} or \pL after the 'p'. */
static void
skip_property(struct walk *w)
{
	if (w->p < w->end && *w->p == '{') {
		while (w->p < w->end && *w->p != '}')
			w->p++;
	}
	if (w->p >= w->end)
		w->fail = true;
	else
		w->p++;
}

static int
control_char(unsigned char e)
{
	static const char from[] = "tnrfea", to[] = "\t\n\r\f\033\a";
	const char *f = e != '\0' ? strchr(from, e) : NULL;

	return f != NULL ? to[f - from] : -1;
}

/* An escape after the backslash: a character into *c, or a set into t. */
enum esc
walk_read_escape(struct walk *w, bool in_class, struct byteset *t, uint32_t *c)
{
	unsigned char e;

	if (w->p >= w->end) {
		w->fail = true;
		return ESC_EXACT;
	}
	e = *w->p++;
	if (control_char(e) >= 0 || (in_class && e == 'b')) {
		*c = e == 'b' ? 8 : (uint32_t)control_char(e);
		return ESC_CHAR;
	}
	if (e == 'x') {
		*c = take_hex(w);
		return ESC_CHAR;
	}
	if (set_type(t, e))
		return ESC_EXACT;
	if (!in_class && strchr("bBAzZE", e) != NULL)
		return ESC_EXACT; /* zero width */
	if (e == 'p' || e == 'P')
		skip_property(w);
	if (strchr("GKQ", e) != NULL || (in_class && e == 'N'))
		w->fail = true;
	if (e < 0x80 && ((e >= '0' && e <= '9') ||
			 ((e | 0x20) >= 'a' && (e | 0x20) <= 'z'))) {
		set_all(t); /* \p, \X, \N, back references, \c, \o, ... */
		return ESC_OVER;
	}
	w->p--;
	*c = walk_take_char(w);
	return ESC_CHAR;
}

/* [:alpha:] and the like inside a class: true when skipped. */
static bool
skip_posix(struct walk *w)
{
	if (w->end - w->p < 2 || w->p[0] != '[' ||
	    strchr(":.=", w->p[1]) == NULL)
		return false;
	for (const unsigned char *q = w->p + 2; q + 1 < w->end; q++) {
		if (q[0] == w->p[1] && q[1] == ']') {
			w->p = q + 2;
			return true;
		}
	}
	w->fail = true;
	return true;
}

bool
walk_is_letter(uint32_t c)
{
	return c < 128 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* One member of a class: a character (ESC_CHAR, *c) or a set (into m). */
static enum esc
class_member(struct walk *w, struct members *m, uint32_t *c)
{
	struct byteset t = {{0, 0}};
	enum esc k;

	if (skip_posix(w)) {
		set_all(&m->over);
		m->wide = true;
		return ESC_OVER;
	}
	if (*w->p != '\\') {
		*c = walk_take_char(w);
		return ESC_CHAR;
	}
	w->p++;
	k = walk_read_escape(w, true, &t, c);
	m->wide |= k != ESC_CHAR; /* \d, \s ... match beyond ASCII (UCP) */
	if (k != ESC_CHAR)
		byteset_union(&m->over, &t);
	if (k == ESC_EXACT)
		byteset_union(&m->under, &t);
	return k;
}

/* A character member c: alone (both cases where caseless matching may
 * apply: over-approximated only), or the start of a range "c-x". */
static void
class_char(struct walk *w, struct members *m, uint32_t lo)
{
	uint32_t hi = 0;

	if (w->p + 1 >= w->end || *w->p != '-' || w->p[1] == ']') {
		set_cp(&m->over, lo);
		byteset_add(&m->under, lo);
		m->wide |= lo >= 128 || walk_is_letter(lo);
		return;
	}
	w->p++; /* '-' */
	if (class_member(w, m, &hi) != ESC_CHAR) {
		set_cp(&m->over, lo); /* "a-\d": a literal '-' */
		byteset_add(&m->under, lo);
		byteset_add(&m->over, '-');
		byteset_add(&m->under, '-');
		return;
	}
	if (hi < lo) {
		w->fail = true;
		return;
	}
	set_range(&m->over, lo, hi);
	m->wide |= hi >= 128 || (lo <= 'z' && hi >= 'A');
	if (hi >= 0x80 && (lo < 0x400 || hi > 0x4FF))
		set_wide(&m->over, hi);
	for (uint32_t b = lo; b <= hi && b < 128; b++)
		byteset_add(&m->under, b);
}

/* A class's members, after its '['; true when it is negated. */
bool
walk_read_members(struct walk *w, struct members *m)
{
	bool neg, first = true;

	w->p++; /* '[' */
	neg = w->p < w->end && *w->p == '^';
	w->p += neg;
	while (!w->fail) {
		uint32_t c = 0;

		if (w->p >= w->end) {
			w->fail = true;
			break;
		}
		if (*w->p == ']' && !first) {
			w->p++;
			break;
		}
		first = false;
		if (class_member(w, m, &c) == ESC_CHAR)
			class_char(w, m, c);
	}
	return neg;
}

static void
read_class(struct walk *w)
{
	struct members m = {{{0, 0}}, {{0, 0}}, false};

	if (walk_read_members(w, &m)) {
		m.over = m.under; /* what it surely excludes ... */
		set_invert(&m.over); /* ... it does not consume */
	}
	consume(w, &m.over);
}

/* ------------------------------------------------------------------ */
/* Groups. */

static void
skip_past(struct walk *w, unsigned char stop)
{
	while (w->p < w->end && *w->p != stop)
		w->p++;
	if (w->p >= w->end)
		w->fail = true;
	else
		w->p++;
}

static void
push(struct walk *w, bool look)
{
	if (w->depth >= REACH_DEPTH_MAX) {
		w->fail = true;
		return;
	}
	w->depth++;
	w->look[w->depth] = w->look[w->depth - 1] || look;
}

/* Inline options after "(?": a group "(?i:" (pushed) or a setting. */
static void
read_options(struct walk *w)
{
	while (w->p < w->end && strchr("imnsJU^-", *w->p) != NULL)
		w->p++;
	if (w->p < w->end && *w->p == ':') {
		w->p++;
		push(w, false);
	} else if (w->p < w->end && *w->p == ')') {
		w->p++;
	} else {
		w->fail = true; /* x, recursion, conditions, ... */
	}
}

/* After "(?<": a lookbehind or a named group. */
static void
read_angle(struct walk *w)
{
	if (w->p < w->end && (*w->p == '=' || *w->p == '!')) {
		w->p++;
		push(w, true);
		return;
	}
	skip_past(w, '>');
	push(w, false);
}

/* A group's opening, after the '('. */
void
walk_read_group(struct walk *w)
{
	unsigned char c;

	if (w->p < w->end && *w->p == '*') {
		w->fail = true; /* backtracking verbs, (*pla: ...) */
		return;
	}
	if (w->p >= w->end || *w->p != '?') {
		push(w, false);
		return;
	}
	if (++w->p >= w->end) {
		w->fail = true;
		return;
	}
	c = *w->p++;
	if (c == ':' || c == '|' || c == '>')
		push(w, false);
	else if (c == '=' || c == '!')
		push(w, true);
	else if (c == '<')
		read_angle(w);
	else if (c == '\'' || (c == 'P' && w->p < w->end && *w->p == '<')) {
		w->p += c == 'P';
		skip_past(w, c == '\'' ? '\'' : '>');
		push(w, false);
	} else if (c == '#') {
		skip_past(w, ')');
	} else {
		w->p--;
		read_options(w);
	}
}

/* ------------------------------------------------------------------ */
/* Atoms. */

/* "{n}", "{n,}" or "{n,m}" at p: a quantifier in every PCRE2 version.
 * Anything else starting with '{' is read as literal characters, which
 * can only add bytes. */
bool
walk_skip_braces(struct walk *w)
{
	const unsigned char *q = w->p + 1;
	int digits = 0;

	while (q < w->end && *q >= '0' && *q <= '9')
		q++, digits++;
	if (digits == 0)
		return false;
	if (q < w->end && *q == ',')
		for (q++; q < w->end && *q >= '0' && *q <= '9'; q++)
			;
	if (q >= w->end || *q != '}')
		return false;
	w->p = q + 1;
	return true;
}

static void
read_escape_atom(struct walk *w)
{
	struct byteset t = {{0, 0}};
	uint32_t c = 0;

	w->p++; /* '\\' */
	if (walk_read_escape(w, false, &t, &c) == ESC_CHAR)
		set_cp(&t, c);
	consume(w, &t);
}

static void
read_atom(struct walk *w)
{
	struct byteset t = {{0, 0}};

	switch (*w->p) {
	case '(':
		w->p++;
		walk_read_group(w);
		return;
	case ')':
		w->p++;
		if (w->depth == 0)
			w->fail = true;
		else
			w->depth--;
		return;
	case '[':
		read_class(w);
		return;
	case '\\':
		read_escape_atom(w);
		return;
	case '.':
		set_all(&t);
		break;
	case '{':
		if (walk_skip_braces(w))
			return;
		byteset_add(&t, '{');
		break;
	case '^':
	case '$':
	case '|':
	case '*':
	case '+':
	case '?':
		break;
	default:
		set_cp(&t, walk_take_char(w));
		consume(w, &t);
		return;
	}
	w->p++;
	consume(w, &t);
}

bool
reach_consumable(const char *regex, struct byteset *out)
{
	struct walk w = {.depth = 0};

	w.p = (const unsigned char *)regex;
	w.end = w.p + strlen(regex);
	while (!w.fail && w.p < w.end)
		read_atom(&w);
	if (w.fail || w.depth != 0) {
		set_all(out);
		return false;
	}
	*out = w.set;
	return true;
}
