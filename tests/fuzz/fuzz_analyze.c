/* fuzz_analyze.c - libFuzzer target: the built-in patterns, the deadline
 * resolver and the ladder over random chat text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "draft.h"
#include "ladder.h"
#include "chat_text.h"
#include "roles.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct patset ps;
static struct matcher *m;
static struct calendar *cal;

static void
setup(void)
{
	char *err = NULL;

	if (patset_load_builtin(&ps, "ru,en", &err) < 0 ||
	    patset_compile(&ps, &err) < 0)
		abort();
	m = matcher_new(&ps);
	cal = calendar_new();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	struct analyze_opts o = {0};
	char *buf;

	if (!m)
		setup();
	time_parse_iso("2026-11-28T12:00:00+03:00", &o.now);
	o.cal = cal;
	buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	chat_read("fuzz.txt", FMT_CHATLOG, buf, size, &out, &warn);
	for (size_t i = 0; i < out.n; i++) {
		roles_assign(out.v[i], &warn);
		analyze_conversation(out.v[i], m, &o, &warn);
		ladder_decide(out.v[i], o.now);
		draft_compose(out.v[i], o.now);
	}
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
