/* window.c - the ranges where a windowed pattern's matches can start. */
#include "window.h"

#include <stdlib.h>

#include "util.h"

/* A byte a match may span: any non-ASCII byte, or one of 'reach'. */
static bool
spannable(const struct byteset *reach, unsigned char b)
{
	return b >= 128 || byteset_has(reach, b);
}

void
window_spans(const char *text, const uint32_t *end, size_t n,
	     const struct byteset *reach, struct spans *out)
{
	const unsigned char *t = (const unsigned char *)text;

	out->n = 0;
	for (size_t k = 0; k < n; k++) {
		struct span *last = out->n > 0 ? &out->v[out->n - 1] : NULL;
		size_t hi = end[k] - 1, floor = last ? last->hi + 1 : 0;
		size_t lo = end[k];

		if (end[k] == 0 || (last != NULL && hi <= last->hi))
			continue;
		while (lo > floor && spannable(reach, t[lo - 1]))
			lo--;
		if (lo > hi)
			continue; /* a barrier in the literal: no match */
		if (last != NULL && lo == floor) {
			last->hi = hi; /* no barrier since the last span */
			continue;
		}
		out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
		out->v[out->n].lo = lo;
		out->v[out->n].hi = hi;
		out->n++;
	}
}

void
spans_free(struct spans *s)
{
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}

void
window_byte_ends(const char *text, size_t len, const struct byteset *set,
		 struct ends *out)
{
	const unsigned char *t = (const unsigned char *)text;

	out->n = 0;
	for (size_t i = 0; i < len; i++) {
		if (!byteset_has(set, t[i]))
			continue;
		if (out->n == out->cap)
			out->v = xgrow(out->v, &out->cap, out->n + 1,
				       sizeof(*out->v));
		out->v[out->n++] = (uint32_t)(i + 1);
	}
}

void
ends_free(struct ends *e)
{
	free(e->v);
	e->v = NULL;
	e->n = e->cap = 0;
}
