/* mailvocab.c - the mail layout vocabularies (src/patterns/mail/),
 * parsed once on first use into a read-only table. */
#include "mailvocab.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "embedded.h"
#include "fold.h"
#include "util.h"

#define MV_LINE_MAX 200 /* longest entry line, bytes */

static const char *const section_names[MV_SECTION_COUNT] = {
	[MV_ATTR_END] = "attribution.end",
	[MV_ATTR_END_WEAK] = "attribution.end-weak",
	[MV_ATTR_START] = "attribution.start",
	[MV_ATTR_WEEKDAY] = "attribution.weekday",
	[MV_SEPARATOR] = "separator",
	[MV_SEPARATOR_LINE] = "separator.line",
	[MV_HDR_FROM] = "header.from",
	[MV_HDR_DATE] = "header.date",
	[MV_HDR_TO] = "header.to",
	[MV_HDR_CC] = "header.cc",
	[MV_HDR_SUBJECT] = "header.subject",
	[MV_HDR_OTHER] = "header.other",
	[MV_MOBILE] = "mobile",
	[MV_MOBILE_END] = "mobile.end",
	[MV_SIGNOFF] = "signoff",
	[MV_SIGNOFF_THANKS] = "signoff.thanks",
	[MV_REPLY_ABOVE] = "reply-above",
	[MV_COMMENT_VERB] = "comment.verb",
	[MV_COMMENT_PREFIX] = "comment.prefix",
	[MV_FOOTER] = "notification.footer",
	[MV_HISTORY_INTRO] = "history.intro",
	[MV_CHAT_EVENT] = "chat.event",
	[MV_ROLE_AGENT] = "role.agent",
	[MV_ROLE_CUSTOMER] = "role.customer",
};

/* The built-in files, in load order. */
static const char *const builtin_files[] = {
	"patterns/mail/quotes.txt",
	"patterns/mail/signatures.txt",
	"patterns/mail/helpdesk.txt",
};

struct entry {
	char *text; /* folded */
	size_t len;
	char locale[4];
};

struct section {
	struct entry *v;
	size_t n, cap;
};

struct vocab {
	struct section s[MV_SECTION_COUNT];
};

static struct vocab builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

const char *
mv_section_name(enum mv_section s)
{
	return s < MV_SECTION_COUNT ? section_names[s] : "";
}

/* ------------------------------------------------------------------ */
/* Parsing. */

static int
section_of(const char *name, size_t n)
{
	for (int i = 0; i < MV_SECTION_COUNT; i++)
		if (strlen(section_names[i]) == n &&
		    memcmp(section_names[i], name, n) == 0)
			return i;
	return -1;
}

static void
add_entry(struct section *sec, const char *locale, size_t ln,
	  const char *phrase, size_t n)
{
	struct buf b = {0};
	struct entry *e;

	sec->v = xgrow(sec->v, &sec->cap, sec->n + 1, sizeof(*sec->v));
	e = &sec->v[sec->n++];
	fold_utf8(phrase, n, &b);
	e->len = b.len;
	e->text = buf_steal(&b);
	memset(e->locale, 0, sizeof(e->locale));
	memcpy(e->locale, locale, ln < 3 ? ln : 3);
}

/* One entry line "tag phrase"; 0, or -1 with *why set. */
static int
parse_entry(struct vocab *v, int sec, const char *s, size_t n,
	    const char **why)
{
	size_t tag = 0, at;

	while (tag < n && s[tag] >= 'a' && s[tag] <= 'z')
		tag++;
	if (tag < 2 || tag > 3 || tag == n || (s[tag] != ' ' && s[tag] != '\t')) {
		*why = "an entry is a locale tag (2 or 3 letters) and a phrase";
		return -1;
	}
	if (sec < 0) {
		*why = "an entry before the first [section]";
		return -1;
	}
	at = tag;
	while (at < n && (s[at] == ' ' || s[at] == '\t'))
		at++;
	while (n > at && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (at == n) {
		*why = "an entry without a phrase";
		return -1;
	}
	if (n - at > MV_LINE_MAX) {
		*why = "phrase too long";
		return -1;
	}
	add_entry(&v->s[sec], s, tag, s + at, n - at);
	return 0;
}

/* One line; *sec is the current section. 0, or -1 with *why set. */
static int
parse_line(struct vocab *v, int *sec, const char *s, size_t n,
	   const char **why)
{
	if (n && s[n - 1] == '\r')
		n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || s[0] == '#')
		return 0;
	if (s[0] == '[') {
		if (s[n - 1] != ']' || (*sec = section_of(s + 1, n - 2)) < 0) {
			*why = "unknown section";
			return -1;
		}
		return 0;
	}
	return parse_entry(v, *sec, s, n, why);
}

static int
parse_into(struct vocab *v, const char *name, const char *data, size_t len,
	   char **err)
{
	int sec = -1;
	size_t line = 0, i = 0;

	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (data + i)) : len - i;
		const char *why = NULL;

		line++;
		if (parse_line(v, &sec, data + i, n, &why) < 0) {
			if (err)
				*err = xasprintf("%s:%zu: %s", name, line, why);
			return -1;
		}
		i += n + 1;
	}
	return 0;
}

static void
vocab_free(struct vocab *v)
{
	for (int s = 0; s < MV_SECTION_COUNT; s++) {
		for (size_t i = 0; i < v->s[s].n; i++)
			free(v->s[s].v[i].text);
		free(v->s[s].v);
	}
	memset(v, 0, sizeof(*v));
}

int
mailvocab_check(const char *name, const char *data, size_t len,
		size_t *entries, char **err)
{
	struct vocab v = {0};
	int rc;

	*err = NULL;
	rc = parse_into(&v, name, data, len, err);
	if (entries) {
		*entries = 0;
		for (int s = 0; s < MV_SECTION_COUNT; s++)
			*entries += v.s[s].n;
	}
	vocab_free(&v);
	return rc;
}

/* The built-in files; a file that fails to parse (the unit tests make
 * sure none does) contributes the entries before the bad line. */
static void
load_builtin(void)
{
	for (size_t i = 0; i < sizeof(builtin_files) / sizeof(*builtin_files);
	     i++) {
		const struct embedded_file *f = embedded_find(builtin_files[i]);

		if (f)
			(void)parse_into(&builtin, f->name, f->data, f->len,
					 NULL);
	}
}

static const struct section *
section(enum mv_section s)
{
	static const struct section none;

	pthread_once(&builtin_once, load_builtin);
	return s < MV_SECTION_COUNT ? &builtin.s[s] : &none;
}

/* ------------------------------------------------------------------ */
/* Lookups. */

size_t
mv_count(enum mv_section s)
{
	return section(s)->n;
}

const char *
mv_entry(enum mv_section s, size_t i)
{
	const struct section *sec = section(s);

	return i < sec->n ? sec->v[i].text : NULL;
}

const char *
mv_locale(enum mv_section s, size_t i)
{
	const struct section *sec = section(s);

	return i < sec->n ? sec->v[i].locale : NULL;
}

/* A letter or digit of an alphabetic script (Latin, Greek, Cyrillic):
 * the characters a word boundary is about. CJK text has no spaces
 * between words, so it never needs a boundary. */
static bool
alpha_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9');
	return (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
	       (c >= 0x0370 && c <= 0x052F) || (c >= 0x1E00 && c <= 0x1FFF);
}

/* The character at p (or U+FFFD). */
static uint32_t
cp_at(const char *p, const char *end)
{
	uint32_t c = 0xFFFD;

	if (p < end && utf8_decode((const unsigned char *)p,
				   (const unsigned char *)end, &c) == 0)
		c = 0xFFFD;
	return c;
}

/* The character that ends just before p (or U+FFFD). */
static uint32_t
cp_before(const char *start, const char *p)
{
	const char *q = p;

	if (q == start)
		return 0xFFFD;
	q--;
	while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
		q--;
	return cp_at(q, p);
}

size_t
mv_prefix(enum mv_section s, const char *t, size_t n)
{
	const struct section *sec = section(s);
	size_t best = 0;

	for (size_t i = 0; i < sec->n; i++) {
		const struct entry *e = &sec->v[i];

		if (e->len <= best || e->len > n || t[0] != e->text[0] ||
		    memcmp(t, e->text, e->len) != 0)
			continue;
		if (e->len < n &&
		    alpha_cp(cp_before(e->text, e->text + e->len)) &&
		    alpha_cp(cp_at(t + e->len, t + n)))
			continue;
		best = e->len;
	}
	return best;
}

size_t
mv_suffix(enum mv_section s, const char *t, size_t n)
{
	const struct section *sec = section(s);
	size_t best = 0;

	for (size_t i = 0; i < sec->n; i++) {
		const struct entry *e = &sec->v[i];
		const char *at = t + n - e->len;

		if (e->len <= best || e->len > n || at[0] != e->text[0] ||
		    memcmp(at, e->text, e->len) != 0)
			continue;
		if (at > t && alpha_cp(cp_at(e->text, e->text + e->len)) &&
		    alpha_cp(cp_before(t, at)))
			continue;
		best = e->len;
	}
	return best;
}

bool
mv_equals(enum mv_section s, const char *t, size_t n)
{
	const struct section *sec = section(s);

	for (size_t i = 0; i < sec->n; i++)
		if (sec->v[i].len == n && memcmp(sec->v[i].text, t, n) == 0)
			return true;
	return false;
}

/* True when entry e occurs in t[0..n) as whole words: found by its
 * first byte (memchr), then compared. */
static bool
entry_in(const struct entry *e, const char *t, size_t n)
{
	const char *p = t, *last;

	if (e->len == 0 || e->len > n)
		return false;
	last = t + (n - e->len); /* the last place it can start */
	while (p <= last &&
	       (p = memchr(p, e->text[0], (size_t)(last - p) + 1)) != NULL) {
		size_t at = (size_t)(p - t);

		p++;
		if (memcmp(t + at + 1, e->text + 1, e->len - 1) != 0)
			continue;
		if (at > 0 && alpha_cp(cp_at(e->text, e->text + e->len)) &&
		    alpha_cp(cp_before(t, t + at)))
			continue;
		if (at + e->len < n &&
		    alpha_cp(cp_before(e->text, e->text + e->len)) &&
		    alpha_cp(cp_at(t + at + e->len, t + n)))
			continue;
		return true;
	}
	return false;
}

bool
mv_contains(enum mv_section s, const char *t, size_t n)
{
	const struct section *sec = section(s);

	for (size_t i = 0; i < sec->n; i++)
		if (entry_in(&sec->v[i], t, n))
			return true;
	return false;
}
