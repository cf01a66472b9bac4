/* fuzz_tnef.c - libFuzzer target: a TNEF stream (winmail.dat) as it is,
 * and again with every attribute checksum made right, so that mutations
 * get past our bounds check and into libytnef's MAPI parsing. In this
 * process (tnef_text_here), so that libFuzzer sees libytnef's coverage;
 * the program itself runs libytnef in a child (tnef_text, tested by
 * tests/outlook.sh and the unit tests). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tnef.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Rewrite each attribute's checksum where its length fits. */
static void
fix_checksums(unsigned char *p, size_t len)
{
	size_t at = 6;

	while (at + 9 <= len) {
		uint32_t n = (uint32_t)p[at + 5] | (uint32_t)p[at + 6] << 8 |
			     (uint32_t)p[at + 7] << 16 |
			     (uint32_t)p[at + 8] << 24;
		unsigned sum = 0;

		at += 9;
		if (n > len - at || len - at - n < 2)
			return;
		for (size_t i = 0; i < n; i++)
			sum += p[at + i];
		p[at + n] = (unsigned char)(sum & 0xff);
		p[at + n + 1] = (unsigned char)((sum >> 8) & 0xff);
		at += n + 2;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strlist warn = {0};
	unsigned char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	free(tnef_text_here((const char *)buf, size, TNEF_MAX_DEPTH, &warn));
	fix_checksums(buf, size);
	free(tnef_text_here((const char *)buf, size, TNEF_MAX_DEPTH, &warn));
	strlist_free(&warn);
	free(buf);
	return 0;
}
