/* report_csv.c - the CSV report: RFC 4180, one row per conversation. */
#include <stdlib.h>
#include <string.h>

#include "ladder.h"
#include "report.h"
#include "util.h"


static const char *const csv_header[] = {
	"source", "subject", "tickets", "step",
	"action", "next_due", "days_overdue", "reason",
};

#define N_COLUMNS countof(csv_header)

/* Characters that make a spreadsheet read a cell as a formula (OWASP). */
static bool
formula_start(const char *s)
{
	const char *p = s;

	if (*s && strchr("=+-@\t\r", *s))
		return true;
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	return p != s && *p && strchr("=+-@", *p);
}

static bool
needs_quotes(const char *s, size_t len)
{
	if (len == 0)
		return false;
	return strpbrk(s, ",\"\r\n") != NULL || s[0] == ' ' ||
	       s[len - 1] == ' ';
}

void
csv_cell_append(struct buf *b, const char *s)
{
	struct buf t = {0};
	const char *v;

	if (s == NULL)
		return;
	if (formula_start(s))
		buf_putc(&t, '\'');
	safe_text_append(&t, s, true);
	v = t.s ? t.s : "";
	if (!needs_quotes(v, t.len)) {
		buf_append(b, v, t.len);
	} else {
		buf_putc(b, '"');
		for (const char *p = v; *p; p++) {
			if (*p == '"')
				buf_putc(b, '"');
			buf_putc(b, *p);
		}
		buf_putc(b, '"');
	}
	buf_free(&t);
}

long
report_days_overdue(const struct conversation *c, struct esc_time now)
{
	const struct finding *g = ladder_governing(c);

	if (g == NULL || g->status != DL_MISSED || !g->due.set || !now.set)
		return 0;
	return time_days_overdue(g->due, now);
}

/* The cells of one row, in csv_header order; caller frees each. */
static void
row_cells(const struct conversation *c, struct esc_time now,
	  char *cells[N_COLUMNS])
{
	const struct finding *g = ladder_governing(c);
	struct buf t = {0};
	char iso[32] = "";
	long over = report_days_overdue(c, now);

	for (size_t i = 0; i < c->tickets.n; i++)
		buf_printf(&t, "%s%s", i ? " " : "", c->tickets.v[i]);
	if (g && g->due.set)
		time_format_iso(g->due, iso);
	cells[0] = xstrdup(c->source ? c->source : "");
	cells[1] = xstrdup(c->subject ? c->subject : "");
	cells[2] = buf_steal(&t);
	cells[3] = xasprintf("%d", c->esc.step);
	cells[4] = xstrdup(action_name(c->esc.action));
	cells[5] = xstrdup(iso);
	cells[6] = over ? xasprintf("%ld", over) : xstrdup("");
	cells[7] = xstrdup(c->esc.reason ? c->esc.reason : "");
}

static void
csv_row(struct buf *b, const char *const cells[], size_t n, bool escape)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(b, ',');
		if (escape)
			csv_cell_append(b, cells[i]);
		else
			buf_puts(b, cells[i]);
	}
	buf_puts(b, "\r\n");
}

int
report_csv(FILE *out, const struct run *r)
{
	struct buf b = {0};
	bool ok;

	if (r->csv_bom) /* spreadsheets then read the file as UTF-8 */
		buf_puts(&b, "\xef\xbb\xbf");
	csv_row(&b, csv_header, N_COLUMNS, false);
	for (size_t i = 0; i < r->n_convs; i++) {
		char *cells[N_COLUMNS];

		row_cells(r->convs[i], r->now, cells);
		csv_row(&b, (const char *const *)cells, N_COLUMNS, true);
		for (size_t k = 0; k < N_COLUMNS; k++)
			free(cells[k]);
	}
	ok = fwrite(b.s, 1, b.len, out) == b.len;
	buf_free(&b);
	return ok ? 0 : -1;
}
