/* prefilter.c - Aho-Corasick over case-folded text: candidate patterns. */
#include "prefilter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fold.h"
#include "literals.h"
#include "prefilter_table.h"

#define PF_BEGIN_CHARS 2 /* begin literals of a pattern not narrowed */

/* A (state, pattern) pair while building. */
struct term {
	uint32_t state, pat;
};

struct builder {
	struct prefilter *pf;
	uint32_t *fail;
	struct term *terms;
	size_t nterms, capterms;
	size_t maxstates;
};

size_t
prefilter_count(const struct prefilter *pf)
{
	return pf->npat;
}

bool
prefilter_always(const struct prefilter *pf, size_t i)
{
	return i >= pf->npat || pf->always[i];
}

bool
prefilter_windowed(const struct prefilter *pf, size_t i)
{
	return i < pf->npat && pf->windowed[i] != 0;
}

const struct strlist *
prefilter_literals(const struct prefilter *pf, size_t i)
{
	return &pf->lits[i];
}

bool
prefilter_begun(const struct prefilter *pf, size_t i)
{
	return i < pf->npat && pf->begun[i] != 0;
}

const struct strlist *
prefilter_begins(const struct prefilter *pf, size_t i)
{
	return &pf->begs[i];
}

void
prefilter_free(struct prefilter *pf)
{
	if (pf == NULL)
		return;
	for (size_t i = 0; i < pf->npat; i++) {
		strlist_free(&pf->lits[i]);
		strlist_free(&pf->begs[i]);
	}
	free(pf->lits);
	free(pf->begs);
	free(pf->begun);
	free(pf->after);
	free(pf->beg_cand);
	free(pf->beg_types);
	free(pf->pb_off);
	free(pf->pb_id);
	free(pf->always);
	free(pf->windowed);
	free(pf->fold2);
	free(pf->delta);
	free(pf->delta16);
	free(pf->out_off);
	free(pf->out_len);
	free(pf->out_pat);
	free(pf);
}

/* ------------------------------------------------------------------ */
/* Literal sets. */

static void
declared_literals(const struct pattern *p, struct strlist *out)
{
	struct buf b = {0};

	for (size_t i = 0; i < p->literals.n; i++) {
		b.len = 0;
		fold_utf8(p->literals.v[i], strlen(p->literals.v[i]), &b);
		if (b.len > 0 && !strlist_contains(out, b.s))
			strlist_push(out, b.s);
	}
	buf_free(&b);
}

/* Characters of a UTF-8 string. */
static size_t
chars_of(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Keep the begin set of pattern i (pf->begs[i]) when it is worth using:
 * a pattern searched only near its literals' ends or its required bytes
 * (prefilter_windowed, pattern->needs) tries only the starts there, so
 * begin literals of one character do; one searched over whole texts
 * needs two characters or more, or its starts would be almost
 * everywhere (measured: "Begin literals" in docs/performance.md). */
static void
keep_begins(struct prefilter *pf, const struct pattern *p, size_t i)
{
	struct strlist *b = &pf->begs[i];
	bool narrow = p->needs || (p->windowed && p->literals.n == 0 &&
				   pf->lits[i].n > 0);

	for (size_t k = 0; k < b->n && pf->npat <= PF_PAT; k++) {
		size_t n = chars_of(b->v[k]);

		if (n <= PF_CHARS_MAX && (narrow || n >= PF_BEGIN_CHARS))
			continue;
		strlist_free(b);
		return;
	}
	if (pf->npat > PF_PAT)
		strlist_free(b);
	else if (b->n > 0)
		pf->begun[i] = 1u << p->type;
}

static void
copy_list(struct strlist *to, const struct strlist *from)
{
	for (size_t k = 0; k < from->n; k++)
		strlist_push(to, from->v[k]);
}

/* What reading p's regex gives (literals.h): kept by patset_compile(),
 * else read here. Derived literals only when p declares none. */
static unsigned char
read_regex(const struct pattern *p, struct strlist *lits,
	   struct strlist *begs)
{
	if (!p->read) {
		literals_read(p->regex, p->literals.n > 0 ? NULL : lits, begs);
		return begs->n == 0 && literals_after(p->regex, begs);
	}
	if (p->literals.n == 0)
		copy_list(lits, &p->read_lits);
	copy_list(begs, &p->read_begs);
	return p->begs_after;
}

static void
collect_literals(struct prefilter *pf, const struct patset *ps,
		 unsigned types)
{
	for (size_t i = 0; i < ps->n; i++) {
		const struct pattern *p = &ps->v[i];

		if (p->code == NULL || (unsigned)p->type >= 32 ||
		    !(types & (1u << p->type)))
			continue;
		if (p->literals.n > 0)
			declared_literals(p, &pf->lits[i]);
		pf->after[i] = read_regex(p, &pf->lits[i], &pf->begs[i]);
		keep_begins(pf, p, i);
		/* without literals, its begin set says whether it can match */
		pf->always[i] = pf->lits[i].n == 0 && pf->begs[i].n == 0;
		pf->beg_cand[i] = pf->lits[i].n == 0 && pf->begs[i].n > 0;
		pf->nfiltered += !pf->always[i];
		/* only derived literals are known to lie inside the match */
		if (pf->lits[i].n > 0 && p->literals.n == 0 && p->windowed &&
		    (unsigned)p->type < 32)
			pf->windowed[i] = 1u << p->type;
	}
}

/* Byte classes: one per byte used in a literal, 0 for all others. */
static size_t
make_classes(struct prefilter *pf)
{
	size_t total = 1;

	pf->ncls = 1;
	for (size_t i = 0; i < 2 * pf->npat; i++) {
		const struct strlist *l = i < pf->npat ? &pf->lits[i]
						       : &pf->begs[i - pf->npat];

		for (size_t k = 0; k < l->n; k++) {
			const unsigned char *s = (const unsigned char *)l->v[k];

			for (; *s != '\0'; s++, total++)
				if (pf->cls[*s] == 0)
					pf->cls[*s] = (unsigned char)pf->ncls++;
		}
	}
	for (int c = 'A'; c <= 'Z'; c++)
		pf->cls[c] = pf->cls[c + 32];
	return total;
}

/* ------------------------------------------------------------------ */
/* The trie and the automaton. */

/* 'pat' is an output value: a pattern, or a begin literal's (PF_BEGIN). */
static void
add_term(struct builder *b, uint32_t state, uint32_t pat)
{
	b->terms = xgrow(b->terms, &b->capterms, b->nterms + 1,
			 sizeof(*b->terms));
	b->terms[b->nterms].state = state;
	b->terms[b->nterms].pat = pat;
	b->nterms++;
}

/* The trie's state for lit, made as needed. */
static uint32_t
walk_in(struct builder *b, const char *lit)
{
	struct prefilter *pf = b->pf;
	const unsigned char *s = (const unsigned char *)lit;
	uint32_t st = 0;

	for (; *s != '\0'; s++) {
		uint32_t *t = &pf->delta[(size_t)st * pf->ncls + pf->cls[*s]];

		if (*t == 0)
			*t = pf->nstates++;
		st = *t;
	}
	return st;
}

static void
insert(struct builder *b, const char *lit, uint32_t pat)
{
	add_term(b, walk_in(b, lit), pat);
}

/* Pattern i's begin literals: each distinct one is numbered and output
 * once, its starts being recorded for every pattern that has it (by
 * number, in pb_id); a pattern they make a candidate has them as plain
 * outputs too. id_of: the number of the literal ending at each state. */
static void
insert_begins(struct builder *b, size_t i, uint32_t *id_of, size_t *cap)
{
	struct prefilter *pf = b->pf;
	const struct strlist *l = &pf->begs[i];

	if (pf->after[i])
		id_of += b->maxstates; /* numbered apart: starts at the end */
	for (size_t k = 0; k < l->n; k++) {
		uint32_t st = walk_in(b, l->v[k]);

		if (pf->beg_cand[i])
			add_term(b, st, (uint32_t)i);
		if (id_of[st] == UINT32_MAX) {
			uint32_t chars = pf->after[i] ? 0
					 : (uint32_t)chars_of(l->v[k]);

			id_of[st] = pf->nbeg++;
			pf->beg_types = xgrow(pf->beg_types, cap, pf->nbeg,
					      sizeof(*pf->beg_types));
			pf->beg_types[id_of[st]] = 0;
			add_term(b, st, PF_BEGIN | id_of[st] | chars << 24);
		}
		pf->beg_types[id_of[st]] |= pf->begun[i];
		pf->pb_id[pf->pb_off[i] + k] = id_of[st];
	}
	pf->pb_off[i + 1] = pf->pb_off[i] + (uint32_t)l->n;
}

/* Breadth-first: failure links, and missing transitions filled in from
 * the failure state, so that scanning is one lookup per byte. 'order'
 * receives the states in that order. */
static void
complete(struct builder *b, uint32_t *order)
{
	struct prefilter *pf = b->pf;
	size_t head = 0, tail = 0;

	order[tail++] = 0;
	while (head < tail) {
		uint32_t s = order[head++];
		uint32_t *row = &pf->delta[(size_t)s * pf->ncls];
		const uint32_t *frow =
			&pf->delta[(size_t)b->fail[s] * pf->ncls];

		for (uint32_t a = 0; a < pf->ncls; a++) {
			if (row[a] != 0) {
				b->fail[row[a]] = s == 0 ? 0 : frow[a];
				order[tail++] = row[a];
			} else {
				row[a] = s == 0 ? 0 : frow[a];
			}
		}
	}
}

/* The terms grouped by state: tstart[s]..tstart[s+1] in 'sorted'. */
static uint32_t *
group_terms(const struct builder *b, uint32_t *sorted)
{
	uint32_t n = b->pf->nstates;
	uint32_t *tstart = xcalloc((size_t)n + 1, sizeof(*tstart));

	for (size_t i = 0; i < b->nterms; i++)
		tstart[b->terms[i].state + 1]++;
	for (uint32_t s = 0; s < n; s++)
		tstart[s + 1] += tstart[s];
	for (size_t i = 0; i < b->nterms; i++) {
		struct term t = b->terms[i];
		uint32_t k = tstart[t.state];

		while (sorted[k] != UINT32_MAX)
			k++;
		sorted[k] = t.pat;
	}
	return tstart;
}

static void
out_push(struct prefilter *pf, size_t *cap, size_t *n, uint32_t s,
	 uint32_t pat)
{
	for (uint32_t i = 0; i < pf->out_len[s]; i++)
		if (pf->out_pat[pf->out_off[s] + i] == pat)
			return;
	pf->out_pat = xgrow(pf->out_pat, cap, *n + 1, sizeof(*pf->out_pat));
	pf->out_pat[(*n)++] = pat;
	pf->out_len[s]++;
}

/* Outputs of each state: its own literals' patterns and those of its
 * failure state (done before it, being shallower). */
static void
make_outputs(struct builder *b, const uint32_t *order)
{
	struct prefilter *pf = b->pf;
	uint32_t *sorted = xmalloc((b->nterms + 1) * sizeof(*sorted));
	uint32_t *tstart;
	size_t n = 0, cap = 0;

	memset(sorted, 0xFF, (b->nterms + 1) * sizeof(*sorted));
	tstart = group_terms(b, sorted);
	pf->out_off = xcalloc(pf->nstates, sizeof(*pf->out_off));
	pf->out_len = xcalloc(pf->nstates, sizeof(*pf->out_len));
	for (uint32_t i = 1; i < pf->nstates; i++) {
		uint32_t s = order[i], f = b->fail[s];

		pf->out_off[s] = (uint32_t)n;
		for (uint32_t k = tstart[s]; k < tstart[s + 1]; k++)
			out_push(pf, &cap, &n, s, sorted[k]);
		for (uint32_t k = 0; k < pf->out_len[f]; k++)
			out_push(pf, &cap, &n, s,
				 pf->out_pat[pf->out_off[f] + k]);
	}
	free(tstart);
	free(sorted);
}

/* Flag the transitions into states with outputs; the table in 16 bits
 * when the states fit. */
static void
mark_outputs(struct prefilter *pf)
{
	size_t cells = (size_t)pf->nstates * pf->ncls;

	if (pf->nstates <= PF16_STATE + 1) {
		pf->delta16 = xmalloc(cells * sizeof(*pf->delta16));
		for (size_t i = 0; i < cells; i++)
			pf->delta16[i] = (uint16_t)(pf->delta[i] |
				(pf->out_len[pf->delta[i]] > 0 ? PF16_OUT : 0));
		free(pf->delta);
		pf->delta = NULL;
		return;
	}
	for (size_t i = 0; i < cells; i++)
		if (pf->out_len[pf->delta[i]] > 0)
			pf->delta[i] |= PF_OUT;
}

static void
build_automaton(struct prefilter *pf, size_t maxstates)
{
	struct builder b = {.pf = pf, .maxstates = maxstates};
	uint32_t *order;
	/* the number of the begin literal ending at each state; of the
	 * after literal, from maxstates on */
	uint32_t *id_of = xmalloc(2 * maxstates * sizeof(*id_of));
	size_t nb = 0, cap = 0;

	memset(id_of, 0xFF, 2 * maxstates * sizeof(*id_of));
	for (size_t i = 0; i < pf->npat; i++)
		nb += pf->begs[i].n;
	pf->pb_off = xcalloc(pf->npat + 1, sizeof(*pf->pb_off));
	pf->pb_id = xmalloc((nb + 1) * sizeof(*pf->pb_id));
	pf->nstates = 1;
	pf->delta = xcalloc(maxstates * pf->ncls, sizeof(*pf->delta));
	for (size_t i = 0; i < pf->npat; i++) {
		for (size_t k = 0; k < pf->lits[i].n; k++)
			insert(&b, pf->lits[i].v[k], (uint32_t)i);
		insert_begins(&b, i, id_of, &cap);
	}
	free(id_of);
	pf->delta = xrealloc(pf->delta, (size_t)pf->nstates * pf->ncls *
					      sizeof(*pf->delta));
	b.fail = xcalloc(pf->nstates, sizeof(*b.fail));
	order = xmalloc(pf->nstates * sizeof(*order));
	complete(&b, order);
	make_outputs(&b, order);
	mark_outputs(pf);
	free(order);
	free(b.fail);
	free(b.terms);
}

/* The folded classes of every two-byte character, for scanning. */
static void
make_fold2(struct prefilter *pf)
{
	pf->fold2 = xcalloc(0x800, sizeof(*pf->fold2));
	for (uint32_t c = 0x80; c < 0x800; c++) {
		unsigned char enc[4];
		struct fold2 *f = &pf->fold2[c];

		f->n = (unsigned char)fold_encode(fold_cp(c), enc);
		for (unsigned i = 0; i < f->n; i++)
			f->cls[i] = pf->cls[enc[i]];
	}
}

/* Every pattern always runs: no literals at all, or too many. */
static void
all_always(struct prefilter *pf)
{
	for (size_t i = 0; i < pf->npat; i++) {
		strlist_free(&pf->lits[i]);
		strlist_free(&pf->begs[i]);
		pf->always[i] = 1;
		pf->windowed[i] = 0;
		pf->begun[i] = 0;
		pf->after[i] = 0;
		pf->beg_cand[i] = 0;
	}
	pf->nfiltered = 0;
}

struct prefilter *
prefilter_build(const struct patset *ps)
{
	return prefilter_build_types(ps, ~0u);
}

struct prefilter *
prefilter_build_types(const struct patset *ps, unsigned types)
{
	struct prefilter *pf = xcalloc(1, sizeof(*pf));
	size_t total;

	pf->npat = ps->n;
	pf->always = xcalloc(ps->n + 1, 1);
	pf->windowed = xcalloc(ps->n + 1, sizeof(*pf->windowed));
	pf->lits = xcalloc(ps->n + 1, sizeof(*pf->lits));
	pf->begs = xcalloc(ps->n + 1, sizeof(*pf->begs));
	pf->begun = xcalloc(ps->n + 1, sizeof(*pf->begun));
	pf->after = xcalloc(ps->n + 1, 1);
	pf->beg_cand = xcalloc(ps->n + 1, 1);
	for (size_t i = 0; i < ps->n; i++)
		pf->always[i] = 1;
	collect_literals(pf, ps, types);
	total = make_classes(pf);
	if (total > PF_STATES_MAX || pf->nfiltered == 0) {
		all_always(pf);
		memset(pf->cls, 0, sizeof(pf->cls));
		pf->ncls = 1;
		total = 1;
	}
	build_automaton(pf, total);
	make_fold2(pf);
	return pf;
}

