/* meta_export.h - Facebook Messenger and Instagram "Download your
 * information" JSON exports.
 *
 * Shapes read:
 * - message_1.json (Messenger, and Instagram since 2020): an object with
 *   "participants" [{"name"}], "messages" [{"sender_name",
 *   "timestamp_ms", "content", "photos"|"videos"|"audio_files"|"files"|
 *   "gifs"|"sticker", "share", "reactions", "type", "is_unsent"}],
 *   "title", "thread_path"; newest message first. A long thread is cut
 *   into message_1.json, message_2.json, ...: reading message_1.json
 *   reads its siblings too, and a later part read alone is skipped while
 *   message_1.json is beside it.
 * - the end-to-end encrypted Messenger export: "participants" as names,
 *   "threadName", messages with "senderName", "timestamp", "text".
 * - Instagram messages.json before 2020: an array of {"participants",
 *   "conversation": [{"sender", "created_at", "text", ...}]}, one
 *   conversation each.
 *
 * Meta writes every string as UTF-8 bytes escaped one by one ("\u00d0
 * \u00bf" for "п"): a string whose code points are all below U+0100 and
 * whose bytes then form valid UTF-8 is read as those bytes.
 *
 * Roles: in a two-person thread whose "title" names one participant, that
 * participant is the other side of the export's owner: the company (a
 * page or business); --me still decides. */
#ifndef ESC_META_EXPORT_H
#define ESC_META_EXPORT_H

#include <stddef.h>

#include "message.h"

#define META_MAX_PARTS 1000 /* message_N.json files joined at most */

/* FMT_INSTAGRAM or FMT_MESSENGER for a Meta export: the old Instagram
 * layout, an "instagram" folder or file name, or Instagram-only keys
 * decide Instagram. 'head' is the sniffed start of the file. */
enum input_format meta_kind(const char *path, const char *head, size_t len,
			    bool old_instagram);

/* Read one export (fmt FMT_MESSENGER or FMT_INSTAGRAM). Returns 0, or -1
 * when nothing could be read (then *warn says why). */
int meta_export_read(const char *path, enum input_format fmt,
		     const char *data, size_t len, struct conv_list *out,
		     struct strlist *warn);

/* A Meta string re-read as UTF-8 when it is mojibake (see above);
 * otherwise a copy. Caller frees. */
char *meta_unmojibake(const char *s, size_t len);

#endif /* ESC_META_EXPORT_H */
