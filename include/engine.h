/* engine.h - what a batch runs with: the options, the patterns, the
 * calendar and the legal periods, the moment of judging, and where each
 * finished conversation goes. Built by engine_init (run.h); read by the
 * reading (ingest.h) and scheduling (units.h) stages. */
#ifndef ESC_ENGINE_H
#define ESC_ENGINE_H

#include "calendar.h"
#include "cli.h"
#include "law.h"
#include "patterns.h"
#include "progress.h"

struct charset_hold;

struct engine {
	const struct options *opts;
	struct patset patterns;
	struct calendar *cal;
	struct law_table law; /* the legal periods (docs/law.md) */
	struct esc_time now;
	/* Called for each conversation as soon as it and all before it are
	 * analyzed, in report order, one call at a time; may be NULL. */
	void (*on_done)(void *ud, const struct conversation *c);
	void *on_done_ud;
	/* Free each conversation once on_done has it: memory stays bounded
	 * by the largest thread, and engine_run leaves r->convs empty. */
	bool stream_free;
	/* The progress line (progress.h), or NULL. */
	struct progress *progress;
	/* Legacy charset converters kept loaded (charset.h). */
	struct charset_hold *charsets;
};

#endif /* ESC_ENGINE_H */
