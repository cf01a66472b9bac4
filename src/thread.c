/* thread.c - grouping e-mail conversations into threads (SPEC 3). */
#include "thread.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
collect_messages(struct conversation **mb, size_t n_mb, size_t *n)
{
	struct entry *e;
	size_t total = 0, seq = 0;

	for (size_t j = 0; j < n_mb; j++)
		total += mb[j]->n_msgs;
	e = xmalloc((total ? total : 1) * sizeof(*e));
	for (size_t j = 0; j < n_mb; j++) {
		for (size_t k = 0; k < mb[j]->n_msgs; k++, seq++) {
			e[seq].m = mb[j]->msgs[k];
			e[seq].from = mb[j];
			e[seq].seq = seq;
		}
	}
	*n = total;
	return e;
}

/* All members' findings on the base, message indexes remapped, in
 * message order (stable). Runs before the messages move. */
static void
move_findings(struct conversation **mb, size_t n_mb, const size_t *newidx)
{
	struct conversation *base = mb[0];
	struct fentry *fe;
	size_t total = 0, seq = 0, off = 0;

	for (size_t j = 0; j < n_mb; j++)
		total += mb[j]->n_findings;
	fe = xmalloc((total ? total : 1) * sizeof(*fe));
	for (size_t j = 0; j < n_mb; j++) {
		struct conversation *c = mb[j];

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

static void
add_all(struct strlist *to, const struct strlist *from)
{
	for (size_t i = 0; i < from->n; i++)
		if (!strlist_contains(to, from->v[i]))
			strlist_push(to, from->v[i]);
}

/* Free the members other than the base, whose messages and findings
 * it now holds. */
static void
absorb(struct conversation **mb, size_t n_mb)
{
	for (size_t j = 1; j < n_mb; j++) {
		add_all(&mb[0]->tickets, &mb[j]->tickets);
		add_all(&mb[0]->notes, &mb[j]->notes);
		mb[j]->n_msgs = 0;
		mb[j]->n_findings = 0;
		conversation_free(mb[j]);
		mb[j] = NULL;
	}
}

static void
note_thread(const struct conversation *c, unsigned links, size_t n,
	    struct strlist *notes)
{
	static const struct {
		unsigned link;
		const char *name;
	} names[] = {
	    {THREAD_LINK_TICKET, "ticket"},
	    {THREAD_LINK_REF, "reply headers"},
	    {THREAD_LINK_SUBJECT, "subject"},
	};
	struct buf why = {0};

	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		if (!(links & names[i].link))
			continue;
		buf_printf(&why, "%s%s", why.len ? ", " : "", names[i].name);
	}
	strlist_pushf(notes, "%s: %zu e-mails threaded by %s (%s)", c->source,
		      n, why.s ? why.s : "?",
		      c->subject ? c->subject : "no subject");
	buf_free(&why);
}

void
thread_merge(struct conversation **mb, size_t n_mb, unsigned links,
	     struct strlist *notes)
{
	size_t n, *newidx;
	struct entry *e;

	if (n_mb < 2)
		return;
	e = collect_messages(mb, n_mb, &n);
	sort_entries(e, n);
	newidx = xmalloc((n ? n : 1) * sizeof(*newidx));
	for (size_t p = 0; p < n; p++)
		newidx[e[p].seq] = p + 1;
	move_findings(mb, n_mb, newidx);
	take_head(mb[0], e, n);
	move_messages(mb[0], e, n);
	absorb(mb, n_mb);
	note_thread(mb[0], links, n, notes);
	free(newidx);
	free(e);
}

/* ---- the whole list ---- */

static void
compact(struct conv_list *convs)
{
	size_t w = 0;

	for (size_t i = 0; i < convs->n; i++)
		if (convs->v[i])
			convs->v[w++] = convs->v[i];
	convs->n = w;
}

static void
merge_all(struct thread_index *ti, const size_t *pos, size_t n,
	  struct conv_list *convs, struct strlist *notes)
{
	size_t *next = thread_index_chain(ti);
	struct conversation **mb = xmalloc((n ? n : 1) * sizeof(*mb));

	for (size_t i = 0; i < n; i++) {
		size_t k = 0;

		if (thread_index_root(ti, i) != i || next[i] == SIZE_MAX)
			continue;
		for (size_t j = i; j != SIZE_MAX; j = next[j])
			mb[k++] = convs->v[pos[j]];
		thread_merge(mb, k, thread_index_links(ti, i), notes);
		for (size_t j = next[i]; j != SIZE_MAX; j = next[j])
			convs->v[pos[j]] = NULL;
	}
	free(mb);
	free(next);
}

void
thread_group(struct conv_list *convs, struct strlist *notes)
{
	struct thread_index *ti = thread_index_new();
	size_t *pos = xmalloc((convs->n ? convs->n : 1) * sizeof(*pos));
	size_t n = 0;

	for (size_t i = 0; i < convs->n; i++) {
		if (conversation_is_email(convs->v[i])) {
			thread_index_add(ti, convs->v[i]);
			pos[n++] = i;
		}
	}
	thread_index_solve(ti);
	merge_all(ti, pos, n, convs, notes);
	compact(convs);
	thread_index_free(ti);
	free(pos);
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

/* Same channel folder: 'b' is a day file of the directory of 'a', both
 * of a format whose day files are joined (Slack). */
static bool
same_channel(const struct conversation *a, const struct conversation *b)
{
	size_t n = channel_len(a);

	return format_forming(a->format) == CONV_DAY_FILES &&
	       b->format == a->format && n > 0 &&
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
