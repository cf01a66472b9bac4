/* fuzz_msg.c - libFuzzer target: an Outlook .msg (OLE compound file)
 * through libolecf and our MAPI reading, and the same bytes as a
 * compressed RTF stream and as RTF text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "outlook.h"
#include "rtf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	const char *why = NULL;
	enum rtf_kind kind;
	size_t n = 0;
	char *buf = xmalloc(size + 1), *rtf;

	memcpy(buf, data, size);
	buf[size] = '\0';
	msg_read("fuzz.msg", buf, size, &out, &warn);
	rtf = rtf_decompress(data, size, &n, &why);
	free(rtf);
	free(rtf_to_text(buf, size, &kind));
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
