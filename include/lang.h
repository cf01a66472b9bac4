/* lang.h - the language a conversation is written in, from its text
 * (shared by the ladder, the drafts, the report words and the legal
 * periods). */
#ifndef ESC_LANG_H
#define ESC_LANG_H

#include "message.h"

/* The conversation's language: "ru" when its customer (else any) text is
 * mostly Cyrillic, else "en". Borrowed static string. */
const char *conversation_lang(const struct conversation *c);

#endif /* ESC_LANG_H */
