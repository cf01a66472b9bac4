/* email_keys.h - what an e-mail leaves behind before it is parked in the
 * spill store (spill.h) while the batch reads on: the tickets a quick
 * scan finds (for threading by ticket), its thread keys (thread_index.h)
 * and the near-duplicate entries of its messages (neardup.h). The batch
 * threads and compares e-mails from these alone, without their text. */
#ifndef ESC_EMAIL_KEYS_H
#define ESC_EMAIL_KEYS_H

#include <stdint.h>

#include "message.h"
#include "patterns.h"
#include "thread_index.h"

/* Per worker thread (it holds PCRE2 match data): never shared. */
struct email_keyer;

struct email_keyer *email_keyer_new(const struct patset *ps);
void email_keyer_free(struct email_keyer *k);

/* Leave e-mail c's keys behind: its tickets into c->tickets (the
 * analysis finds them again and drops these), its thread keys into 'ti'
 * under the next item number, and one struct neardup_entry per message
 * that has one appended to 'nd' with group 'item'. Returns how many
 * entries went to 'nd'. c stays the caller's. */
uint32_t email_keys_leave(struct email_keyer *k, struct conversation *c,
			  struct thread_index *ti, struct buf *nd,
			  size_t item);

#endif /* ESC_EMAIL_KEYS_H */
