/* thread_subject.h - what a subject line tells threading (SPEC 3): the
 * normalized subject compared between e-mails, and "[#123]" ticket tags.
 * Used by the thread index (thread_index.h) and the merge (thread.h). */
#ifndef ESC_THREAD_SUBJECT_H
#define ESC_THREAD_SUBJECT_H

#include "util.h"

#define THREAD_MAX_KEY 1024 /* bytes of a normalized subject compared */
#define THREAD_MAX_TAG 128  /* a "[...]" subject tag longer is text */

/* The subject compared for threading: Re:/Fwd:/Отв:/... prefixes and
 * "[...]" tags removed, white space collapsed, ASCII and Cyrillic
 * lower-cased. Newly allocated; "" when nothing is left. */
char *thread_subject_key(const char *subject);
/* Ticket values of the subject's "[#12345]" / "[Ticket#2026...]" tags,
 * normalized like ticket findings (no '#', upper case), appended to
 * out without duplicates. */
void thread_subject_tickets(const char *subject, struct strlist *out);

#endif /* ESC_THREAD_SUBJECT_H */
