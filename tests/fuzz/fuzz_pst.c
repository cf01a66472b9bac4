/* fuzz_pst.c - libFuzzer target: an Outlook mailbox (.pst) through our
 * checks and libpst. libpst reads files only, so each input is written
 * to a temporary file first, in $TMPDIR (make fuzz: /dev/shm). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "outlook.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};

	pst_read("-", (const char *)data, size, &out, &warn);
	conv_list_free(&out);
	strlist_free(&warn);
	return 0;
}
