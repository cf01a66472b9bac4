/* quote.c - split a mail body into the reply and its quoted history. */
#include "quote.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "util.h"

#define ATTRIBUTION_MAX 400 /* bytes of a (joined) "On ... wrote:" line */
#define SIGNATURE_LINES 15  /* a "-- " signature is at most this long */
#define SIGNOFF_BLOCK_LINES 6  /* name/title/company/phone lines after it */
#define SIGNOFF_SPAN_LINES 10  /* the block with its blank lines */
#define SIGNOFF_LINE_CHARS 60  /* characters of one block line */
#define SIGNOFF_LINE_WORDS 8   /* words of one block line */
#define SIGNOFF_NAME_CHARS 40  /* a name after the phrase on its line */
#define SIGNOFF_SENTENCE_WORDS 3 /* lower-case words that make a sentence */
#define SIGNOFF_LINE_BYTES 400 /* longer lines are never looked at closely */

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

/* ---- closing sign-offs ("С уважением,", "Best regards,") ---- */

/* A sign-off phrase (lower case, as fold_utf8 gives it); 'thanks' ones
 * must stand alone on their line and have a block after them. */
static const struct {
	const char *phrase;
	bool thanks;
} signoffs[] = {
	{"с уважением", false},
	{"с наилучшими пожеланиями", false},
	{"всего доброго", false},
	{"всего хорошего", false},
	{"с благодарностью", false},
	{"best regards", false},
	{"kind regards", false},
	{"warm regards", false},
	{"with best regards", false},
	{"with kind regards", false},
	{"regards", false},
	{"best wishes", false},
	{"yours sincerely", false},
	{"sincerely yours", false},
	{"sincerely", false},
	{"yours faithfully", false},
	{"yours truly", false},
	{"thanks", true},
	{"thank you", true},
	{"many thanks", true},
	{"thanks again", true},
	{"cheers", true},
	{"спасибо", true},
	{"заранее спасибо", true},
	{"благодарю", true},
};

/* Characters (not bytes) of UTF-8 text. */
static size_t
u8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Does a word start with a lower-case Latin or Cyrillic letter? */
static bool
lower_initial(const unsigned char *w)
{
	if (w[0] >= 'a' && w[0] <= 'z')
		return true;
	return (w[0] == 0xD0 && w[1] >= 0xB0 && w[1] <= 0xBF) ||
	       (w[0] == 0xD1 && w[1] >= 0x80 && w[1] <= 0x9F);
}

/* Words of s; *lower gets how many start with a lower-case letter. */
static size_t
word_count(const char *s, size_t *lower)
{
	size_t n = 0;
	bool in = false;

	*lower = 0;
	for (; *s; s++) {
		bool sp = *s == ' ' || *s == '\t';

		if (!sp && !in) {
			n++;
			*lower += lower_initial((const unsigned char *)s);
		}
		in = !sp;
	}
	return n;
}

/* A "P.S." / "PS:" / "П.С." line: content, never part of a signature. */
static bool
is_postscript(const char *folded)
{
	static const char *const ps[] = {"p.s", "ps:", "ps ", "п.с", "пс:",
					 "p. s"};

	for (size_t i = 0; i < sizeof(ps) / sizeof(*ps); i++)
		if (strncmp(folded, ps[i], strlen(ps[i])) == 0)
			return true;
	return false;
}

/* A line that can stand in a signature block: short, no ticket marks,
 * no question, not a P.S., not a sentence (ending in '.' or '!' with
 * several lower-case words: "Customer Care, Acme Inc." is a title). 't'
 * is the trimmed line, 'folded' the same case-folded. */
static bool
is_block_line(const char *t, const char *folded)
{
	size_t n = strlen(t), lower, words = word_count(t, &lower);

	if (u8_chars(t) > SIGNOFF_LINE_CHARS || words > SIGNOFF_LINE_WORDS)
		return false;
	if (strchr(t, '#') || strstr(t, "№") || is_postscript(folded))
		return false;
	if (n && t[n - 1] == '?')
		return false;
	return !(n && strchr(".!", t[n - 1]) &&
		 lower >= SIGNOFF_SENTENCE_WORDS);
}

/* What may follow a phrase on its own line: nothing but ",.!:" and
 * blanks, or (not for thanks) ", " and a short name. */
static bool
signoff_rest(const char *rest, bool thanks)
{
	if (*rest && !strchr(",.! \t", *rest))
		return false; /* the phrase is part of a longer word */
	rest += strspn(rest, " \t");
	if (*rest == '!' || *rest == '.')
		rest++;
	if (*rest == ',' || *rest == '\0') {
		if (*rest)
			rest++;
		rest += strspn(rest, " \t");
		if (!*rest)
			return true;
		return !thanks && u8_chars(rest) <= SIGNOFF_NAME_CHARS &&
		       !strpbrk(rest, "0123456789:;?!#@") &&
		       !strstr(rest, "№");
	}
	return false;
}

/* Is the folded line a sign-off? 'block': lines follow it. */
static bool
is_signoff(const char *folded, bool block)
{
	for (size_t i = 0; i < sizeof(signoffs) / sizeof(*signoffs); i++) {
		size_t k = strlen(signoffs[i].phrase);

		if (strncmp(folded, signoffs[i].phrase, k) != 0)
			continue;
		if (signoffs[i].thanks && !block)
			continue;
		if (signoff_rest(folded + k, signoffs[i].thanks))
			return true;
	}
	return false;
}

/* The case-folded copy of t. */
static char *
folded(const char *t)
{
	struct buf b = {0};

	fold_utf8(t, strlen(t), &b);
	buf_append(&b, "", 0);
	return buf_steal(&b);
}

/* Is a kept, non-blank line before i (the reply has content)? */
static bool
content_before(const struct lines *ls, size_t i)
{
	while (i-- > 0)
		if (!ls->v[i].removed && !is_blank(&ls->v[i]))
			return true;
	return false;
}

/* A closing sign-off and the short block after it, at the very end of
 * what is kept: they go to the evidence with the signature. */
static void
mark_signoff(struct lines *ls)
{
	size_t block = 0, span = 0, at = ls->n;
	bool stop = false;

	for (size_t i = ls->n; i-- > 0 && !stop && at == ls->n;) {
		char *t, *f;

		if (ls->v[i].removed)
			continue;
		if (is_blank(&ls->v[i])) { /* blanks at the very end are free */
			span += block > 0;
			continue;
		}
		if (++span > SIGNOFF_SPAN_LINES ||
		    ls->v[i].n > SIGNOFF_LINE_BYTES)
			break;
		t = trimmed(&ls->v[i]);
		f = folded(t);
		if (is_signoff(f, block > 0))
			at = i;
		else
			stop = !is_block_line(t, f) ||
			       ++block > SIGNOFF_BLOCK_LINES;
		free(t);
		free(f);
	}
	if (at == ls->n || !content_before(ls, at))
		return;
	for (size_t i = at; i < ls->n; i++)
		ls->v[i].removed = true;
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
	mark_signoff(&ls);
	*text = join(&ls, false);
	*quoted = join(&ls, true);
	if (!**quoted) {
		free(*quoted);
		*quoted = NULL;
	}
	free(ls.v);
}
