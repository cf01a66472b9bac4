/* fuzz_reader.c - libFuzzer target: every reader behind reader_read().
 * The first byte picks the format, so each reader is reached whatever
 * detection would say; the rest is the file. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const enum input_format formats[] = {
	FMT_EML,	   FMT_WHATSAPP,      FMT_CHATLOG,   FMT_TELEGRAM_JSON,
	FMT_SLACK,	   FMT_DISCORD,	      FMT_TELEGRAM_HTML, FMT_HTML_PAGE,
	FMT_TRANSCRIPT,	   FMT_MESSENGER,     FMT_INSTAGRAM, FMT_OUTLOOK_MSG,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format fmt;
	char *buf;

	if (size == 0)
		return 0;
	fmt = formats[data[0] % (sizeof(formats) / sizeof(formats[0]))];
	buf = xmalloc(size);
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	reader_read("fuzz.input", fmt, buf, size - 1, &out, &warn);
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
