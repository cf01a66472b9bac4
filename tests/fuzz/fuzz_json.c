/* fuzz_json.c - libFuzzer target: the JSON export readers (Telegram
 * result.json, Slack day files, DiscordChatExporter), each on the whole
 * input, so that the JSON seeds stay JSON; the depth pre-scan too. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json_export.h"
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const enum input_format formats[] = {
	FMT_TELEGRAM_JSON, FMT_SLACK, FMT_DISCORD,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	json_too_deep(buf, size, JSON_MAX_DEPTH);
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		struct conv_list out = {0};
		struct strlist warn = {0};

		/* no folder: a Slack day file finds no users.json beside it */
		reader_read("fuzz-no-such-dir/fuzz.json", formats[i], buf,
			    size, &out, &warn);
		conv_list_free(&out);
		strlist_free(&warn);
	}
	free(buf);
	return 0;
}
