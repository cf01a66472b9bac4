/* reader.h - turning one input's bytes into conversations.
 *
 * Readers never see patterns. Each reader appends conversations it owns
 * to 'out' (caller frees them) and warnings about the input to 'warn'. */
#ifndef ESC_READER_H
#define ESC_READER_H

#include <stddef.h>

#include "message.h"

struct conv_list {
	struct conversation **v;
	size_t n, cap;
};

void conv_list_push(struct conv_list *l, struct conversation *c);
void conv_list_free(struct conv_list *l); /* frees the conversations */

/* One EML message as one conversation. Returns 0, or -1 when nothing
 * could be read (then *warn says why). */
int eml_read(const char *path, const char *data, size_t len,
	     struct conv_list *out, struct strlist *warn);
/* Fill one zeroed message *m from an RFC 5322 buffer (what eml_read does
 * for its single message, index left alone); *subject (when not NULL)
 * gets a copy of the decoded subject or NULL. Returns 0, or -1 when the
 * buffer has no header block (then *m is untouched and *warn says why). */
int eml_parse_message(const char *data, size_t len, struct message *m,
		      char **subject, struct strlist *warn);
/* A plain-text chat (WhatsApp Android, generic "[date time] Name:"). */
int chat_read(const char *path, enum input_format fmt, const char *data,
	      size_t len, struct conv_list *out, struct strlist *warn);
/* Dispatch on format. */
int reader_read(const char *path, enum input_format fmt, const char *data,
		size_t len, struct conv_list *out, struct strlist *warn);

/* Roles (SPEC 3): --me first, then support-like addresses and names,
 * a shared company domain, who asked first. Adds a note when the roles
 * cannot be told. */
void roles_assign(struct conversation *c, const struct strlist *me);
struct matcher;
/* The same, with one more cue before any guess: a sender who writes an
 * operator phrase (pattern type operator: "Чем могу помочь?", "my name
 * is Sam and I'm your support agent") is the company. m may be NULL. */
void roles_assign_with(struct conversation *c, const struct strlist *me,
		       struct matcher *m);

#endif /* ESC_READER_H */
