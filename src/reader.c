/* reader.c - the dispatch from a format to its reader. */
#include "reader.h"

#include <stdio.h>

#include "chat_text.h"
#include "eml.h"
#include "html_export.h"
#include "json_export.h"
#include "mbox.h"
#include "meta_export.h"
#include "outlook.h"
#include "transcript.h"

/* An e-mail whose body is a web-chat transcript is read as a chat. */
static int
eml_with_transcripts(const char *path, const char *data, size_t len,
		     struct conv_list *out, struct strlist *warn)
{
	size_t first = out->n;
	int rc = eml_read(path, data, len, out, warn);

	for (size_t i = first; i < out->n; i++)
		transcript_from_email(out->v[i]);
	return rc;
}

/* An mbox already in memory (stdin); files are streamed by the batch. */
static int
mbox_read_buffer(const char *path, const char *data, size_t len,
		 struct conv_list *out, struct strlist *warn)
{
	FILE *f;
	int rc;

	if (len == 0) {
		strlist_push(warn, "no messages in mbox");
		return -1;
	}
	f = fmemopen((void *)data, len, "r");
	if (!f) {
		strlist_push(warn, "cannot read the mbox from memory");
		return -1;
	}
	rc = mbox_read_stream(f, path, out, warn);
	fclose(f);
	return rc;
}

int
reader_read(const char *path, enum input_format fmt, const char *data,
	    size_t len, struct conv_list *out, struct strlist *warn)
{
	switch (fmt) {
	case FMT_EML:
		return eml_with_transcripts(path, data, len, out, warn);
	case FMT_WHATSAPP:
	case FMT_CHATLOG:
		return chat_read(path, fmt, data, len, out, warn);
	case FMT_TELEGRAM_JSON:
	case FMT_SLACK:
	case FMT_DISCORD:
		return json_export_read(path, fmt, data, len, out, warn);
	case FMT_MESSENGER:
	case FMT_INSTAGRAM:
		return meta_export_read(path, fmt, data, len, out, warn);
	case FMT_OUTLOOK_MSG:
		return msg_read(path, data, len, out, warn);
	case FMT_PST:
		return pst_read(path, data, len, out, warn);
	case FMT_TELEGRAM_HTML:
		return tg_html_read(path, data, len, out, warn);
	case FMT_HTML_PAGE:
		return html_page_read(path, data, len, out, warn);
	case FMT_TRANSCRIPT:
		return transcript_read(path, data, len, out, warn);
	case FMT_MBOX:
		return mbox_read_buffer(path, data, len, out, warn);
	case FMT_BINARY:
		strlist_push(warn, "binary file skipped");
		return -1;
	case FMT_UNSUPPORTED:
		strlist_push(warn, "format not supported by this version");
		return -1;
	case FMT_UNKNOWN:
	default:
		strlist_push(warn, "unrecognized format");
		return -1;
	}
}
