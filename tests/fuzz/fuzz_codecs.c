/* fuzz_codecs.c - libFuzzer target: the decoders on their own. The first
 * byte picks quoted-printable, base64, RFC 2047 words, a charset
 * conversion (the label is the text up to the first newline), UTF-8
 * sanitizing, MIME parameters or an RFC 5322 header block. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "mime.h"
#include "rfc822.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
do_qp(const char *s, size_t len)
{
	struct buf b = {0};

	mime_decode_qp(s, len, &b);
	buf_free(&b);
}

static void
do_base64(const char *s, size_t len)
{
	struct buf b = {0};

	mime_decode_base64(s, len, &b);
	buf_free(&b);
}

static void
do_words(const char *s, size_t len)
{
	(void)len;
	free(mime_decode_words(s));
}

/* "label\nbytes": convert the bytes from that charset. */
static void
do_charset(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len);
	struct strlist warn = {0};
	char *label;

	if (!nl)
		nl = s + len;
	label = xstrndup(s, (size_t)(nl - s));
	if (nl < s + len)
		nl++;
	free(charset_to_utf8(label, nl, len - (size_t)(nl - s), &warn));
	free(charset_to_utf8(charset_canonical(label), nl,
			     len - (size_t)(nl - s), NULL));
	free(label);
	strlist_free(&warn);
}

static void
do_utf8(const char *s, size_t len)
{
	utf8_valid(s, len);
	free(utf8_sanitize(s, len));
}

static void
do_params(const char *s, size_t len)
{
	(void)len;
	free(mime_type(s));
	free(mime_param(s, "charset"));
	free(mime_param(s, "boundary"));
	free(mime_param(s, "filename"));
}

/* A header block, then the MIME walk over its body. */
static void
do_headers(const char *s, size_t len)
{
	struct rfc822_headers h = {0};
	struct strlist warn = {0};
	struct esc_time t;
	size_t body = 0;
	char *name, *addr;

	rfc822_parse(s, len, &h, &body);
	rfc822_date(s, &t);
	rfc822_address(s, &name, &addr);
	free(name);
	free(addr);
	free(rfc822_msgid(s));
	if (body <= len)
		free(mime_body_text(&h, s + body, len - body, &warn));
	rfc822_free(&h);
	strlist_free(&warn);
}

typedef void (*codec_fn)(const char *s, size_t len);

static const codec_fn codecs[] = {
	do_qp, do_base64, do_words, do_charset, do_utf8, do_params, do_headers,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	codec_fn fn;
	char *buf;

	if (size == 0)
		return 0;
	fn = codecs[data[0] % (sizeof(codecs) / sizeof(codecs[0]))];
	buf = xmalloc(size);
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	fn(buf, size - 1);
	free(buf);
	return 0;
}
