/* units.h - the units of analysis of a batch: each chat, and each e-mail
 * thread put together from its parked members, analyzed in worker
 * threads and handed over in input order. */
#ifndef ESC_UNITS_H
#define ESC_UNITS_H

#include "ingest.h"
#include "pipeline.h"
#include "engine.h"

/* Thread the e-mails of g, join Slack channels, take every unit
 * through the pipeline with 'stages' and hand each to e->on_done in
 * order. r->convs gets the conversations
 * (ids c1, c2, ...), except with e->stream_free, where each is freed
 * once handed over and r->convs stays empty. Analysis warnings go to the
 * input the conversation came from. Consumes g's slots. */
void units_run(const struct engine *e, const struct pipeline *stages,
	       struct ingest *g, struct run *r);

#endif /* ESC_UNITS_H */
