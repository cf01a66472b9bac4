/* analyze.h - findings of one conversation (SPEC 4-5).
 *
 * Runs the patterns over every message's analyzed text and turns hits into
 * findings: tickets (normalized, de-duplicated into c->tickets, the
 * company's first), deadlines (a time expression inside a commitment of
 * the company or a customer's claim; resolved and given a status at
 * 'now'), templates with a score, refusals (company only, justified or
 * not), resolutions, escalation requests (customer only). */
#ifndef ESC_ANALYZE_H
#define ESC_ANALYZE_H

#include "calendar.h"
#include "law.h"
#include "match.h"
#include "message.h"

struct analyze_opts {
	struct esc_time now;
	const struct calendar *cal;
	/* The legal periods (docs/law.md); NULL: no legal deadlines. */
	const struct law_table *law;
	const char *jurisdiction; /* --jurisdiction, NULL: by language */
	bool cal_given;		  /* --calendar or --holidays was given */
	int answer_within;	  /* --answer-within; < 1: not looked for */
};

/* Fills c->findings and c->tickets, whatever the moment: the legal
 * deadlines and every promise with its due moment, none judged yet
 * (judge.h does that). o->now is not read. Limit warnings go to
 * 'warnings' (NULL: dropped). */
void analyze_findings(struct conversation *c, struct matcher *m,
		      const struct analyze_opts *o, struct strlist *warnings);

/* analyze_findings(), then judge_conversation() at o->now: the whole of
 * the analysis in one call (tests, tools). 'o' is required. */
void analyze_conversation(struct conversation *c, struct matcher *m,
			  const struct analyze_opts *o,
			  struct strlist *warnings);

/* Normalize a ticket value: drop '#', '№', spaces; upper-case ASCII
 * letters; keep inner hyphens. Caller frees. */
char *ticket_normalize(const char *s, size_t len);

#endif /* ESC_ANALYZE_H */
