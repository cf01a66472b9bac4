/* diag.c - records of what is wrong with an input, and their words. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct diag *
diag_push(struct diag_list *l, const char *path, enum diag_level level,
	  char *text)
{
	struct diag *d;

	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	d = &l->v[l->n++];
	*d = (struct diag){.path = path ? xstrdup(path) : NULL,
			   .level = level,
			   .form = DIAG_ABOUT,
			   .text = text};
	return d;
}

struct diag *
diag_push_copy(struct diag_list *l, const char *path, enum diag_level level,
	       const char *text)
{
	return diag_push(l, path, level, xstrdup(text));
}

struct diag *
diag_pushf(struct diag_list *l, const char *path, enum diag_level level,
	   const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return diag_push(l, path, level, buf_steal(&b));
}

void
diag_move(struct diag_list *to, struct diag_list *from)
{
	for (size_t i = 0; i < from->n; i++) {
		to->v = xgrow(to->v, &to->cap, to->n + 1, sizeof(*to->v));
		to->v[to->n++] = from->v[i];
	}
	free(from->v);
	memset(from, 0, sizeof(*from));
}

void
diag_list_free(struct diag_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].text);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void
diag_text_append(struct buf *b, const struct diag *d)
{
	if (d->message)
		buf_printf(b, "message %zu%s", d->message,
			   d->form == DIAG_VERB ? " " : ": ");
	buf_puts(b, d->text ? d->text : "");
}

char *
diag_text(const struct diag *d)
{
	struct buf b = {0};

	diag_text_append(&b, d);
	return buf_steal(&b);
}

void
diag_take_strings(struct diag_list *to, const char *path,
		  enum diag_level level, struct strlist *from)
{
	for (size_t i = 0; i < from->n; i++)
		diag_push(to, path, level, from->v[i]);
	free(from->v);
	memset(from, 0, sizeof(*from));
}

void
diag_list_words(struct strlist *to, const struct diag_list *from)
{
	for (size_t i = 0; i < from->n; i++)
		strlist_push_own(to, diag_text(&from->v[i]));
}
