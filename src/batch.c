/* batch.c - the result of a batch: queries and release. */
#include "batch.h"

#include <stdlib.h>
#include <string.h>

bool
run_had_failure(const struct run *r)
{
	for (size_t i = 0; i < r->n_inputs; i++)
		if (r->inputs[i].failed)
			return true;
	return false;
}

void
run_free(struct run *r)
{
	for (size_t i = 0; i < r->n_inputs; i++) {
		free(r->inputs[i].path);
		diag_list_free(&r->inputs[i].diags);
	}
	for (size_t i = 0; i < r->n_convs; i++)
		conversation_free(r->convs[i]);
	free(r->inputs);
	free(r->convs);
	memset(r, 0, sizeof(*r));
}
