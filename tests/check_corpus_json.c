/* check_corpus_json.c - the real JSON chat exports of the shared corpus:
 * every Telegram, Slack, DiscordChatExporter, Messenger and Instagram
 * row of EXPECTED.tsv is
 * detected as its format and read with the expected count of non-system
 * messages. Skips when the corpus is absent. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus.h"
#include "suite.h"

/* EXPECTED.tsv format column -> the format the detector must answer. */
static const struct {
	const char *column;
	enum input_format fmt;
} kinds[] = {
	{"telegram-json", FMT_TELEGRAM_JSON},
	{"discordchatexporter-json", FMT_DISCORD},
	{"slack-export-json", FMT_SLACK},
	{"slack-export-meta", FMT_SLACK},
	{"messenger-json", FMT_MESSENGER},
	{"instagram-json", FMT_INSTAGRAM},
};

/* The format a JSON chat row must be detected as; FMT_UNKNOWN for the
 * rows of other formats. */
static enum input_format
kind_of(const struct corpus_row *r)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(r->format, kinds[i].column) == 0)
			return kinds[i].fmt;
	return FMT_UNKNOWN;
}

static bool
is_json_chat(const struct corpus_row *r)
{
	return kind_of(r) != FMT_UNKNOWN;
}

static void
check_json(const struct corpus_file *f)
{
	enum input_format want = kind_of(f->row);
	struct strlist warn = {0};
	size_t got;

	ck_assert_msg(f->fmt == want, "%s: detected as %s, want %s (%s)",
		      f->row->path, format_name(f->fmt), format_name(want),
		      f->why ? f->why : "");
	got = corpus_read_count(f, &warn);
	ck_assert_msg(warn.n == 0, "%s: warning '%s'", f->row->path,
		      warn.n ? warn.v[0] : "");
	corpus_check_count(f, got, "messages");
	strlist_free(&warn);
}

START_TEST(test_json_counts)
{
	setenv("TZ", "UTC0", 1);
	tzset();
	corpus_run("json chat", is_json_chat, check_json);
}
END_TEST

UNIT_SUITE_LIMIT(corpus_json, 60,
	UNIT_TEST(test_json_counts))
