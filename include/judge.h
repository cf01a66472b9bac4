/* judge.h - a conversation's findings judged at a moment (SPEC 5). The
 * moment is always passed in (--now, or the clock read once by the
 * batch); nothing here reads the clock. */
#ifndef ESC_JUDGE_H
#define ESC_JUDGE_H

#include "calendar.h"
#include "message.h"

/* Judge the status of every deadline finding at 'now' from the later
 * messages (SPEC 5) and mark superseded ones. Idempotent. */
void deadlines_judge(struct conversation *c, struct esc_time now);

/* The judging stage: unanswered messages found at 'now' (with 'cal' and
 * 'answer_within', unanswered.h), then deadlines_judge(). Runs after
 * analyze_findings(). */
void judge_conversation(struct conversation *c, const struct calendar *cal,
			int answer_within, struct esc_time now);

#endif /* ESC_JUDGE_H */
