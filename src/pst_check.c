/* pst_check.c - an Outlook mailbox's header and B-trees checked before
 * libpst sees them. */
#include "outlook.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PST_MAGIC "!BDN"
#define PST_MAX_BTREE_LEVEL 8 /* real mailboxes have 2 to 4 */

bool
pst_signature(const char *data, size_t len)
{
	return len >= 4 && memcmp(data, PST_MAGIC, 4) == 0;
}

/* The B-tree layout of one format version. */
struct pst_layout {
	size_t page, count_at, max_at, size_at, level_at, back_at;
	int count_bytes, int_bytes; /* 1 or 2; 4 or 8 */
	size_t nbt_ib, nbt_bid, bbt_ib, bbt_bid;
};

static const struct pst_layout layout_ansi = {
	512, 0x1f0, 0x1f1, 0x1f2, 0x1f3, 0x1f8, 1, 4, 0xbc, 0xb8, 0xc4, 0xc0};
static const struct pst_layout layout_unicode = {
	512, 0x1e8, 0x1e9, 0x1ea, 0x1eb, 0x1f8, 1, 8, 0xe0, 0xd8, 0xf0, 0xe8};
static const struct pst_layout layout_4k = {
	4096, 0xfd8, 0xfda, 0xfdc, 0xfdd, 0xff0, 2, 8, 0xe0, 0xd8, 0xf0, 0xe8};

static uint64_t
rd(const unsigned char *p, int n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = v << 8 | p[n];
	return v;
}

/* One B-tree page to check: where it is, the back link its parent
 * gave, and the level it must have (-1: the root, any). */
struct pst_page_ref {
	uint64_t ib, bid;
	int level;
};

/* The tree under (ib, bid): every page inside the file, entry counts
 * within the page, the back link as given, levels going down by one at
 * each step and at most PST_MAX_BTREE_LEVEL. libpst walks these trees
 * recursively and trusts all of it: a page that points at itself would
 * recurse until the stack overflows. */
static const char *
check_tree(FILE *f, uint64_t size, const struct pst_layout *l, uint64_t ib,
	   uint64_t bid)
{
	struct pst_page_ref *stack = xcalloc(PST_MAX_BTREE_LEVEL + 2,
					     sizeof(*stack) * 4096);
	unsigned char *pg = xmalloc(l->page);
	uint64_t visits = 0, max_visits = size / l->page + 1;
	size_t n = 0;
	const char *bad = NULL;

	stack[n++] = (struct pst_page_ref){ib, bid, -1};
	while (n > 0 && !bad) {
		struct pst_page_ref r = stack[--n];
		size_t count, esize, level;

		if (++visits > max_visits)
			bad = "damaged outlook mailbox: its b-tree has more pages than the file";
		else if (r.ib > size || size - r.ib < l->page ||
			 fseeko(f, (off_t)r.ib, SEEK_SET) != 0 ||
			 fread(pg, 1, l->page, f) != l->page)
			bad = "damaged outlook mailbox: a b-tree page is beyond the end";
		if (bad)
			break;
		count = (size_t)rd(pg + l->count_at, l->count_bytes);
		esize = pg[l->size_at];
		level = pg[l->level_at];
		if (count > (size_t)rd(pg + l->max_at, l->count_bytes) ||
		    esize < (size_t)3 * l->int_bytes || count * esize > l->count_at)
			bad = "damaged outlook mailbox: bad b-tree page";
		else if (rd(pg + l->back_at, l->int_bytes) != r.bid)
			bad = "damaged outlook mailbox: b-tree page with a wrong back link";
		else if ((r.level >= 0 && (int)level != r.level) ||
			 level > PST_MAX_BTREE_LEVEL)
			bad = "damaged outlook mailbox: b-tree levels do not descend";
		for (size_t i = 0; !bad && level > 0 && i < count; i++) {
			const unsigned char *e = pg + i * esize;

			if (n >= (size_t)(PST_MAX_BTREE_LEVEL + 2) * 4096) {
				bad = "damaged outlook mailbox: b-tree too wide";
				break;
			}
			stack[n++] = (struct pst_page_ref){
				rd(e + 2 * l->int_bytes, l->int_bytes),
				rd(e + l->int_bytes, l->int_bytes), (int)level - 1};
		}
	}
	free(pg);
	free(stack);
	return bad;
}

/* The header and both B-trees, before libpst sees the file. */
const char *
pst_check(const char *path)
{
	unsigned char h[0x100];
	FILE *f = fopen(path, "rb");
	const struct pst_layout *l;
	struct stat st;
	const char *bad;

	if (!f)
		return strerror(errno);
	if (fstat(fileno(f), &st) != 0 ||
	    fread(h, 1, sizeof(h), f) != sizeof(h) ||
	    memcmp(h, PST_MAGIC, 4) != 0) {
		fclose(f);
		return "not an outlook mailbox (or cut short)";
	}
	switch (h[10]) {
	case 14: case 15:
		l = &layout_ansi;
		break;
	case 21: case 23:
		l = &layout_unicode;
		break;
	case 36:
		l = &layout_4k;
		break;
	default:
		fclose(f);
		return "unknown outlook mailbox version";
	}
	bad = check_tree(f, (uint64_t)st.st_size, l, rd(h + l->nbt_ib, l->int_bytes),
			 rd(h + l->nbt_bid, l->int_bytes));
	if (!bad)
		bad = check_tree(f, (uint64_t)st.st_size, l,
				 rd(h + l->bbt_ib, l->int_bytes),
				 rd(h + l->bbt_bid, l->int_bytes));
	fclose(f);
	return bad;
}
