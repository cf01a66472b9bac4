/* fuzz_mbox.c - libFuzzer target: the streaming mbox reader. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mbox.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	FILE *f;

	if (size == 0)
		return 0;
	f = fmemopen((void *)data, size, "r");
	if (!f)
		return 0;
	mbox_read_stream(f, "fuzz.mbox", &out, &warn);
	fclose(f);
	conv_list_free(&out);
	strlist_free(&warn);
	return 0;
}
