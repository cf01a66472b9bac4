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
read_eml(const char *path, const char *data, size_t len,
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
read_mbox_buffer(const char *path, const char *data, size_t len,
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

/* A reader of two formats, told which one its row is: chat_read and
 * meta_export_read take the format, the table's readers do not. */
#define WITH_FORMAT(name, reader, fmt)                                        \
	static int name(const char *path, const char *data, size_t len,       \
			struct conv_list *out, struct strlist *warn)          \
	{                                                                     \
		return reader(path, fmt, data, len, out, warn);               \
	}

WITH_FORMAT(read_whatsapp, chat_read, FMT_WHATSAPP)
WITH_FORMAT(read_chat_log, chat_read, FMT_CHATLOG)
WITH_FORMAT(read_messenger, meta_export_read, FMT_MESSENGER)
WITH_FORMAT(read_instagram, meta_export_read, FMT_INSTAGRAM)

/* A format that is recognised but not read: -1, and 'why' as the one
 * warning. */
#define REFUSAL(name, why)                                                    \
	static int name(const char *path, const char *data, size_t len,       \
			struct conv_list *out, struct strlist *warn)          \
	{                                                                     \
		(void)path, (void)data, (void)len, (void)out;                 \
		strlist_push(warn, why);                                      \
		return -1;                                                    \
	}

REFUSAL(refuse_binary, "binary file skipped")
REFUSAL(refuse_unsupported, "format not supported by this version")
REFUSAL(refuse_unknown, "unrecognized format")

/* The read column of formats.def. */
static reader_fn *const readers[] = {
#define FORMAT(id, name, channel, forming, feed, read) [id] = read,
#include "formats.def"
#undef FORMAT
};

int
reader_read(const char *path, enum input_format fmt, const char *data,
	    size_t len, struct conv_list *out, struct strlist *warn)
{
	if ((size_t)fmt >= sizeof(readers) / sizeof(readers[0]))
		return refuse_unknown(path, data, len, out, warn);
	return readers[fmt](path, data, len, out, warn);
}
