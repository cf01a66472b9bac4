/* detect.c - input format: libmagic's broad class, then content sniffing. */
#include "detect.h"

#include <magic.h>
#include <stdlib.h>
#include <string.h>

#include "html_export.h"
#include "json_export.h"
#include "meta_export.h"
#include "outlook.h"
#include "transcript.h"

#define SNIFF_BYTES 65536 /* libmagic and the sniffers see this much */
#define SNIFF_LINES 20	  /* non-empty lines looked at for chat shapes */
#define MIME_MAX 128
#define JSON_UNKNOWN "unrecognized format: json of an unknown kind"

struct detector {
	magic_t magic;
};

/* libmagic's answer reduced to what the sniffers need. */
enum mime_class {
	MC_TEXT,     /* text of some kind: sniff */
	MC_HTML,
	MC_JSON,
	MC_MAIL,
	MC_EMPTY,
	MC_OUTLOOK,
	MC_BINARY,
};

static const struct {
	const char *prefix;
	enum mime_class cls;
} mime_classes[] = {
	{"text/html", MC_HTML},
	{"application/xhtml", MC_HTML},
	{"application/json", MC_JSON},
	{"message/", MC_MAIL},
	{"application/mbox", MC_MAIL},
	{"inode/x-empty", MC_EMPTY},
	{"application/vnd.ms-outlook", MC_OUTLOOK},
	{"application/x-ole-storage", MC_OUTLOOK}, /* with a .msg name */
	{"text/", MC_TEXT},
	{"application/octet-stream", MC_TEXT}, /* decided by content */
	{"application/xml", MC_TEXT},
	{"application/", MC_BINARY},
	{"image/", MC_BINARY},
	{"audio/", MC_BINARY},
	{"video/", MC_BINARY},
	{"font/", MC_BINARY},
	{"model/", MC_BINARY},
};

/* Header fields that open a mail message (compared case-insensitively). */
static const char *const mail_headers[] = {
	"from",	      "to",	     "cc",	     "received",
	"return-path", "date",	     "message-id",  "mime-version",
	"subject",     "delivered-to", "reply-to",  "sender",
	"content-type", "content-transfer-encoding", "in-reply-to",
	"references",  "dkim-signature", "authentication-results",
	"x-mailer",    "user-agent",  "newsgroups", "path",
	"x-original-to", "envelope-to", "thread-topic", "list-id",
};

/* Openings of markup documents (case-insensitive). */
static const char *const html_starts[] = {
	"<!doctype html", "<html", "<head", "<body", "<div", "<meta",
	"<table", "<!--", "<p>", "<span", "<title", "<style", "<br",
};

struct detector *
detector_new(char **err)
{
	struct detector *d = xcalloc(1, sizeof(*d));

	*err = NULL;
	d->magic = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS |
			      MAGIC_ERROR);
	if (!d->magic) {
		*err = xstrdup("cannot open the libmagic library");
		free(d);
		return NULL;
	}
	if (magic_load(d->magic, NULL) != 0) {
		const char *e = magic_error(d->magic);

		*err = xasprintf("cannot load the libmagic database: %s",
				 e ? e : "unknown error");
		magic_close(d->magic);
		free(d);
		return NULL;
	}
	return d;
}

void
detector_free(struct detector *d)
{
	if (!d)
		return;
	magic_close(d->magic);
	free(d);
}

static enum mime_class
classify_mime(const char *mime)
{
	for (size_t i = 0; i < sizeof(mime_classes) / sizeof(mime_classes[0]);
	     i++)
		if (ascii_strncaseeq(mime, mime_classes[i].prefix,
				     strlen(mime_classes[i].prefix)))
			return mime_classes[i].cls;
	return MC_TEXT;
}

/* Copy libmagic's answer before the cookie is used again. */
static void
magic_mime(struct detector *d, const char *buf, size_t n, char out[MIME_MAX])
{
	const char *m = magic_buffer(d->magic, buf, n);
	size_t k;

	if (!m)
		m = "application/octet-stream";
	k = strlen(m);
	if (k >= MIME_MAX)
		k = MIME_MAX - 1;
	memcpy(out, m, k);
	out[k] = '\0';
}

static bool
has_prefix(const char *p, const char *end, const char *pre)
{
	size_t k = strlen(pre);

	return (size_t)(end - p) >= k && memcmp(p, pre, k) == 0;
}

static bool
has_prefix_ci(const char *p, const char *end, const char *pre)
{
	size_t k = strlen(pre);

	return (size_t)(end - p) >= k && ascii_strncaseeq(p, pre, k);
}

/* Signatures of compressed and binary files. */
static bool
binary_signature(const char *p, const char *end)
{
	static const char *const sigs[] = {
		"\x1f\x8b", "PK\x03\x04", "%PDF", "\x89PNG", "\xff\xd8\xff",
		"GIF8", "BZh", "\xfd\x37zXZ", "7z\xbc\xaf", "\x28\xb5\x2f\xfd",
	};

	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (has_prefix(p, end, sigs[i]))
			return true;
	return false;
}

/* Compressed files and archives are named, never read as text. */
static const struct {
	const char *sig;
	const char *what;
} compressed[] = {
	{"\x1f\x8b", "gzip-compressed file"},
	{"\xfd\x37zXZ", "xz-compressed file"},
	{"BZh", "bzip2-compressed file"},
	{"\x28\xb5\x2f\xfd", "zstd-compressed file"},
	{"PK\x03\x04", "zip archive"},
	{"7z\xbc\xaf", "7z archive"},
};

static const char *
compressed_kind(const char *p, const char *end)
{
	for (size_t i = 0; i < sizeof(compressed) / sizeof(compressed[0]); i++)
		if (has_prefix(p, end, compressed[i].sig))
			return compressed[i].what;
	return NULL;
}

static const char *
skip_space(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
			   *p == '\n'))
		p++;
	return p;
}

static const char *
line_end(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));

	return nl ? nl : end;
}

static const char *
next_line(const char *p, const char *end)
{
	p = line_end(p, end);
	return p < end ? p + 1 : end;
}

/* Invisible marks a chat line may start with: BOM, LRM, RLM. */
static const char *
skip_marks(const char *p, const char *end)
{
	while (has_prefix(p, end, "\xef\xbb\xbf") ||
	       has_prefix(p, end, "\xe2\x80\x8e") ||
	       has_prefix(p, end, "\xe2\x80\x8f"))
		p += 3;
	return p;
}

static int
count_digits(const char **p, const char *end, int max)
{
	int n = 0;

	while (*p < end && **p >= '0' && **p <= '9') {
		(*p)++;
		n++;
	}
	return n > max ? 0 : n;
}

static size_t
blank_len(const char *p, const char *end)
{
	if (p < end && *p == ' ')
		return 1;
	if (has_prefix(p, end, "\xc2\xa0"))
		return 2;
	if (has_prefix(p, end, "\xe2\x80\xaf"))
		return 3;
	return 0;
}

/* "28.11.26" / "2026-11-28": digits, separator, digits, separator. */
static bool
date_shape(const char **p, const char *end, bool *iso)
{
	int nd0, nd1, nd2;
	char sep;

	nd0 = count_digits(p, end, 4);
	if (nd0 == 0 || *p >= end)
		return false;
	sep = **p;
	if (sep != '.' && sep != '/' && sep != '-')
		return false;
	(*p)++;
	nd1 = count_digits(p, end, 2);
	if (nd1 == 0 || *p >= end || **p != sep)
		return false;
	(*p)++;
	nd2 = count_digits(p, end, 4);
	*iso = nd0 == 4 && sep == '-';
	if (nd0 == 4)
		return nd2 >= 1 && nd2 <= 2;
	return nd0 <= 2 && (nd2 == 2 || nd2 == 4);
}

/* The shape of a chat header line: FMT_WHATSAPP, FMT_CHATLOG or
 * FMT_UNKNOWN. */
static enum input_format
chat_shape(const char *p, const char *end)
{
	bool bracket, iso;
	const char *stop;
	size_t k;

	p = skip_marks(p, end);
	bracket = p < end && *p == '[';
	p += bracket;
	if (!date_shape(&p, end, &iso))
		return FMT_UNKNOWN;
	if (p < end && *p == ',')
		p++;
	if ((k = blank_len(p, end)) == 0)
		return FMT_UNKNOWN;
	p += k;
	if (count_digits(&p, end, 2) == 0 || p >= end || *p != ':')
		return FMT_UNKNOWN;
	p++;
	if (count_digits(&p, end, 2) != 2)
		return FMT_UNKNOWN;
	stop = p + 16 < end ? p + 16 : end;
	for (; p < stop; p++) {
		if ((bracket && *p == ']') ||
		    (!bracket && (has_prefix(p, end, " - ") ||
				  has_prefix(p, end, " \xe2\x80\x93 "))))
			return iso ? FMT_CHATLOG : FMT_WHATSAPP;
	}
	return FMT_UNKNOWN;
}

/* The first non-empty line has a chat header, or two of the first
 * SNIFF_LINES do. */
static enum input_format
sniff_chat(const char *p, const char *end)
{
	enum input_format first = FMT_UNKNOWN, f;
	int seen = 0, hits = 0;

	for (; p < end && seen < SNIFF_LINES; p = next_line(p, end)) {
		const char *le = line_end(p, end);

		if (skip_space(p, le) == le)
			continue;
		f = chat_shape(p, le);
		if (f != FMT_UNKNOWN && hits++ == 0)
			first = f;
		if (seen++ == 0 && f != FMT_UNKNOWN)
			return f;
	}
	return hits >= 2 ? first : FMT_UNKNOWN;
}

/* A header field "Name:" opening the line; true if one the mail
 * header list knows (or an X- field). */
static bool
known_header(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && *q > ' ' && *q < 127 && *q != ':')
		q++;
	if (q == p || q >= end || *q != ':')
		return false;
	if (q - p > 2 && ascii_strncaseeq(p, "x-", 2))
		return true;
	for (size_t i = 0; i < sizeof(mail_headers) / sizeof(mail_headers[0]);
	     i++)
		if (strlen(mail_headers[i]) == (size_t)(q - p) &&
		    ascii_strncaseeq(p, mail_headers[i], (size_t)(q - p)))
			return true;
	return false;
}

static bool
name_is_eml(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	return n >= 4 && ascii_strcaseeq(name + n - 4, ".eml");
}

/* JSON sniffing: which of these names occur as object keys (or, for
 * JV_*, as string values) at depths 1..JSON_SNIFF_DEPTH. */
#define JSON_SNIFF_DEPTH 3

enum json_word {
	JW_GUILD, JW_CHANNEL, JW_MESSAGES, JW_NAME, JW_TYPE, JW_ID, JW_FROM,
	JW_DATE, JW_DATE_UNIX, JW_CHATS, JW_LIST, JW_TS, JW_PARTICIPANTS,
	JV_MESSAGE, JW_SENDER_NAME, JW_SENDERNAME, JW_CONVERSATION, JW_N
};

static const char *const json_words[JW_N] = {
	"guild", "channel", "messages", "name", "type", "id", "from", "date",
	"date_unixtime", "chats", "list", "ts", "participants", "message",
	"sender_name", "senderName", "conversation",
};

#define JW(w) (1u << (w))

static unsigned
json_word_bit(const char *s, const char *e)
{
	for (size_t i = 0; i < JW_N; i++)
		if (strlen(json_words[i]) == (size_t)(e - s) &&
		    memcmp(s, json_words[i], (size_t)(e - s)) == 0)
			return JW(i);
	return 0;
}

/* Key and value masks per depth over the sniffed bytes. */
static void
json_scan(const char *p, const char *end, unsigned keys[], unsigned vals[])
{
	size_t depth = 0;

	for (; p < end; p++) {
		const char *s, *q;

		if (*p == '{' || *p == '[')
			depth++;
		else if ((*p == '}' || *p == ']') && depth > 0)
			depth--;
		if (*p != '"')
			continue;
		for (s = q = p + 1; q < end && *q != '"'; q++)
			if (*q == '\\' && ++q == end)
				return;
		if (q >= end)
			return;
		p = q;
		if (depth > JSON_SNIFF_DEPTH)
			continue;
		q = skip_space(q + 1, end);
		if (q < end && *q == ':')
			keys[depth] |= json_word_bit(s, p);
		else
			vals[depth] |= json_word_bit(s, p);
	}
}

/* Telegram result.json, DiscordChatExporter, a Slack day file (or a
 * Slack metadata file, by name), a Messenger or Instagram export, or
 * FMT_UNKNOWN. */
static enum input_format
sniff_json(const char *name, const char *p, const char *end)
{
	unsigned k[JSON_SNIFF_DEPTH + 1] = {0}, v[JSON_SNIFF_DEPTH + 1] = {0};
	const unsigned dc = JW(JW_GUILD) | JW(JW_CHANNEL) | JW(JW_MESSAGES);

	json_scan(p, end, k, v);
	if (slack_meta_name(name))
		return FMT_SLACK; /* a Slack export's own file, array or
				   * object ({"logs": [...]}) */
	if (*p == '[' && (k[2] & JW(JW_CONVERSATION)) &&
	    (k[2] & JW(JW_PARTICIPANTS)))
		return meta_kind(name, p, (size_t)(end - p), true);
	if (*p == '{' && (k[1] & JW(JW_MESSAGES)) &&
	    (k[3] & (JW(JW_SENDER_NAME) | JW(JW_SENDERNAME))))
		return meta_kind(name, p, (size_t)(end - p), false);
	if (*p == '[') {
		if ((k[2] & JW(JW_TS)) && (v[2] & JW(JV_MESSAGE)))
			return FMT_SLACK;
		return FMT_UNKNOWN;
	}
	if ((k[1] & dc) == dc)
		return FMT_DISCORD;
	if ((k[1] & JW(JW_MESSAGES)) && !(k[1] & JW(JW_PARTICIPANTS)) &&
	    ((k[1] & (JW(JW_NAME) | JW(JW_TYPE) | JW(JW_ID))) ||
	     (k[3] & (JW(JW_FROM) | JW(JW_DATE) | JW(JW_DATE_UNIX)))))
		return FMT_TELEGRAM_JSON;
	if ((k[1] & JW(JW_CHATS)) && (k[2] & JW(JW_LIST)))
		return FMT_TELEGRAM_JSON;
	return FMT_UNKNOWN;
}

/* Case-insensitive search for 'needle' in p[0..end). */
static bool
contains_ci(const char *p, const char *end, const char *needle)
{
	for (; p < end; p++)
		if (has_prefix_ci(p, end, needle))
			return true;
	return false;
}

/* A Telegram Desktop export page or another HTML page; an XML
 * document without HTML in it is not read. */
static enum input_format
html_kind(const char *p, const char *end, char **why)
{
	if (tg_html_sniff(p, (size_t)(end - p)))
		return FMT_TELEGRAM_HTML;
	if (has_prefix_ci(p, end, "<?xml") && !contains_ci(p, end, "<html") &&
	    !contains_ci(p, end, "<body")) {
		*why = xstrdup("xml documents are not supported");
		return FMT_UNSUPPORTED;
	}
	return FMT_HTML_PAGE;
}

/* Formats told by the content alone; FMT_UNKNOWN if none. */
static enum input_format
sniff_content(const char *name, const char *p, const char *end,
	      char **why)
{
	enum input_format f = sniff_chat(p, end);

	if (f != FMT_UNKNOWN)
		return f;
	p = skip_space(p, end);
	if (p < end && (*p == '{' || *p == '[')) {
		f = sniff_json(name, p, end);
		if (f == FMT_UNKNOWN)
			*why = xstrdup(JSON_UNKNOWN);
		return f;
	}
	for (size_t i = 0; i < sizeof(html_starts) / sizeof(html_starts[0]);
	     i++) {
		if (has_prefix_ci(p, end, html_starts[i]) ||
		    has_prefix_ci(p, end, "<?xml"))
			return html_kind(p, end, why);
	}
	if (has_prefix(p, end, "From ")) {
		/* One message or many: the mbox reader takes both, and
		 * streams; a saved .eml may carry an envelope line. */
		return name_is_eml(name) ? FMT_EML : FMT_MBOX;
	}
	return known_header(p, end) ? FMT_EML : FMT_UNKNOWN;
}

/* A header block opens the input: "From " or two header lines. */
static bool
mail_start(const char *p, const char *end)
{
	const char *l2 = next_line(p, end);

	if (has_prefix(p, end, "From "))
		return true;
	return known_header(p, end) &&
	       (known_header(l2, end) ||
		(l2 < end && (*l2 == ' ' || *l2 == '\t')));
}

/* A web-chat transcript; its "Date: ..." header line is not mail, and
 * chat exports and markup are told apart first. */
static bool
is_transcript(const char *p, const char *end)
{
	const char *q = skip_space(p, end);

	if (q < end && (*q == '<' || *q == '{'))
		return false;
	return !mail_start(p, end) && sniff_chat(p, end) == FMT_UNKNOWN &&
	       !memchr(p, '\0', (size_t)(end - p)) &&
	       transcript_sniff(p, (size_t)(end - p));
}

/* Formats told by libmagic's class when the content said nothing. */
static enum input_format
by_class(enum mime_class mc, const char *name, const char *p,
	 const char *end, char **why)
{
	switch (mc) {
	case MC_MAIL:
		return FMT_EML;
	case MC_HTML:
		return html_kind(p, end, why);
	case MC_JSON:
		*why = xstrdup(JSON_UNKNOWN);
		return FMT_UNKNOWN;
	default:
		break;
	}
	if (name_is_eml(name))
		return FMT_EML;
	*why = xstrdup("unrecognized format");
	return FMT_UNKNOWN;
}

static bool
is_msg_name(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	return n >= 4 && ascii_strcaseeq(name + n - 4, ".msg");
}

/* Outcomes decided before any sniffing: empty, binary, UTF-16. */
static bool
decided_early(enum mime_class mc, const char *mime, const char *name,
	      const char *p, const char *end, enum input_format *f,
	      char **why)
{
	if (p == end || mc == MC_EMPTY) {
		*why = xstrdup("empty file");
		*f = FMT_UNKNOWN;
	} else if (pst_signature(p, (size_t)(end - p))) {
		*f = FMT_PST;
	} else if (msg_signature(p, (size_t)(end - p)) &&
		   ((mc == MC_OUTLOOK && strstr(mime, "outlook")) ||
		    is_msg_name(name))) {
		*f = FMT_OUTLOOK_MSG;
	} else if (has_prefix(p, end, "\xff\xfe") ||
		   has_prefix(p, end, "\xfe\xff")) {
		*why = xstrdup("utf-16 text files are not yet supported");
		*f = FMT_UNSUPPORTED;
	} else if (compressed_kind(p, end)) {
		*why = xasprintf("%s: not read", compressed_kind(p, end));
		*f = FMT_BINARY;
	} else if (mc == MC_BINARY || mc == MC_OUTLOOK ||
		   binary_signature(p, end)) {
		*why = xasprintf("binary file (%s)", mime);
		*f = FMT_BINARY;
	} else {
		return false;
	}
	return true;
}

/* Where 'needle' first occurs in p[0..end), or NULL. */
static const char *
find_bytes(const char *p, const char *end, const char *needle)
{
	for (; p < end; p++)
		if (has_prefix(p, end, needle))
			return p;
	return NULL;
}

/* A report escalate wrote (SPEC 8), saved where the inputs are: never
 * read back as a conversation. */
static bool
own_report(const char *p, const char *end)
{
	static const char *const csv_head =
		"source,subject,tickets,step,action,next_due,days_overdue,reason\r\n";
	const char *le = line_end(p, end), *q;
	const char *top = end - p < 256 ? end : p + 256;

	if (has_prefix(p, end, csv_head))
		return true;
	if (has_prefix(p, end, "== ") && (q = find_bytes(p, le, "  (c"))) {
		/* "== PATH  (c12, whatsapp, 8 messages)" in any language */
		q += 4;
		if (count_digits(&q, le, 9) > 0 && has_prefix(q, le, ", "))
			return true;
	}
	if (has_prefix(p, end, "{\"id\":\"c") &&
	    find_bytes(p, le, "\",\"source\":"))
		return true;
	if (has_prefix(p, end, "{") &&
	    has_prefix(skip_space(p + 1, end), end, "\"version\":") &&
	    (q = find_bytes(p, top, "\"now\":")) != NULL)
		return find_bytes(q, end, "\"inputs\":") != NULL;
	return find_bytes(p, end,
			  "<meta name=\"generator\" content=\"escalate") != NULL;
}

enum input_format
detect_format(struct detector *d, const char *name, const char *buf,
	      size_t len, char **why)
{
	size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
	const char *p = buf, *end = buf + n;
	char mime[MIME_MAX];
	enum mime_class mc;
	enum input_format f;

	*why = NULL;
	magic_mime(d, buf, n, mime);
	mc = classify_mime(mime);
	if (p < end && own_report(skip_marks(p, end), end)) {
		*why = xstrdup("a report written by escalate: not read");
		return FMT_OWN_REPORT;
	}
	if (decided_early(mc, mime, name, p, end, &f, why))
		return f;
	p = skip_marks(p, end);
	if (is_transcript(p, end))
		return FMT_TRANSCRIPT;
	/* Mail may carry NUL bytes in a binary part; headers come first. */
	if (known_header(p, end))
		return FMT_EML;
	if (memchr(p, '\0', (size_t)(end - p))) {
		*why = xasprintf("binary file (%s)", mime);
		return FMT_BINARY;
	}
	f = sniff_content(name, p, end, why);
	if (f != FMT_UNKNOWN || *why)
		return f;
	return by_class(mc, name, p, end, why);
}
