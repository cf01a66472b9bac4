/* roles.h - who is the customer and who the company in a conversation
 * (SPEC 3). */
#ifndef ESC_ROLES_H
#define ESC_ROLES_H

#include "message.h"

struct matcher;

/* Roles (SPEC 3): --me first, then support-like addresses and names,
 * a shared company domain, who asked first. Adds a note when the roles
 * cannot be told. */
void roles_assign(struct conversation *c, const struct strlist *me);
/* The same, with one more cue before any guess: a sender who writes an
 * operator phrase (pattern type operator: "Чем могу помочь?", "my name
 * is Sam and I'm your support agent") is the company. m may be NULL. */
void roles_assign_with(struct conversation *c, const struct strlist *me,
		       struct matcher *m);

#endif /* ESC_ROLES_H */
