/* report_order.c - the order reports list conversations in. */
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Most urgent first: higher step; at one step, open matters before
 * resolved ones; then input order (ids are c1, c2, ... in input order,
 * compared by number). */
static int
by_urgency(const void *a, const void *b)
{
	const struct conversation *x = *(const struct conversation *const *)a;
	const struct conversation *y = *(const struct conversation *const *)b;
	size_t nx, ny;

	if (x->esc.step != y->esc.step)
		return y->esc.step - x->esc.step;
	if (x->esc.action != y->esc.action)
		return (x->esc.action == ACT_RESOLVED) -
		       (y->esc.action == ACT_RESOLVED);
	nx = strlen(x->id);
	ny = strlen(y->id);
	if (nx != ny)
		return nx < ny ? -1 : 1;
	return strcmp(x->id, y->id);
}

struct conversation **
report_by_urgency(const struct run *r)
{
	struct conversation **order = xcalloc(r->n_convs + 1, sizeof(*order));

	if (r->n_convs)
		memcpy(order, r->convs, r->n_convs * sizeof(*order));
	qsort(order, r->n_convs, sizeof(*order), by_urgency);
	return order;
}
