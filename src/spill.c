/* spill.c - parking conversations on a tape (an unlinked temporary file). */
#include "spill.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tape.h"

#define SPILL_MAGIC 0x45534332u /* "ESC2" */
#define SPILL_NULL UINT64_MAX	/* length of an absent string */

struct spill {
	struct tape *t;	       /* the encoded conversations, one after another */
	pthread_mutex_t lock;  /* guards t: appends and reads may overlap */
};

/* ---- encoding ---- */

static void
put_u64(struct buf *b, uint64_t v)
{
	unsigned char x[8];

	for (int i = 0; i < 8; i++)
		x[i] = (unsigned char)(v >> (8 * i));
	buf_append(b, (const char *)x, sizeof(x));
}

static void
put_str(struct buf *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	put_u64(b, s ? n : SPILL_NULL);
	if (s)
		buf_append(b, s, n);
}

static void
put_list(struct buf *b, const struct strlist *l)
{
	put_u64(b, l->n);
	for (size_t i = 0; i < l->n; i++)
		put_str(b, l->v[i]);
}

static void
put_message(struct buf *b, const struct message *m)
{
	put_u64(b, m->index);
	put_u64(b, (uint64_t)m->time.t);
	put_u64(b, (uint64_t)(int64_t)m->time.off);
	put_u64(b, m->time.set);
	put_u64(b, m->role);
	put_str(b, m->sender_name);
	put_str(b, m->sender_addr);
	put_str(b, m->text);
	put_str(b, m->quoted);
	put_str(b, m->signature);
	put_u64(b, m->notice);
	put_u64(b, m->hint);
	put_str(b, m->subject);
	put_str(b, m->message_id);
	put_str(b, m->in_reply_to);
	put_str(b, m->references);
}

void
spill_encode(const struct conversation *c, struct buf *out)
{
	put_u64(out, SPILL_MAGIC);
	put_u64(out, c->format);
	put_str(out, c->id);
	put_str(out, c->source);
	put_str(out, c->channel);
	put_str(out, c->subject);
	put_list(out, &c->tickets);
	put_list(out, &c->notes);
	put_u64(out, c->n_msgs);
	for (size_t i = 0; i < c->n_msgs; i++)
		put_message(out, &c->msgs[i]);
}

/* ---- decoding: every read is bounds-checked ---- */

struct cursor {
	const unsigned char *p;
	size_t left;
	bool bad;
};

static uint64_t
get_u64(struct cursor *k)
{
	uint64_t v = 0;

	if (k->bad || k->left < 8) {
		k->bad = true;
		return 0;
	}
	for (int i = 0; i < 8; i++)
		v |= (uint64_t)k->p[i] << (8 * i);
	k->p += 8;
	k->left -= 8;
	return v;
}

static char *
get_str(struct cursor *k)
{
	uint64_t n = get_u64(k);
	char *s;

	if (k->bad || n == SPILL_NULL)
		return NULL;
	if (n > k->left) {
		k->bad = true;
		return NULL;
	}
	s = xstrndup((const char *)k->p, (size_t)n);
	k->p += n;
	k->left -= (size_t)n;
	return s;
}

static void
get_list(struct cursor *k, struct strlist *l)
{
	uint64_t n = get_u64(k);

	for (uint64_t i = 0; i < n && !k->bad; i++) {
		char *s = get_str(k);

		if (s)
			strlist_push_own(l, s);
		else
			k->bad = true;
	}
}

static void
get_message(struct cursor *k, struct conversation *c)
{
	struct message *m = conversation_add_message(c);

	m->index = (size_t)get_u64(k);
	m->time.t = (int64_t)get_u64(k);
	m->time.off = (int32_t)(int64_t)get_u64(k);
	m->time.set = get_u64(k) != 0;
	m->role = (enum role)get_u64(k);
	m->sender_name = get_str(k);
	m->sender_addr = get_str(k);
	m->text = get_str(k);
	m->quoted = get_str(k);
	m->signature = get_str(k);
	m->notice = get_u64(k) != 0;
	m->hint = (enum role)get_u64(k);
	m->subject = get_str(k);
	m->message_id = get_str(k);
	m->in_reply_to = get_str(k);
	m->references = get_str(k);
}

struct conversation *
spill_decode(const char *p, size_t len)
{
	struct cursor k = {(const unsigned char *)p, len, false};
	struct conversation *c;
	uint64_t n;

	if (get_u64(&k) != SPILL_MAGIC)
		return NULL;
	c = xcalloc(1, sizeof(*c));
	c->format = (enum input_format)get_u64(&k);
	c->id = get_str(&k);
	c->source = get_str(&k);
	c->channel = get_str(&k);
	c->subject = get_str(&k);
	get_list(&k, &c->tickets);
	get_list(&k, &c->notes);
	n = get_u64(&k);
	for (uint64_t i = 0; i < n && !k.bad; i++)
		get_message(&k, c);
	if (k.bad || !c->source || !c->channel) {
		conversation_free(c);
		return NULL;
	}
	return c;
}

/* ---- the store: a tape (tape.h) behind a lock ---- */

struct spill *
spill_new(void)
{
	struct spill *s = xcalloc(1, sizeof(*s));

	s->t = tape_new();
	pthread_mutex_init(&s->lock, NULL);
	return s;
}

bool
spill_in_memory(const struct spill *s)
{
	return tape_in_memory(s->t);
}

int
spill_put(struct spill *s, struct conversation *c, struct spill_ref *ref)
{
	struct buf b = {0};

	spill_encode(c, &b);
	pthread_mutex_lock(&s->lock);
	ref->off = tape_size(s->t);
	ref->len = b.len;
	tape_append(s->t, b.s, b.len);
	pthread_mutex_unlock(&s->lock);
	buf_free(&b);
	conversation_free(c);
	return 0;
}

/* The bytes at ref, read by 'w' when given, else from the tape. */
static struct conversation *
get(struct spill *s, const struct spill_ref *ref, struct tape_window *w)
{
	char *p;
	struct conversation *c = NULL;
	int rc;

	if (ref->len > SIZE_MAX - 1)
		return NULL;
	p = xmalloc((size_t)ref->len + 1);
	pthread_mutex_lock(&s->lock);
	rc = w ? tape_window_read(w, ref->off, p, (size_t)ref->len)
	       : tape_read(s->t, ref->off, p, (size_t)ref->len);
	pthread_mutex_unlock(&s->lock);
	if (rc == 0)
		c = spill_decode(p, (size_t)ref->len);
	free(p);
	return c;
}

struct conversation *
spill_get(struct spill *s, const struct spill_ref *ref)
{
	return get(s, ref, NULL);
}

struct conversation *
spill_get_via(struct spill *s, const struct spill_ref *ref,
	      struct tape_window *w)
{
	return get(s, ref, w);
}

void
spill_window_open(struct tape_window *w, const struct spill *s, size_t cap)
{
	tape_window_open(w, s->t, cap);
}

uint64_t
spill_size(const struct spill *s)
{
	return tape_size(s->t);
}

void
spill_free(struct spill *s)
{
	if (!s)
		return;
	tape_free(s->t);
	pthread_mutex_destroy(&s->lock);
	free(s);
}
