/* cli.h - command-line options (SPEC 2). The options are the program's
 * only global state: parsed once in main, read-only afterwards. */
#ifndef ESC_CLI_H
#define ESC_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "message.h"
#include "timeutil.h"
#include "util.h"

enum out_format { OUT_TEXT, OUT_JSON, OUT_JSONL, OUT_CSV, OUT_HTML };
enum when { WHEN_AUTO, WHEN_ALWAYS, WHEN_NEVER }; /* --color, --progress */

/* Exit statuses (SPEC 2). */
enum exit_status {
	EXIT_OK = 0,
	EXIT_THRESHOLD = 1, /* some conversation at or above --fail-on */
	EXIT_TROUBLE = 2,   /* usage error or an unreadable input */
};

struct options {
	enum out_format format;
	char *output;		/* NULL: stdout */
	char *now_arg;		/* NULL: the current time */
	struct strlist me;
	char *langs;		/* "ru,en" */
	struct strlist patterns;
	struct strlist holidays;
	char *calendar;		/* NULL: Mon-Fri */
	char *jurisdiction;	/* --jurisdiction; NULL: by language */
	int answer_within;	/* --answer-within working days; 0: off */
	char *tz;		/* NULL: the local zone */
	bool fail_never;
	enum action fail_on;
	bool explain;
	long jobs;
	bool quiet;		/* no report and no warnings */
	bool no_messages;	/* no warnings or errors about inputs */
	enum when color;
	enum when progress;
	struct strlist excludes; /* --exclude GLOB */
	enum report_lang report_lang;
	bool csv_bom;
	bool list_patterns;
	struct strlist paths;
};

enum cli_result { CLI_RUN, CLI_EXIT_OK, CLI_USAGE };

/* Parse argv into 'o' (zeroed by the caller). Prints --help/--version to
 * 'out' and usage errors to 'err' as "escalate: message". */
enum cli_result cli_parse(int argc, char **argv, struct options *o,
			  FILE *out, FILE *err);
/* Colour in the text report on 'fd': --color, else a terminal and no
 * non-empty NO_COLOR (an empty NO_COLOR= does not count). */
bool cli_color(const struct options *o, int fd);
/* Progress on stderr: --progress/--no-progress, else a terminal. */
bool cli_progress(const struct options *o);

/* Apply --tz to the process (TZ variable) before any thread starts;
 * returns false with a message in 'err' when the zone is unknown. */
bool cli_apply_tz(const struct options *o, FILE *err);
void options_free(struct options *o);

#endif /* ESC_CLI_H */
