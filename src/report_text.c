/* report_text.c - the terminal report: most urgent first (SPEC 8). */
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "i18n.h"
#include "ladder.h"
#include "report.h"

#define TIMELINE_MAX 12	  /* messages shown per conversation */
#define SNIPPET_CHARS 72  /* characters of each message shown */
#define FAILED_NAMED 5	  /* failed inputs named in the summary */

enum colour { C_RESET, C_BOLD, C_RED, C_YELLOW, C_CYAN, C_GREEN, C_DIM };

static const char *const colour_codes[] = {
	[C_RESET] = "\033[0m", [C_BOLD] = "\033[1m",   [C_RED] = "\033[1;31m",
	[C_YELLOW] = "\033[1;33m", [C_CYAN] = "\033[1;36m", [C_GREEN] = "\033[1;32m",
	[C_DIM] = "\033[2m",
};

static void
colour(struct buf *b, const struct run *r, enum colour c)
{
	if (r->color)
		buf_puts(b, colour_codes[c]);
}

static enum colour
step_colour(const struct escalation *e)
{
	if (e->action == ACT_RESOLVED || e->action == ACT_NONE)
		return C_GREEN;
	if (e->step >= 5)
		return C_RED;
	return e->step >= 3 ? C_YELLOW : C_CYAN;
}

/* Input text, neutralised, cut to 'max' characters on one line. */
static void
snippet(struct buf *b, const char *s, size_t max)
{
	struct buf t = {0};
	size_t chars = 0, i;

	safe_text_append(&t, s ? s : "", true);
	for (i = 0; i < t.len; i++) {
		if (((unsigned char)t.s[i] & 0xc0) != 0x80 && chars++ == max)
			break;
	}
	buf_append(b, t.s ? t.s : "", i);
	if (i < t.len)
		buf_puts(b, "…");
	buf_free(&t);
}

/* "2026-11-09 10:12 +03:00": in the --tz zone when given, with the
 * offset, so that the times of one thread compare at a glance. */
static void
fmt_time(struct buf *b, const struct run *r, struct esc_time t)
{
	char iso[32];

	if (!t.set) {
		buf_puts(b, "(no time)              ");
		return;
	}
	time_format_iso(report_shown(r, t), iso);
	buf_append(b, iso, 10);
	buf_putc(b, ' ');
	buf_append(b, iso + 11, 5);
	buf_putc(b, ' ');
	buf_puts(b, iso + 19);
}

/* The conversation's words: reasons and labels in its report language. */
#define T(s) tr(c->esc.report_lang, (s))

/* 's' padded with spaces to 'width' characters (UTF-8 aware). */
static void
pad(struct buf *b, const char *s, size_t width)
{
	size_t chars = utf8_count(s, strlen(s));

	buf_puts(b, s);
	for (; chars < width; chars++)
		buf_putc(b, ' ');
}

/* Upper case of ASCII and Russian letters (the step's name). */
static void
put_upper(struct buf *b, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	for (size_t i = 0; u[i]; i++) {
		unsigned char c0 = u[i], c1 = u[i + 1];

		if (c0 >= 'a' && c0 <= 'z') {
			buf_putc(b, (char)(c0 - 32));
		} else if (c0 == 0xd0 && c1 >= 0xb0 && c1 <= 0xbf) {
			buf_putc(b, (char)0xd0); /* а-п -> А-П */
			buf_putc(b, (char)(c1 - 0x20));
			i++;
		} else if (c0 == 0xd1 && c1 >= 0x80 && c1 <= 0x8f) {
			buf_putc(b, (char)0xd0); /* р-я -> Р-Я */
			buf_putc(b, (char)(c1 + 0x20));
			i++;
		} else if (c0 == 0xd1 && c1 == 0x91) {
			buf_puts(b, "\xd0\x81"); /* ё -> Ё */
			i++;
		} else {
			buf_putc(b, (char)c0);
		}
	}
}

/* A thread merged from several files names every one of them. */
static void
sources(struct buf *b, const struct conversation *c)
{
	struct strlist files = {0};

	conversation_sources(c, &files);
	for (size_t i = 0; files.n > 1 && i < files.n; i++) {
		if (i)
			buf_puts(b, "             ");
		else
			pad(b, T("   files:    "), 13);
		snippet(b, files.v[i], 200);
		buf_putc(b, '\n');
	}
	strlist_free(&files);
}

/* Which law applies and why, where the customer made a formal claim
 * (docs/law.md). */
static void
jurisdiction_line(struct buf *b, const struct conversation *c)
{
	bool claim = false;

	for (size_t i = 0; i < c->n_findings && !claim; i++)
		claim = c->findings[i].type == FIND_FORMAL_CLAIM;
	if (!claim || c->jurisdiction == NULL)
		return;
	buf_puts(b, T("   law:      "));
	buf_puts(b, c->jurisdiction);
	buf_puts(b, c->jurisdiction_given
			    ? T(" (--jurisdiction)")
			    : strcmp(c->jurisdiction, "ru") == 0
			    ? T(" (the conversation is in Russian)")
			    : T(" (no default outside Russian; --jurisdiction)"));
	buf_putc(b, '\n');
}

static void
header(struct buf *b, const struct run *r, const struct conversation *c)
{
	colour(b, r, C_BOLD);
	buf_puts(b, "== ");
	snippet(b, c->source, 200);
	colour(b, r, C_RESET);
	buf_printf(b, "  (%s, %s, %zu %s)\n", c->id, format_name(c->format),
		   c->n_msgs, T("messages"));
	if (c->subject) {
		buf_puts(b, T("   subject:  "));
		snippet(b, c->subject, 100);
		buf_putc(b, '\n');
	}
	sources(b, c);
	buf_puts(b, T("   tickets:  "));
	for (size_t i = 0; i < c->tickets.n; i++) {
		if (i)
			buf_puts(b, ", ");
		snippet(b, c->tickets.v[i], 40);
	}
	buf_puts(b, c->tickets.n ? "" : T("none"));
	buf_putc(b, '\n');
	jurisdiction_line(b, c);
}

/* An action as a label: its name in English ("request-solution"), its
 * words in Russian. */
static const char *
action_label(const struct conversation *c, enum action a)
{
	const char *l = c->esc.report_lang;

	return l && strcmp(l, "ru") == 0 ? tr_action(l, a) : action_name(a);
}

static void
step_line(struct buf *b, const struct run *r, const struct conversation *c)
{
	const struct escalation *e = &c->esc;
	char *name = xstrdup(action_label(c, e->action));

	for (char *p = name; *p; p++)
		if (*p == '-')
			*p = ' ';
	buf_puts(b, "   ");
	colour(b, r, step_colour(e));
	put_upper(b, name);
	free(name);
	colour(b, r, C_RESET);
	buf_printf(b, "%s%d): ", T(" (step "), e->step);
	snippet(b, e->reason, 300);
	buf_putc(b, '\n');
	for (size_t i = 1; i < e->n_actions; i++) {
		buf_puts(b, "   ");
		pad(b, i == 1 ? T("also:") : "", 9);
		buf_printf(b, " %s: ", action_label(c, e->actions[i]));
		snippet(b, e->reasons[i], 300);
		buf_putc(b, '\n');
	}
}

/* At the run's 'now': " 3 days overdue" for a missed promise (whole
 * days since the due moment, rounded up, as in the CSV and the draft);
 * " due in 2 days" for a pending one (calendar days from today to the
 * due date, in the promise's zone), " due today" on the day itself. */
static void
due_distance(struct buf *b, const struct conversation *c,
	     const struct finding *f, struct esc_time now)
{
	struct esc_time here = now;
	int64_t d;
	char *days;

	if (!f->due.set || !now.set)
		return;
	if (f->status == DL_MISSED) {
		days = tr_days(c->esc.report_lang,
			       time_days_overdue(f->due, now));
		buf_printf(b, " %s%s%s", T("@overdue-lead"), days,
			   T(" overdue"));
		free(days);
		return;
	}
	if (f->status != DL_PENDING)
		return;
	here.off = f->due.off;
	d = time_local_day(f->due) - time_local_day(here);
	if (d <= 0) {
		buf_puts(b, T(" due today"));
		return;
	}
	days = tr_days(c->esc.report_lang, (long)d);
	buf_printf(b, "%s%s", T(" due in "), days);
	free(days);
}

/* Under a legal deadline: its rule, citation and who is next. */
static void
law_lines(struct buf *b, const struct conversation *c, const struct law_ref *l)
{
	char *p = tr_period(c->esc.report_lang, l->period);

	buf_printf(b, "          %s%s, %s: ", T("by law "), l->rule, p);
	free(p);
	snippet(b, l->citation, 300);
	buf_printf(b, "\n          %s", T("next: "));
	snippet(b, l->next, 200);
	buf_putc(b, '\n');
}

static void
promises(struct buf *b, const struct run *r, const struct conversation *c)
{
	bool any = false;

	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->type != FIND_DEADLINE)
			continue;
		if (!any)
			buf_puts(b, T("   promises:\n"));
		any = true;
		buf_printf(b, "     #%-3zu ", f->message);
		pad(b, T(promise_kind_name(f->promise)), 7);
		buf_printf(b, " %s ", T("due"));
		if (f->due.set)
			fmt_time(b, r, f->due);
		else
			pad(b, T("(none)"), 23);
		buf_putc(b, ' ');
		colour(b, r, f->status == DL_MISSED ? C_RED : C_BOLD);
		pad(b, T(deadline_status_name(f->status)), 7);
		colour(b, r, C_RESET);
		due_distance(b, c, f, r->now);
		buf_printf(b, "%s%s \"", f->claimed ? T(" claimed") : "",
			   f->superseded ? T(" superseded") : "");
		snippet(b, f->match, 60);
		buf_puts(b, "\"\n");
		if (f->law != NULL)
			law_lines(b, c, f->law);
	}
}

/* The parts of a template's score (docs/templates.md). */
static void
template_parts(struct buf *b, const struct finding *f)
{
	buf_printf(b, " score %.2f = phrase %.2f, near-dup %.2f (%zu other "
		      "conversation%s), boilerplate %.2f, specifics %d",
		   f->score, f->phrase, f->neardup, f->near_convs,
		   f->near_convs == 1 ? "" : "s", f->boilerplate, f->specifics);
}

/* Tags of the findings of one message: [ticket] [promise] ... */
static void
message_tags(struct buf *b, const struct conversation *c, size_t idx,
	     bool explain)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];

		if (f->message != idx)
			continue;
		buf_printf(b, " [%s", finding_type_name(f->type));
		if (explain) {
			buf_printf(b, " %s \"", f->pattern ? f->pattern : "");
			snippet(b, f->match, 60);
			buf_printf(b, "\" @%zu-%zu", f->start, f->end);
			if (f->source != SRC_TEXT)
				buf_printf(b, " in %s",
					   finding_source_name(f->source));
			if (f->type == FIND_TEMPLATE)
				template_parts(b, f);
		}
		buf_putc(b, ']');
	}
}

static void
timeline(struct buf *b, const struct run *r, const struct conversation *c)
{
	size_t first = c->n_msgs > TIMELINE_MAX ? c->n_msgs - TIMELINE_MAX : 0;

	buf_puts(b, T("   timeline:\n"));
	if (first)
		buf_printf(b, "     … %zu%s\n", first, T(" earlier messages"));
	for (size_t i = first; i < c->n_msgs; i++) {
		const struct message *m = &c->msgs[i];

		buf_printf(b, "     #%-3zu ", m->index);
		fmt_time(b, r, m->time);
		buf_puts(b, "  ");
		pad(b, T(role_name(m->role)), 8);
		buf_putc(b, ' ');
		if (m->sender_name || m->sender_addr) {
			snippet(b, m->sender_name ? m->sender_name
						  : m->sender_addr, 24);
			buf_puts(b, ": ");
		}
		snippet(b, m->text, SNIPPET_CHARS);
		colour(b, r, C_DIM);
		message_tags(b, c, m->index, r->explain);
		colour(b, r, C_RESET);
		buf_putc(b, '\n');
	}
}

static void
draft(struct buf *b, const struct conversation *c)
{
	struct buf t = {0};
	char *line, *save = NULL;

	if (!c->esc.draft || !*c->esc.draft)
		return;
	buf_puts(b, T("   draft:\n"));
	safe_text_append(&t, c->esc.draft, false);
	for (line = strtok_r(t.s, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		buf_printf(b, "     | %s\n", line);
	buf_free(&t);
}

static void
conversation_block(struct buf *b, const struct run *r,
		   const struct conversation *c)
{
	header(b, r, c);
	step_line(b, r, c);
	for (size_t i = 0; i < c->notes.n; i++) {
		buf_puts(b, T("   note:     "));
		snippet(b, c->notes.v[i], 200);
		buf_putc(b, '\n');
	}
	promises(b, r, c);
	timeline(b, r, c);
	draft(b, c);
	buf_putc(b, '\n');
}

/* "; 2 inputs could not be read: a.zip, b.txt" (the first few named). */
static void
failed_inputs(struct buf *b, const struct run *r, size_t failed,
	      const char *lang)
{
	size_t named = 0;

	if (strcmp(lang, "ru") == 0)
		buf_printf(b, "; не прочитано входов: %zu: ", failed);
	else
		buf_printf(b, "; %zu input%s could not be read: ", failed,
			   failed == 1 ? "" : "s");
	for (size_t i = 0; i < r->n_inputs && named < FAILED_NAMED; i++) {
		if (!r->inputs[i].failed)
			continue;
		buf_puts(b, named++ ? ", " : "");
		snippet(b, r->inputs[i].path, 200);
	}
	if (failed > named)
		buf_printf(b, " and %zu more", failed - named);
}

static void
summary(struct buf *b, const struct run *r)
{
	size_t counts[ACT_FORMAL_COMPLAINT + 1] = {0}, failed = 0;
	const char *lang = report_lang_of_run(r->report_lang, r->convs,
					      r->n_convs);
	bool first = true, ru = strcmp(lang, "ru") == 0;

	for (size_t i = 0; i < r->n_convs; i++)
		counts[r->convs[i]->esc.action]++;
	for (size_t i = 0; i < r->n_inputs; i++)
		failed += r->inputs[i].failed;
	if (ru)
		buf_printf(b, "переписок: %zu, входов: %zu", r->n_convs,
			   r->n_inputs);
	else
		buf_printf(b, "%zu conversation%s from %zu input%s",
			   r->n_convs, r->n_convs == 1 ? "" : "s",
			   r->n_inputs, r->n_inputs == 1 ? "" : "s");
	for (int a = ACT_FORMAL_COMPLAINT; a >= ACT_NONE; a--) {
		if (!counts[a])
			continue;
		if (ru)
			buf_printf(b, "%s %s: %zu", first ? ";" : ",",
				   tr_action(lang, (enum action)a), counts[a]);
		else
			buf_printf(b, "%s %zu %s", first ? ":" : ",",
				   counts[a], action_name((enum action)a));
		first = false;
	}
	if (failed)
		failed_inputs(b, r, failed, lang);
	buf_putc(b, '\n');
}

int
report_text(FILE *out, const struct run *r)
{
	struct conversation **order = report_by_urgency(r);
	struct buf b = {0};
	size_t wrote, len;

	for (size_t i = 0; i < r->n_convs; i++)
		conversation_block(&b, r, order[i]);
	summary(&b, r);
	len = b.len;
	wrote = fwrite(b.s, 1, len, out);
	free(order);
	buf_free(&b);
	return wrote == len ? 0 : -1;
}
