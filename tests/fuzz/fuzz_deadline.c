/* fuzz_deadline.c - libFuzzer target: the built-in time patterns and the
 * deadline resolver on random text. Input: one mode byte, four bytes of
 * the message time, then text. Mode bit 0 clear: scan the text with
 * the deadline patterns and resolve every hit, as the analysis does.
 * Set: the text is "expr|n|n2|unit|day|month|year|weekday|hour|minute|
 * ampm" given straight to the resolver, so absurd numbers reach it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "match.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fz {
	struct patset ps;
	struct matcher *m;
	struct calendar *plain, *ru;
};

static struct fz *
setup(void)
{
	static struct fz f;
	char *err = NULL;

	if (f.m)
		return &f;
	if (patset_load_builtin(&f.ps, "ru,en", &err) < 0 ||
	    patset_compile(&f.ps, &err) < 0)
		abort();
	f.m = matcher_new(&f.ps);
	f.plain = calendar_new();
	f.ru = calendar_new();
	if (calendar_load_builtin(f.ru, "ru", &err) < 0)
		abort();
	return &f;
}

static void
resolve(const struct dl_expr *e, struct esc_time made,
	const struct calendar *cal, bool claimed)
{
	struct esc_time due;
	bool vague;

	deadline_resolve(e, made, cal, claimed, &due, &vague);
}

static void
scan_text(struct fz *f, const char *s, size_t len, struct esc_time made,
	  unsigned mode)
{
	struct hitlist hits = {0};
	struct strlist warn = {0};
	unsigned types = 1u << PAT_DEADLINE | 1u << PAT_PROMISE |
			 1u << PAT_CLAIM;

	matcher_scan(f->m, s, len, types, &hits, &warn);
	for (size_t i = 0; i < hits.n; i++) {
		const struct hit *h = &hits.v[i];
		struct dl_expr e = {0};

		if (h->pat->type != PAT_DEADLINE)
			continue;
		e.expr = pattern_meta(h->pat, "expr");
		for (int g = 0; g < DLG_COUNT; g++)
			e.g[g] = hit_group(h, s, dl_group_names[g],
					   &e.glen[g]);
		resolve(&e, made, mode & 2 ? f->ru : f->plain, mode & 4);
	}
	hitlist_free(&hits);
	strlist_free(&warn);
}

/* Fields split at '|': the expression name, then the groups. */
static void
direct(struct fz *f, const char *s, size_t len, struct esc_time made,
       unsigned mode)
{
	const char *end = s + len, *p = s;
	struct dl_expr e = {0};
	char *expr = NULL;
	bool half;

	for (int k = -1; k < DLG_COUNT && p <= end; k++) {
		const char *bar = memchr(p, '|', (size_t)(end - p));

		if (!bar)
			bar = end;
		if (k < 0)
			expr = xstrndup(p, (size_t)(bar - p));
		else if (bar > p) {
			e.g[k] = p;
			e.glen[k] = (size_t)(bar - p);
		}
		p = bar + 1;
	}
	e.expr = expr && *expr ? expr : NULL;
	if (e.g[DLG_N])
		deadline_number(e.g[DLG_N], e.glen[DLG_N], &half);
	resolve(&e, made, mode & 2 ? f->ru : f->plain, mode & 4);
	free(expr);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz *f = setup();
	struct esc_time made = {.set = true};
	uint32_t secs;
	unsigned mode;
	char *buf;

	if (size < 5)
		return 0;
	mode = data[0];
	memcpy(&secs, data + 1, 4);
	/* 1900 .. about 2172; the zone from the mode byte */
	made.t = (int64_t)secs * 2 - 2208988800LL;
	made.off = ((int32_t)(mode >> 3) - 16) * 3600;
	buf = xmalloc(size - 4);
	memcpy(buf, data + 5, size - 5);
	buf[size - 5] = '\0';
	if (mode & 1)
		direct(f, buf, size - 5, made, mode);
	else
		scan_text(f, buf, size - 5, made, mode);
	free(buf);
	return 0;
}
