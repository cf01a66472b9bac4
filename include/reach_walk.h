/* reach_walk.h - reading a regex for reach.h: shared by src/reach.c
 * (the bytes a match can consume) and src/reach_need.c (the bytes one of
 * which it must consume). Internal to those two files. */
#ifndef ESC_REACH_WALK_H
#define ESC_REACH_WALK_H

#include <stdbool.h>
#include <stdint.h>

#include "reach.h"

#define REACH_DEPTH_MAX 64

struct walk {
	const unsigned char *p, *end;
	bool look[REACH_DEPTH_MAX + 1]; /* per open group: in a lookaround */
	int depth;
	bool fail;
	struct byteset set;
};

/* What an escape is: one character, a set known exactly on ASCII (\d,
 * \s, their negations, a zero-width assertion: empty), or a set that is
 * only over-approximated. */
enum esc { ESC_CHAR, ESC_EXACT, ESC_OVER };

/* The ASCII bytes a class's members match: over- and under-approximated
 * (the latter is what a negated class is known not to match). */
struct members {
	struct byteset over, under;
	bool wide; /* a member may match a letter or beyond ASCII */
};

static inline void
byteset_add(struct byteset *s, unsigned b)
{
	if (b < 128)
		s->w[b >> 6] |= (uint64_t)1 << (b & 63);
}

static inline void
byteset_union(struct byteset *s, const struct byteset *t)
{
	s->w[0] |= t->w[0];
	s->w[1] |= t->w[1];
}

/* An ASCII letter. */
bool walk_is_letter(uint32_t c);
/* The literal character at w->p (advanced); sets w->fail on bad UTF-8. */
uint32_t walk_take_char(struct walk *w);
/* An escape after its backslash: a character in *c, or a set into *t. */
enum esc walk_read_escape(struct walk *w, bool in_class, struct byteset *t,
			  uint32_t *c);
/* A class's members into m, w->p at its '['; true when it is negated. */
bool walk_read_members(struct walk *w, struct members *m);
/* A group's opening, after the '(': a level pushed for a group (marked
 * when it is a lookaround), none for an option setting or a comment. */
void walk_read_group(struct walk *w);
/* A {n}, {n,}, {n,m} quantifier at w->p: skipped, true; else false. */
bool walk_skip_braces(struct walk *w);

#endif /* ESC_REACH_WALK_H */
