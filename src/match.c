/* match.c - run compiled patterns over a text: all matches, under limits. */
#include "match.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "window.h"

#define HEAP_LIMIT_KIB 20000u		/* interpreter backtracking heap */
#define JIT_STACK_START (32u * 1024u)
#define JIT_STACK_MAX (1024u * 1024u)

struct matcher {
	const struct patset *ps;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack; /* NULL when JIT is unavailable */
	pcre2_match_context *wctx;  /* mctx with an offset limit: windows */
	const struct prefilter *pf; /* NULL: every pattern runs */
	const struct prefilter *pf_tickets; /* for PAT_TICKETS_SCAN alone */
	unsigned char *cand;	    /* per pattern: may match this text */
	unsigned char *jit;	    /* per pattern: JIT-compiled */
	struct pf_ends ends;	    /* this text's literal ends */
	struct spans spans;	    /* one pattern's windows */
	struct ends bytes;	    /* one pattern's required bytes' ends */
	struct ends starts;	    /* one pattern's begin literals' starts */
	struct byteset needed;	    /* the union of the patterns' 'need' */
	struct ends all;	    /* this text's ends of 'needed' bytes */
	bool all_done;		    /* 'all' is of this text */
};

/* The largest capture count of the set's compiled patterns. */
static uint32_t
max_captures(const struct patset *ps)
{
	uint32_t max = 0;

	for (size_t i = 0; i < ps->n; i++) {
		uint32_t c = 0;

		if (ps->v[i].code == NULL)
			continue;
		pcre2_pattern_info(ps->v[i].code, PCRE2_INFO_CAPTURECOUNT, &c);
		if (c > max)
			max = c;
	}
	return max;
}

struct matcher *
matcher_new(const struct patset *ps)
{
	struct matcher *m = xcalloc(1, sizeof(*m));

	m->ps = ps;
	m->jit = xcalloc(ps->n + 1, 1);
	for (size_t i = 0; i < ps->n; i++) {
		size_t size = 0;

		if (ps->v[i].code != NULL &&
		    pcre2_pattern_info(ps->v[i].code, PCRE2_INFO_JITSIZE,
				       &size) == 0)
			m->jit[i] = size > 0;
	}
	for (size_t i = 0; i < ps->n; i++) {
		if (!ps->v[i].needs)
			continue;
		m->needed.w[0] |= ps->v[i].need.w[0];
		m->needed.w[1] |= ps->v[i].need.w[1];
	}
	m->md = pcre2_match_data_create(max_captures(ps) + 1, NULL);
	m->mctx = pcre2_match_context_create(NULL);
	if (m->md == NULL || m->mctx == NULL) {
		matcher_free(m);
		return NULL;
	}
	pcre2_set_match_limit(m->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(m->mctx, HEAP_LIMIT_KIB);
	m->jit_stack = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX,
					      NULL);
	if (m->jit_stack != NULL)
		pcre2_jit_stack_assign(m->mctx, NULL, m->jit_stack);
	m->wctx = pcre2_match_context_copy(m->mctx);
	if (m->wctx == NULL) {
		matcher_free(m);
		return NULL;
	}
	/* ESCALATE_NO_PREFILTER: every pattern over every text, to check
	 * that the prefilter changes nothing. */
	if (ps->pf != NULL && !getenv("ESCALATE_NO_PREFILTER")) {
		m->pf = ps->pf;
		m->pf_tickets = ps->pf_tickets;
		m->cand = xcalloc(prefilter_count(m->pf) + 1, 1);
	}
	return m;
}

void
matcher_free(struct matcher *m)
{
	if (m == NULL)
		return;
	if (m->jit_stack != NULL)
		pcre2_jit_stack_free(m->jit_stack);
	pcre2_match_context_free(m->wctx);
	pcre2_match_context_free(m->mctx);
	pcre2_match_data_free(m->md);
	free(m->cand);
	free(m->jit);
	pf_ends_free(&m->ends);
	spans_free(&m->spans);
	ends_free(&m->bytes);
	ends_free(&m->starts);
	ends_free(&m->all);
	free(m);
}

/* ------------------------------------------------------------------ */

static bool
is_limit_error(int rc)
{
	return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	       rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_HEAPLIMIT;
}

/* The length cut to MATCH_SUBJECT_MAX at the start of a UTF-8 character. */
static size_t
cap_subject(const char *text, size_t len)
{
	size_t n = len;

	if (n <= MATCH_SUBJECT_MAX)
		return n;
	n = MATCH_SUBJECT_MAX;
	for (int k = 0; k < 3 && n > 0; k++) {
		if (((unsigned char)text[n] & 0xc0) != 0x80)
			break;
		n--;
	}
	return n;
}

/* Offset after the character at 'pos' (invalid bytes count as one). */
static size_t
next_char(const char *text, size_t len, size_t pos)
{
	pos++;
	while (pos < len && ((unsigned char)text[pos] & 0xc0) == 0x80)
		pos++;
	return pos;
}

static void
push_hit(struct hitlist *out, const struct pattern *p, const PCRE2_SIZE *ov,
	 int rc)
{
	struct hit *h;

	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof(*out->v));
	h = &out->v[out->n++];
	h->pat = p;
	h->start = ov[0];
	h->end = ov[1] >= ov[0] ? ov[1] : ov[0]; /* \K tricks */
	for (int i = 0; i < PAT_MAX_GROUPS; i++) {
		int g = i < p->n_groups ? p->group_num[i] : -1;

		h->gs[i] = h->ge[i] = SIZE_MAX;
		if (g < 0 || g >= rc || ov[2 * g] == PCRE2_UNSET ||
		    ov[2 * g + 1] < ov[2 * g])
			continue;
		h->gs[i] = ov[2 * g];
		h->ge[i] = ov[2 * g + 1];
	}
}

/* One search. A JIT-compiled pattern searched without options goes to
 * its code directly (pcre2_jit_match: what pcre2_match would run, without
 * its checks and preparation on every call; safe on any bytes, the
 * patterns being compiled with PCRE2_MATCH_INVALID_UTF in patterns.c;
 * the match context's limits, JIT stack and offset limit apply); an
 * anchored retry after an empty match goes through pcre2_match. */
static int
search(struct matcher *m, const struct pattern *p, const char *text,
       size_t len, size_t from, uint32_t opts, pcre2_match_context *ctx)
{
	if (opts == 0 && m->jit[p - m->ps->v])
		return pcre2_jit_match(p->code, (PCRE2_SPTR)text, len, from, 0,
				       m->md, ctx);
	return pcre2_match(p->code, (PCRE2_SPTR)text, len, from, opts, m->md,
			   ctx);
}

/* All non-overlapping matches of one pattern, searched for only at the
 * starts in sp (ascending). With ctx == m->wctx each search is limited
 * to its span; sp is then all the places a match can start, else one
 * span over the whole text. Returns 1 when a limit stopped it, else 0. */
static int
scan_spans(struct matcher *m, const struct pattern *p, const char *text,
	   size_t len, const struct spans *sp, pcre2_match_context *ctx,
	   struct hitlist *out, struct strlist *warnings)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	uint32_t opts = 0;
	size_t start = 0, k = 0;

	while (start <= len) {
		int rc;

		while (k < sp->n && sp->v[k].hi < start)
			k++;
		if (k == sp->n)
			break; /* no match starts here or later */
		if (ctx == m->wctx)
			pcre2_set_offset_limit(ctx, sp->v[k].hi);
		rc = search(m, p, text, len,
			    opts == 0 && start < sp->v[k].lo ? sp->v[k].lo
							     : start,
			    opts, ctx);
		if (rc == PCRE2_ERROR_NOMATCH && opts == 0) {
			k++; /* none starts in this span */
			continue;
		}
		if (rc == PCRE2_ERROR_NOMATCH) {
			/* no non-empty match here after an empty one */
			if (start >= len)
				break;
			start = next_char(text, len, start);
			opts = 0;
			continue;
		}
		if (is_limit_error(rc)) {
			strlist_pushf(warnings, "pattern %s: match limit exceeded",
				      p->id);
			return 1;
		}
		if (rc < 0)
			break;
		push_hit(out, p, ov, rc);
		start = ov[1] > ov[0] ? ov[1] : ov[0];
		opts = ov[1] > ov[0] ? 0
				     : PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED;
	}
	return 0;
}

/* The ends of the bytes of p->need in the text: picked from the ends of
 * all the needed bytes, found once per text. */
static void
need_ends(struct matcher *m, const struct pattern *p, const char *text,
	  size_t len)
{
	const unsigned char *t = (const unsigned char *)text;

	if (!m->all_done) {
		window_byte_ends(text, len, &m->needed, &m->all);
		m->all_done = true;
	}
	m->bytes.n = 0;
	for (size_t k = 0; k < m->all.n; k++) {
		uint32_t e = m->all.v[k];

		if (!byteset_has(&p->need, t[e - 1]))
			continue;
		if (m->bytes.n == m->bytes.cap)
			m->bytes.v = xgrow(m->bytes.v, &m->bytes.cap,
					   m->bytes.n + 1, sizeof(*m->bytes.v));
		m->bytes.v[m->bytes.n++] = e;
	}
}

/* The starts of pattern i's begin literals in the text, ascending and
 * distinct, into m->starts. */
static void
begin_starts(struct matcher *m, const struct prefilter *pf, size_t i)
{
	m->starts.n = prefilter_starts(pf, &m->ends, i, &m->starts.v,
				       &m->starts.cap);
}

/* The spans in m->spans narrowed to the starts in m->starts (when
 * 'within'; else every start): a one-place span per start. */
static void
starts_to_spans(struct matcher *m, bool within)
{
	struct spans *sp = &m->spans;
	size_t n = 0, k = 0;

	for (size_t j = 0; j < m->starts.n; j++) {
		size_t at = m->starts.v[j];

		if (within) {
			while (k < sp->n && sp->v[k].hi < at)
				k++;
			if (k == sp->n)
				break;
			if (at < sp->v[k].lo)
				continue;
		}
		m->starts.v[n++] = (uint32_t)at;
	}
	sp->v = xgrow(sp->v, &sp->cap, n + 1, sizeof(*sp->v));
	for (size_t j = 0; j < n; j++) {
		sp->v[j].lo = sp->v[j].hi = m->starts.v[j];
	}
	sp->n = n;
}

/* Pattern i over the text: near its literals' ends when it is windowed
 * in pf (the prefilter that scanned the text), else near the bytes one
 * of which its matches consume, else from the start; and, when it is
 * begun, only where its begin literals start within those. */
static int
scan_pattern(struct matcher *m, const struct prefilter *pf, size_t i,
	     const char *text, size_t len, struct hitlist *out,
	     struct strlist *warnings)
{
	const struct pattern *p = &m->ps->v[i];
	struct span whole = {0, len};
	struct spans one = {&whole, 1, 1};
	const struct pf_ends *e = &m->ends;
	bool narrowed = true;

	if (pf != NULL && prefilter_windowed(pf, i)) {
		size_t n;
		const uint32_t *v = pf_ends_get(e, i, &n);

		window_spans(text, v, n, &p->reach, &m->spans);
	} else if (pf != NULL && p->needs) {
		need_ends(m, p, text, len);
		window_spans(text, m->bytes.v, m->bytes.n, &p->reach,
			     &m->spans);
	} else {
		narrowed = false;
	}
	if (pf != NULL && prefilter_begun(pf, i)) {
		begin_starts(m, pf, i);
		starts_to_spans(m, narrowed);
	} else if (!narrowed) {
		return scan_spans(m, p, text, len, &one, m->mctx, out,
				  warnings);
	}
	return scan_spans(m, p, text, len, &m->spans, m->wctx, out, warnings);
}

static int
hit_cmp(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->pat != y->pat)
		return x->pat < y->pat ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return 0;
}

/* The prefilter for a scan of these types: NULL when there is none. */
static const struct prefilter *
prefilter_for(const struct matcher *m, unsigned types)
{
	if (m->pf_tickets != NULL && (types & ~PAT_TICKETS_SCAN) == 0)
		return m->pf_tickets;
	return m->pf;
}

int
matcher_scan(struct matcher *m, const char *text, size_t len,
	     unsigned types, struct hitlist *out, struct strlist *warnings)
{
	const struct prefilter *pf;
	size_t first = out->n;
	int limited = 0;

	if (m == NULL || text == NULL)
		return 0;
	len = cap_subject(text, len);
	m->all_done = false;
	pf = prefilter_for(m, types);
	if (pf != NULL)
		prefilter_scan_ends(pf, text, len, types, m->cand, &m->ends);
	for (size_t i = 0; i < m->ps->n; i++) {
		const struct pattern *p = &m->ps->v[i];

		if (p->code == NULL || (unsigned)p->type >= 32 ||
		    !(types & (1u << p->type)))
			continue;
		if (pf != NULL && i < prefilter_count(pf) && !m->cand[i])
			continue; /* none of its literals: it cannot match */
		limited += scan_pattern(m, pf, i, text, len, out, warnings);
	}
	if (out->n - first > 1)
		qsort(out->v + first, out->n - first, sizeof(*out->v), hit_cmp);
	return limited;
}

const char *
hit_group(const struct hit *h, const char *subject, const char *name,
	  size_t *len)
{
	const struct pattern *p = h->pat;

	for (int i = 0; i < p->n_groups && i < PAT_MAX_GROUPS; i++) {
		if (strcmp(p->group_name[i], name) != 0 || h->gs[i] == SIZE_MAX)
			continue;
		if (len != NULL)
			*len = h->ge[i] - h->gs[i];
		return subject + h->gs[i];
	}
	return NULL;
}

void
hitlist_clear(struct hitlist *l)
{
	l->n = 0;
}

void
hitlist_free(struct hitlist *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
