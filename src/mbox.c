/* mbox.c - streaming mbox reader: separators, >From unescaping, limits. */
#include "mbox.h"

#include "eml.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define IO_BLOCK (64 * 1024)
#define CL_PEEK 8 /* bytes read past a Content-Length end to check it */

enum cl_state { CL_NONE, CL_UNKNOWN, CL_TRUSTED, CL_IGNORED };

struct mbox_reader {
	FILE *f;
	char *path;
	enum mbox_variant variant;
	size_t max_message;

	/* input: pushed-back bytes first, then the file in blocks */
	char *io;
	size_t io_len, io_off;
	bool eof, error;
	uint64_t left; /* bytes the reader may still take from f */
	struct buf pb;
	size_t pb_off;
	struct buf line;    /* the current piece of a line */
	bool line_start;    /* the piece starts a line */
	bool at_line_start; /* the next piece starts a line */
	bool no_cand;       /* the next piece was judged body already */

	bool started, done;
	bool opened;     /* a separator opened the next message */
	bool first_bare; /* the first message had no "From " line */
	bool next_rd_env; /* the separator read was "From mboxrd@z " */
	bool rd_env;      /* ... and it opened the current message */
	size_t seen;     /* messages found, skipped ones included */

	/* the current message */
	struct buf msg;
	size_t total; /* its bytes so far (also when too large to keep) */
	bool prev_blank, in_headers, oversize, have_cl;
	size_t cl_len, cl_end;
	enum cl_state cl;
};

static const char *const key_headers[] = {
    "from",
    "date",
    "subject",
    "message-id",
    "received",
    "return-path",
    "to",
    "cc",
    "delivered-to",
    "sender",
    "reply-to",
    "in-reply-to",
    "references",
    "mime-version",
    "x-mozilla-status",
    "x-gmail-labels",
    "x-gm-thrid",
    "envelope-to",
    "x-original-to",
    "x-mailer",
    "user-agent",
    "status",
};

struct mbox_reader *
mbox_open(FILE *f, const char *path)
{
	struct mbox_reader *r = xcalloc(1, sizeof(*r));

	r->f = f;
	r->path = xstrdup(path ? path : "-");
	r->max_message = MBOX_MAX_MESSAGE;
	r->variant = MBOX_AUTO;
	r->io = xmalloc(IO_BLOCK);
	r->at_line_start = true;
	r->left = UINT64_MAX;
	return r;
}

void
mbox_set_limit(struct mbox_reader *r, uint64_t bytes)
{
	r->left = bytes;
}

void
mbox_set_variant(struct mbox_reader *r, enum mbox_variant v)
{
	r->variant = v;
}

void
mbox_set_max_message(struct mbox_reader *r, size_t max)
{
	r->max_message = max && max < MBOX_MAX_MESSAGE ? max : MBOX_MAX_MESSAGE;
}

size_t
mbox_count(const struct mbox_reader *r)
{
	return r->seen;
}

void
mbox_close(struct mbox_reader *r)
{
	if (!r)
		return;
	free(r->path);
	free(r->io);
	buf_free(&r->pb);
	buf_free(&r->line);
	buf_free(&r->msg);
	free(r);
}

/* ---- input: pieces of lines, at most MBOX_PIECE bytes each ---- */

static bool
fill(struct mbox_reader *r)
{
	if (r->eof || r->error)
		return false;
	r->io_off = 0;
	r->io_len = fread(r->io, 1, r->left < IO_BLOCK ? (size_t)r->left
						       : IO_BLOCK, r->f);
	r->left -= r->io_len;
	if (r->io_len == 0) {
		if (ferror(r->f))
			r->error = true;
		else
			r->eof = true;
		return false;
	}
	return true;
}

/* Move bytes up to and including the next '\n' of src[*off..len) into
 * line, without growing it past a piece; true when a '\n' was moved. */
static bool
take(struct buf *line, const char *src, size_t len, size_t *off)
{
	size_t n = len - *off, room = MBOX_PIECE - line->len;
	const char *nl;

	if (n > room)
		n = room;
	nl = memchr(src + *off, '\n', n);
	if (nl)
		n = (size_t)(nl - (src + *off)) + 1;
	buf_append(line, src + *off, n);
	*off += n;
	return nl != NULL;
}

/* The next piece into r->line: 1, 0 at the end, -1 on a read error. */
static int
next_piece(struct mbox_reader *r)
{
	bool nl = false;

	r->line.len = 0;
	r->line_start = r->at_line_start;
	while (!nl && r->line.len < MBOX_PIECE) {
		if (r->pb_off < r->pb.len) {
			nl = take(&r->line, r->pb.s, r->pb.len, &r->pb_off);
			if (r->pb_off == r->pb.len)
				r->pb.len = r->pb_off = 0;
			continue;
		}
		if (r->io_off == r->io_len && !fill(r))
			break;
		nl = take(&r->line, r->io, r->io_len, &r->io_off);
	}
	r->at_line_start = nl;
	if (r->line.len)
		return 1;
	return r->error ? -1 : 0;
}

/* Put s[0..n), which starts a line, back in front of the input. */
static void
push_back(struct mbox_reader *r, const char *s, size_t n)
{
	struct buf nb = {0};

	buf_append(&nb, s, n);
	if (r->pb_off < r->pb.len)
		buf_append(&nb, r->pb.s + r->pb_off, r->pb.len - r->pb_off);
	buf_free(&r->pb);
	r->pb = nb;
	r->pb_off = 0;
	r->at_line_start = true;
}

/* ---- line classification ---- */

/* Length of a line without its "\n" or "\r\n". */
static size_t
content_len(const char *s, size_t n)
{
	if (n && s[n - 1] == '\n')
		n--;
	if (n && s[n - 1] == '\r')
		n--;
	return n;
}

static bool
has_prefix(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);

	return n >= k && memcmp(s, p, k) == 0;
}

/* Length of a run of at least 'min' digits somewhere in s[0..n)? */
static bool
has_digits(const char *s, size_t n, size_t min)
{
	size_t run = 0;

	for (size_t i = 0; i < n; i++) {
		run = (s[i] >= '0' && s[i] <= '9') ? run + 1 : 0;
		if (run >= min)
			return true;
	}
	return false;
}

/* The text after "From " looks like an envelope: empty, "-...", an
 * address alone, or a token and a date (any form: it has digits; a
 * year when 'strong'). */
static bool
envelope_like(const char *s, size_t n, bool strong)
{
	size_t tok;

	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	if (n == 0 || *s == '-')
		return true;
	for (tok = 0; tok < n && s[tok] != ' ' && s[tok] != '\t'; tok++)
		;
	if (tok == n)
		return memchr(s, '@', n) != NULL;
	return has_digits(s + tok, n - tok, strong ? 4 : 1);
}

/* The current piece could be a separator line (before the look-ahead). */
static bool
is_candidate(const struct mbox_reader *r)
{
	const char *s = r->line.s;
	size_t n = content_len(s, r->line.len);

	if (!r->line_start || !r->at_line_start || r->no_cand)
		return false;
	if (n > MBOX_MAX_FROM_LINE || !has_prefix(s, n, "From "))
		return false;
	return envelope_like(s + 5, n - 5, !r->prev_blank);
}

/* Length of the field name of a header line, 0 when it is not one. */
static size_t
field_name_len(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] > ' ' && s[i] < 127 && s[i] != ':'; i++)
		;
	return (i > 0 && i < n && s[i] == ':') ? i : 0;
}

static bool
is_key_header(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof(key_headers) / sizeof(*key_headers); i++)
		if (strlen(key_headers[i]) == len &&
		    ascii_strncaseeq(s, key_headers[i], len))
			return true;
	return false;
}

enum verdict { V_NO, V_YES, V_MORE };

/* One line after a candidate "From " line. */
static enum verdict
judge_line(const char *s, size_t n, bool whole, bool first)
{
	size_t name;

	if (!whole || content_len(s, n) == 0)
		return V_NO;
	if ((s[0] == ' ' || s[0] == '\t') && !first)
		return V_MORE;
	name = field_name_len(s, content_len(s, n));
	if (!name)
		return V_NO;
	return is_key_header(s, name) ? V_YES : V_MORE;
}

/* After a candidate line: does a mail header block follow? The lines
 * read are pushed back. Returns 0 or -1 on a read error. */
static int
lookahead(struct mbox_reader *r, bool *accept)
{
	struct buf la = {0};
	size_t lines = 0;
	enum verdict v = V_NO;
	int rc;

	while ((rc = next_piece(r)) > 0) {
		buf_append(&la, r->line.s, r->line.len);
		v = judge_line(r->line.s, r->line.len,
			       r->line_start && r->at_line_start, lines == 0);
		if (v != V_MORE || ++lines >= MBOX_LOOKAHEAD_LINES)
			break;
	}
	*accept = v == V_YES;
	push_back(r, la.s, la.len);
	buf_free(&la);
	return rc < 0 ? -1 : 0;
}

/* ---- Content-Length ---- */

/* The body claimed to end at s+at: true when the input ends there or a
 * "From " line starts there or right after one line end. */
static bool
cl_consistent(const char *s, size_t len, size_t at, bool eof)
{
	const char *p = s + at;
	size_t n;

	if (at > len)
		return false;
	n = len - at;
	if (at > 0 && s[at - 1] == '\n' && has_prefix(p, n, "From "))
		return true;
	if (n && *p == '\r')
		p++, n--;
	if (n && *p == '\n')
		p++, n--;
	return has_prefix(p, n, "From ") || (eof && n == 0);
}

/* A candidate inside the body a Content-Length claims: read up to the
 * claimed end and decide whether to trust it; everything is pushed
 * back so that the candidate is judged again. */
static int
verify_cl(struct mbox_reader *r, const struct buf *cand)
{
	struct buf tmp = {0};
	size_t at = r->cl_end - r->total;
	int rc = 1;

	buf_append(&tmp, cand->s, cand->len);
	while (tmp.len < at + CL_PEEK && (rc = next_piece(r)) > 0)
		buf_append(&tmp, r->line.s, r->line.len);
	if (rc >= 0)
		r->cl = cl_consistent(tmp.s, tmp.len, at, rc == 0) ? CL_TRUSTED
								   : CL_IGNORED;
	push_back(r, tmp.s, tmp.len);
	buf_free(&tmp);
	return rc < 0 ? -1 : 0;
}

/* What the current candidate piece turned out to be. */
enum cand { C_ERROR = -1, C_BODY, C_SEPARATOR, C_AGAIN };

/* C_SEPARATOR: consumed; C_BODY: the line is still in r->line;
 * C_AGAIN: pushed back, to be read again. */
static enum cand
at_candidate(struct mbox_reader *r)
{
	struct buf cand = {0};
	bool accept = false, inside = r->cl_end > r->total;
	enum cand res = C_SEPARATOR;

	if (r->cl == CL_TRUSTED && inside)
		return C_BODY;
	buf_append(&cand, r->line.s, r->line.len);
	if (lookahead(r, &accept) < 0) {
		res = C_ERROR;
	} else if (accept && r->cl == CL_UNKNOWN && inside) {
		res = verify_cl(r, &cand) < 0 ? C_ERROR : C_AGAIN;
	} else if (!accept) {
		push_back(r, cand.s, cand.len);
		r->no_cand = true;
		res = C_AGAIN;
	}
	if (res == C_SEPARATOR)
		r->next_rd_env = has_prefix(cand.s, cand.len, MBOX_RD_ENVELOPE);
	buf_free(&cand);
	return res;
}

/* ---- the message being collected ---- */

static size_t
parse_size(const char *s, size_t n)
{
	size_t v = 0, i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] < '0' || s[i] > '9')
		return SIZE_MAX;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		if (v > (SIZE_MAX - 9) / 10)
			return SIZE_MAX;
		v = v * 10 + (size_t)(s[i] - '0');
	}
	return v;
}

static void
note_header(struct mbox_reader *r, const char *s, size_t n, bool blank)
{
	static const char cl_name[] = "content-length:";

	if (!blank) {
		if (n >= sizeof(cl_name) - 1 &&
		    ascii_strncaseeq(s, cl_name, sizeof(cl_name) - 1)) {
			r->cl_len = parse_size(s + sizeof(cl_name) - 1,
					       n - (sizeof(cl_name) - 1));
			r->have_cl = r->cl_len != SIZE_MAX;
		}
		return;
	}
	r->in_headers = false;
	if (!r->have_cl || r->cl_len > r->max_message)
		return;
	r->cl = CL_UNKNOWN;
	r->cl_end = r->total + r->cl_len;
}

/* Append the current piece to the message. */
static void
add_piece(struct mbox_reader *r)
{
	const char *s = r->line.s;
	size_t n = r->line.len;
	bool blank = false;

	r->no_cand = false;
	r->total += n;
	if (r->line_start) {
		blank = r->at_line_start && content_len(s, n) == 0;
		if (r->in_headers)
			note_header(r, s, content_len(s, n), blank);
		r->prev_blank = blank;
	}
	if (!r->oversize && r->total > r->max_message) {
		r->oversize = true;
		buf_free(&r->msg);
	}
	if (!r->oversize)
		buf_append(&r->msg, s, n);
}

static void
reset_message(struct mbox_reader *r)
{
	buf_free(&r->msg);
	r->total = 0;
	r->prev_blank = r->oversize = r->have_cl = false;
	r->in_headers = true;
	r->cl_len = r->cl_end = 0;
	r->cl = CL_NONE;
}

/* Collect one message: 1 when there is one, 0 at the end, -1 on a read
 * error. r->opened: a separator opened it (so it exists even if empty). */
static int
read_message(struct mbox_reader *r)
{
	bool opened = r->opened;
	int rc;

	reset_message(r);
	r->opened = false;
	r->rd_env = r->next_rd_env;
	r->next_rd_env = false;
	while ((rc = next_piece(r)) > 0) {
		if (is_candidate(r)) {
			enum cand c = at_candidate(r);

			if (c == C_ERROR)
				return -1;
			if (c == C_SEPARATOR) {
				r->opened = true;
				return 1;
			}
			if (c == C_AGAIN)
				continue;
		}
		add_piece(r);
	}
	if (rc < 0)
		return -1;
	return opened || r->total > 0;
}

/* The first line: a "From " line (after a byte order mark) is consumed,
 * anything else is kept with a warning. */
static int
start(struct mbox_reader *r, struct diag_list *diags)
{
	int rc = next_piece(r);
	struct buf *l = &r->line;

	r->started = true;
	if (rc <= 0)
		return rc;
	if (has_prefix(l->s, l->len, "\xEF\xBB\xBF")) {
		memmove(l->s, l->s + 3, l->len - 3 + 1);
		l->len -= 3;
	}
	if (has_prefix(l->s, l->len, "From ") && r->at_line_start) {
		r->opened = true;
		r->next_rd_env = has_prefix(l->s, l->len, MBOX_RD_ENVELOPE);
		return 1;
	}
	diag_push_copy(diags, NULL, DIAG_WARNING,
		       "does not start with a \"From \" line");
	push_back(r, l->s, l->len);
	r->first_bare = true;
	return 1;
}

static bool
all_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

/* Drop the blank line that precedes a separator. */
static void
strip_final_blank(struct buf *b)
{
	if (b->len >= 4 && memcmp(b->s + b->len - 4, "\r\n\r\n", 4) == 0)
		b->len -= 2;
	else if (b->len >= 2 && memcmp(b->s + b->len - 2, "\n\n", 2) == 0)
		b->len -= 1;
	b->s[b->len] = '\0';
}

/* Remove one '>' from ">From " lines (mboxo) or ">+From " lines
 * (mboxrd), in place; returns the new length. */
static size_t
unescape(char *s, size_t n, enum mbox_variant v)
{
	size_t w = 0, i = 0, q, end;
	const char *nl;

	while (i < n) {
		for (q = i; q < n && s[q] == '>'; q++)
			;
		if (q > i && has_prefix(s + q, n - q, "From ") &&
		    (v == MBOX_RD || q - i == 1))
			i++;
		nl = memchr(s + i, '\n', n - i);
		end = nl ? (size_t)(nl - s) + 1 : n;
		memmove(s + w, s + i, end - i);
		w += end - i;
		i = end;
	}
	return w;
}

/* MBOX_AUTO for one message (mbox.h): mboxrd on its envelope, or on a
 * ">>From " line when no line is an unescaped "From ". */
static enum mbox_variant
guess_variant(const char *s, size_t n, bool rd_envelope)
{
	bool deep = false, bare = false;
	size_t i = 0, q;
	const char *nl;

	while (i < n && !bare) {
		for (q = i; q < n && s[q] == '>'; q++)
			;
		if (has_prefix(s + q, n - q, "From ")) {
			bare = bare || q == i;
			deep = deep || q - i >= 2;
		}
		nl = memchr(s + i, '\n', n - i);
		i = nl ? (size_t)(nl - s) + 1 : n;
	}
	return rd_envelope || (deep && !bare) ? MBOX_RD : MBOX_O;
}

/* Hand the collected message to the caller. */
static void
deliver(struct mbox_reader *r, struct buf *out)
{
	enum mbox_variant v = r->variant;

	buf_free(out);
	*out = r->msg;
	r->msg = (struct buf){0};
	if (!out->s) {
		buf_append(out, "", 0);
		return;
	}
	strip_final_blank(out);
	if (v == MBOX_AUTO)
		v = guess_variant(out->s, out->len, r->rd_env);
	out->len = unescape(out->s, out->len, v);
	out->s[out->len] = '\0';
}

/* mbox_next() with its warnings as records (the batch renumbers the
 * messages of a later piece). */
static int
next_message(struct mbox_reader *r, struct buf *msg, struct diag_list *diags)
{
	int rc = 1;

	if (!r->started)
		rc = start(r, diags);
	while (rc > 0 && !r->done) {
		bool bare = r->first_bare;

		r->first_bare = false;
		rc = read_message(r);
		if (rc <= 0)
			break;
		if (bare && all_space(r->msg.s, r->msg.len))
			continue;
		r->seen++;
		if (r->oversize) {
			struct diag *d = diag_pushf(
			    diags, NULL, DIAG_WARNING,
			    "larger than %zu bytes, skipped", r->max_message);

			d->message = r->seen;
			d->form = DIAG_VERB;
			continue;
		}
		deliver(r, msg);
		return 1;
	}
	if (rc < 0 && !r->done)
		diag_push_copy(diags, NULL, DIAG_ERROR, "read error");
	r->done = true;
	buf_free(&r->msg);
	return rc < 0 ? -1 : 0;
}

int
mbox_next(struct mbox_reader *r, struct buf *msg, struct strlist *warn)
{
	struct diag_list diags = {0};
	int rc = next_message(r, msg, &diags);

	diag_list_words(warn, &diags);
	diag_list_free(&diags);
	return rc;
}

/* One message as one e-mail conversation; false when it has no
 * headers. Warnings are prefixed with the message number. */
static bool
add_conversation(const char *path, const struct buf *msg, size_t nr,
		 struct conv_list *out, struct diag_list *diags)
{
	struct strlist w = {0};
	struct message one = {0};
	struct conversation *c;
	struct message *m;
	char *subject = NULL;
	bool ok = eml_parse_message(msg->s, msg->len, &one, &subject, &w) == 0;

	for (size_t i = 0; i < w.n; i++)
		diag_pushf(diags, NULL, DIAG_WARNING, "%s%s", w.v[i],
			   ok ? "" : ", skipped")->message = nr;
	strlist_free(&w);
	if (!ok)
		return false;
	c = conversation_new(path, FMT_MBOX);
	m = conversation_add_message(c);
	one.index = m->index;
	*m = one;
	c->subject = subject;
	conv_list_push(out, c);
	return true;
}

int
mbox_read_each(FILE *f, const char *path, uint64_t limit,
	       void (*fn)(void *ud, struct conversation *c), void *ud,
	       struct diag_list *diags, size_t *seen)
{
	struct mbox_reader *r = mbox_open(f, path);
	struct conv_list one = {0};
	struct buf msg = {0};
	size_t got = 0;
	int rc;

	mbox_set_limit(r, limit);
	while ((rc = next_message(r, &msg, diags)) > 0) {
		if (!add_conversation(path, &msg, mbox_count(r), &one, diags))
			continue;
		got++;
		fn(ud, one.v[0]);
		one.n = 0;
	}
	free(one.v);
	buf_free(&msg);
	if (seen)
		*seen = mbox_count(r);
	mbox_close(r);
	return rc < 0 ? -1 : (int)(got < INT_MAX ? got : INT_MAX);
}

static void
push_conv(void *ud, struct conversation *c)
{
	conv_list_push(ud, c);
}

int
mbox_read_stream(FILE *f, const char *path, struct conv_list *out,
		 struct strlist *warn)
{
	struct diag_list diags = {0};
	int got = mbox_read_each(f, path, UINT64_MAX, push_conv, out, &diags,
				 NULL);

	diag_list_words(warn, &diags);
	diag_list_free(&diags);

	if (got == 0) {
		strlist_push(warn, "no messages in mbox");
		return -1;
	}
	return got < 0 ? -1 : 0;
}

/* ---- split points for reading one mbox in parallel pieces ---- */

/* Does the "From " line at buf[i] (whole lines up to buf+n) open a
 * message by the reader's own test? *more: not enough bytes to say. */
static bool
split_here(const char *buf, size_t n, size_t i, bool *more)
{
	const char *nl = memchr(buf + i, '\n', n - i);
	size_t len, lines = 0;
	enum verdict v = V_NO;

	*more = false;
	if (!nl) {
		*more = true;
		return false;
	}
	len = content_len(buf + i, (size_t)(nl - (buf + i)) + 1);
	if (len > MBOX_MAX_FROM_LINE || !envelope_like(buf + i + 5, len - 5, false))
		return false;
	for (i = (size_t)(nl - buf) + 1; i < n; lines++) {
		nl = memchr(buf + i, '\n', n - i);
		if (!nl)
			break;
		v = judge_line(buf + i, (size_t)(nl - (buf + i)) + 1, true,
			       lines == 0);
		if (v != V_MORE || lines + 1 >= MBOX_LOOKAHEAD_LINES)
			return v == V_YES;
		i = (size_t)(nl - buf) + 1;
	}
	*more = true;
	return false;
}

/* The first "\n\nFrom " (or CRLF form) in buf[from..n) that opens a
 * message; SIZE_MAX when none; *more when one may need more bytes. */
static size_t
scan_split(const char *buf, size_t n, size_t from, bool *more)
{
	*more = false;
	for (size_t i = from; i + 5 <= n; i++) {
		const char *p = memchr(buf + i, '\n', n - i);
		size_t at;

		if (!p)
			break;
		at = (size_t)(p - buf) + 1;
		i = at - 1;
		if (n - at < 5 || memcmp(buf + at, "From ", 5) != 0)
			continue;
		if (!((at >= 2 && buf[at - 2] == '\n') ||
		      (at >= 3 && buf[at - 2] == '\r' && buf[at - 3] == '\n')))
			continue;
		if (split_here(buf, n, at, more))
			return at;
		if (*more)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

int
mbox_find_split(FILE *f, uint64_t from, uint64_t *at)
{
	size_t cap = MBOX_SPLIT_WINDOW, n, pos;
	char *buf = xmalloc(cap + 1);
	bool more = false;
	int rc = 0;

	for (;;) {
		if (fseeko(f, (off_t)from, SEEK_SET) != 0) {
			rc = -1;
			break;
		}
		n = fread(buf, 1, cap, f);
		pos = scan_split(buf, n, 0, &more);
		if (pos != SIZE_MAX) {
			*at = from + pos;
			rc = 1;
			break;
		}
		if (n < cap) { /* the end of the file */
			rc = ferror(f) ? -1 : 0;
			break;
		}
		/* go on, keeping the last lines for a candidate cut short */
		from += n - MBOX_SPLIT_OVERLAP;
	}
	free(buf);
	return rc;
}
