/* pipeline.h - one conversation through the product's stages, in the
 * order of the SPEC: who is who (roles, SPEC 3), what was said (the
 * findings, SPEC 4-6), where each promise stands at 'now' (judging,
 * SPEC 5), what to do next (the ladder, SPEC 7) and the message to send
 * (the draft). The batch (units.h) decides when and on which thread;
 * this decides what happens to a conversation. */
#ifndef ESC_PIPELINE_H
#define ESC_PIPELINE_H

#include "analyze.h"
#include "message.h"

struct matcher;

/* What every stage needs besides the conversation; read-only, shared by
 * all workers. */
struct pipeline {
	struct esc_time now;	      /* the moment of judging (--now) */
	const struct strlist *me;     /* --me: the customer's addresses */
	enum report_lang report_lang; /* --report-lang */
	struct analyze_opts analyze;  /* calendar, legal periods, ... */
};

/* Take c through every stage with the worker's matcher 'm': roles,
 * findings, judging at p->now, ladder, draft. The tickets the batch
 * found before (email_keys.h) are replaced by the analysis's. Limit
 * warnings ("message N: ...") go to 'warnings'. */
void pipeline_conversation(const struct pipeline *p, struct matcher *m,
			   struct conversation *c, struct strlist *warnings);

#endif /* ESC_PIPELINE_H */
