/* fuzz_eml.c - libFuzzer target: one EML message through the reader. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eml.h"
#include "roles.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	eml_read("fuzz.eml", buf, size, &out, &warn);
	for (size_t i = 0; i < out.n; i++)
		roles_assign(out.v[i], &warn);
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
