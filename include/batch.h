/* batch.h - what a batch produced: each input as the report lists it,
 * and the conversations in report order. Filled by engine_run (run.h),
 * read by the report writers (report.h). */
#ifndef ESC_BATCH_H
#define ESC_BATCH_H

#include <stdbool.h>

#include "diag.h"
#include "message.h"

/* One input as the report lists it. */
struct input_result {
	char *path;
	enum input_format format;
	size_t messages;
	struct diag_list diags; /* what is wrong with it, in the order found */
	bool failed;	       /* could not be read at all */
};

struct run {
	struct esc_time now;
	struct input_result *inputs;
	size_t n_inputs;
	struct conversation **convs; /* in report order */
	size_t n_convs;
	bool explain;
	bool color;
	bool csv_bom;	/* --csv-bom */
	bool in_tz;	/* --tz given: times are shown in that zone */
	enum report_lang report_lang; /* --report-lang */
};

/* True when some input could not be read at all. */
bool run_had_failure(const struct run *r);
/* Frees everything r owns and zeroes it. */
void run_free(struct run *r);

#endif /* ESC_BATCH_H */
