/* fuzz_html.c - libFuzzer target: the generic saved-page reader and
 * html_to_text() in a charset picked by the input's size, so that the
 * whole input stays the page. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "html_export.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const charsets[] = {
	NULL, "utf-8", "windows-1251", "koi8-r", "utf-16", "x-no-such",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conv_list out = {0};
	struct strlist warn = {0};
	size_t n = sizeof(charsets) / sizeof(charsets[0]);
	const char *cs = charsets[size % n];
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	free(html_to_text(buf, size, cs));
	html_page_read("fuzz.html", buf, size, &out, &warn);
	conv_list_free(&out);
	strlist_free(&warn);
	free(buf);
	return 0;
}
