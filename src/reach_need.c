/* reach_need.c - the ASCII bytes one of which every match consumes. */
#include "reach.h"

#include <string.h>

#include "reach_walk.h"

/* Required bytes: a set of ASCII bytes one of which every match
 * consumes. Only atoms that match nothing but such bytes count: an ASCII
 * character that is not a letter (a caseless letter may match beyond
 * ASCII, K and KELVIN SIGN), a class of those. */

struct need {
	bool has;
	struct byteset set;
};

static void need_alt(struct walk *w, struct need *out);

/* How common the bytes are in text: the smaller, the fewer windows. */
static unsigned
need_score(const struct byteset *s)
{
	unsigned n = 0;

	for (unsigned b = 0; b < 128; b++) {
		if (!byteset_has(s, (unsigned char)b))
			continue;
		if (b == ' ')
			n += 50;
		else if (b == '.' || b == ',' || b == '\n')
			n += 25;
		else
			n += b >= '0' && b <= '9' ? 2 : 3;
	}
	return n;
}

static void
need_better(struct need *best, const struct need *n)
{
	if (n->has && (!best->has || need_score(&n->set) <
					     need_score(&best->set)))
		*best = *n;
}

static void
need_char(struct need *out, uint32_t c)
{
	out->has = c > 0 && c < 128 && !walk_is_letter(c);
	if (out->has)
		byteset_add(&out->set, c);
}

static void
need_class(struct walk *w, struct need *out)
{
	struct members m = {{{0, 0}}, {{0, 0}}, false};
	bool neg = walk_read_members(w, &m);

	out->set = m.under;
	out->has = !neg && !m.wide && (m.under.w[0] | m.under.w[1]) != 0;
}

/* A group after its '(': what its alternation requires, unless it is a
 * lookaround; nothing for an option setting or a comment. */
static void
need_group(struct walk *w, struct need *out)
{
	int depth = w->depth;
	bool look;

	w->p++; /* '(' */
	walk_read_group(w);
	if (w->fail || w->depth == depth)
		return;
	look = w->look[w->depth];
	need_alt(w, out);
	if (w->p >= w->end || *w->p != ')') {
		w->fail = true;
		return;
	}
	w->p++;
	w->depth--;
	if (look)
		out->has = false;
}

static void
need_atom(struct walk *w, struct need *out)
{
	struct byteset t = {{0, 0}};
	uint32_t c = 0;

	switch (*w->p) {
	case '(':
		need_group(w, out);
		return;
	case '[':
		need_class(w, out);
		return;
	case '\\':
		w->p++;
		if (walk_read_escape(w, false, &t, &c) == ESC_CHAR)
			need_char(out, c);
		return;
	case '.':
	case '^':
	case '$':
		w->p++;
		return;
	case '*':
	case '+':
	case '?':
	case '{': /* "{,n}": literal in PCRE2 10.42, a quantifier later */
		w->fail = true;
		return;
	default:
		need_char(out, walk_take_char(w));
	}
}

/* The quantifier after an atom, if any: false when it allows none. */
static bool
need_quant(struct walk *w)
{
	bool some = true;

	if (w->p >= w->end)
		return true;
	if (*w->p == '?' || *w->p == '*') {
		some = false;
		w->p++;
	} else if (*w->p == '+') {
		w->p++;
	} else if (*w->p == '{') {
		unsigned min = 0;

		for (const unsigned char *q = w->p + 1;
		     q < w->end && *q >= '0' && *q <= '9'; q++)
			min = min < 1000 ? min * 10 + (unsigned)(*q - '0') : min;
		if (!walk_skip_braces(w))
			return true; /* a literal brace: the next atom */
		some = min > 0;
	} else {
		return true;
	}
	if (w->p < w->end && (*w->p == '?' || *w->p == '+'))
		w->p++; /* lazy, possessive */
	return some;
}

static void
need_seq(struct walk *w, struct need *out)
{
	out->has = false;
	while (!w->fail && w->p < w->end && *w->p != '|' && *w->p != ')') {
		struct need a = {false, {{0, 0}}};

		need_atom(w, &a);
		if (!need_quant(w))
			a.has = false;
		need_better(out, &a);
	}
}

static void
need_alt(struct walk *w, struct need *out)
{
	bool all;

	need_seq(w, out);
	all = out->has;
	while (!w->fail && w->p < w->end && *w->p == '|') {
		struct need b = {false, {{0, 0}}};

		w->p++;
		need_seq(w, &b);
		all = all && b.has;
		if (all)
			byteset_union(&out->set, &b.set);
	}
	out->has = all;
}

bool
reach_required(const char *regex, struct byteset *out)
{
	struct walk w = {.depth = 0};
	struct need n = {false, {{0, 0}}};

	w.p = (const unsigned char *)regex;
	w.end = w.p + strlen(regex);
	need_alt(&w, &n);
	if (w.fail || w.p != w.end || w.depth != 0 || !n.has) {
		memset(out, 0, sizeof(*out));
		return false;
	}
	*out = n.set;
	return true;
}
