/* prefilter_scan.c - the literal prefilter's pass over a text: candidate
 * patterns, their literals' ends and their begin literals' starts. */
#include "prefilter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fold.h"
#include "prefilter_table.h"

static void
record(struct pf_ends *e, uint32_t slot, size_t at)
{
	if (e->npair + 2 > e->cappair)
		e->pair = xgrow(e->pair, &e->cappair, e->npair + 2,
				sizeof(*e->pair));
	e->pair[e->npair++] = slot;
	e->pair[e->npair++] = (uint32_t)at;
}

/* The offset 'n' characters before 'at'. */
static size_t
back_chars(const unsigned char *t, size_t at, unsigned n)
{
	while (n-- > 0 && at > 0) {
		at--;
		while (at > 0 && (t[at] & 0xC0) == 0x80)
			at--;
	}
	return at;
}

/* Mark the patterns of state s; the number newly marked. Their ends at
 * 'at' are recorded in e for the windowed ones of e->types. */
static size_t
mark(const struct prefilter *pf, uint32_t s, unsigned char *cand,
     struct pf_ends *e, const unsigned char *t, size_t at)
{
	const uint32_t *v = pf->out_pat + pf->out_off[s];
	size_t fresh = 0;

	for (uint32_t i = 0; i < pf->out_len[s]; i++) {
		if (v[i] & PF_BEGIN) {
			/* begin literal b ends at 'at': where it starts is
			 * recorded (slot npat + b) when a pattern begun for
			 * e->types has it */
			uint32_t b = v[i] & PF_PAT;

			if (e != NULL && (pf->beg_types[b] & e->types))
				record(e, (uint32_t)pf->npat + b,
				       back_chars(t, at,
						  (v[i] >> 24) & PF_CHARS_MAX));
			continue;
		}
		fresh += !cand[v[i]];
		cand[v[i]] = 1;
		if (e != NULL && (pf->windowed[v[i]] & e->types))
			record(e, v[i], at);
	}
	return fresh;
}

/* The scanning state: the automaton's state and what is left to find. */
struct scanner {
	const struct prefilter *pf;
	const unsigned char *text;
	unsigned char *cand;
	struct pf_ends *e;
	uint32_t s;
	size_t left;
};

/* One folded byte of class c; the character it belongs to ends at p. */
static inline void
step(struct scanner *sc, unsigned char c, const unsigned char *p)
{
	const struct prefilter *pf = sc->pf;
	size_t cell = (size_t)sc->s * pf->ncls + c;
	bool out;

	if (pf->delta16 != NULL) {
		uint16_t v = pf->delta16[cell];

		sc->s = v & PF16_STATE;
		out = (v & PF16_OUT) != 0;
	} else {
		uint32_t v = pf->delta[cell];

		sc->s = v & PF_STATE;
		out = (v & PF_OUT) != 0;
	}
	if (out)
		sc->left -= mark(pf, sc->s, sc->cand, sc->e, sc->text,
				 (size_t)(p - sc->text));
}

/* The character at p, folded, through the automaton; where it ends. */
static const unsigned char *
step_char(struct scanner *sc, const unsigned char *p, const unsigned char *end)
{
	const struct prefilter *pf = sc->pf;
	unsigned char enc[4];
	size_t n, adv;
	uint32_t c;

	if (*p < 0x80) {
		step(sc, pf->cls[*p], p + 1);
		return p + 1;
	}
	if (*p >= 0xC2 && *p <= 0xDF && p + 1 < end && (p[1] & 0xC0) == 0x80) {
		const struct fold2 *f =
			&pf->fold2[((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu)];

		for (unsigned i = 0; i < f->n; i++)
			step(sc, f->cls[i], p + 2);
		return p + 2;
	}
	if ((adv = utf8_decode(p, end, &c)) == 0) {
		step(sc, pf->cls[*p], p + 1); /* an invalid byte as it is */
		return p + 1;
	}
	n = fold_encode(fold_cp(c), enc);
	for (size_t i = 0; i < n; i++)
		step(sc, pf->cls[enc[i]], p + adv);
	return p + adv;
}

/* One pass; with e, to the end of the text (every end is wanted). */
static void
scan(const struct prefilter *pf, const char *text, size_t len,
     unsigned char *cand, struct pf_ends *e)
{
	struct scanner sc = {pf, (const unsigned char *)text, cand, e, 0,
			     pf->nfiltered};
	const unsigned char *p = sc.text, *end = p + len;

	memcpy(cand, pf->always, pf->npat);
	while (p < end && (sc.left > 0 || e != NULL))
		p = step_char(&sc, p, end);
}

/* Room for the per-slot tables of 'slots' slots, the counts of the new
 * ones zero. */
static void
reserve_slots(struct pf_ends *e, size_t slots)
{
	size_t old = e->capslots, cap;

	if (slots <= old)
		return;
	cap = old;
	e->cnt = xgrow(e->cnt, &cap, slots, sizeof(*e->cnt));
	memset(e->cnt + old, 0, (cap - old) * sizeof(*e->cnt));
	e->at = xrealloc(e->at, cap * sizeof(*e->at));
	e->used = xrealloc(e->used, cap * sizeof(*e->used));
	e->capslots = cap;
}

/* The recorded (slot, offset) pairs grouped by slot, each slot's in
 * order: slot i the ends of pattern i, slot npat + b the starts of begin
 * literal b. Only the slots of this text are touched (a text has a few
 * dozen; a prefilter, thousands). */
static void
group_ends(const struct prefilter *pf, struct pf_ends *e)
{
	size_t n = e->npair / 2, pos = 0;

	reserve_slots(e, pf->npat + pf->nbeg);
	for (size_t k = 0; k < e->nused; k++)
		e->cnt[e->used[k]] = 0;
	e->nused = 0;
	e->end = xgrow(e->end, &e->capend, n + 1, sizeof(*e->end));
	for (size_t i = 0; i < n; i++)
		if (e->cnt[e->pair[2 * i]]++ == 0)
			e->used[e->nused++] = e->pair[2 * i];
	for (size_t k = 0; k < e->nused; k++) {
		e->at[e->used[k]] = (uint32_t)pos;
		pos += e->cnt[e->used[k]];
	}
	for (size_t i = 0; i < n; i++)
		e->end[e->at[e->pair[2 * i]]++] = e->pair[2 * i + 1];
	for (size_t k = 0; k < e->nused; k++)
		e->at[e->used[k]] -= e->cnt[e->used[k]];
}

const uint32_t *
pf_ends_get(const struct pf_ends *e, size_t slot, size_t *n)
{
	*n = slot < e->capslots ? e->cnt[slot] : 0;
	return *n > 0 ? e->end + e->at[slot] : e->end;
}

void
prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
	       unsigned char *cand)
{
	scan(pf, text, len, cand, NULL);
}

void
prefilter_scan_ends(const struct prefilter *pf, const char *text, size_t len,
		    unsigned types, unsigned char *cand, struct pf_ends *e)
{
	e->npair = 0;
	e->types = types;
	scan(pf, text, len, cand, e);
	group_ends(pf, e);
}

/* v[0..n) and w[0..k), each ascending, merged into 'to' without
 * repeats; its length. */
static size_t
merge(const uint32_t *v, size_t n, const uint32_t *w, size_t k, uint32_t *to)
{
	size_t a = 0, b = 0, o = 0;

	while (a < n || b < k) {
		uint32_t x = b == k || (a < n && v[a] <= w[b]) ? v[a++] : w[b++];

		if (o == 0 || to[o - 1] != x)
			to[o++] = x;
	}
	return o;
}

/* The starts of one begin literal ascend: those of a literal of fixed
 * length in characters follow its ends, which come in order. */
static bool
ascending(const uint32_t *v, size_t n)
{
	for (size_t k = 1; k < n; k++)
		if (v[k] < v[k - 1])
			return false;
	return true;
}

static void
swap_buffers(uint32_t **a, size_t *cap_a, uint32_t **b, size_t *cap_b)
{
	uint32_t *t = *a;
	size_t c = *cap_a;

	*a = *b;
	*cap_a = *cap_b;
	*b = t;
	*cap_b = c;
}

/* x into v[0..n) (ascending, distinct) unless there; the new length. */
static size_t
insert_sorted(uint32_t *v, size_t n, uint32_t x)
{
	size_t j = n;

	while (j > 0 && v[j - 1] > x)
		j--;
	if (j > 0 && v[j - 1] == x)
		return n;
	memmove(v + j + 1, v + j, (n - j) * sizeof(*v));
	v[j] = x;
	return n + 1;
}

size_t
prefilter_starts(const struct prefilter *pf, struct pf_ends *e, size_t i,
		 uint32_t **out, size_t *cap)
{
	size_t n = 0, total = 0;

	if (i >= pf->npat)
		return 0;
	for (uint32_t k = pf->pb_off[i]; k < pf->pb_off[i + 1]; k++) {
		size_t m;

		pf_ends_get(e, pf->npat + pf->pb_id[k], &m);
		total += m;
	}
	*out = xgrow(*out, cap, total + 1, sizeof(**out));
	e->tmp = xgrow(e->tmp, &e->captmp, total + 1, sizeof(*e->tmp));
	for (uint32_t k = pf->pb_off[i]; k < pf->pb_off[i + 1]; k++) {
		size_t m;
		const uint32_t *w = pf_ends_get(e, pf->npat + pf->pb_id[k], &m);

		if (m == 0)
			continue;
		if (!ascending(w, m)) { /* never expected: one by one */
			for (size_t j = 0; j < m; j++)
				n = insert_sorted(*out, n, w[j]);
			continue;
		}
		if (n == 0) { /* the first: copied */
			n = merge(NULL, 0, w, m, *out);
			continue;
		}
		n = merge(*out, n, w, m, e->tmp);
		swap_buffers(out, cap, &e->tmp, &e->captmp);
	}
	return n;
}

void
pf_ends_free(struct pf_ends *e)
{
	free(e->at);
	free(e->cnt);
	free(e->used);
	free(e->end);
	free(e->pair);
	free(e->tmp);
	memset(e, 0, sizeof(*e));
}
