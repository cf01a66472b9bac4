/* quote.c - split a mail body into the reply and its quoted history. */
#include "quote.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define ATTRIBUTION_MAX 400 /* bytes of a (joined) "On ... wrote:" line */
#define SIGNATURE_LINES 15  /* a "-- " signature is at most this long */

struct line {
	const char *s;
	size_t n;
	bool removed;
};

struct lines {
	struct line *v;
	size_t n, cap;
};

static void
split_lines(const char *s, struct lines *ls)
{
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);

		ls->v = xgrow(ls->v, &ls->cap, ls->n + 1, sizeof(*ls->v));
		ls->v[ls->n++] = (struct line){s, n, false};
		s += n + (nl ? 1 : 0);
	}
}

/* The line without surrounding blanks, as a NUL-terminated copy. */
static char *
trimmed(const struct line *l)
{
	char *c = xstrndup(l->s, l->n), *t = str_trim(c);

	memmove(c, t, strlen(t) + 1);
	return c;
}

static bool
is_blank(const struct line *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->s[i] != ' ' && l->s[i] != '\t' && l->s[i] != '\r')
			return false;
	return true;
}

static bool
is_quoted(const struct line *l)
{
	size_t i = 0;

	while (i < l->n && (l->s[i] == ' ' || l->s[i] == '\t'))
		i++;
	return i < l->n && l->s[i] == '>';
}

static bool
starts_with(const char *s, const char *p)
{
	return ascii_strncaseeq(s, p, strlen(p));
}

static bool
ends_with(const char *s, const char *p)
{
	size_t n = strlen(s), k = strlen(p);

	return n >= k && ascii_strcaseeq(s + n - k, p);
}

/* Separator lines that start quoted or forwarded history. */
static bool
is_separator(const char *t)
{
	static const char *const marks[] = {
		"original message", "исходное сообщение",
		"Исходное сообщение", "пересылаемое сообщение",
		"Пересылаемое сообщение", "forwarded message",
		"please type your reply above this line",
		"reply above this line", "ответьте выше этой строки",
		"Ответьте выше этой строки",
	};
	static const char *const starts[] = {
		"begin forwarded message", "Начало переадресованного сообщения",
		"начало переадресованного сообщения",
	};

	for (size_t i = 0; i < sizeof(marks) / sizeof(*marks); i++)
		if (ascii_strcasestr(t, marks[i]) &&
		    (t[0] == '-' || t[0] == '#' || t[0] == '_'))
			return true;
	for (size_t i = 0; i < sizeof(starts) / sizeof(*starts); i++)
		if (starts_with(t, starts[i]))
			return true;
	return false;
}

static bool
has_digit_or_at(const char *t)
{
	return strpbrk(t, "0123456789@") != NULL;
}

static bool
next_is_quoted(const struct lines *ls, size_t i)
{
	while (i < ls->n && is_blank(&ls->v[i]))
		i++;
	return i < ls->n && is_quoted(&ls->v[i]);
}

/* "On ... wrote:", "... пишет:", "..., Имя <a@b>:" ending at line i+k-1. */
static bool
is_attribution(const char *t, const char *first, bool multi,
	       bool quoted_next)
{
	static const char *const ends[] = {
		"wrote:", "writes:", "пишет:", "написал(а):", "написал:",
		"написала:", "a écrit :", "schrieb:",
	};
	bool on = starts_with(t, "On ");

	if (multi && !on && !has_digit_or_at(first))
		return false;
	for (size_t i = 0; i < sizeof(ends) / sizeof(*ends); i++)
		if (ends_with(t, ends[i]))
			return on || has_digit_or_at(t) || quoted_next;
	return ends_with(t, ">:") && strchr(t, '@') &&
	       strpbrk(t, "0123456789");
}

static const char *const field_names[] = {
	"sent:", "date:", "to:", "cc:", "subject:", "Отправлено:",
	"Дата:", "Кому:", "Копия:", "Тема:", "отправлено:", "дата:",
	"кому:", "копия:", "тема:",
};

static bool
is_field(const char *t)
{
	while (*t == '*')
		t++;
	for (size_t i = 0; i < sizeof(field_names) / sizeof(*field_names); i++)
		if (starts_with(t, field_names[i]))
			return true;
	return false;
}

/* An Outlook From:/Sent:/To:/Subject: (От:/Отправлено:/Кому:/Тема:)
 * block starting at line i. */
static bool
is_outlook_block(const struct lines *ls, size_t i, const char *t)
{
	size_t fields = 0;

	while (*t == '*')
		t++;
	if (!starts_with(t, "from:") && !starts_with(t, "От:") &&
	    !starts_with(t, "от:"))
		return false;
	for (size_t j = i + 1; j < ls->n && j <= i + 6; j++) {
		char *u = trimmed(&ls->v[j]);

		fields += is_field(u);
		free(u);
	}
	return fields >= 2;
}

/* The number of lines of a quote header at line i, 0 if none. */
static size_t
header_at(const struct lines *ls, size_t i)
{
	char *t = trimmed(&ls->v[i]);
	struct buf j = {0};
	size_t span = 0;

	if (is_separator(t) || is_outlook_block(ls, i, t))
		span = 1;
	buf_puts(&j, t);
	for (size_t k = 1; span == 0 && k <= 3 && i + k <= ls->n; k++) {
		if (is_attribution(j.s, t, k > 1, next_is_quoted(ls, i + k)))
			span = k;
		else if (i + k < ls->n && !is_blank(&ls->v[i + k]) &&
			 j.len < ATTRIBUTION_MAX) {
			char *u = trimmed(&ls->v[i + k]);

			buf_printf(&j, " %s", u);
			free(u);
		} else {
			break;
		}
	}
	buf_free(&j);
	free(t);
	return span;
}

/* A line of at least 7 underscores. */
static bool
is_rule(const struct line *l)
{
	char *t = trimmed(l);
	size_t n = strlen(t);
	bool r = n >= 7 && strspn(t, "_") == n;

	free(t);
	return r;
}

/* Mark quoted history: everything after the first header, or only the
 * '>' lines when the header introduces a '>' block. */
static void
mark_history(struct lines *ls)
{
	size_t q, span = 0;
	bool inline_mode;

	for (q = 0; q < ls->n; q++)
		if (!is_quoted(&ls->v[q]) && (span = header_at(ls, q)) > 0)
			break;
	if (span > 0 && q > 0 && is_rule(&ls->v[q - 1])) { /* Outlook ____ */
		q--;
		span++;
	}
	inline_mode = span > 0 && next_is_quoted(ls, q + span);
	for (size_t i = 0; i < ls->n; i++) {
		if (i < q || inline_mode)
			ls->v[i].removed = is_quoted(&ls->v[i]) ||
					   (i >= q && i < q + span);
		else
			ls->v[i].removed = true;
	}
}

static bool
is_mobile_signature(const char *t)
{
	static const char *const starts[] = {
		"sent from my ", "get outlook for ", "Отправлено с ",
		"Отправлено из ", "sent from mail for ",
	};

	for (size_t i = 0; i < sizeof(starts) / sizeof(*starts); i++)
		if (starts_with(t, starts[i]) && strlen(t) <= 80)
			return true;
	return false;
}

/* A "-- " signature near the end, or a "Sent from my ..." last line. */
static void
mark_signature(struct lines *ls)
{
	size_t last = ls->n, kept_after = 0;

	for (size_t i = ls->n; i-- > 0;) {
		const struct line *l = &ls->v[i];
		size_t n = l->n;

		if (l->removed)
			continue;
		if (n && l->s[n - 1] == '\r')
			n--;
		if ((n == 3 && memcmp(l->s, "-- ", 3) == 0) ||
		    (n == 2 && memcmp(l->s, "--", 2) == 0)) {
			last = i;
			break;
		}
		if (++kept_after > SIGNATURE_LINES)
			break;
	}
	for (size_t i = last; i < ls->n; i++)
		ls->v[i].removed = true;
	for (size_t i = ls->n; i-- > 0;) {
		char *t;

		if (ls->v[i].removed || is_blank(&ls->v[i]))
			continue;
		t = trimmed(&ls->v[i]);
		ls->v[i].removed = is_mobile_signature(t);
		free(t);
		break;
	}
}

static char *
join(const struct lines *ls, bool removed)
{
	struct buf b = {0};
	char *s, *t;

	buf_append(&b, "", 0);
	for (size_t i = 0; i < ls->n; i++) {
		if (ls->v[i].removed != removed)
			continue;
		buf_append(&b, ls->v[i].s, ls->v[i].n);
		buf_putc(&b, '\n');
	}
	s = buf_steal(&b);
	t = str_trim(s);
	memmove(s, t, strlen(t) + 1);
	return s;
}

void
quote_split(const char *body, char **text, char **quoted)
{
	struct lines ls = {0};

	split_lines(body, &ls);
	mark_history(&ls);
	mark_signature(&ls);
	*text = join(&ls, false);
	*quoted = join(&ls, true);
	if (!**quoted) {
		free(*quoted);
		*quoted = NULL;
	}
	free(ls.v);
}
