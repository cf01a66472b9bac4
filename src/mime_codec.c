/* mime_codec.c - the MIME transfer decodings (RFC 2045): quoted-printable
 * and base64, and the two lexical helpers the MIME files share. */
#include "mime.h"

bool
mime_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool
mime_only_space(const char *s, const char *e)
{
	for (; s < e; s++)
		if (!mime_is_space(*s))
			return false;
	return true;
}

bool
mime_decode_qp(const char *s, size_t len, struct buf *out)
{
	bool ok = true;
	size_t i = 0, j;

	buf_append(out, "", 0);
	while (i < len) {
		if (s[i] != '=') {
			buf_putc(out, s[i++]);
			continue;
		}
		if (i + 2 < len && ascii_hexval(s[i + 1]) >= 0 &&
		    ascii_hexval(s[i + 2]) >= 0) {
			buf_putc(out, (char)(ascii_hexval(s[i + 1]) * 16 +
					     ascii_hexval(s[i + 2])));
			i += 3;
			continue;
		}
		for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '\t'); j++)
			;
		if (j < len && s[j] == '\r' && j + 1 < len && s[j + 1] == '\n')
			j++;
		if (j >= len || s[j] == '\n') { /* soft line break */
			i = j + 1;
			continue;
		}
		ok = false; /* bad escape: keep it as it is */
		buf_putc(out, s[i++]);
	}
	return ok;
}

static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

bool
mime_decode_base64(const char *s, size_t len, struct buf *out)
{
	unsigned long acc = 0;
	int bits = 0, v;
	bool ok = true;

	buf_append(out, "", 0);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '=') { /* padding ends a group */
			bits = 0;
			continue;
		}
		if ((v = b64val((unsigned char)s[i])) < 0) {
			ok = ok && mime_is_space(s[i]);
			continue;
		}
		acc = (acc << 6 | (unsigned long)v) & 0xFFFFFF;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_putc(out, (char)((acc >> bits) & 0xFF));
		}
	}
	return ok && bits < 6;
}
