/* roles.c - telling the customer from the company in a conversation. */
#include "roles.h"

#include <stdlib.h>
#include <string.h>

#include "match.h"

#define ROLES_NOTE "roles could not be told; use --me"

/* Local parts of addresses that belong to a company's support. */
static const char *const agent_locals[] = {
	"support", "help", "helpdesk", "noreply", "no-reply", "donotreply",
	"do-not-reply", "service", "care", "info", "customerservice",
	"customercare", "cs",
};

/* Words in a display name that make it the company's (folded). */
static const struct {
	const char *word;
	bool whole; /* must end at a word boundary too */
} agent_words[] = {
	{"support", false},	     {"служба поддержки", false},
	{"поддержка", false},	     {"поддержки", false},
	{"оператор", false},	     {"agent", true},
	{"specialist", false},	     {"специалист", false},
	{"bot", true},		     {"бот", true},
	{"helpdesk", false},	     {"help desk", false},
	{"customer care", false},    {"customer service", false},
	{"service", false},	     {"сервис", false},
	{"операционист", false},
};

/* One distinct sender of a conversation. */
struct sender {
	const char *name, *addr;
	enum role role;
};

/* Lower-case ASCII and the Russian alphabet into out (same length or
 * shorter); other bytes are copied. */
static char *
fold(const char *s)
{
	size_t n = strlen(s);
	unsigned char *o = xmalloc(n + 1), *q = o;
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		if (p[0] == 0xd0 && p[1] >= 0x90 && p[1] <= 0x9f) {
			*q++ = 0xd0, *q++ = p[1] + 0x20, p += 2; /* А-П */
		} else if (p[0] == 0xd0 && p[1] >= 0xa0 && p[1] <= 0xaf) {
			*q++ = 0xd1, *q++ = p[1] - 0x20, p += 2; /* Р-Я */
		} else if (p[0] == 0xd0 && p[1] == 0x81) {
			*q++ = 0xd1, *q++ = 0x91, p += 2; /* Ё */
		} else {
			*q++ = (unsigned char)ascii_tolower(*p++);
		}
	}
	*q = '\0';
	return (char *)o;
}

static bool
fold_eq(const char *a, const char *b)
{
	char *fa = fold(a), *fb = fold(b);
	bool eq = strcmp(fa, fb) == 0;

	free(fa);
	free(fb);
	return eq;
}

/* Letters, digits and any non-ASCII byte (Cyrillic letters) in words. */
static bool
is_word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z');
}

/* needle (folded) in hay (folded) starting at a word start. */
static bool
has_word(const char *hay, const char *needle, bool whole)
{
	size_t k = strlen(needle);

	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) {
		if (p > hay && is_word_byte((unsigned char)p[-1]))
			continue;
		if (whole && is_word_byte((unsigned char)p[k]))
			continue;
		return true;
	}
	return false;
}

static const char *
addr_domain(const char *addr)
{
	const char *at = addr ? strrchr(addr, '@') : NULL;

	return at ? at + 1 : NULL;
}

static bool
agent_address(const char *addr)
{
	const char *at = addr ? strrchr(addr, '@') : NULL;
	size_t n;

	if (!at)
		return false;
	n = (size_t)(at - addr);
	for (size_t i = 0; i < sizeof(agent_locals) / sizeof(agent_locals[0]);
	     i++)
		if (strlen(agent_locals[i]) == n &&
		    ascii_strncaseeq(addr, agent_locals[i], n))
			return true;
	return false;
}

static bool
agent_name(const char *name)
{
	char *f;
	bool hit = false;

	if (!name)
		return false;
	f = fold(name);
	for (size_t i = 0; !hit && i < sizeof(agent_words) /
						sizeof(agent_words[0]);
	     i++)
		hit = has_word(f, agent_words[i].word, agent_words[i].whole);
	free(f);
	return hit;
}

static bool
company_like(const struct sender *s)
{
	return agent_address(s->addr) || agent_name(s->name);
}

/* One --me entry against a sender: name, address or domain. */
static bool
me_matches(const char *e, const struct sender *s)
{
	const char *dom = addr_domain(s->addr);

	if (s->name && fold_eq(e, s->name))
		return true;
	if (s->addr && ascii_strcaseeq(e, s->addr))
		return true;
	if (dom && ascii_strcaseeq(e[0] == '@' ? e + 1 : e, dom))
		return true;
	return false;
}

static bool
is_me(const struct strlist *me, const struct sender *s)
{
	for (size_t i = 0; me && i < me->n; i++)
		if (me_matches(me->v[i], s))
			return true;
	return false;
}

static bool
same_sender(const struct sender *s, const struct message *m)
{
	if (s->addr || m->sender_addr)
		return s->addr && m->sender_addr &&
		       ascii_strcaseeq(s->addr, m->sender_addr);
	return s->name && m->sender_name && strcmp(s->name, m->sender_name) == 0;
}

/* Distinct senders in order of their first message; messages without
 * any sender are left out. A sender whose first message a reader marked
 * as the company's starts as the company. */
static struct sender *
collect_senders(const struct conversation *c, size_t *n_out)
{
	struct sender *v = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < c->n_msgs; i++) {
		const struct message *m = &c->msgs[i];
		size_t k;

		if (m->role == ROLE_SYSTEM || (!m->sender_name && !m->sender_addr))
			continue;
		for (k = 0; k < n && !same_sender(&v[k], m); k++)
			;
		if (k < n)
			continue;
		v = xgrow(v, &cap, n + 1, sizeof(*v));
		v[n].name = m->sender_name;
		v[n].addr = m->sender_addr;
		/* a reader may mark the company (meta_export.h) */
		v[n].role = m->role == ROLE_AGENT ? ROLE_AGENT : ROLE_UNKNOWN;
		n++;
	}
	*n_out = n;
	return v;
}

/* Cues that need no guess: --me, then company-like names/addresses
 * and the domains those share. Returns true when --me decided. */
static bool
assign_known(struct sender *v, size_t n, const struct strlist *me)
{
	bool have_me = me && me->n > 0;

	for (size_t i = 0; i < n; i++) {
		if (have_me)
			v[i].role = is_me(me, &v[i]) ? ROLE_CUSTOMER : ROLE_AGENT;
		else if (company_like(&v[i]))
			v[i].role = ROLE_AGENT;
	}
	if (have_me)
		return true;
	for (size_t i = 0; i < n; i++) {
		const char *d = addr_domain(v[i].addr);

		for (size_t k = 0; d && k < n && v[i].role == ROLE_UNKNOWN; k++)
			if (v[k].role == ROLE_AGENT && addr_domain(v[k].addr) &&
			    ascii_strcaseeq(d, addr_domain(v[k].addr)))
				v[i].role = ROLE_AGENT;
	}
	return false;
}

static size_t
count_role(const struct sender *v, size_t n, enum role r)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += v[i].role == r;
	return k;
}

/* Without cues: the other side of a known agent is the customer, and
 * the first writer is the customer (the one who asked). */
static void
assign_guess(struct sender *v, size_t n)
{
	if (n == 0)
		return;
	if (count_role(v, n, ROLE_AGENT) > 0) {
		for (size_t i = 0; i < n; i++)
			if (v[i].role == ROLE_UNKNOWN)
				v[i].role = ROLE_CUSTOMER;
		return;
	}
	if (count_role(v, n, ROLE_CUSTOMER) == 0)
		v[0].role = ROLE_CUSTOMER;
	if (n == 2)
		for (size_t i = 0; i < n; i++)
			if (v[i].role == ROLE_UNKNOWN)
				v[i].role = ROLE_AGENT;
}

#define OPERATOR_SCAN_MSGS 5 /* a sender's first messages looked at */

/* Does the text of one of the sender's first messages have an operator
 * phrase? */
static bool
writes_like_operator(const struct conversation *c, const struct sender *s,
		     struct matcher *m)
{
	struct hitlist hits = {0};
	struct strlist warn = {0};
	size_t seen = 0;
	bool found = false;

	for (size_t i = 0; i < c->n_msgs && seen < OPERATOR_SCAN_MSGS && !found;
	     i++) {
		const char *t = c->msgs[i].text;

		if (c->msgs[i].role == ROLE_SYSTEM || !t ||
		    !same_sender(s, &c->msgs[i]))
			continue;
		seen++;
		hitlist_clear(&hits);
		matcher_scan(m, t, strlen(t), 1u << PAT_OPERATOR, &hits, &warn);
		found = hits.n > 0;
	}
	hitlist_free(&hits);
	strlist_free(&warn);
	return found;
}

/* A role the input states (a service-desk page's "(initiator)",
 * «(инженер)») is the sender's. */
static void
assign_hints(const struct conversation *c, struct sender *v, size_t n)
{
	for (size_t i = 0; i < c->n_msgs; i++) {
		if (c->msgs[i].hint != ROLE_CUSTOMER &&
		    c->msgs[i].hint != ROLE_AGENT)
			continue;
		for (size_t k = 0; k < n; k++)
			if (v[k].role == ROLE_UNKNOWN &&
			    same_sender(&v[k], &c->msgs[i]))
				v[k].role = c->msgs[i].hint;
	}
}

/* A sender of a helpdesk notification (a reply-above marker, a comment
 * list, a service footer: src/notification.c) is the company. */
static void
assign_notices(const struct conversation *c, struct sender *v, size_t n)
{
	for (size_t i = 0; i < c->n_msgs; i++) {
		if (!c->msgs[i].notice)
			continue;
		for (size_t k = 0; k < n; k++)
			if (v[k].role == ROLE_UNKNOWN &&
			    same_sender(&v[k], &c->msgs[i]))
				v[k].role = ROLE_AGENT;
	}
}

/* Chat lines from a sender named "System", «Система», "Bot" (no
 * address) are system messages (SPEC 3). */
static const char *const system_names[] = {
	"system", "система", "bot", "бот", "системное сообщение",
	"system message", "уведомление",
};

static void
mark_system_senders(struct conversation *c)
{
	for (size_t i = 0; i < c->n_msgs; i++) {
		struct message *m = &c->msgs[i];
		char *f, *t;

		if (m->role == ROLE_SYSTEM || !m->sender_name || m->sender_addr)
			continue;
		f = fold(m->sender_name);
		t = str_trim(f);
		for (size_t k = 0; k < sizeof(system_names) / sizeof(*system_names);
		     k++)
			if (strcmp(t, system_names[k]) == 0)
				m->role = ROLE_SYSTEM;
		free(f);
	}
}

static void
assign_operators(const struct conversation *c, struct sender *v, size_t n,
		 struct matcher *m)
{
	for (size_t i = 0; m && i < n; i++)
		if (v[i].role == ROLE_UNKNOWN && writes_like_operator(c, &v[i], m))
			v[i].role = ROLE_AGENT;
}

void
roles_assign(struct conversation *c, const struct strlist *me)
{
	roles_assign_with(c, me, NULL);
}

void
roles_assign_with(struct conversation *c, const struct strlist *me,
		  struct matcher *mt)
{
	struct sender *v;
	size_t n;
	bool unknown = false;

	mark_system_senders(c);
	v = collect_senders(c, &n);
	if (!assign_known(v, n, me)) {
		assign_hints(c, v, n);
		assign_notices(c, v, n);
		assign_operators(c, v, n, mt);
		assign_guess(v, n);
	}
	for (size_t i = 0; i < c->n_msgs; i++) {
		struct message *m = &c->msgs[i];
		size_t k;

		if (m->role == ROLE_SYSTEM)
			continue;
		for (k = 0; k < n && !same_sender(&v[k], m); k++)
			;
		m->role = k < n ? v[k].role : ROLE_UNKNOWN;
		unknown |= m->role == ROLE_UNKNOWN;
	}
	if (unknown && !strlist_contains(&c->notes, ROLES_NOTE))
		strlist_push(&c->notes, ROLES_NOTE);
	free(v);
}
