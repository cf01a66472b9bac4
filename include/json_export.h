/* json_export.h - chat exports written as JSON: Telegram Desktop
 * result.json, Slack workspace exports, DiscordChatExporter JSON.
 *
 * Parsed with jansson after a bracket-depth pre-scan, so a document
 * nested deeper than JSON_MAX_DEPTH is refused before any recursion. */
#ifndef ESC_JSON_EXPORT_H
#define ESC_JSON_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "message.h"

#define JSON_MAX_DEPTH 64		   /* deeper documents are refused */
#define JSON_MAX_MESSAGES 1000000	   /* per conversation; more dropped */
#define SLACK_USERS_MAX ((size_t)64 << 20) /* users.json bytes read */

/* True when the brackets of data[0..len) nest deeper than max; brackets
 * inside strings do not count. Never recurses. */
bool json_too_deep(const char *data, size_t len, size_t max);

/* True for the file names of a Slack export that hold no messages
 * (users.json, channels.json, integration_logs.json, ...); the
 * directory part of 'path' is ignored. */
bool slack_meta_name(const char *path);

struct json_t;
/* Parse a whole document (a UTF-8 byte order mark skipped, the depth
 * checked first, invalid UTF-8 replaced so that one bad byte does not
 * lose the file); NULL with a warning prefixed by 'what' on error. The
 * caller owns the result (json_decref). */
struct json_t *json_export_parse(const char *data, size_t len,
				 const char *what, struct strlist *warn);

/* -- json_export.c: what the three exporters share -- */

/* The member 'key' of o when o is an object, else NULL (borrowed). */
struct json_t *json_member(const struct json_t *o, const char *key);
/* A string member (borrowed, may hold fewer bytes than the value when
 * it contains NUL), or NULL. */
const char *json_member_str(const struct json_t *o, const char *key);
/* True when the member 'key' is the string 'want'. */
bool json_member_is(const struct json_t *o, const char *key,
		    const char *want);
/* s[0..n) as valid UTF-8 with '\n' line ends (caller frees). */
char *json_clean_text(const char *s, size_t n);
/* The text assembled in b, cleaned like json_clean_text; b is freed. */
char *json_clean_buf(struct buf *b);
/* A string value cleaned, or NULL when v is not a string. */
char *json_clean_value(const struct json_t *v);
/* A name: cleaned and trimmed; NULL when absent or blank. */
char *json_clean_name(const struct json_t *v);
/* An identifier given as a string or a number (old Telegram exports
 * write from_id as a number); NULL when neither. */
char *json_clean_id(const struct json_t *v);
/* True when s is NULL or only white space. */
bool json_text_empty(const char *s);
/* "voice_message" -> "voice message" (caller frees). */
char *json_label_words(const char *what);
/* "voice_message" -> "[voice message]" (caller frees). */
char *json_bracket_label(const char *what);
/* A time given as seconds since the epoch ("1458208082.000002",
 * "1544006350" or a number), shown in the process time zone (--tz). */
bool json_epoch_time(const struct json_t *v, struct esc_time *out);
/* An ISO 8601 string: with its offset when it has one, else local. */
bool json_iso_time(const struct json_t *v, struct esc_time *out);
/* Room for one more message of c, or NULL and (once) a warning when c
 * holds JSON_MAX_MESSAGES already. */
struct message *json_next_message(struct conversation *c,
				  struct strlist *warn);

/* Reads one parsed document into conversations. */
typedef int json_doc_reader(const char *path, const struct json_t *root,
			    struct conv_list *out, struct strlist *warn);
/* Parse data[0..len) (json_export_parse) and hand the document to read;
 * returns what read returns, or -1 when the document does not parse. */
int json_export_read_doc(const char *path, const char *data, size_t len,
			 struct conv_list *out, struct strlist *warn,
			 json_doc_reader *read);

/* -- the exporters: each returns 0, or -1 when nothing could be read
 * (then *warn says why) -- */

/* json_telegram.c: a Telegram Desktop result.json. A single-chat export
 * is one conversation, a whole-account export one per chat. */
int json_telegram_read(const char *path, const char *data, size_t len,
		       struct conv_list *out, struct strlist *warn);
/* json_discord.c: a DiscordChatExporter JSON file, one conversation. */
int json_discord_read(const char *path, const char *data, size_t len,
		      struct conv_list *out, struct strlist *warn);
/* json_slack.c: a Slack day file is one conversation (names from
 * users.json two levels up, next to the channel folders); a Slack
 * metadata file yields none and returns 0. */
int json_slack_read(const char *path, const char *data, size_t len,
		    struct conv_list *out, struct strlist *warn);

#endif /* ESC_JSON_EXPORT_H */
