/* cli.c - the option table, getopt_long parsing and validation. */
#include "cli.h"
#include "law.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define ESC_VERSION "0.1.0"

/* Long-only options get codes above the char range (pcre2grep style). */
enum {
	OPT_NOW = 256,
	OPT_ME,
	OPT_LANG,
	OPT_PATTERNS,
	OPT_HOLIDAYS,
	OPT_CALENDAR,
	OPT_TZ,
	OPT_FAIL_ON,
	OPT_EXPLAIN,
	OPT_LIST_PATTERNS,
	OPT_VERSION,
	OPT_COLOR,
	OPT_PROGRESS,
	OPT_NO_PROGRESS,
	OPT_NO_MESSAGES,
	OPT_EXCLUDE,
	OPT_REPORT_LANG,
	OPT_CSV_BOM,
	OPT_JURISDICTION,
	OPT_ANSWER_WITHIN,
};

/* One row per option: getopt_long's entry and its help text. */
static const struct opt_row {
	struct option opt;
	const char *arg;
	const char *help;
} opt_table[] = {
	{{"format", required_argument, NULL, 'f'}, "FMT",
	 "report format: text (default), json, jsonl, csv, html"},
	{{"output", required_argument, NULL, 'o'}, "FILE",
	 "write the report to FILE instead of stdout"},
	{{"now", required_argument, NULL, OPT_NOW}, "DATETIME",
	 "judge deadlines at this ISO 8601 moment (default: now)"},
	{{"me", required_argument, NULL, OPT_ME}, "WHO",
	 "a name, address or domain that is the customer (repeatable)"},
	{{"lang", required_argument, NULL, OPT_LANG}, "LIST",
	 "built-in pattern sets to use: ru,en (default both)"},
	{{"patterns", required_argument, NULL, OPT_PATTERNS}, "FILE",
	 "extra pattern file; same id replaces a built-in (repeatable)"},
	{{"holidays", required_argument, NULL, OPT_HOLIDAYS}, "FILE",
	 "non-working dates YYYY-MM-DD, working days +YYYY-MM-DD"},
	{{"calendar", required_argument, NULL, OPT_CALENDAR}, "NAME",
	 "built-in working-day calendar: ru, uk, us (default: Mon-Fri)"},
	{{"jurisdiction", required_argument, NULL, OPT_JURISDICTION}, "J",
	 "whose legal answer periods apply: ru, uk, eu, us, none (default: ru for Russian conversations, else none)"},
	{{"answer-within", required_argument, NULL, OPT_ANSWER_WITHIN}, "N",
	 "working days the company has to answer a message (default: 3; 0: off)"},
	{{"tz", required_argument, NULL, OPT_TZ}, "ZONE",
	 "zone of times that carry none, and of the times shown (default: local)"},
	{{"fail-on", required_argument, NULL, OPT_FAIL_ON}, "ACTION",
	 "exit 1 when a step is at or above ACTION (default escalate; never)"},
	{{"explain", no_argument, NULL, OPT_EXPLAIN}, NULL,
	 "show the pattern id and matched text of each finding"},
	{{"jobs", required_argument, NULL, 'j'}, "N",
	 "analyze inputs in N threads (default: number of processors)"},
	{{"exclude", required_argument, NULL, OPT_EXCLUDE}, "GLOB",
	 "skip files and folders whose name (or path) matches (repeatable)"},
	{{"report-lang", required_argument, NULL, OPT_REPORT_LANG}, "LANG",
	 "labels and reasons: auto (each conversation's), ru, en"},
	{{"csv-bom", no_argument, NULL, OPT_CSV_BOM}, NULL,
	 "start the CSV with a UTF-8 byte order mark (for spreadsheets)"},
	{{"color", required_argument, NULL, OPT_COLOR}, "WHEN",
	 "colour the text report: auto (default), always, never"},
	{{"progress", no_argument, NULL, OPT_PROGRESS}, NULL,
	 "show progress on stderr (default: when it is a terminal)"},
	{{"no-progress", no_argument, NULL, OPT_NO_PROGRESS}, NULL,
	 "never show progress"},
	{{"quiet", no_argument, NULL, 'q'}, NULL,
	 "no report and no warnings, only errors and the exit status"},
	{{"no-messages", no_argument, NULL, OPT_NO_MESSAGES}, NULL,
	 "no warnings or errors about inputs (the exit status still tells)"},
	{{"list-patterns", no_argument, NULL, OPT_LIST_PATTERNS}, NULL,
	 "print the active patterns and exit"},
	{{"version", no_argument, NULL, OPT_VERSION}, NULL,
	 "print the version and exit"},
	{{"help", no_argument, NULL, 'h'}, NULL, "print this help and exit"},
};

#define N_OPTS countof(opt_table)

static const char *const format_words[] = {
	[OUT_TEXT] = "text", [OUT_JSON] = "json", [OUT_JSONL] = "jsonl",
	[OUT_CSV] = "csv",   [OUT_HTML] = "html",
};

static void
print_help(FILE *out)
{
	fputs("usage: escalate [OPTIONS] PATH...\n"
	      "Analyze saved support conversations (mail, chat exports) and\n"
	      "say which escalation step applies now, with a draft.\n"
	      "PATH is a file, a directory (recursed) or '-' for stdin.\n\n",
	      out);
	for (size_t i = 0; i < N_OPTS; i++) {
		const struct opt_row *r = &opt_table[i];
		char left[64];
		int v = r->opt.val;

		snprintf(left, sizeof(left), "%c%c%c --%s%s%s",
			 v < 256 ? '-' : ' ', v < 256 ? v : ' ',
			 v < 256 ? ',' : ' ', r->opt.name, r->arg ? " " : "",
			 r->arg ? r->arg : "");
		fprintf(out, "  %-28s %s\n", left, r->help);
	}
	fputs("\nExit status: 0 analyzed, nothing at or above --fail-on; 1 some\n"
	      "conversation at or above it; 2 usage error or unreadable input.\n",
	      out);
}

static bool
parse_format(const char *s, enum out_format *f)
{
	for (size_t i = 0; i < countof(format_words); i++) {
		if (strcmp(s, format_words[i]) == 0) {
			*f = (enum out_format)i;
			return true;
		}
	}
	return false;
}

static const char *const when_words[] = {
	[WHEN_AUTO] = "auto", [WHEN_ALWAYS] = "always", [WHEN_NEVER] = "never",
};

static const char *const report_lang_words[] = {
	[RLANG_AUTO] = "auto", [RLANG_EN] = "en", [RLANG_RU] = "ru",
};

/* The index of 's' in words[0..n), or -1. */
static int
word_index(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, words[i]) == 0)
			return (int)i;
	return -1;
}

static bool
parse_langs(const char *s)
{
	char *copy = xstrdup(s), *save = NULL, *tok;
	bool ok = *s != '\0';

	for (tok = strtok_r(copy, ",", &save); tok && ok;
	     tok = strtok_r(NULL, ",", &save))
		ok = strcmp(tok, "ru") == 0 || strcmp(tok, "en") == 0;
	free(copy);
	return ok;
}

static bool
parse_jobs(const char *s, long *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < 1 || n > 256)
		return false;
	*out = n;
	return true;
}

static bool
parse_answer_within(const char *s, int *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < 0 || n > 365)
		return false;
	*out = (int)n;
	return true;
}

static void
set_str(char **dst, const char *s)
{
	free(*dst);
	*dst = xstrdup(s);
}

/* Options of one word out of a list; false after a usage error. */
static bool
apply_word_option(struct options *o, int c, const char *arg, FILE *err)
{
	int i;

	if (c == OPT_COLOR) {
		i = word_index(arg, when_words, 3);
		if (i >= 0)
			o->color = (enum when)i;
		else
			fprintf(err, "escalate: error: --color: expected auto, always or never: '%s'\n", arg);
	} else {
		i = word_index(arg, report_lang_words, 3);
		if (i >= 0)
			o->report_lang = (enum report_lang)i;
		else
			fprintf(err, "escalate: error: --report-lang: expected auto, ru or en: '%s'\n", arg);
	}
	return i >= 0;
}

/* Switches without a value. */
static bool
apply_flag(struct options *o, int c)
{
	switch (c) {
	case OPT_EXPLAIN:
		o->explain = true;
		return true;
	case 'q':
		o->quiet = true;
		return true;
	case OPT_LIST_PATTERNS:
		o->list_patterns = true;
		return true;
	case OPT_PROGRESS:
		o->progress = WHEN_ALWAYS;
		return true;
	case OPT_NO_PROGRESS:
		o->progress = WHEN_NEVER;
		return true;
	case OPT_NO_MESSAGES:
		o->no_messages = true;
		return true;
	case OPT_CSV_BOM:
		o->csv_bom = true;
		return true;
	}
	return false;
}

/* Apply one option; returns false after printing a usage error. */
static bool
apply_option(struct options *o, int c, const char *arg, FILE *err)
{
	struct esc_time t;

	if (apply_flag(o, c))
		return true;
	switch (c) {
	case OPT_COLOR:
	case OPT_REPORT_LANG:
		return apply_word_option(o, c, arg, err);
	case OPT_EXCLUDE:
		if (*arg) {
			strlist_push(&o->excludes, arg);
			return true;
		}
		fputs("escalate: error: --exclude: empty pattern\n", err);
		return false;
	case 'f':
		if (parse_format(arg, &o->format))
			return true;
		fprintf(err, "escalate: error: --format: unknown format '%s' (text, json, jsonl, csv, html)\n", arg);
		return false;
	case 'o':
		set_str(&o->output, arg);
		return true;
	case OPT_NOW:
		if (time_parse_iso(arg, &t)) {
			set_str(&o->now_arg, arg);
			return true;
		}
		fprintf(err, "escalate: error: --now: not an ISO 8601 date or time: '%s'\n", arg);
		return false;
	case OPT_ME:
		if (*arg) {
			strlist_push(&o->me, arg);
			return true;
		}
		fputs("escalate: error: --me: empty value\n", err);
		return false;
	case OPT_LANG:
		if (parse_langs(arg)) {
			set_str(&o->langs, arg);
			return true;
		}
		fprintf(err, "escalate: error: --lang: expected a list of ru, en: '%s'\n", arg);
		return false;
	case OPT_PATTERNS:
		strlist_push(&o->patterns, arg);
		return true;
	case OPT_HOLIDAYS:
		strlist_push(&o->holidays, arg);
		return true;
	case OPT_CALENDAR:
		set_str(&o->calendar, arg);
		return true;
	case OPT_TZ:
		set_str(&o->tz, arg);
		return true;
	case OPT_JURISDICTION:
		if (law_jurisdiction_valid(arg)) {
			set_str(&o->jurisdiction, arg);
			return true;
		}
		fprintf(err, "escalate: error: --jurisdiction: expected ru, uk, eu, us or none: '%s'\n", arg);
		return false;
	case OPT_ANSWER_WITHIN:
		if (parse_answer_within(arg, &o->answer_within))
			return true;
		fprintf(err, "escalate: error: --answer-within: expected a number from 0 to 365: '%s'\n", arg);
		return false;
	case OPT_FAIL_ON:
		if (strcmp(arg, "never") == 0) {
			o->fail_never = true;
			return true;
		}
		if (action_parse(arg, &o->fail_on)) {
			o->fail_never = false;
			return true;
		}
		fprintf(err, "escalate: error: --fail-on: unknown action '%s'\n", arg);
		return false;
	case 'j':
		if (parse_jobs(arg, &o->jobs))
			return true;
		fprintf(err, "escalate: error: --jobs: expected a number from 1 to 256: '%s'\n", arg);
		return false;
	}
	return false;
}

/* ---- naming a bad argument as it was typed ---- */

/* The row of long option 'name' (n bytes; a unique prefix will do);
 * NULL when unknown or ambiguous. */
static const struct opt_row *
find_long(const char *name, size_t n)
{
	const struct opt_row *hit = NULL;

	for (size_t i = 0; i < N_OPTS; i++) {
		const char *o = opt_table[i].opt.name;

		if (strncmp(o, name, n) != 0)
			continue;
		if (o[n] == '\0')
			return &opt_table[i];
		if (hit)
			return NULL;
		hit = &opt_table[i];
	}
	return hit;
}

static const struct opt_row *
find_short(char c)
{
	for (size_t i = 0; i < N_OPTS; i++)
		if (opt_table[i].opt.val == (unsigned char)c)
			return &opt_table[i];
	return NULL;
}

/* Check one "--name[=value]"; *skip: it takes the next argument. */
static bool
check_long(const char *a, bool last, bool *skip, FILE *err)
{
	const char *eq = strchr(a, '=');
	size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
	const struct opt_row *r = find_long(a + 2, n);

	if (!r) {
		fprintf(err, "escalate: error: %.*s: unknown option (see --help)\n",
			(int)(n + 2), a);
		return false;
	}
	if (r->opt.has_arg == required_argument && !eq && last) {
		fprintf(err, "escalate: error: %s: missing value\n", a);
		return false;
	}
	if (r->opt.has_arg == no_argument && eq) {
		fprintf(err, "escalate: error: %.*s: takes no value\n",
			(int)(n + 2), a);
		return false;
	}
	*skip = r->opt.has_arg == required_argument && !eq;
	return true;
}

/* Check one "-abc" group; *skip: its last option takes the next one. */
static bool
check_short(const char *a, bool last, bool *skip, FILE *err)
{
	for (const char *p = a + 1; *p; p++) {
		const struct opt_row *r = find_short(*p);

		if (!r) {
			if (strlen(a) > 2)
				fprintf(err, "escalate: error: %s: unknown option -%c (see --help; a file named so is ./%s)\n",
					a, *p, a);
			else
				fprintf(err, "escalate: error: %s: unknown option (see --help)\n", a);
			return false;
		}
		if (r->opt.has_arg != required_argument)
			continue;
		if (p[1] == '\0' && last) {
			fprintf(err, "escalate: error: %s: missing value\n", a);
			return false;
		}
		*skip = p[1] == '\0';
		return true;
	}
	return true;
}

/* getopt found something wrong: name the argument as it was typed. */
static void
report_bad_arg(int argc, char **argv, FILE *err)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool skip = false, last = i + 1 >= argc, ok;

		if (strcmp(a, "--") == 0)
			break;
		if (a[0] != '-' || a[1] == '\0')
			continue;
		ok = a[1] == '-' ? check_long(a, last, &skip, err)
				 : check_short(a, last, &skip, err);
		if (!ok)
			return;
		i += skip;
	}
	fputs("escalate: error: bad options (see --help)\n", err);
}

static long
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : (n > 64 ? 64 : n);
}

enum cli_result
cli_parse(int argc, char **argv, struct options *o, FILE *out, FILE *err)
{
	struct option longopts[N_OPTS + 1];
	int c;

	for (size_t i = 0; i < N_OPTS; i++)
		longopts[i] = opt_table[i].opt;
	memset(&longopts[N_OPTS], 0, sizeof(longopts[N_OPTS]));
	o->fail_on = ACT_ESCALATE;
	o->jobs = default_jobs();
	o->answer_within = 3;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":f:o:j:qh", longopts, NULL)) !=
	       -1) {
		if (c == 'h') {
			print_help(out);
			return CLI_EXIT_OK;
		}
		if (c == OPT_VERSION) {
			fprintf(out, "escalate %s\n", ESC_VERSION);
			return CLI_EXIT_OK;
		}
		if (c == '?' || c == ':') {
			report_bad_arg(argc, argv, err);
			return CLI_USAGE;
		}
		if (!apply_option(o, c, optarg, err))
			return CLI_USAGE;
	}
	for (int i = optind; i < argc; i++)
		strlist_push(&o->paths, argv[i]);
	if (o->paths.n == 0 && !o->list_patterns) {
		fputs("escalate: error: no PATH given (see --help)\n", err);
		return CLI_USAGE;
	}
	return CLI_RUN;
}

/* A fixed offset: Z, UTC, +03:00, -0530. */
static bool
tz_offset(const char *s, char *posix, size_t n)
{
	int h, m = 0;
	char sign;

	if (strcmp(s, "Z") == 0 || strcmp(s, "UTC") == 0) {
		snprintf(posix, n, "UTC0");
		return true;
	}
	if ((s[0] != '+' && s[0] != '-') ||
	    (sscanf(s + 1, "%2d:%2d", &h, &m) < 1 &&
	     sscanf(s + 1, "%2d%2d", &h, &m) < 1))
		return false;
	if (strspn(s + 1, "0123456789:") != strlen(s + 1) || h > 14 || m > 59)
		return false;
	sign = s[0] == '+' ? '-' : '+'; /* POSIX TZ counts west */
	snprintf(posix, n, "<%c%02d%02d>%c%02d:%02d", s[0], h, m, sign, h, m);
	return true;
}

static bool
tz_name_known(const char *s)
{
	char path[PATH_MAX];

	if (!*s || s[0] == '/' || strstr(s, "..") ||
	    strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		      "0123456789/_+-") != strlen(s))
		return false;
	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", s);
	return access(path, R_OK) == 0;
}

bool
cli_apply_tz(const struct options *o, FILE *err)
{
	char posix[64];

	if (!o->tz)
		return true;
	if (tz_offset(o->tz, posix, sizeof(posix))) {
		setenv("TZ", posix, 1);
	} else if (tz_name_known(o->tz)) {
		setenv("TZ", o->tz, 1);
	} else {
		fprintf(err, "escalate: error: --tz: unknown time zone '%s'\n", o->tz);
		return false;
	}
	tzset();
	return true;
}

bool
cli_color(const struct options *o, int fd)
{
	const char *nc = getenv("NO_COLOR");

	if (o->color != WHEN_AUTO)
		return o->color == WHEN_ALWAYS;
	return isatty(fd) && !(nc && *nc);
}

bool
cli_progress(const struct options *o)
{
	if (o->progress != WHEN_AUTO)
		return o->progress == WHEN_ALWAYS;
	return isatty(STDERR_FILENO);
}

void
options_free(struct options *o)
{
	strlist_free(&o->excludes);
	free(o->output);
	free(o->now_arg);
	free(o->langs);
	free(o->calendar);
	free(o->jurisdiction);
	free(o->tz);
	strlist_free(&o->me);
	strlist_free(&o->patterns);
	strlist_free(&o->holidays);
	strlist_free(&o->paths);
}
