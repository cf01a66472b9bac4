/* html_parts.c - the small pieces the HTML report's files share: escaped
 * text, times in the report's zone, a message's sender line, the action
 * badge, the ticket list (include/html_parts.h). */
#include "html_parts.h"

#include "ladder.h"

void
html_esc(struct buf *b, const char *s)
{
	html_escape_append(b, s, true);
}

/* "2026-11-20 10:07 +03:00" in the --tz zone, else the moment's own. */
void
html_when(struct buf *b, const struct run *r, struct esc_time t)
{
	char iso[32];

	t = report_shown(r, t);
	if (!t.set) {
		buf_puts(b, "(no time)");
		return;
	}
	time_format_iso(t, iso);
	buf_printf(b, "%.10s %.5s %s", iso, iso + 11, iso + 19);
}

const struct message *
html_message_at(const struct conversation *c, size_t index)
{
	if (index == 0 || index > c->n_msgs)
		return NULL;
	return &c->msgs[index - 1];
}

void
html_when_sender(struct buf *b, const struct run *r, const struct message *m,
		 const char *sep)
{
	const char *who = m->sender_name ? m->sender_name : m->sender_addr;

	html_when(b, r, m->time);
	buf_puts(b, sep);
	html_esc(b, who ? who : "(unknown sender)");
	buf_printf(b, " (%s)", role_name(m->role));
}

void
html_action_badge(struct buf *b, const struct escalation *e)
{
	buf_printf(b, "<span class=\"act a-%s\">%s</span> step %d",
		   action_name(e->action), action_name(e->action), e->step);
}

void
html_tickets(struct buf *b, const struct conversation *c, const char *none)
{
	for (size_t i = 0; i < c->tickets.n; i++) {
		if (i)
			buf_puts(b, ", ");
		html_esc(b, c->tickets.v[i]);
	}
	if (c->tickets.n == 0)
		buf_puts(b, none);
}
