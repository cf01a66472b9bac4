/* chat_text.h - plain-text chats: WhatsApp exports (Android and iOS)
 * and generic "[date time] Name: text" logs. */
#ifndef ESC_CHAT_TEXT_H
#define ESC_CHAT_TEXT_H

#include <stddef.h>

#include "message.h"

/* The chat in data[0..len) as one conversation; fmt is FMT_WHATSAPP or
 * FMT_CHATLOG (anything else is read as FMT_WHATSAPP). Returns 0, or -1
 * when no message could be read (then *warn says why). */
int chat_read(const char *path, enum input_format fmt, const char *data,
	      size_t len, struct conv_list *out, struct strlist *warn);

#endif /* ESC_CHAT_TEXT_H */
