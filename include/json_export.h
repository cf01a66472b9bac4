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

/* Read one JSON export of format 'fmt' (FMT_TELEGRAM_JSON, FMT_SLACK or
 * FMT_DISCORD). A Telegram single-chat export is one conversation, a
 * whole-account export one per chat; a Slack day file is one
 * conversation (names from users.json two levels up, next to the
 * channel folders); a Slack metadata file yields none. Returns 0, or -1
 * when nothing could be read (then *warn says why). */
int json_export_read(const char *path, enum input_format fmt,
		     const char *data, size_t len, struct conv_list *out,
		     struct strlist *warn);

#endif /* ESC_JSON_EXPORT_H */
