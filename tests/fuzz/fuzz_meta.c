/* fuzz_meta.c - libFuzzer target: the Messenger and Instagram export
 * reader on the whole input, as both kinds, and the mojibake repair. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "meta_export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum input_format kinds[] = {FMT_MESSENGER, FMT_INSTAGRAM};
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	free(meta_unmojibake(buf, size));
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		struct conv_list out = {0};
		struct strlist warn = {0};

		/* no folder: a message_1.json finds no later parts */
		meta_export_read("fuzz-no-such-dir/message_1.json", kinds[i],
				 buf, size, &out, &warn);
		conv_list_free(&out);
		strlist_free(&warn);
	}
	free(buf);
	return 0;
}
