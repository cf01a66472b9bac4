/* check_corpus_chat.c - the real chat samples of the shared corpus:
 * WhatsApp message counts, and detection over every listed file. */
#include <check.h>
#include <string.h>

#include "chat_text.h"
#include "corpus.h"
#include "suite.h"

static bool
is_whatsapp(const struct corpus_row *r)
{
	return strcmp(r->format, "whatsapp-txt") == 0;
}

static void
check_whatsapp(const struct corpus_file *f)
{
	struct conv_list out = {0};
	struct strlist warn = {0};

	ck_assert_msg(f->fmt == FMT_WHATSAPP, "%s: detected as %s",
		      f->row->path, format_name(f->fmt));
	ck_assert_msg(chat_read(f->path, FMT_WHATSAPP, f->data, f->len, &out,
				&warn) == 0,
		      "%s: not read", f->row->path);
	corpus_check_count(f, corpus_count_conv(out.v[0]), "messages");
	conv_list_free(&out);
	strlist_free(&warn);
}

START_TEST(test_whatsapp_counts)
{
	corpus_run("whatsapp-txt", is_whatsapp, check_whatsapp);
}
END_TEST

/* E-mail rows are EML; a file refused is refused with a reason. */
static void
check_detected(const struct corpus_file *f)
{
	static const char *const mail[] = {"eml", "maildir-message", NULL};

	if (corpus_format_in(f->row->format, mail))
		ck_assert_msg(f->fmt == FMT_EML, "%s: detected as %s (%s)",
			      f->row->path, format_name(f->fmt),
			      f->why ? f->why : "");
	if (f->fmt == FMT_BINARY || f->fmt == FMT_UNKNOWN ||
	    f->fmt == FMT_UNSUPPORTED)
		ck_assert_msg(f->why != NULL, "%s: %s without a reason",
			      f->row->path, format_name(f->fmt));
}

/* Every file: detection returns, and e-mail rows are EML. */
START_TEST(test_detect_all)
{
	corpus_run("listed", NULL, check_detected);
}
END_TEST

UNIT_SUITE_LIMIT(corpus_chat, 60,
	UNIT_TEST(test_whatsapp_counts),
	UNIT_TEST(test_detect_all))
