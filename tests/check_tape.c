/* check_tape.c - tapes (append, random and ordered reads) and the
 * external sort. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extsort.h"
#include "suite.h"
#include "tape.h"
#include "util.h"

/* A record whose bytes all follow from its value. */
struct rec {
	uint32_t key;
	uint32_t seq;
	char pad[8];
};

static struct rec
make(uint32_t key, uint32_t seq)
{
	struct rec r;

	memset(&r, 0, sizeof(r));
	r.key = key;
	r.seq = seq;
	memcpy(r.pad, &key, sizeof(key));
	return r;
}

static int
rec_cmp(const void *pa, const void *pb)
{
	const struct rec *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Appends cross the write buffer; reads see flushed and buffered
 * bytes alike, and nothing beyond the end. */
static void
check_roundtrip(struct tape *t)
{
	size_t n = 3 * TAPE_WBUF / sizeof(uint32_t) + 17;
	uint32_t x, y[3];
	struct tape_reader rd;
	const uint32_t *p;
	size_t k = 0;

	for (uint32_t i = 0; i < n; i++)
		tape_append(t, &i, sizeof(i));
	ck_assert_uint_eq(tape_size(t), n * sizeof(uint32_t));
	ck_assert_int_eq(tape_read(t, 0, &x, sizeof(x)), 0);
	ck_assert_uint_eq(x, 0);
	ck_assert_int_eq(tape_read(t, (n - 3) * 4, y, sizeof(y)), 0);
	ck_assert_uint_eq(y[0], n - 3);
	ck_assert_uint_eq(y[2], n - 1);
	ck_assert_int_eq(tape_read(t, (n - 2) * 4, y, sizeof(y)), -1);
	tape_reader_open(&rd, t, 8, UINT64_MAX, 40);
	while ((p = tape_reader_next(&rd, sizeof(*p))) != NULL)
		ck_assert_uint_eq(*p, 2 + k++);
	ck_assert_uint_eq(k, n - 2);
	ck_assert(!rd.bad);
	tape_reader_close(&rd);
	tape_free(t);
}

START_TEST(test_tape_file)
{
	struct tape *t = tape_new();

	check_roundtrip(t);
}
END_TEST

START_TEST(test_tape_memory)
{
	struct tape *t = tape_new_memory();

	ck_assert(tape_in_memory(t));
	check_roundtrip(t);
}
END_TEST

/* Windows read what tape_read() reads, wherever the reads fall: inside
 * the window, before it, past it, across its end, at the tape's end,
 * larger than the window, beyond the tape. */
static void
check_window(struct tape *t)
{
	enum { N = 3000 };
	struct tape_window w;
	uint32_t v[64], x[64];
	static const struct {
		uint32_t at, n;
	} reads[] = {{0, 1}, {1, 4}, {9, 2}, {10, 1}, {3, 2}, {500, 8},
		     {505, 9}, {2990, 10}, {2999, 1}, {100, 64}, {0, 10},
		     {7, 5}};

	for (uint32_t i = 0; i < N; i++)
		tape_append(t, &i, sizeof(i));
	tape_window_open(&w, t, 40); /* ten values */
	for (size_t r = 0; r < sizeof(reads) / sizeof(reads[0]); r++) {
		uint64_t off = (uint64_t)reads[r].at * 4;
		size_t len = reads[r].n * 4;

		ck_assert_int_eq(tape_window_read(&w, off, v, len), 0);
		ck_assert_int_eq(tape_read(t, off, x, len), 0);
		for (uint32_t k = 0; k < reads[r].n; k++)
			ck_assert_uint_eq(v[k], reads[r].at + k);
		ck_assert(memcmp(v, x, len) == 0);
	}
	ck_assert_int_eq(tape_window_read(&w, (N - 1) * 4, v, 8), -1);
	ck_assert_int_eq(tape_window_read(&w, (N + 5) * 4, v, 4), -1);
	ck_assert_int_eq(tape_window_read(&w, 12, v, 4), 0);
	ck_assert_uint_eq(v[0], 3);
	tape_window_close(&w);
	tape_free(t);
}

START_TEST(test_window_file)
{
	check_window(tape_new());
}
END_TEST

START_TEST(test_window_memory)
{
	check_window(tape_new_memory());
}
END_TEST

START_TEST(test_tape_range)
{
	struct tape *t = tape_new();
	struct tape_reader rd;
	const char *p;
	char s[] = "abcdefghij";

	tape_append(t, s, 10);
	tape_reader_open(&rd, t, 2, 7, 0);
	p = tape_reader_next(&rd, 3);
	ck_assert_ptr_nonnull(p);
	ck_assert(memcmp(p, "cde", 3) == 0);
	ck_assert_ptr_null(tape_reader_next(&rd, 3)); /* only "fg" left */
	tape_reader_close(&rd);
	tape_free(t);
}
END_TEST

/* n records with keys from a fixed generator, sorted with runs of
 * run_bytes, compared with qsort of the same records. */
static void
check_sort(size_t n, size_t run_bytes, uint32_t modulo)
{
	struct tape *in = tape_new(), *out;
	struct rec *v = xmalloc((n + 1) * sizeof(*v));
	struct tape_reader rd;
	const struct rec *p;
	uint64_t s = 88172645463325252ULL;
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		v[i] = make((uint32_t)(s % modulo), (uint32_t)i);
		tape_append(in, &v[i], sizeof(v[i]));
	}
	out = extsort(in, sizeof(struct rec), rec_cmp, run_bytes);
	qsort(v, n, sizeof(*v), rec_cmp);
	ck_assert_uint_eq(tape_size(out), n * sizeof(struct rec));
	tape_reader_open(&rd, out, 0, UINT64_MAX, 0);
	while ((p = tape_reader_next(&rd, sizeof(*p))) != NULL) {
		ck_assert_msg(memcmp(p, &v[k], sizeof(*p)) == 0,
			      "record %zu: key %u seq %u, expected %u %u", k,
			      p->key, p->seq, v[k].key, v[k].seq);
		k++;
	}
	ck_assert_uint_eq(k, n);
	tape_reader_close(&rd);
	tape_free(in);
	tape_free(out);
	free(v);
}

/* n, run bytes (0: default), key range: one run, a few, more runs than
 * one merge takes (two merge passes), equal keys, empty. */
static const struct {
	size_t n, run, modulo;
} sorts[] = {
	{0, 0, 10},
	{1, 0, 10},
	{1000, 0, 1u << 30},
	{1000, 16 * 16, 1u << 30},	/* 63 runs of 16: one pass of 32 + 31 */
	{5000, 16 * 3, 7},		/* 1667 runs: three passes */
	{100000, 64 * 1024, 1000},	/* 25 runs */
	{777, 16 * 777, 5},		/* exactly one full run */
};

START_TEST(test_extsort)
{
	check_sort(sorts[_i].n, sorts[_i].run, (uint32_t)sorts[_i].modulo);
}
END_TEST

UNIT_SUITE_LIMIT(tape, 60,
	UNIT_TEST(test_tape_file),
	UNIT_TEST(test_tape_memory),
	UNIT_TEST(test_tape_range),
	UNIT_TEST(test_window_file),
	UNIT_TEST(test_window_memory),
	UNIT_ROWS(test_extsort, sorts))
