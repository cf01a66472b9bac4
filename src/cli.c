/* cli.c - the option table, getopt_long parsing and validation. */
#include "cli.h"

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
	 "built-in working-day calendar (default: Mon-Fri)"},
	{{"tz", required_argument, NULL, OPT_TZ}, "ZONE",
	 "zone for times that carry none (default: local zone)"},
	{{"fail-on", required_argument, NULL, OPT_FAIL_ON}, "ACTION",
	 "exit 1 when a step is at or above ACTION (default escalate; never)"},
	{{"explain", no_argument, NULL, OPT_EXPLAIN}, NULL,
	 "show the pattern id and matched text of each finding"},
	{{"jobs", required_argument, NULL, 'j'}, "N",
	 "analyze inputs in N threads (default: number of processors)"},
	{{"quiet", no_argument, NULL, 'q'}, NULL,
	 "no report, only the exit status"},
	{{"list-patterns", no_argument, NULL, OPT_LIST_PATTERNS}, NULL,
	 "print the active patterns and exit"},
	{{"version", no_argument, NULL, OPT_VERSION}, NULL,
	 "print the version and exit"},
	{{"help", no_argument, NULL, 'h'}, NULL, "print this help and exit"},
};

#define N_OPTS (sizeof(opt_table) / sizeof(opt_table[0]))

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
	for (size_t i = 0; i < sizeof(format_words) / sizeof(*format_words);
	     i++) {
		if (strcmp(s, format_words[i]) == 0) {
			*f = (enum out_format)i;
			return true;
		}
	}
	return false;
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

static void
set_str(char **dst, const char *s)
{
	free(*dst);
	*dst = xstrdup(s);
}

/* Apply one option; returns false after printing a usage error. */
static bool
apply_option(struct options *o, int c, const char *arg, FILE *err)
{
	struct esc_time t;

	switch (c) {
	case 'f':
		if (parse_format(arg, &o->format))
			return true;
		fprintf(err, "escalate: --format: unknown format '%s' (text, json, jsonl, csv, html)\n", arg);
		return false;
	case 'o':
		set_str(&o->output, arg);
		return true;
	case OPT_NOW:
		if (time_parse_iso(arg, &t)) {
			set_str(&o->now_arg, arg);
			return true;
		}
		fprintf(err, "escalate: --now: not an ISO 8601 date or time: '%s'\n", arg);
		return false;
	case OPT_ME:
		if (*arg) {
			strlist_push(&o->me, arg);
			return true;
		}
		fputs("escalate: --me: empty value\n", err);
		return false;
	case OPT_LANG:
		if (parse_langs(arg)) {
			set_str(&o->langs, arg);
			return true;
		}
		fprintf(err, "escalate: --lang: expected a list of ru, en: '%s'\n", arg);
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
	case OPT_FAIL_ON:
		if (strcmp(arg, "never") == 0) {
			o->fail_never = true;
			return true;
		}
		if (action_parse(arg, &o->fail_on)) {
			o->fail_never = false;
			return true;
		}
		fprintf(err, "escalate: --fail-on: unknown action '%s'\n", arg);
		return false;
	case OPT_EXPLAIN:
		o->explain = true;
		return true;
	case 'j':
		if (parse_jobs(arg, &o->jobs))
			return true;
		fprintf(err, "escalate: --jobs: expected a number from 1 to 256: '%s'\n", arg);
		return false;
	case 'q':
		o->quiet = true;
		return true;
	case OPT_LIST_PATTERNS:
		o->list_patterns = true;
		return true;
	}
	return false;
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
			const char *name = argv[optind - 1];

			fprintf(err, "escalate: %s: %s (see --help)\n", name,
				c == ':' ? "missing value" : "unknown option");
			return CLI_USAGE;
		}
		if (!apply_option(o, c, optarg, err))
			return CLI_USAGE;
	}
	for (int i = optind; i < argc; i++)
		strlist_push(&o->paths, argv[i]);
	if (o->paths.n == 0 && !o->list_patterns) {
		fputs("escalate: no PATH given (see --help)\n", err);
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
		fprintf(err, "escalate: --tz: unknown time zone '%s'\n", o->tz);
		return false;
	}
	tzset();
	return true;
}

void
options_free(struct options *o)
{
	free(o->output);
	free(o->now_arg);
	free(o->langs);
	free(o->calendar);
	free(o->tz);
	strlist_free(&o->me);
	strlist_free(&o->patterns);
	strlist_free(&o->holidays);
	strlist_free(&o->paths);
}
