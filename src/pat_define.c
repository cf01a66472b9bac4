/* pat_define.c - named sub-patterns of pattern files
 * (include/pat_define.h, docs/patterns.md). */
#include "pat_define.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static bool
name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* The length of a name at s (parts of name characters joined by single
 * dots, the first starting with a letter, at least one dot), or 0. */
static size_t
name_len(const char *s)
{
	size_t n = 0, dots = 0;

	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return 0;
	for (;;) {
		while (name_char(s[n]))
			n++;
		if (s[n] != '.' || !name_char(s[n + 1]))
			break;
		n++;
		dots++;
	}
	return dots > 0 ? n : 0;
}

static const struct pat_define *
lookup(const struct pat_defines *d, const char *name, size_t n)
{
	for (size_t i = 0; i < d->n; i++)
		if (strlen(d->v[i].name) == n &&
		    memcmp(d->v[i].name, name, n) == 0)
			return &d->v[i];
	return NULL;
}

/* Does the '{' at s[i] follow an escaping backslash ("\{", not "\\{")? */
static bool
escaped(const char *s, size_t i)
{
	size_t k = 0;

	while (k < i && s[i - 1 - k] == '\\')
		k++;
	return k % 2 == 1;
}

char *
pat_define_expand(const struct pat_defines *d, const char *s, char **why)
{
	struct buf b = {0};

	buf_append(&b, "", 0);
	for (size_t i = 0; s[i] != '\0' && b.len <= PAT_DEFINE_MAX; i++) {
		size_t n = s[i] == '{' && !escaped(s, i) ? name_len(s + i + 1) : 0;
		const struct pat_define *def;

		if (n == 0 || s[i + 1 + n] != '}') {
			buf_putc(&b, s[i]);
			continue;
		}
		if ((def = lookup(d, s + i + 1, n)) == NULL) {
			*why = xasprintf("unknown name '{%.*s}' (define it "
					 "above its first use)", (int)n, s + i + 1);
			buf_free(&b);
			return NULL;
		}
		buf_puts(&b, def->value);
		i += n + 1;
	}
	if (b.len > PAT_DEFINE_MAX) {
		*why = xasprintf("expands to more than %u bytes", PAT_DEFINE_MAX);
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

int
pat_define_add(struct pat_defines *d, const char *arg, int line, char **why)
{
	size_t n = name_len(arg);
	const char *v = arg + n;
	const struct pat_define *old;
	struct pat_define *def;
	char *value;

	if (n == 0 || (*v != ' ' && *v != '\t' && *v != '\0')) {
		*why = xasprintf("define: bad name in '%s' (parts of letters, "
				 "digits, '_', '-' joined by '.', as ru.num)",
				 arg);
		return -1;
	}
	while (*v == ' ' || *v == '\t')
		v++;
	if ((old = lookup(d, arg, n)) != NULL) {
		*why = xasprintf("define %s: already defined at line %d",
				 old->name, old->line);
		return -1;
	}
	if (*v == '\0') {
		*why = xasprintf("define %.*s: needs a value", (int)n, arg);
		return -1;
	}
	if ((value = pat_define_expand(d, v, why)) == NULL)
		return -1;
	d->v = xgrow(d->v, &d->cap, d->n + 1, sizeof(*d->v));
	def = &d->v[d->n++];
	def->name = xmalloc(n + 1 + strlen(value) + 1);
	memcpy(def->name, arg, n);
	def->name[n] = '\0';
	strcpy(def->name + n + 1, value);
	def->value = def->name + n + 1;
	def->line = line;
	free(value);
	return 0;
}

void
pat_defines_free(struct pat_defines *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].name);
	free(d->v);
	memset(d, 0, sizeof(*d));
}
