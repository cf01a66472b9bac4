/* fuzz_chat.c - libFuzzer target: the plain-text chat readers (WhatsApp,
 * generic chat logs, web-chat transcripts) and the transcript sniffer,
 * each on the whole input so that the seeds stay chats. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chat_text.h"
#include "roles.h"
#include "transcript.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
finish(struct conv_list *out, struct strlist *warn)
{
	for (size_t i = 0; i < out->n; i++)
		roles_assign(out->v[i], NULL);
	conv_list_free(out);
	strlist_free(warn);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	transcript_sniff(buf, size);
	chat_read("fuzz.txt", FMT_WHATSAPP, buf, size, &out, &warn);
	finish(&out, &warn);
	chat_read("fuzz.txt", FMT_CHATLOG, buf, size, &out, &warn);
	finish(&out, &warn);
	transcript_read("fuzz.txt", buf, size, &out, &warn);
	finish(&out, &warn);
	free(buf);
	return 0;
}
