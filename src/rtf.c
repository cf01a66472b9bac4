/* rtf.c - compressed RTF ([MS-OXRTFCP]) and RTF to text or to the HTML
 * it encapsulates ([MS-OXRTFEX]). */
#include "rtf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "html.h"

/* ---- decompression ---- */

#define LZFU_DICT 4096
#define LZFU_HEADER 16
#define LZFU_COMPRESSED 0x75465a4cu   /* "LZFu" */
#define LZFU_UNCOMPRESSED 0x414c454du /* "MELA" */

/* The dictionary's initial contents ([MS-OXRTFCP] 2.1.2.1). */
static const char lzfu_prebuf[] =
	"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman "
	"\\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes "
	"New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
	"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

_Static_assert(sizeof(lzfu_prebuf) - 1 == 207, "LZFu dictionary prefix");

static uint32_t
le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

/* The LZ77 loop: control bytes, literals and dictionary references,
 * until the end marker, the end of input or 'raw' bytes out. */
static size_t
lzfu_run(const unsigned char *in, const unsigned char *end, char *out,
	 size_t raw)
{
	unsigned char dict[LZFU_DICT];
	size_t wpos = sizeof(lzfu_prebuf) - 1, n = 0;

	memset(dict, 0, sizeof(dict));
	memcpy(dict, lzfu_prebuf, wpos);
	while (in < end && n < raw) {
		unsigned control = *in++;

		for (int bit = 0; bit < 8 && in < end && n < raw; bit++) {
			size_t off, l;

			if (!(control & (1u << bit))) {
				out[n++] = (char)(dict[wpos] = *in++);
				wpos = (wpos + 1) % LZFU_DICT;
				continue;
			}
			if (end - in < 2)
				return n;
			off = (size_t)in[0] << 4 | in[1] >> 4;
			l = (size_t)(in[1] & 0x0f) + 2;
			in += 2;
			if (off == wpos)
				return n; /* the end marker */
			for (size_t k = 0; k < l && n < raw; k++) {
				unsigned char c = dict[(off + k) % LZFU_DICT];

				out[n++] = (char)c;
				dict[wpos] = c;
				wpos = (wpos + 1) % LZFU_DICT;
			}
		}
	}
	return n;
}

char *
rtf_decompress(const unsigned char *in, size_t len, size_t *out_len,
	       const char **why)
{
	uint32_t comp, raw, type;
	const unsigned char *end;
	char *out;

	*out_len = 0;
	if (len < LZFU_HEADER) {
		*why = "compressed rtf: shorter than its header";
		return NULL;
	}
	comp = le32(in), raw = le32(in + 4), type = le32(in + 8);
	if (raw > RTF_MAX_RAW) {
		*why = "compressed rtf: body larger than the limit";
		return NULL;
	}
	if (type != LZFU_COMPRESSED && type != LZFU_UNCOMPRESSED) {
		*why = "compressed rtf: unknown compression type";
		return NULL;
	}
	/* comp counts the bytes after its own field; trust the smaller */
	end = in + (comp >= 12 && (size_t)comp - 12 <= len - LZFU_HEADER
			    ? LZFU_HEADER + ((size_t)comp - 12)
			    : len);
	out = xmalloc((size_t)raw + 1);
	if (type == LZFU_UNCOMPRESSED) {
		size_t have = (size_t)(end - in) - LZFU_HEADER;

		*out_len = have < raw ? have : raw;
		memcpy(out, in + LZFU_HEADER, *out_len);
	} else {
		*out_len = lzfu_run(in + LZFU_HEADER, end, out, raw);
	}
	out[*out_len] = '\0';
	return out;
}

/* ---- RTF reading ---- */

/* What one group level carries over to its nested groups. */
struct level {
	unsigned char skip;    /* a destination whose text is not output */
	unsigned char htmlrtf; /* \htmlrtf: RTF-only text in an HTML body */
	unsigned char htmltag; /* \*\htmltag: HTML source */
	unsigned char uc;      /* characters after \uN to skip */
};

struct rtf {
	const char *p, *end;
	struct level st[RTF_MAX_DEPTH];
	size_t depth;	  /* tracked levels - 1 */
	size_t untracked; /* levels nested beyond RTF_MAX_DEPTH */
	bool star;	  /* \* seen: the next control word is optional */
	bool group_start; /* no token yet in the current group */
	size_t skip_chars; /* left after \uN */
	uint32_t high;	  /* a pending high surrogate */
	char cpg[16];	  /* the \ansicpg code page for iconv */
	enum rtf_kind kind;
	struct buf out;
	struct buf bytes; /* \'hh bytes not yet converted */
};

/* Destinations whose text is never the message's. */
static const char *const skipped[] = {
	"fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
	"header", "headerl", "headerr", "headerf", "footer", "footerl",
	"footerr", "footerf", "footnote", "fldinst", "listtable",
	"listoverridetable", "rsidtbl", "generator", "xmlnstbl",
	"themedata", "colorschememapping", "latentstyles", "datastore",
	"filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend",
	"mmathPr", "wgrffmtfilter", "pnseclvl", "pntext", "pntxta",
	"pntxtb", "objdata", "blipuid", "shppict", "nonshppict",
};

/* Control words that stand for characters. */
static const struct {
	const char *word, *text;
} chars[] = {
	{"par", "\n"},	      {"line", "\n"},	      {"sect", "\n"},
	{"page", "\n"},	      {"row", "\n"},	      {"tab", "\t"},
	{"cell", "\t"},	      {"emdash", "\xe2\x80\x94"},
	{"endash", "\xe2\x80\x93"}, {"bullet", "\xe2\x80\xa2"},
	{"lquote", "\xe2\x80\x98"}, {"rquote", "\xe2\x80\x99"},
	{"ldblquote", "\xe2\x80\x9c"}, {"rdblquote", "\xe2\x80\x9d"},
	{"emspace", " "},     {"enspace", " "},	      {"qmspace", " "},
};

static struct level *
cur(struct rtf *r)
{
	return &r->st[r->depth];
}

/* Is text at this level part of the result? */
static bool
emitting(struct rtf *r)
{
	const struct level *l = cur(r);

	if (l->skip)
		return false;
	if (r->kind == RTF_FROM_HTML)
		return l->htmltag || !l->htmlrtf;
	return true;
}

static void
flush_bytes(struct rtf *r)
{
	char *u;

	if (r->bytes.len == 0)
		return;
	u = charset_to_utf8(r->cpg[0] ? r->cpg : "CP1252", r->bytes.s,
			    r->bytes.len, NULL);
	buf_puts(&r->out, u);
	free(u);
	r->bytes.len = 0;
}

static void
put_text(struct rtf *r, const char *s)
{
	flush_bytes(r);
	buf_puts(&r->out, s);
}

static void
put_codepoint(struct rtf *r, uint32_t cp)
{
	char u[5] = {0};

	if (cp >= 0xd800 && cp < 0xdc00) {
		r->high = cp;
		return;
	}
	if (cp >= 0xdc00 && cp < 0xe000) {
		cp = r->high ? 0x10000 + ((r->high - 0xd800) << 10) +
				       (cp - 0xdc00)
			     : 0xfffd;
	} else if (r->high) {
		put_text(r, "\xef\xbf\xbd");
	}
	r->high = 0;
	if (cp == 0)
		return;
	if (cp < 0x80) {
		u[0] = (char)cp;
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | cp >> 12);
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
	} else {
		u[0] = (char)(0xf0 | cp >> 18);
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
	}
	put_text(r, u);
}

/* One character of text (a raw byte or a \'hh byte). */
static void
put_byte(struct rtf *r, unsigned char c)
{
	if (r->skip_chars > 0) {
		r->skip_chars--;
		return;
	}
	if (!emitting(r))
		return;
	if (c < 0x80) {
		char s[2] = {(char)c, 0};

		put_text(r, s);
	} else {
		buf_putc(&r->bytes, (char)c);
	}
}

static void
open_group(struct rtf *r)
{
	if (r->depth + 1 >= RTF_MAX_DEPTH) {
		r->untracked++;
	} else {
		r->st[r->depth + 1] = r->st[r->depth];
		r->st[r->depth + 1].htmltag = 0;
		if (r->st[r->depth].htmltag) /* nested in an HTML tag */
			r->st[r->depth + 1].htmltag = 1;
		r->depth++;
	}
	r->skip_chars = 0;
	r->group_start = true;
}

static void
close_group(struct rtf *r)
{
	if (r->untracked > 0)
		r->untracked--;
	else if (r->depth > 0)
		r->depth--;
	r->skip_chars = 0;
	r->star = false;
}

static bool
in_list(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(w, list[i]) == 0)
			return true;
	return false;
}

/* Control words that change state; true when w was one. */
static bool
state_word(struct rtf *r, const char *w, bool has_n, long n)
{
	if (strcmp(w, "fromhtml") == 0 && r->depth <= 1) {
		r->kind = RTF_FROM_HTML;
	} else if (strcmp(w, "fromtext") == 0 && r->depth <= 1) {
		r->kind = RTF_FROM_TEXT;
	} else if (strcmp(w, "htmlrtf") == 0) {
		cur(r)->htmlrtf = !has_n || n != 0;
	} else if (strcmp(w, "htmltag") == 0 && r->star) {
		cur(r)->htmltag = 1;
		cur(r)->skip = r->kind != RTF_FROM_HTML;
	} else if (strcmp(w, "uc") == 0) {
		cur(r)->uc = (unsigned char)(has_n && n >= 0 && n < 16 ? n : 1);
	} else if (strcmp(w, "ansicpg") == 0 && has_n && n > 0 && n < 100000) {
		flush_bytes(r);
		snprintf(r->cpg, sizeof(r->cpg), "CP%ld", n);
	} else {
		return false;
	}
	return true;
}

static void
control_word(struct rtf *r, const char *w, bool has_n, long n)
{
	bool first = r->group_start;

	r->group_start = false;
	if (r->skip_chars > 0) {
		r->skip_chars--;
		return;
	}
	if (state_word(r, w, has_n, n)) {
		r->star = false;
		return;
	}
	if ((r->star || first) &&
	    in_list(w, skipped, sizeof(skipped) / sizeof(skipped[0]))) {
		cur(r)->skip = 1;
	} else if (r->star) {
		cur(r)->skip = 1; /* an optional destination we do not know */
	} else if (strcmp(w, "u") == 0 && has_n) {
		if (emitting(r))
			put_codepoint(r, (uint32_t)(n < 0 ? n + 65536 : n) & 0xffff);
		r->skip_chars = cur(r)->uc;
	} else if (emitting(r)) {
		for (size_t i = 0; i < sizeof(chars) / sizeof(chars[0]); i++)
			if (strcmp(w, chars[i].word) == 0)
				put_text(r, chars[i].text);
	}
	r->star = false;
}

/* After a backslash: a control word, \'hh or a control symbol. */
static void
control(struct rtf *r)
{
	char w[33];
	size_t k = 0;
	long n = 0;
	bool has_n = false, neg = false;
	const char *p = r->p;

	if (p >= r->end)
		return;
	if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
		while (p < r->end && ((*p >= 'a' && *p <= 'z') ||
				      (*p >= 'A' && *p <= 'Z'))) {
			if (k < sizeof(w) - 1)
				w[k++] = *p;
			p++;
		}
		w[k] = '\0';
		if (p < r->end && *p == '-')
			neg = true, p++;
		while (p < r->end && *p >= '0' && *p <= '9') {
			if (n < 100000000)
				n = n * 10 + (*p - '0');
			has_n = true;
			p++;
		}
		if (p < r->end && *p == ' ')
			p++;
		r->p = p;
		control_word(r, w, has_n, neg ? -n : n);
		return;
	}
	r->p = p + 1;
	r->group_start = false;
	if (*p == '\'' && r->end - p >= 3 && ascii_hexval(p[1]) >= 0 &&
	    ascii_hexval(p[2]) >= 0) {
		r->p = p + 3;
		put_byte(r, (unsigned char)(ascii_hexval(p[1]) * 16 +
					    ascii_hexval(p[2])));
	} else if (*p == '*') {
		r->star = true;
	} else if (*p == '\\' || *p == '{' || *p == '}') {
		put_byte(r, (unsigned char)*p);
	} else if (*p == '~') {
		if (emitting(r))
			put_text(r, "\xc2\xa0");
	} else if (*p == '_') {
		put_byte(r, '-');
	} else if (*p == '\n' || *p == '\r') {
		if (emitting(r))
			put_text(r, "\n");
	}
}

/* Line ends inside text, CR dropped; trailing blanks trimmed. */
static char *
finish(struct rtf *r)
{
	char *s, *w;

	flush_bytes(r);
	s = utf8_sanitize(r->out.s ? r->out.s : "", r->out.len);
	for (const char *p = w = s; *p; p++)
		if (*p != '\r')
			*w++ = *p;
	*w = '\0';
	buf_free(&r->out);
	buf_free(&r->bytes);
	return s;
}

char *
rtf_to_text(const char *rtf, size_t len, enum rtf_kind *kind)
{
	struct rtf *r = xcalloc(1, sizeof(*r));
	char *s;

	r->p = rtf;
	r->end = rtf + len;
	r->st[0].uc = 1;
	while (r->p < r->end) {
		char c = *r->p++;

		if (c == '{')
			open_group(r);
		else if (c == '}')
			close_group(r);
		else if (c == '\\')
			control(r);
		else if (c != '\r' && c != '\n') {
			r->group_start = false;
			put_byte(r, (unsigned char)c);
		}
	}
	*kind = r->kind;
	s = finish(r);
	free(r);
	return s;
}

char *
rtf_body_text(const unsigned char *z, size_t len, struct strlist *warn)
{
	const char *why = NULL;
	enum rtf_kind kind;
	size_t n = 0;
	char *rtf, *s, *t;

	if (!z || len == 0)
		return NULL;
	rtf = rtf_decompress(z, len, &n, &why);
	if (!rtf) {
		strlist_push(warn, why);
		return NULL;
	}
	s = rtf_to_text(rtf, n, &kind);
	free(rtf);
	if (kind != RTF_FROM_HTML)
		return s;
	t = html_to_text(s, strlen(s), "UTF-8");
	free(s);
	return t;
}
