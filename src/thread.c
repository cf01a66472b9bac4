/* thread.c - grouping e-mail conversations into threads (SPEC 3). */
#include "thread.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- subjects ---- */

/* Reply and forward prefixes, lower case (English, Russian, German). */
static const char *const reply_words[] = {
    "re", "fwd", "fw", "отв", "ответ", "пересл", "aw", "wg",
};

static bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Append one character starting at p, lower-cased (ASCII, Cyrillic);
 * returns how many bytes were read. */
static size_t
fold_char(const unsigned char *p, struct buf *b)
{
	unsigned c = p[0], d = p[1];

	if (c >= 'A' && c <= 'Z') {
		buf_putc(b, (char)(c + 32));
		return 1;
	}
	if (c != 0xD0 || d < 0x80 || d > 0xAF) {
		buf_putc(b, (char)c);
		return 1;
	}
	if (d < 0x90) { /* Ѐ..Џ -> ѐ..џ */
		buf_putc(b, (char)0xD1);
		buf_putc(b, (char)(d + 0x10));
	} else if (d < 0xA0) { /* А..П -> а..п */
		buf_putc(b, (char)0xD0);
		buf_putc(b, (char)(d + 0x20));
	} else { /* Р..Я -> р..я */
		buf_putc(b, (char)0xD1);
		buf_putc(b, (char)(d - 0x20));
	}
	return 2;
}

/* Length of a leading "[...]" tag, 0 when there is none. */
static size_t
tag_len(const char *s)
{
	size_t n = 0;

	if (*s != '[')
		return 0;
	while (s[n] && s[n] != ']' && n < THREAD_MAX_TAG)
		n++;
	return s[n] == ']' ? n + 1 : 0;
}

/* Length of a leading reply/forward prefix ("re:", "re[2]:", "fwd :",
 * "отв:"), 0 when there is none. s is folded. */
static size_t
prefix_len(const char *s)
{
	for (size_t i = 0; i < sizeof(reply_words) / sizeof(*reply_words);
	     i++) {
		size_t n = strlen(reply_words[i]);
		const char *p = s + n;

		if (strncmp(s, reply_words[i], n) != 0)
			continue;
		if (*p == '[' || *p == '(' || *p == '^') {
			for (p++; *p >= '0' && *p <= '9'; p++)
				;
			if (*p == ']' || *p == ')')
				p++;
		}
		while (*p == ' ')
			p++;
		if (*p == ':')
			return (size_t)(p + 1 - s);
	}
	return 0;
}

/* Copy s without "[...]" tags, white space collapsed and trimmed. */
static void
drop_tags(const char *s, struct buf *out)
{
	bool space = false;
	size_t n;

	while (*s) {
		if ((n = tag_len(s)) > 0 || is_space(*s)) {
			s += n ? n : 1;
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_putc(out, ' ');
		space = false;
		buf_putc(out, *s++);
	}
}

char *
thread_subject_key(const char *subject)
{
	struct buf fold = {0}, key = {0};
	const unsigned char *u =
	    (const unsigned char *)(subject ? subject : "");
	const char *p;
	size_t n;

	buf_append(&fold, "", 0);
	while (*u && fold.len < 4 * THREAD_MAX_KEY)
		u += fold_char(u, &fold);
	for (p = fold.s;;) {
		while (is_space(*p))
			p++;
		n = tag_len(p);
		if (!n)
			n = prefix_len(p);
		if (!n)
			break;
		p += n;
	}
	buf_append(&key, "", 0);
	drop_tags(p, &key);
	if (key.len > THREAD_MAX_KEY) {
		key.len = THREAD_MAX_KEY;
		while (key.len &&
		       ((unsigned char)key.s[key.len] & 0xC0) == 0x80)
			key.len--;
		key.s[key.len] = '\0';
	}
	buf_free(&fold);
	return buf_steal(&key);
}

static bool
ticket_char(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	       (c >= 'a' && c <= 'z') || c == '-';
}

/* The ticket of one tag body s[0..n) ("#12345", "Ticket#2026...",
 * "Request №5"), appended to out. */
static void
tag_ticket(const char *s, size_t n, struct strlist *out)
{
	const char *end = s + n, *p, *q;
	struct buf v = {0};
	bool digit = false;

	for (p = s; p < end && *p != '#' &&
		    !(end - p >= 3 && memcmp(p, "\xE2\x84\x96", 3) == 0);
	     p++)
		;
	if (p == end)
		return;
	p += *p == '#' ? 1 : 3;
	while (p < end && *p == ' ')
		p++;
	for (q = p; q < end && ticket_char(*q); q++)
		digit |= *q >= '0' && *q <= '9';
	while (q > p && q[-1] == '-')
		q--;
	if (!digit || q == p)
		return;
	for (; p < q; p++)
		buf_putc(&v, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p));
	if (strlist_contains(out, v.s))
		buf_free(&v);
	else
		strlist_push_own(out, buf_steal(&v));
}

void
thread_subject_tickets(const char *subject, struct strlist *out)
{
	size_t n;

	for (const char *p = subject; p && (p = strchr(p, '[')); p++) {
		n = tag_len(p);
		if (n > 2)
			tag_ticket(p + 1, n - 2, out);
	}
}

/* ---- a string -> first item map (open addressing) ---- */

struct smap {
	const char **keys; /* borrowed */
	size_t *vals;
	size_t cap, n;
};

static size_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)h;
}

static void
smap_put(struct smap *m, const char *key, size_t val)
{
	size_t i = hash(key) & (m->cap - 1);

	while (m->keys[i])
		i = (i + 1) & (m->cap - 1);
	m->keys[i] = key;
	m->vals[i] = val;
	m->n++;
}

static void
smap_grow(struct smap *m)
{
	struct smap old = *m;

	m->cap = old.cap ? old.cap * 2 : 64;
	m->keys = xcalloc(m->cap, sizeof(*m->keys));
	m->vals = xcalloc(m->cap, sizeof(*m->vals));
	m->n = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.keys[i])
			smap_put(m, old.keys[i], old.vals[i]);
	free(old.keys);
	free(old.vals);
}

/* The value first stored under key; stores val when key is new. */
static size_t
smap_first(struct smap *m, const char *key, size_t val)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap)
		smap_grow(m);
	for (i = hash(key) & (m->cap - 1); m->keys[i];
	     i = (i + 1) & (m->cap - 1))
		if (strcmp(m->keys[i], key) == 0)
			return m->vals[i];
	smap_put(m, key, val);
	return val;
}

static void
smap_free(struct smap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

/* ---- union-find over the e-mail conversations ---- */

enum link { LINK_TICKET = 1, LINK_REF = 2, LINK_SUBJECT = 4 };

struct item {
	struct conversation *c;
	size_t pos;             /* index in the input list */
	size_t parent;          /* union-find; a root is its earliest item */
	size_t next, tail;      /* members in input order (from the root) */
	unsigned links;         /* on roots: the links that joined it */
	struct strlist tickets; /* own; on roots at the subject step: all */
	struct strlist ids;     /* Message-ID, In-Reply-To, References */
	char *key;              /* normalized subject */
};

static size_t
find(struct item *it, size_t i)
{
	while (it[i].parent != i) {
		it[i].parent = it[it[i].parent].parent;
		i = it[i].parent;
	}
	return i;
}

static void
unite(struct item *it, size_t a, size_t b, unsigned link)
{
	size_t t;

	a = find(it, a);
	b = find(it, b);
	if (a == b)
		return;
	if (b < a)
		t = a, a = b, b = t;
	it[b].parent = a;
	it[a].links |= it[b].links | link;
}

/* The ids a message names, each once, at most THREAD_MAX_IDS. */
static void
message_ids(const struct message *m, struct strlist *ids)
{
	const char *r = m->references, *e;
	size_t n = 0;

	if (m->message_id && *m->message_id)
		strlist_push(ids, m->message_id);
	if (m->in_reply_to && *m->in_reply_to &&
	    !strlist_contains(ids, m->in_reply_to))
		strlist_push(ids, m->in_reply_to);
	while (r && *r && n++ < THREAD_MAX_IDS) {
		while (*r == ' ')
			r++;
		for (e = r; *e && *e != ' '; e++)
			;
		if (e > r) {
			char *id = xstrndup(r, (size_t)(e - r));

			if (strlist_contains(ids, id))
				free(id);
			else
				strlist_push_own(ids, id);
		}
		r = e;
	}
}

static void
item_init(struct item *x, struct conversation *c, size_t pos, size_t self)
{
	const char *subject = c->subject;

	memset(x, 0, sizeof(*x));
	x->c = c;
	x->pos = pos;
	x->parent = x->tail = self;
	x->next = SIZE_MAX;
	for (size_t i = 0; i < c->tickets.n; i++)
		if (!strlist_contains(&x->tickets, c->tickets.v[i]))
			strlist_push(&x->tickets, c->tickets.v[i]);
	thread_subject_tickets(c->subject, &x->tickets);
	for (size_t i = 0; i < c->n_msgs; i++) {
		thread_subject_tickets(c->msgs[i].subject, &x->tickets);
		message_ids(&c->msgs[i], &x->ids);
		if (!subject)
			subject = c->msgs[i].subject;
	}
	x->key = thread_subject_key(subject);
}

static void
item_clear(struct item *x)
{
	strlist_free(&x->tickets);
	strlist_free(&x->ids);
	free(x->key);
}

/* Step 1 (tickets) or 2 (ids): join items that share a value. */
static void
link_values(struct item *it, size_t n, bool tickets)
{
	struct smap m = {0};

	for (size_t i = 0; i < n; i++) {
		const struct strlist *l = tickets ? &it[i].tickets : &it[i].ids;

		for (size_t k = 0; k < l->n; k++) {
			size_t j = smap_first(&m, l->v[k], i);

			if (j != i)
				unite(it, i, j,
				      tickets ? LINK_TICKET : LINK_REF);
		}
	}
	smap_free(&m);
}

static void
add_tickets(struct strlist *to, const struct strlist *from)
{
	for (size_t i = 0; i < from->n; i++)
		if (!strlist_contains(to, from->v[i]))
			strlist_push(to, from->v[i]);
}

/* Both have tickets and none in common. */
static bool
tickets_differ(const struct strlist *a, const struct strlist *b)
{
	if (!a->n || !b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strlist_contains(b, a->v[i]))
			return false;
	return true;
}

/* Step 3: the same non-empty subject, unless the tickets differ. */
static void
link_subjects(struct item *it, size_t n)
{
	struct smap m = {0};

	for (size_t i = 0; i < n; i++) { /* roots collect all tickets */
		size_t r = find(it, i);

		if (r != i)
			add_tickets(&it[r].tickets, &it[i].tickets);
	}
	for (size_t i = 0; i < n; i++) {
		size_t j, a, b;

		if (!*it[i].key || (j = smap_first(&m, it[i].key, i)) == i)
			continue;
		a = find(it, j);
		b = find(it, i);
		if (a == b || tickets_differ(&it[a].tickets, &it[b].tickets))
			continue;
		add_tickets(&it[a < b ? a : b].tickets,
			    &it[a < b ? b : a].tickets);
		unite(it, a, b, LINK_SUBJECT);
	}
	smap_free(&m);
}

/* ---- merging one thread ---- */

struct entry {
	struct message m;
	struct conversation *from;
	size_t seq; /* position in the members' concatenated messages */
};

static int
cmp_entry_time(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->m.time.t != y->m.time.t)
		return x->m.time.t < y->m.time.t ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Time order, stable; entries without a time keep their slots. */
static void
sort_entries(struct entry *e, size_t n)
{
	struct entry *known = xmalloc((n ? n : 1) * sizeof(*known));
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		if (e[i].m.time.set)
			known[k++] = e[i];
	qsort(known, k, sizeof(*known), cmp_entry_time);
	k = 0;
	for (size_t i = 0; i < n; i++)
		if (e[i].m.time.set)
			e[i] = known[k++];
	free(known);
}

struct fentry {
	struct finding f;
	size_t seq;
};

static int
cmp_fentry(const void *a, const void *b)
{
	const struct fentry *x = a, *y = b;

	if (x->f.message != y->f.message)
		return x->f.message < y->f.message ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static size_t
remap(const size_t *newidx, size_t base, size_t n_msgs, size_t old)
{
	return old >= 1 && old <= n_msgs ? newidx[base + old - 1] : old;
}

/* The members' messages in member order (each member's in its order). */
static struct entry *
collect_messages(const struct item *it, size_t root, size_t *n)
{
	struct entry *e;
	size_t total = 0, seq = 0;

	for (size_t j = root; j != SIZE_MAX; j = it[j].next)
		total += it[j].c->n_msgs;
	e = xmalloc((total ? total : 1) * sizeof(*e));
	for (size_t j = root; j != SIZE_MAX; j = it[j].next) {
		struct conversation *c = it[j].c;

		for (size_t k = 0; k < c->n_msgs; k++, seq++) {
			e[seq].m = c->msgs[k];
			e[seq].from = c;
			e[seq].seq = seq;
		}
	}
	*n = total;
	return e;
}

/* All members' findings on the base, message indexes remapped, in
 * message order (stable). Runs before the messages move. */
static void
move_findings(const struct item *it, size_t root, const size_t *newidx)
{
	struct conversation *base = it[root].c;
	struct fentry *fe;
	size_t total = 0, seq = 0, off = 0;

	for (size_t j = root; j != SIZE_MAX; j = it[j].next)
		total += it[j].c->n_findings;
	fe = xmalloc((total ? total : 1) * sizeof(*fe));
	for (size_t j = root; j != SIZE_MAX; j = it[j].next) {
		struct conversation *c = it[j].c;

		for (size_t k = 0; k < c->n_findings; k++, seq++) {
			struct finding *f = &fe[seq].f;

			*f = c->findings[k];
			f->message = remap(newidx, off, c->n_msgs, f->message);
			if (f->kept_by)
				f->kept_by =
				    remap(newidx, off, c->n_msgs, f->kept_by);
			fe[seq].seq = seq;
		}
		off += c->n_msgs;
		c->n_findings = 0;
	}
	qsort(fe, total, sizeof(*fe), cmp_fentry);
	free(base->findings);
	base->findings = xmalloc((total ? total : 1) * sizeof(*base->findings));
	for (size_t i = 0; i < total; i++)
		base->findings[i] = fe[i].f;
	base->n_findings = base->cap_findings = total;
	free(fe);
}

static void
move_messages(struct conversation *base, const struct entry *e, size_t n)
{
	struct message *msgs = xmalloc((n ? n : 1) * sizeof(*msgs));

	for (size_t p = 0; p < n; p++) {
		msgs[p] = e[p].m;
		msgs[p].index = p + 1;
	}
	free(base->msgs);
	base->msgs = msgs;
	base->n_msgs = base->cap_msgs = n;
}

/* Source, format and subject of the thread's first message. */
static void
take_head(struct conversation *base, const struct entry *e, size_t n)
{
	const struct conversation *first = n ? e[0].from : base;

	if (first != base) {
		free(base->source);
		base->source = xstrdup(first->source);
		base->format = first->format;
	}
	for (size_t p = 0; p < n; p++) {
		if (e[p].m.subject) {
			free(base->subject);
			base->subject = xstrdup(e[p].m.subject);
			return;
		}
	}
}

/* Free the members other than the base, whose messages and findings
 * it now holds; their slots in the input list become NULL. */
static void
absorb(struct item *it, size_t root, struct conv_list *convs)
{
	struct conversation *base = it[root].c;

	for (size_t j = it[root].next; j != SIZE_MAX; j = it[j].next) {
		struct conversation *c = it[j].c;

		add_tickets(&base->tickets, &c->tickets);
		add_tickets(&base->notes, &c->notes);
		c->n_msgs = 0;
		c->n_findings = 0;
		conversation_free(c);
		it[j].c = NULL;
		convs->v[it[j].pos] = NULL;
	}
}

static void
note_thread(const struct item *root, size_t n, struct strlist *notes)
{
	static const struct {
		unsigned link;
		const char *name;
	} names[] = {
	    {LINK_TICKET, "ticket"},
	    {LINK_REF, "reply headers"},
	    {LINK_SUBJECT, "subject"},
	};
	struct buf why = {0};

	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		if (!(root->links & names[i].link))
			continue;
		buf_printf(&why, "%s%s", why.len ? ", " : "", names[i].name);
	}
	strlist_pushf(notes, "%s: %zu e-mails threaded by %s (%s)",
		      root->c->source, n, why.s ? why.s : "?",
		      root->c->subject ? root->c->subject : "no subject");
	buf_free(&why);
}

static void
merge_thread(struct item *it, size_t root, struct conv_list *convs,
	     struct strlist *notes)
{
	size_t n, *newidx;
	struct entry *e = collect_messages(it, root, &n);

	sort_entries(e, n);
	newidx = xmalloc((n ? n : 1) * sizeof(*newidx));
	for (size_t p = 0; p < n; p++)
		newidx[e[p].seq] = p + 1;
	move_findings(it, root, newidx);
	take_head(it[root].c, e, n);
	move_messages(it[root].c, e, n);
	absorb(it, root, convs);
	note_thread(&it[root], n, notes);
	free(newidx);
	free(e);
}

/* ---- the whole list ---- */

static bool
is_email(const struct conversation *c)
{
	return c && c->channel && strcmp(c->channel, "email") == 0;
}

/* Chain every item to its root's member list, in input order. */
static void
chain_members(struct item *it, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t r = find(it, i);

		if (r == i)
			continue;
		it[it[r].tail].next = i;
		it[r].tail = i;
	}
}

static void
compact(struct conv_list *convs)
{
	size_t w = 0;

	for (size_t i = 0; i < convs->n; i++)
		if (convs->v[i])
			convs->v[w++] = convs->v[i];
	convs->n = w;
}

void
thread_group(struct conv_list *convs, struct strlist *notes)
{
	struct item *it = xmalloc((convs->n ? convs->n : 1) * sizeof(*it));
	size_t n = 0;

	for (size_t i = 0; i < convs->n; i++) {
		if (is_email(convs->v[i])) {
			item_init(&it[n], convs->v[i], i, n);
			n++;
		}
	}
	link_values(it, n, true);
	link_values(it, n, false);
	link_subjects(it, n);
	chain_members(it, n);
	for (size_t i = 0; i < n; i++)
		if (find(it, i) == i && it[i].next != SIZE_MAX)
			merge_thread(it, i, convs, notes);
	compact(convs);
	for (size_t i = 0; i < n; i++)
		item_clear(&it[i]);
	free(it);
}

/* Length of the directory part of a path ("a/b/c.json" -> 3). */
static size_t
dir_len(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? (size_t)(slash - path) : 0;
}

static bool
is_day_file(const char *source)
{
	size_t n = strlen(source);

	return n > 5 && strcmp(source + n - 5, ".json") == 0;
}

/* The channel directory of a Slack conversation: the day file's folder,
 * or the source itself once days are joined. */
static size_t
channel_len(const struct conversation *c)
{
	return is_day_file(c->source) ? dir_len(c->source) : strlen(c->source);
}

/* Same Slack channel: 'b' is a day file of the directory of 'a'. */
static bool
same_channel(const struct conversation *a, const struct conversation *b)
{
	size_t n = channel_len(a);

	return a->format == FMT_SLACK && b->format == FMT_SLACK && n > 0 &&
	       is_day_file(b->source) && n == dir_len(b->source) &&
	       strncmp(a->source, b->source, n) == 0;
}

/* Move the messages of 'from' to the end of 'to' (re-indexed); 'from'
 * keeps no messages. Called before analysis: there are no findings. */
static void
append_messages(struct conversation *to, struct conversation *from)
{
	for (size_t i = 0; i < from->n_msgs; i++) {
		struct message *m = conversation_add_message(to);
		size_t index = m->index;

		*m = from->msgs[i];
		m->index = index;
	}
	from->n_msgs = 0;
}

/* "#general 2016-01-14" -> "#general": the subject of the whole channel. */
static void
channel_subject(struct conversation *c)
{
	char *sp = c->subject ? strrchr(c->subject, ' ') : NULL;

	if (sp && c->subject[0] == '#')
		*sp = '\0';
}

void
thread_join_slack(struct conv_list *convs)
{
	size_t kept = 0;

	for (size_t i = 0; i < convs->n; i++) {
		struct conversation *c = convs->v[i];

		if (kept > 0 && same_channel(convs->v[kept - 1], c)) {
			struct conversation *to = convs->v[kept - 1];

			if (is_day_file(to->source)) { /* first join */
				char *dir = xstrndup(to->source, dir_len(to->source));

				free(to->source);
				to->source = dir;
				channel_subject(to);
			}
			append_messages(to, c);
			conversation_free(c);
			continue;
		}
		convs->v[kept++] = c;
	}
	convs->n = kept;
}
