/* fuzz_chat.c - libFuzzer target: plain-text chat readers. The first
 * byte picks the format. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	enum input_format fmt;
	char *buf;

	if (size == 0)
		return 0;
	fmt = (data[0] & 1) ? FMT_WHATSAPP : FMT_CHATLOG;
	buf = xmalloc(size);
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	chat_read("fuzz.txt", fmt, buf, size - 1, &out, &warn);
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
