/* transcript.c - web-chat and helpdesk transcripts, from a file or an e-mail
 * body. */
#include "transcript.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fold.h"
#include "mailvocab.h"
#include "stamp.h"

#define TRANSCRIPT_SYSTEM_MAX 200 /* bytes; a longer line is text */
#define ROLLOVER_SLACK 3600 /* seconds back in time that mean "next day" */

enum line_kind { LN_TEXT, LN_MSG, LN_SYSTEM };

struct tline {
	enum line_kind kind;
	const char *name, *text;
	size_t name_len, text_len;
	struct stamp st;
	bool has_stamp;
};

struct tstate {
	struct conversation *c;
	int64_t day;
	bool have_day;
	int32_t off;
	bool have_off;
	long last_sod;   /* seconds of day of the last timed message, -1 */
	struct buf text; /* of the current message */
	size_t cur;      /* 1-based index of the current message, 0 none */
	size_t senders;
};

static bool
valid_name(const char *s, size_t n)
{
	if (n == 0 || n > TRANSCRIPT_NAME_MAX || s[0] == ' ' ||
	    (s[0] >= '0' && s[0] <= '9'))
		return false;
	for (size_t i = 0; i < n; i++)
		if (strchr(":[]()<>\t", s[i]))
			return false;
	return true;
}

static size_t
rtrim_len(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

static const char *
skip_sp(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* The rest of the line after "Name: " as the message. */
static bool
name_colon_text(const char *p, const char *end, struct tline *tl)
{
	const char *colon = memchr(p, ':', (size_t)(end - p));

	if (!colon || !valid_name(p, rtrim_len(p, (size_t)(colon - p))))
		return false;
	tl->name = p;
	tl->name_len = rtrim_len(p, (size_t)(colon - p));
	tl->text = skip_sp(colon + 1, end);
	tl->text_len = (size_t)(end - tl->text);
	tl->kind = LN_MSG;
	return true;
}

/* A name before a stamp may carry one group in brackets, a team or
 * company: "Дарья (ДрайвСити)", "Sam (Acme Support)". */
static bool
valid_paren_name(const char *s, size_t n)
{
	const char *open = memchr(s, '(', n);
	size_t inner;

	if (open == NULL)
		return valid_name(s, n);
	inner = n - (size_t)(open - s) - 1;
	return open > s && inner > 1 && s[n - 1] == ')' &&
	       valid_name(s, rtrim_len(s, (size_t)(open - s))) &&
	       valid_name(open + 1, inner - 1);
}

/* "Anna (10:02): text", "Anna (20.11.2026 10:02): text", "Anna (Acme)
 * (10:02): text": the stamp is the last bracket group before the
 * colon. */
static bool
parse_paren(const char *s, const char *end, struct tline *tl)
{
	const char *open = memchr(s, '(', (size_t)(end - s)), *p;
	size_t k;

	if (open != NULL && open > s && open + 1 < end) {
		const char *close = memchr(open, ')', (size_t)(end - open));
		const char *next = close ? skip_sp(close + 1, end) : NULL;

		if (next != NULL && next < end && *next == '(')
			open = next; /* "Name (Team) (10:02):" */
	}
	if (!open || open == s ||
	    !valid_paren_name(s, rtrim_len(s, (size_t)(open - s))))
		return false;
	k = stamp_parse_at(open + 1, (size_t)(end - open - 1), &tl->st);
	p = open + 1 + k;
	if (!k || !tl->st.has_time || p >= end || *p != ')')
		return false;
	p = skip_sp(p + 1, end);
	if (p >= end || *p != ':')
		return false;
	tl->kind = LN_MSG;
	tl->has_stamp = true;
	tl->name = s;
	tl->name_len = rtrim_len(s, (size_t)(open - s));
	tl->text = skip_sp(p + 1, end);
	tl->text_len = (size_t)(end - tl->text);
	return true;
}

/* "[10:02] Anna: text" or "[10:02] Anna joined the chat" */
static bool
parse_bracket(const char *s, const char *end, struct tline *tl)
{
	size_t k;
	const char *p;

	if (s >= end || *s != '[')
		return false;
	k = stamp_parse_at(s + 1, (size_t)(end - s - 1), &tl->st);
	p = s + 1 + k;
	if (!k || !tl->st.has_time || p >= end || *p != ']')
		return false;
	tl->has_stamp = true;
	p = skip_sp(p + 1, end);
	if (name_colon_text(p, end, tl))
		return true;
	if (p >= end)
		return false;
	tl->kind = LN_SYSTEM;
	tl->text = p;
	tl->text_len = (size_t)(end - p);
	return true;
}

/* "10:02 Anna: text", "10:02 - Anna: text" (a time of day only) */
static bool
parse_lead_time(const char *s, const char *end, struct tline *tl)
{
	size_t k = stamp_parse_at(s, (size_t)(end - s), &tl->st);
	const char *p = s + k;

	if (!k || tl->st.has_date || p >= end || *p != ' ')
		return false;
	p = skip_sp(p, end);
	if (p < end && *p == '-')
		p = skip_sp(p + 1, end);
	tl->has_stamp = true;
	return name_colon_text(p, end, tl);
}

/* "Anna, 20.11.2026 10:02" alone on its line; the text follows. */
static bool
parse_name_stamp(const char *s, const char *end, struct tline *tl)
{
	const char *comma = memchr(s, ',', (size_t)(end - s));
	size_t k;

	if (!comma || comma + 1 >= end || comma[1] != ' ' ||
	    !valid_name(s, rtrim_len(s, (size_t)(comma - s))))
		return false;
	k = stamp_parse_at(comma + 2, (size_t)(end - comma - 2), &tl->st);
	if (!k || !tl->st.has_date || !tl->st.has_time ||
	    skip_sp(comma + 2 + k, end) != end)
		return false;
	tl->kind = LN_MSG;
	tl->has_stamp = true;
	tl->name = s;
	tl->name_len = rtrim_len(s, (size_t)(comma - s));
	tl->text = end;
	tl->text_len = 0;
	return true;
}

/* A message or service line with a stamp; false for anything else. */
static bool
parse_header_line(const char *s, const char *end, struct tline *tl)
{
	bool (*const forms[])(const char *, const char *, struct tline *) = {
	    parse_bracket,
	    parse_paren,
	    parse_lead_time,
	    parse_name_stamp,
	};

	end = s + rtrim_len(s, (size_t)(end - s));
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		memset(tl, 0, sizeof(*tl));
		if (forms[i](s, end, tl))
			return true;
	}
	memset(tl, 0, sizeof(*tl));
	return false;
}

/* A service event of a chat widget ("Operator ended the chat", «Чат
 * завершён»): the chat.event words of src/patterns/mail/helpdesk.txt. */
static bool
system_phrase(const char *s, size_t n)
{
	struct buf b = {0};
	bool hit;

	if (n > TRANSCRIPT_SYSTEM_MAX)
		return false;
	fold_utf8(s, n, &b);
	hit = mv_contains(MV_CHAT_EVENT, b.s, b.len);
	buf_free(&b);
	return hit;
}

bool
transcript_sniff(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	int seen = 0, hits = 0;
	struct tline tl;

	while (p < end && seen < TRANSCRIPT_SNIFF_LINES) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		size_t n = (size_t)(le - p);

		if (n && p[n - 1] == '\r')
			n--;
		if (skip_sp(p, p + n) < p + n) {
			seen++;
			hits += parse_header_line(p, p + n, &tl) &&
				tl.kind == LN_MSG;
		}
		p = nl ? nl + 1 : end;
	}
	return hits >= TRANSCRIPT_MIN_LINES;
}

/* The current message's text is complete. */
static void
flush(struct tstate *ts)
{
	struct message *m;
	char *t;

	if (!ts->cur)
		return;
	m = &ts->c->msgs[ts->cur - 1];
	t = str_trim(ts->text.s ? ts->text.s : (char *)"");
	free(m->text);
	m->text = utf8_sanitize(t, strlen(t));
	buf_free(&ts->text);
	ts->cur = 0;
}

/* The moment of a stamp: its own date, else the current day (moved on
 * when the clock went back); its own zone, else the reference offset,
 * else local. */
static void
stamp_moment(struct tstate *ts, const struct stamp *sp, struct esc_time *out)
{
	long sod = sp->hour * 3600L + sp->min * 60L + sp->sec;
	const int32_t *off = sp->has_zone   ? &sp->off
			     : ts->have_off ? &ts->off
					    : NULL;

	if (sp->has_date) {
		ts->day = days_from_civil(sp->year, sp->month, sp->day);
		ts->have_day = true;
	} else if (!ts->have_day) {
		return;
	} else if (ts->last_sod >= 0 && sod + ROLLOVER_SLACK < ts->last_sod) {
		ts->day++;
	}
	ts->last_sod = sod;
	out->set = stamp_time_on(sp, ts->day, off, out) && out->set;
}

static void
start_message(struct tstate *ts, const struct tline *tl)
{
	struct message *m;
	size_t prev = ts->c->n_msgs;

	flush(ts);
	m = conversation_add_message(ts->c);
	if (tl->has_stamp && tl->st.has_time)
		stamp_moment(ts, &tl->st, &m->time);
	else if (prev)
		m->time = ts->c->msgs[prev - 1].time;
	if (tl->kind == LN_MSG) {
		m->role = ROLE_UNKNOWN;
		m->sender_name = utf8_sanitize(tl->name, tl->name_len);
		ts->senders++;
	} else {
		m->role = ROLE_SYSTEM;
	}
	buf_append(&ts->text, tl->text, tl->text_len);
	ts->cur = ts->c->n_msgs;
}

#define DAY_NAME_MAX 24 /* bytes of a day's name: «Воскресенье» */

/* Past a day name that opens a date line ("Tuesday, ", «Вторник, »,
 * "Вт. "): letters, then a comma or a dot, then spaces. s when none. */
static const char *
skip_day_name(const char *s, const char *end)
{
	const char *p = s;

	while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			   (unsigned char)*p >= 0x80))
		p++;
	if (p == s || p - s > DAY_NAME_MAX || p == end ||
	    (*p != ',' && *p != '.' && *p != ' '))
		return s;
	if (*p == ',' || *p == '.')
		p++;
	return skip_sp(p, end);
}

/* A date alone on its line (a day separator), maybe after its day's
 * name ("Tuesday, April 14, 2026"). */
static bool
date_line(const char *s, size_t n, struct stamp *sp)
{
	const char *first;

	if (!stamp_find(s, n, sp) || !sp->has_date || sp->has_time)
		return false;
	first = skip_sp(s, s + n);
	if (first != s + sp->start)
		first = skip_day_name(first, s + n);
	return first == s + sp->start && skip_sp(s + sp->end, s + n) == s + n;
}

static void
take_date(struct tstate *ts, const struct stamp *sp)
{
	ts->day = days_from_civil(sp->year, sp->month, sp->day);
	ts->have_day = true;
	ts->last_sod = -1;
}

/* A line that is neither a message header nor a service line. */
static void
other_line(struct tstate *ts, const char *s, size_t n)
{
	struct stamp sp;

	if (!ts->cur || date_line(s, n, &sp)) {
		/* header lines ("Дата: 20.11.2026") and day separators */
		if (stamp_find(s, n, &sp) && sp.has_date)
			take_date(ts, &sp);
		return;
	}
	buf_putc(&ts->text, '\n');
	buf_append(&ts->text, s, n);
}

static void
one_line(struct tstate *ts, const char *s, size_t n)
{
	struct tline tl;

	if (parse_header_line(s, s + n, &tl)) {
		start_message(ts, &tl);
	} else if (system_phrase(s, n)) {
		memset(&tl, 0, sizeof(tl));
		if (stamp_find(s, n, &tl.st) && tl.st.has_date)
			take_date(ts, &tl.st);
		tl.has_stamp = tl.st.has_time;
		tl.kind = LN_SYSTEM;
		tl.text = s;
		tl.text_len = n;
		start_message(ts, &tl);
		flush(ts);
	} else {
		other_line(ts, s, n);
	}
}

size_t
transcript_parse(struct conversation *c, const char *text, size_t len,
		 const struct esc_time *ref)
{
	struct tstate ts = {.c = c, .last_sod = -1};
	const char *p = text, *end = text + len;

	if (ref && ref->set) {
		ts.day = time_local_day(*ref);
		ts.have_day = true;
		ts.off = ref->off;
		ts.have_off = true;
	}
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((nl ? nl : end) - p);

		if (n && p[n - 1] == '\r')
			n--;
		one_line(&ts, p, n);
		p = nl ? nl + 1 : end;
	}
	flush(&ts);
	return ts.senders;
}

int
transcript_read(const char *path, const char *data, size_t len,
		struct conv_list *out, struct strlist *warn)
{
	struct conversation *c = conversation_new(path, FMT_TRANSCRIPT);
	char *text = charset_to_utf8(NULL, data, len, warn);

	transcript_parse(c, text, strlen(text), NULL);
	free(text);
	if (c->n_msgs == 0) {
		strlist_push(warn, "no transcript messages found");
		conversation_free(c);
		return -1;
	}
	conv_list_push(out, c);
	return 0;
}

bool
transcript_from_email(struct conversation *c)
{
	struct conversation *t;
	struct message *m;

	if (c->n_msgs != 1 || !c->msgs[0].text)
		return false;
	m = &c->msgs[0];
	t = conversation_new(c->source, c->format);
	if (transcript_parse(t, m->text, strlen(m->text), &m->time) <
	    TRANSCRIPT_MIN_LINES) {
		conversation_free(t);
		return false;
	}
	message_clear(m);
	free(c->msgs);
	c->msgs = t->msgs;
	c->n_msgs = t->n_msgs;
	c->cap_msgs = t->cap_msgs;
	t->msgs = NULL;
	t->n_msgs = t->cap_msgs = 0;
	conversation_free(t);
	free(c->channel);
	c->channel = xstrdup(channel_name(CH_CHAT));
	strlist_push(&c->notes,
		     "a chat transcript in the e-mail body is read as a chat");
	return true;
}
