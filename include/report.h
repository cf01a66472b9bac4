/* report.h - report writers (SPEC 8). Writers only read the run. */
#ifndef ESC_REPORT_H
#define ESC_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "batch.h"
#include "message.h"

/* The files a conversation was read from, in message order without
 * repeats (a thread merged from several e-mail files names each); at
 * least its source. Copies go to 'out'. */
void conversation_sources(const struct conversation *c, struct strlist *out);

/* A moment as the text and HTML reports show it: in the --tz zone when
 * one was given (r->in_tz), else in the zone it was written in. */
struct esc_time report_shown(const struct run *r, struct esc_time t);

int report_text(FILE *out, const struct run *r);
/* The conversations most urgent first (SPEC 8): a new array of borrowed
 * pointers, NULL-terminated; the caller frees the array only. */
struct conversation **report_by_urgency(const struct run *r);
int report_json(FILE *out, const struct run *r);
int report_jsonl(FILE *out, const struct run *r);
/* One conversation as one JSON line (the streaming form of jsonl). */
int report_jsonl_line(FILE *out, const struct conversation *c);
/* The same; with 'explain' (--explain) as conversation_json_explain(). */
int report_jsonl_line_explain(FILE *out, const struct conversation *c,
			      bool explain);
int report_csv(FILE *out, const struct run *r);
int report_html(FILE *out, const struct run *r);
/* One conversation as the JSON object of SPEC 8 (caller decrefs); shared
 * by the json and jsonl writers. */
struct json_t;
struct json_t *conversation_json(const struct conversation *c);
/* The same; with 'explain' (--explain) each finding also has "start" and
 * "end", its byte span in its message's analyzed text, and each message
 * has that "text" (docs/json.md). */
struct json_t *conversation_json_explain(const struct conversation *c,
					 bool explain);

/* Copy 's' to 'b' with C0/C1 controls and invalid UTF-8 neutralised
 * (shown as \xNN or U+FFFD); newlines and tabs become spaces when
 * 'oneline'. */
void safe_text_append(struct buf *b, const char *s, bool oneline);

/* One RFC 4180 cell: controls neutralised as above (one line), a leading
 * apostrophe before = + - @ tab CR (spreadsheet formula injection), quoted
 * when it holds a comma, quote or space at either end. */
void csv_cell_append(struct buf *b, const char *s);
/* Input text for HTML: & < > " ' as references, controls as above. */
void html_escape_append(struct buf *b, const char *s, bool oneline);
/* Whole days (rounded up, at least 1) the governing promise of c is
 * overdue at 'now', or 0 when it is not missed. */
long report_days_overdue(const struct conversation *c, struct esc_time now);

#endif /* ESC_REPORT_H */
