/* email_keys.c - an e-mail's tickets, thread keys and near-duplicate
 * entries, taken before it is parked. */
#include "email_keys.h"

#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "match.h"
#include "neardup.h"

struct email_keyer {
	struct matcher *m;
};

struct email_keyer *
email_keyer_new(const struct patset *ps)
{
	struct email_keyer *k = xcalloc(1, sizeof(*k));

	k->m = matcher_new(ps);
	return k;
}

void
email_keyer_free(struct email_keyer *k)
{
	if (!k)
		return;
	matcher_free(k->m);
	free(k);
}

/* The tickets of an e-mail before analysis, for threading by ticket
 * (analysis finds them again; these are dropped before it). */
static void
prescan_tickets(struct matcher *m, struct conversation *c)
{
	struct hitlist hits = {0};
	struct strlist warn = {0}; /* analysis reports limit hits again */

	for (size_t i = 0; i < c->n_msgs; i++) {
		const char *text = c->msgs[i].text ? c->msgs[i].text : "";

		hitlist_clear(&hits);
		matcher_scan(m, text, strlen(text), 1u << PAT_TICKET, &hits,
			     &warn);
		for (size_t k = 0; k < hits.n; k++) {
			size_t len;
			const char *id = hit_group(&hits.v[k], text, "id", &len);
			char *v = id ? ticket_normalize(id, len) : NULL;

			if (v && *v && !strlist_contains(&c->tickets, v))
				strlist_push_own(&c->tickets, v);
			else
				free(v);
		}
	}
	hitlist_free(&hits);
	strlist_free(&warn);
}

/* The messages of an e-mail as near-duplicate detection will compare
 * them, made now: its text is parked next. */
static uint32_t
near_entries(struct buf *nd, const struct conversation *c, size_t item)
{
	struct neardup_entry one;
	uint32_t n = 0;

	for (size_t i = 0; i < c->n_msgs; i++) {
		if (!neardup_entry_init(&one, &c->msgs[i], i))
			continue;
		one.group = item;
		buf_append(nd, (const char *)&one, sizeof(one));
		n++;
	}
	return n;
}

uint32_t
email_keys_leave(struct email_keyer *k, struct conversation *c,
		 struct thread_index *ti, struct buf *nd, size_t item)
{
	uint32_t n = near_entries(nd, c, item);

	prescan_tickets(k->m, c);
	thread_index_add(ti, c);
	return n;
}
