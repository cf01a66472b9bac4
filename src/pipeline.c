/* pipeline.c - a conversation from its messages to the next step and
 * its draft. */
#include "pipeline.h"
#include "roles.h"

#include "draft.h"
#include "judge.h"
#include "ladder.h"

void
pipeline_conversation(const struct pipeline *p, struct matcher *m,
		      struct conversation *c, struct strlist *warnings)
{
	strlist_free(&c->tickets); /* the prescan's: found again */
	c->want_lang = p->report_lang;
	roles_assign_with(c, p->me, m);
	analyze_findings(c, m, &p->analyze, warnings);
	judge_conversation(c, p->analyze.cal, p->analyze.answer_within,
			   p->now);
	ladder_decide(c, p->now);
	draft_compose(c, p->now);
}
