/* promise_exclude.c - what keeps a time expression from being a
 * promise whatever governs it (promise_ctx.h): an open condition, a
 * question, a span that only looks like a time, a timestamp line. */
#include "promise.h"

#include <stdlib.h>

#include "promise_ctx.h"

/* ------------------------------------------------------------------ */
/* Exclusions that do not depend on the governor. */

/* Inside an open condition: a condition hit before t in its sentence
 * with no comma or semicolon between ("if you don't hear from us by
 * Friday", "если до пятницы не ответите"). */
bool
pr_in_condition(const struct pctx *x, size_t t)
{
	const struct hit *th = &x->v->hits[t];

	for (size_t i = 0; i < x->v->n_hits; i++) {
		const struct hit *h = &x->v->hits[i];
		size_t j;

		if (x->cls[i] != CL_CONDITION ||
		    x->v->sent_of[i] != x->v->sent_of[t] || h->start >= th->start)
			continue;
		for (j = h->end; j < th->start && !pr_cut_at(x, j); j++)
			;
		if (j >= th->start)
			return true;
	}
	return false;
}

/* In the last segment of a sentence that ends with '?'. */
bool
pr_in_question(const struct pctx *x, size_t t)
{
	const struct text_span *s = &x->v->sent[x->v->sent_of[t]];
	size_t e = s->end;

	while (e > s->start && (x->v->text[e - 1] == ' ' ||
				x->v->text[e - 1] == '\n' ||
				x->v->text[e - 1] == '\t'))
		e--;
	if (e == s->start || x->v->text[e - 1] != '?')
		return false;
	for (size_t i = x->v->hits[t].end; i < e; i++)
		if (pr_cut_at(x, i))
			return false;
	return true;
}


/* A deadline pattern with meta expr=none names a span that only looks
 * like a time ("за период с 01.07 по 14.07"): it shadows the shorter
 * hits inside it and is never a deadline itself. */
bool
pr_not_a_time(const struct pctx *x, size_t t)
{
	return expr_is(x->v->hits[t].pat, "none");
}

static bool
letter_at(const unsigned char *s, size_t i, size_t len)
{
	return (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
	       ((s[i] == 0xd0 || s[i] == 0xd1) && i + 1 < len);
}

/* A sentence of dates and clock times alone ("7 Jul, 19:03", a date
 * line of a saved page) is a timestamp, not a promise. */
bool
pr_timestamp_line(const struct pctx *x, size_t t)
{
	const unsigned char *s = (const unsigned char *)x->v->text;
	const struct text_span *sp = &x->v->sent[x->v->sent_of[t]];

	for (size_t j = 0; j < x->v->n_hits; j++)
		if (live(x, j, PAT_DEADLINE) && x->v->sent_of[j] == x->v->sent_of[t] &&
		    !expr_is(x->v->hits[j].pat, "date") &&
		    !expr_is(x->v->hits[j].pat, "time") &&
		    !expr_is(x->v->hits[j].pat, "window"))
			return false;
	for (size_t i = sp->start; i < sp->end; i++) {
		bool covered = false;

		for (size_t j = 0; j < x->v->n_hits && !covered; j++)
			covered = live(x, j, PAT_DEADLINE) &&
				  x->v->hits[j].start <= i &&
				  i < x->v->hits[j].end;
		if (!covered && letter_at(s, i, x->v->len))
			return false;
	}
	return true;
}


bool
hit_in_condition(const struct msg_view *v, size_t i)
{
	struct pctx x = {v, NULL, NULL, 0};
	bool in;

	pr_classify(&x);
	in = pr_in_condition(&x, i);
	free(x.cls);
	return in;
}

bool
hit_after_condition(const struct msg_view *v, size_t i)
{
	struct pctx x = {v, NULL, NULL, 0};
	bool in = false;

	pr_classify(&x);
	for (size_t j = 0; j < v->n_hits && !in; j++)
		in = x.cls[j] == CL_CONDITION && v->sent_of[j] == v->sent_of[i] &&
		     v->hits[j].start < v->hits[i].start;
	free(x.cls);
	return in;
}
