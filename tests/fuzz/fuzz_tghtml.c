/* fuzz_tghtml.c - libFuzzer target: the Telegram Desktop HTML export
 * reader and its sniffer. The path names no folder, so no later part
 * (messages2.html, ...) is looked for. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html_export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	tg_html_sniff(buf, size);
	tg_html_read("fuzz-no-such-dir/fuzz.html", buf, size, &out, &warn);
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
