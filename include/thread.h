/* thread.h - e-mail conversations grouped into threads (SPEC 3): by
 * ticket number, then by Message-ID / In-Reply-To / References, then by
 * normalized subject. */
#ifndef ESC_THREAD_H
#define ESC_THREAD_H

#include "message.h"
#include "thread_index.h"
#include "util.h"


/* Merge the e-mail conversations of convs (channel "email", usually one
 * message each) into threads; other conversations are left untouched in
 * place. Two e-mails join when they share a ticket (c->tickets or a
 * "[#123]" / "[Ticket#123]" subject tag), else when one's Message-ID is
 * another's In-Reply-To or References entry (or both refer to the same
 * id), else when their normalized subjects are equal and non-empty and
 * their tickets do not differ. A merged conversation takes the place of
 * its earliest member (input order); its messages are in time order
 * (stable; messages without a time keep their slot), re-indexed 1..n,
 * with findings remapped; source, format and subject are those of its
 * first message; tickets and notes are joined. The members it absorbed
 * are freed. One line per merged thread is added to notes. */
void thread_group(struct conv_list *convs, struct strlist *notes);
/* Merge the members mb[0..n) of one thread (input order) as
 * thread_group() does: mb[0] takes every message and finding and the
 * others are freed (their slots set to NULL). 'links' (thread_link bits)
 * names the reasons in the note. Nothing happens when n < 2. */
void thread_merge(struct conversation **mb, size_t n, unsigned links,
		  struct strlist *notes);

/* Join the Slack day files of one channel directory, consecutive in
 * input order (day files sort by date), into one conversation whose
 * source is the channel directory and subject "#channel". Before
 * analysis only (messages are moved, no findings exist yet). */
void thread_join_slack(struct conv_list *convs);

#endif /* ESC_THREAD_H */
