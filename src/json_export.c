/* json_export.c - what the JSON exporters share: guarded access to
 * jansson values, cleaned text, times, the depth-checked parse. */
#include "json_export.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "charset.h"

#define EPOCH_DIGITS_MAX 12		/* seconds since 1970, as text */
#define OFFSET_LIMIT (18 * 3600)	/* a zone offset beyond this is bad */
#define EPOCH_LIMIT INT64_C(253402300799) /* 9999-12-31T23:59:59Z */

/* --- small helpers over jansson values: never trust a type --- */

/* The member 'key' of o when o is an object, else NULL (borrowed). */
json_t *
json_member(const json_t *o, const char *key)
{
	return json_is_object(o) ? json_object_get(o, key) : NULL;
}

/* A string member (borrowed, may hold fewer bytes than the value when
 * it contains NUL), or NULL. */
const char *
json_member_str(const json_t *o, const char *key)
{
	json_t *v = json_member(o, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

bool
json_member_is(const json_t *o, const char *key, const char *want)
{
	const char *s = json_member_str(o, key);

	return s && strcmp(s, want) == 0;
}

/* s[0..n) as valid UTF-8 with '\n' line ends (caller frees). */
char *
json_clean_text(const char *s, size_t n)
{
	char *t = utf8_sanitize(s, n), *w = t;

	for (const char *r = t; *r; r++) {
		if (*r != '\r') {
			*w++ = *r;
			continue;
		}
		*w++ = '\n';
		if (r[1] == '\n')
			r++;
	}
	*w = '\0';
	return t;
}

char *
json_clean_buf(struct buf *b)
{
	char *s = json_clean_text(b->s ? b->s : "", b->len);

	buf_free(b);
	return s;
}

/* A string value cleaned, or NULL when v is not a string. */
char *
json_clean_value(const json_t *v)
{
	if (!json_is_string(v))
		return NULL;
	return json_clean_text(json_string_value(v), json_string_length(v));
}

/* A name: cleaned and trimmed; NULL when absent or blank. */
char *
json_clean_name(const json_t *v)
{
	char *s = json_clean_value(v), *t;

	if (!s)
		return NULL;
	t = str_trim(s);
	if (*t == '\0') {
		free(s);
		return NULL;
	}
	t = xstrdup(t);
	free(s);
	return t;
}

/* An identifier given as a string or a number (old Telegram exports
 * write from_id as a number). */
char *
json_clean_id(const json_t *v)
{
	if (json_is_integer(v))
		return xasprintf("%lld", (long long)json_integer_value(v));
	if (json_is_real(v)) {
		double d = json_real_value(v);

		if (d > -1e18 && d < 1e18)
			return xasprintf("%.0f", d);
		return NULL;
	}
	return json_clean_name(v);
}

bool
json_text_empty(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n')
			return false;
	return true;
}

/* "voice_message" -> "voice message" (caller frees) */
char *
json_label_words(const char *what)
{
	char *s = json_clean_text(what, strlen(what));

	for (char *p = s; *p; p++)
		if (*p == '_')
			*p = ' ';
	return s;
}

/* "voice_message" -> "[voice message]" */
char *
json_bracket_label(const char *what)
{
	char *w = json_label_words(what), *s = xasprintf("[%s]", w);

	free(w);
	return s;
}

/* --- time --- */

/* Seconds since the epoch from "1458208082.000002", "1544006350" or a
 * number. */
static bool
epoch_value(const json_t *v, int64_t *secs)
{
	const char *s;
	int64_t n = 0;
	int nd = 0;

	if (json_is_integer(v) || json_is_real(v)) {
		double d = json_number_value(v);

		if (!(d >= -(double)EPOCH_LIMIT && d <= (double)EPOCH_LIMIT))
			return false;
		*secs = (int64_t)d;
		return true;
	}
	if (!json_is_string(v))
		return false;
	for (s = json_string_value(v); *s >= '0' && *s <= '9'; s++, nd++)
		if (nd < EPOCH_DIGITS_MAX)
			n = n * 10 + (*s - '0');
	if (nd == 0 || nd > EPOCH_DIGITS_MAX || (*s != '\0' && *s != '.') ||
	    n > EPOCH_LIMIT)
		return false;
	*secs = n;
	return true;
}

/* An instant shown in the process time zone (--tz). */
static bool
time_from_epoch_local(int64_t secs, struct esc_time *out)
{
	time_t tt = (time_t)secs;
	struct tm tm;
	int64_t local, off;

	if ((int64_t)tt != secs || localtime_r(&tt, &tm) == NULL)
		return false;
	local = days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1,
				tm.tm_mday) * 86400 +
		tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
	off = local - secs;
	if (off > OFFSET_LIMIT || off < -OFFSET_LIMIT)
		return false;
	out->t = secs;
	out->off = (int32_t)off;
	out->set = true;
	return true;
}

bool
json_epoch_time(const json_t *v, struct esc_time *out)
{
	int64_t secs;

	return epoch_value(v, &secs) && time_from_epoch_local(secs, out);
}

/* An ISO 8601 string: with its offset when it has one, else local. */
bool
json_iso_time(const json_t *v, struct esc_time *out)
{
	return json_is_string(v) && time_parse_iso(json_string_value(v), out);
}

/* --- parsing --- */

bool
json_too_deep(const char *data, size_t len, size_t max)
{
	size_t depth = 0;
	bool in_str = false;

	for (size_t i = 0; i < len; i++) {
		char ch = data[i];

		if (in_str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_str = false;
		} else if (ch == '"') {
			in_str = true;
		} else if (ch == '[' || ch == '{') {
			if (++depth > max)
				return true;
		} else if ((ch == ']' || ch == '}') && depth > 0) {
			depth--;
		}
	}
	return false;
}

json_t *
json_export_parse(const char *data, size_t len, const char *what,
		  struct strlist *warn)
{
	char *fixed = NULL;
	json_error_t err;
	json_t *root;

	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (json_too_deep(data, len, JSON_MAX_DEPTH)) {
		strlist_pushf(warn,
			      "%sjson nested deeper than %d levels, not read",
			      what, JSON_MAX_DEPTH);
		return NULL;
	}
	if (!utf8_valid(data, len)) {
		fixed = utf8_sanitize(data, len);
		data = fixed;
		len = strlen(fixed);
	}
	root = json_loadb(data, len, JSON_ALLOW_NUL | JSON_DECODE_INT_AS_REAL,
			  &err);
	free(fixed);
	if (!root)
		strlist_pushf(warn, "%sinvalid json at line %d: %s", what,
			      err.line, err.text);
	return root;
}

#define TOO_MANY "too many messages in one conversation; the rest ignored"

/* Room for one more message, or NULL and (once) a warning. */
struct message *
json_next_message(struct conversation *c, struct strlist *warn)
{
	if (c->n_msgs < JSON_MAX_MESSAGES)
		return conversation_add_message(c);
	if (!strlist_contains(warn, TOO_MANY))
		strlist_push(warn, TOO_MANY);
	return NULL;
}

/* --- one document, one exporter --- */

int
json_export_read_doc(const char *path, const char *data, size_t len,
		     struct conv_list *out, struct strlist *warn,
		     json_doc_reader *read)
{
	json_t *root = json_export_parse(data, len, "", warn);
	int rc;

	if (!root)
		return -1;
	rc = read(path, root, out, warn);
	json_decref(root);
	return rc;
}
