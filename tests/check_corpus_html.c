/* check_corpus_html.c - the real HTML samples of the shared corpus: message
 * counts. */
#include <check.h>

#include "corpus.h"
#include "suite.h"

/* EXPECTED.tsv formats read by the HTML readers. */
static const char *const html_formats[] = {
    "telegram-html", "vkopt-html", "vk-html", "html-reply-fragment", "html",
    NULL,
};

static bool
is_html(const struct corpus_row *r)
{
	return corpus_format_in(r->format, html_formats);
}

static void
check_html(const struct corpus_file *f)
{
	struct strlist warn = {0};

	ck_assert_msg(f->fmt == FMT_TELEGRAM_HTML || f->fmt == FMT_HTML_PAGE,
		      "%s: detected as %s (%s)", f->row->path,
		      format_name(f->fmt), f->why ? f->why : "");
	corpus_check_count(f, corpus_read_count(f, &warn), "messages");
	strlist_free(&warn);
}

START_TEST(test_html_counts)
{
	corpus_run("html", is_html, check_html);
}
END_TEST

UNIT_SUITE_LIMIT(corpus_html, 60,
	UNIT_TEST(test_html_counts))
