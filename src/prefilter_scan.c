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

/* A begin literal of pattern p, of 'chars' characters, ends at 'at':
 * a candidate when p has no other literals; where it starts is recorded
 * (slot npat + p) when p is begun for e->types. */
static size_t
mark_begin(const struct prefilter *pf, uint32_t p, unsigned chars,
	   unsigned char *cand, struct pf_ends *e, const unsigned char *t,
	   size_t at)
{
	size_t fresh = 0;

	if (pf->beg_cand[p]) {
		fresh = !cand[p];
		cand[p] = 1;
	}
	if (e != NULL && (pf->begun[p] & e->types))
		record(e, (uint32_t)pf->npat + p, back_chars(t, at, chars));
	return fresh;
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
			fresh += mark_begin(pf, v[i] & PF_PAT,
					    (v[i] >> 24) & PF_CHARS_MAX, cand,
					    e, t, at);
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

/* The recorded (slot, offset) pairs grouped by slot, in order: slot i
 * the ends of pattern i, slot npat + i its starts. */
static void
group_ends(const struct prefilter *pf, struct pf_ends *e)
{
	size_t n = e->npair / 2, slots = 2 * pf->npat;

	e->off = xgrow(e->off, &e->capoff, slots + 1, sizeof(*e->off));
	e->end = xgrow(e->end, &e->capend, n + 1, sizeof(*e->end));
	memset(e->off, 0, (slots + 1) * sizeof(*e->off));
	for (size_t i = 0; i < n; i++)
		e->off[e->pair[2 * i] + 1]++;
	for (size_t i = 0; i < slots; i++)
		e->off[i + 1] += e->off[i];
	for (size_t i = 0; i < n; i++)
		e->end[e->off[e->pair[2 * i]]++] = e->pair[2 * i + 1];
	for (size_t i = slots; i > 0; i--)
		e->off[i] = e->off[i - 1];
	e->off[0] = 0;
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

void
pf_ends_free(struct pf_ends *e)
{
	free(e->off);
	free(e->end);
	free(e->pair);
	memset(e, 0, sizeof(*e));
}
