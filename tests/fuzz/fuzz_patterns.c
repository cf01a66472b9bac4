/* fuzz_patterns.c - libFuzzer target: a pattern file through the loader
 * and compiler (what --patterns accepts). */
#include <stdint.h>
#include <stdlib.h>

#include "patterns.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct patset ps = {0};
	char *err = NULL;

	if (patset_load_buffer(&ps, "fuzz.pat", (const char *)data, size,
			       &err) == 0)
		patset_compile(&ps, &err);
	free(err);
	patset_free(&ps);
	return 0;
}
