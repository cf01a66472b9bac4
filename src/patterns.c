/* patterns.c - pattern files: parsing, built-in sets (compiling:
 * pattern_compile.c). */
#include "patterns.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "embedded.h"
#include "pat_define.h"
#include "prefilter.h"
#include "util.h"

#define PAT_FILE_MAX (16u * 1024u * 1024u) /* a pattern file, bytes */
#define PAT_LINE_MAX (64u * 1024u)	   /* one line, bytes */

static const char *const type_names[PAT_TYPE_COUNT] = {
	[PAT_TICKET] = "ticket",
	[PAT_DEADLINE] = "deadline",
	[PAT_PROMISE] = "promise",
	[PAT_CLAIM] = "claim",
	[PAT_TEMPLATE] = "template",
	[PAT_REFUSAL] = "refusal",
	[PAT_JUSTIFICATION] = "justification",
	[PAT_RESOLUTION] = "resolution",
	[PAT_ESCALATION_REQUEST] = "escalation-request",
	[PAT_NOT_PROMISE] = "not-promise",
	[PAT_OPERATOR] = "operator",
	[PAT_CLAUSE] = "clause",
	[PAT_REOPEN] = "reopen",
	[PAT_FORMAL_CLAIM] = "formal-claim",
	[PAT_ESCALATED] = "escalated",
};

const char *
pat_type_name(enum pat_type t)
{
	if ((unsigned)t >= PAT_TYPE_COUNT)
		return "unknown";
	return type_names[t];
}

bool
pat_type_parse(const char *s, enum pat_type *out)
{
	for (int i = 0; i < PAT_TYPE_COUNT; i++) {
		if (strcmp(s, type_names[i]) == 0) {
			*out = (enum pat_type)i;
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------------------ */
/* Patterns and sets. */

static void
pattern_clear(struct pattern *p)
{
	free(p->id);
	free(p->regex);
	free(p->file);
	strlist_free(&p->meta);
	strlist_free(&p->ok);
	strlist_free(&p->no);
	strlist_free(&p->literals);
	strlist_free(&p->read_lits);
	strlist_free(&p->read_begs);
	if (p->code != NULL)
		pcre2_code_free(p->code);
	for (int i = 0; i < p->n_groups; i++)
		free(p->group_name[i]);
	memset(p, 0, sizeof(*p));
}

static ssize_t
patset_find(const struct patset *ps, const char *id)
{
	for (size_t i = 0; i < ps->n; i++) {
		if (strcmp(ps->v[i].id, id) == 0)
			return (ssize_t)i;
	}
	return -1;
}

/* Move *p into the set: replace the pattern with the same id in place,
 * else append. *p is left empty. */
static void
patset_put(struct patset *ps, struct pattern *p)
{
	ssize_t i = patset_find(ps, p->id);

	if (i >= 0) {
		pattern_clear(&ps->v[i]);
		ps->v[i] = *p;
	} else {
		ps->v = xgrow(ps->v, &ps->cap, ps->n + 1, sizeof(*ps->v));
		ps->v[ps->n++] = *p;
	}
	memset(p, 0, sizeof(*p));
}

void
patset_free(struct patset *ps)
{
	for (size_t i = 0; i < ps->n; i++)
		pattern_clear(&ps->v[i]);
	free(ps->v);
	prefilter_free(ps->pf);
	prefilter_free(ps->pf_tickets);
	ps->v = NULL;
	ps->pf = ps->pf_tickets = NULL;
	ps->n = ps->cap = 0;
}

const char *
pattern_meta(const struct pattern *p, const char *key)
{
	size_t kl = strlen(key);

	for (size_t i = 0; i < p->meta.n; i++) {
		const char *kv = p->meta.v[i];

		if (strncmp(kv, key, kl) == 0 && kv[kl] == '=')
			return kv + kl + 1;
	}
	return NULL;
}

int
pattern_group(const struct pattern *p, const char *name)
{
	for (int i = 0; i < p->n_groups; i++) {
		if (strcmp(p->group_name[i], name) == 0)
			return i;
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* The parser. */

struct parser {
	const char *name;
	int line;
	char lang[8];		/* the file's default language */
	struct pattern cur;	/* the block being read; cur.id NULL if none */
	int cur_line;		/* line of its "pattern" directive */
	bool has_type;
	struct patset out;
	struct pat_defines defs; /* this file's named sub-patterns */
	char **err;
};

static int perr(struct parser *ps, const char *fmt, ...) ESC_PRINTF(2, 3);

static int
perr(struct parser *ps, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;

	buf_printf(&b, "%s:%d: ", ps->name, ps->line);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	*ps->err = buf_steal(&b);
	return -1;
}

static bool
valid_lang(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 7)
		return false;
	for (; *s != '\0'; s++) {
		if (*s < 'a' || *s > 'z')
			return false;
	}
	return true;
}

static bool
valid_id(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '.' || c == '-' ||
		      c == '_'))
			return false;
	}
	return true;
}

/* The language of a pattern without a "lang": the file's, else the id's
 * first component ("ru.ticket.x" -> "ru"). */
static void
default_lang(const struct parser *ps, struct pattern *p)
{
	const char *dot;

	if (p->lang[0] != '\0')
		return;
	if (ps->lang[0] != '\0') {
		memcpy(p->lang, ps->lang, sizeof(p->lang));
		return;
	}
	dot = strchr(p->id, '.');
	if (dot != NULL && dot > p->id && (size_t)(dot - p->id) < sizeof(p->lang))
		memcpy(p->lang, p->id, (size_t)(dot - p->id));
}

/* Close the current block: check it and move it to the output. */
static int
finish_pattern(struct parser *ps)
{
	struct pattern *p = &ps->cur;
	int line = ps->line;

	if (p->id == NULL)
		return 0;
	ps->line = ps->cur_line;
	if (!ps->has_type)
		return perr(ps, "pattern %s: no type", p->id);
	if (p->regex == NULL)
		return perr(ps, "pattern %s: no regex", p->id);
	ps->line = line;
	default_lang(ps, p);
	p->file = xstrdup(ps->name);
	patset_put(&ps->out, p);
	ps->has_type = false;
	return 0;
}

static int
d_lang(struct parser *ps, const char *arg)
{
	if (!valid_lang(arg))
		return perr(ps, "bad language '%s'", arg);
	if (ps->cur.id == NULL)
		memcpy(ps->lang, arg, strlen(arg) + 1);
	else
		memcpy(ps->cur.lang, arg, strlen(arg) + 1);
	return 0;
}

static int
d_pattern(struct parser *ps, const char *arg)
{
	if (finish_pattern(ps) < 0)
		return -1;
	if (!valid_id(arg))
		return perr(ps, "bad pattern id '%s'", arg);
	ps->cur.id = xstrdup(arg);
	ps->cur.caseless = true;
	ps->cur_line = ps->line;
	return 0;
}

static int
d_type(struct parser *ps, const char *arg)
{
	if (ps->has_type)
		return perr(ps, "%s", "duplicate type");
	if (!pat_type_parse(arg, &ps->cur.type))
		return perr(ps, "unknown type '%s'", arg);
	ps->has_type = true;
	return 0;
}

static int
d_flags(struct parser *ps, const char *arg)
{
	if (strcmp(arg, "i") == 0)
		ps->cur.caseless = true;
	else if (strcmp(arg, "-") == 0)
		ps->cur.caseless = false;
	else
		return perr(ps, "unknown flags '%s' (use i or -)", arg);
	return 0;
}

static int
d_meta(struct parser *ps, const char *arg)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg)
		return perr(ps, "meta '%s' is not key=value", arg);
	strlist_push(&ps->cur.meta, arg);
	return 0;
}

static int
d_regex(struct parser *ps, const char *arg)
{
	struct pattern *p = &ps->cur;
	char *why = NULL, *x = pat_define_expand(&ps->defs, arg, &why);

	if (x == NULL) {
		perr(ps, "%s", why);
		free(why);
		return -1;
	}
	if (p->regex == NULL) {
		p->regex = x;
		p->line = ps->line;
	} else { /* appended in place: xasprintf formats it twice */
		size_t a = strlen(p->regex), b = strlen(x);

		p->regex = xrealloc(p->regex, a + b + 1);
		memcpy(p->regex + a, x, b + 1);
		free(x);
	}
	return 0;
}

/* "define NAME VALUE": a named sub-pattern for the regex lines below. */
static int
d_define(struct parser *ps, const char *arg)
{
	char *why = NULL;

	if (pat_define_add(&ps->defs, arg, ps->line, &why) == 0)
		return 0;
	perr(ps, "%s", why);
	free(why);
	return -1;
}

static int
d_ok(struct parser *ps, const char *arg)
{
	strlist_push(&ps->cur.ok, arg);
	return 0;
}

static int
d_no(struct parser *ps, const char *arg)
{
	strlist_push(&ps->cur.no, arg);
	return 0;
}

static int
d_literal(struct parser *ps, const char *arg)
{
	strlist_push(&ps->cur.literals, arg);
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(struct parser *, const char *);
	bool in_pattern; /* only inside a pattern block */
	bool need_arg;
} directives[] = {
	{"lang", d_lang, false, true},	   {"pattern", d_pattern, false, true},
	{"type", d_type, true, true},	   {"flags", d_flags, true, true},
	{"meta", d_meta, true, true},	   {"regex", d_regex, true, true},
	{"ok", d_ok, true, true},	   {"no", d_no, true, true},
	{"literal", d_literal, true, true}, {"define", d_define, false, true},
};

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* One line, NUL-terminated, without its line end (modified in place). */
static int
parse_line(struct parser *ps, char *s)
{
	size_t kl = 0;
	char *arg, *end;

	if (s[0] == '#')
		return 0;
	while (is_space(*s))
		s++;
	if (*s == '\0')
		return 0;
	while (s[kl] != '\0' && !is_space(s[kl]))
		kl++;
	arg = s + kl;
	while (is_space(*arg))
		arg++;
	end = arg + strlen(arg);
	while (end > arg && is_space(end[-1]))
		*--end = '\0';
	s[kl] = '\0';
	for (size_t i = 0; i < countof(directives); i++) {
		if (strcmp(s, directives[i].name) != 0)
			continue;
		if (directives[i].in_pattern && ps->cur.id == NULL)
			return perr(ps, "'%s' outside a pattern block", s);
		if (directives[i].need_arg && *arg == '\0')
			return perr(ps, "'%s' needs a value", s);
		return directives[i].fn(ps, arg);
	}
	return perr(ps, "unknown directive '%s'", s);
}

/* Split the buffer into lines and parse them. */
static int
parse_buffer(struct parser *ps, const char *buf, size_t len)
{
	size_t pos = 0;
	char *line = NULL;
	int rc = 0;

	while (pos < len && rc == 0) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t n = nl != NULL ? (size_t)(nl - (buf + pos)) : len - pos;

		ps->line++;
		if (n > 0 && buf[pos + n - 1] == '\r')
			n--;
		if (n > PAT_LINE_MAX)
			rc = perr(ps, "%s", "line too long");
		else if (memchr(buf + pos, '\0', n) != NULL)
			rc = perr(ps, "%s", "nul byte in line");
		if (rc == 0) {
			line = xstrndup(buf + pos, n);
			rc = parse_line(ps, line);
			free(line);
		}
		pos += (nl != NULL ? (size_t)(nl - (buf + pos)) + 1 : len - pos);
	}
	if (rc == 0)
		rc = finish_pattern(ps);
	return rc;
}

int
patset_load_buffer(struct patset *ps, const char *name, const char *buf,
		   size_t len, char **err)
{
	struct parser p;
	int rc;

	memset(&p, 0, sizeof(p));
	p.name = name;
	p.err = err;
	*err = NULL;
	rc = parse_buffer(&p, buf, len);
	pat_defines_free(&p.defs);
	if (rc < 0) {
		pattern_clear(&p.cur);
		patset_free(&p.out);
		return -1;
	}
	for (size_t i = 0; i < p.out.n; i++)
		patset_put(ps, &p.out.v[i]);
	free(p.out.v);
	return 0;
}

/* strerror() text with a lower-case first letter. */
static char *
errno_msg(const char *path, int e)
{
	char *s = xasprintf("%s: %s", path, strerror(e));
	size_t pl = strlen(path) + 2;

	s[pl] = (char)ascii_tolower((unsigned char)s[pl]);
	return s;
}

static int
read_file(const char *path, struct buf *b, char **err)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;

	if (f == NULL) {
		*err = errno_msg(path, errno);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (b->len + n > PAT_FILE_MAX) {
			fclose(f);
			*err = xasprintf("%s: file too large", path);
			return -1;
		}
		buf_append(b, chunk, n);
	}
	if (ferror(f)) {
		int e = errno;

		fclose(f);
		*err = errno_msg(path, e);
		return -1;
	}
	fclose(f);
	return 0;
}

int
patset_load_file(struct patset *ps, const char *path, char **err)
{
	struct buf b = {0};
	int rc;

	*err = NULL;
	if (read_file(path, &b, err) < 0) {
		buf_free(&b);
		return -1;
	}
	rc = patset_load_buffer(ps, path, b.s != NULL ? b.s : "", b.len, err);
	buf_free(&b);
	return rc;
}

/* The built-in files of a language, in load order (the order of hits
 * that start at the same place). */
static const char *const builtin_parts[] = {"tickets", "time", "replies",
					    "claims",
					    "traps", "roles", "clause"};

static int
load_builtin_one(struct patset *ps, const char *lang, char **err)
{
	char name[64];
	const struct embedded_file *f;

	if (!valid_lang(lang)) {
		*err = xasprintf("unknown pattern language '%s'", lang);
		return -1;
	}
	for (size_t i = 0; i < countof(builtin_parts); i++) {
		snprintf(name, sizeof(name), "patterns/%s/%s.pat", lang,
			 builtin_parts[i]);
		f = embedded_find(name);
		if (f == NULL) {
			*err = xasprintf("unknown pattern language '%s'", lang);
			return -1;
		}
		if (patset_load_buffer(ps, name, f->data, f->len, err) < 0)
			return -1;
	}
	return 0;
}

int
patset_load_builtin(struct patset *ps, const char *langs, char **err)
{
	char *copy = xstrdup(langs), *s = copy;
	int rc = 0, count = 0;

	*err = NULL;
	while (rc == 0 && s != NULL) {
		char *comma = strchr(s, ',');
		char *lang;

		if (comma != NULL)
			*comma = '\0';
		lang = str_trim(s);
		if (*lang != '\0') {
			rc = load_builtin_one(ps, lang, err);
			count++;
		}
		s = comma != NULL ? comma + 1 : NULL;
	}
	free(copy);
	if (rc == 0 && count == 0) {
		*err = xstrdup("no pattern language given");
		rc = -1;
	}
	return rc;
}
