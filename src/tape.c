/* tape.c - append-only records in an unlinked temporary file. */
#include "tape.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

struct tape {
	int fd;		 /* -1: everything is in mem */
	uint64_t flen;	 /* bytes in the file */
	char *wbuf;	 /* bytes after flen, not written yet */
	size_t wlen;
	struct buf mem;	 /* the whole tape when fd < 0 */
};

int
tape_temp_fd(void)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	path = xasprintf("%s/escalate-XXXXXX", dir);
	fd = mkstemp(path);
	if (fd >= 0)
		unlink(path);
	free(path);
	return fd;
}

struct tape *
tape_new_memory(void)
{
	struct tape *t = xcalloc(1, sizeof(*t));

	t->fd = -1;
	return t;
}

struct tape *
tape_new(void)
{
	struct tape *t = tape_new_memory();

	t->fd = tape_temp_fd();
	if (t->fd >= 0)
		t->wbuf = xmalloc(TAPE_WBUF);
	return t;
}

bool
tape_in_memory(const struct tape *t)
{
	return t->fd < 0;
}

uint64_t
tape_size(const struct tape *t)
{
	return t->fd < 0 ? t->mem.len : t->flen + t->wlen;
}

static bool
read_all(int fd, char *p, size_t n, uint64_t off)
{
	while (n) {
		ssize_t r = pread(fd, p, n, (off_t)off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return false;
		p += r;
		n -= (size_t)r;
		off += (uint64_t)r;
	}
	return true;
}

/* A write failed: bring what the file holds into memory and go on
 * there. Should the file not read back either, its bytes become zeros
 * rather than shifting every later offset. */
static void
to_memory(struct tape *t)
{
	char chunk[8192];
	uint64_t off = 0;

	while (off < t->flen) {
		size_t n = t->flen - off < sizeof(chunk) ? (size_t)(t->flen - off)
							 : sizeof(chunk);

		if (!read_all(t->fd, chunk, n, off))
			memset(chunk, 0, n);
		buf_append(&t->mem, chunk, n);
		off += n;
	}
	buf_append(&t->mem, t->wbuf, t->wlen);
	close(t->fd);
	free(t->wbuf);
	t->fd = -1;
	t->wbuf = NULL;
	t->wlen = 0;
	t->flen = 0;
}

static void
flush(struct tape *t)
{
	if (t->fd < 0 || t->wlen == 0)
		return;
	if (!fd_write_all(t->fd, t->wbuf, t->wlen, (long long)t->flen)) {
		to_memory(t);
		return;
	}
	t->flen += t->wlen;
	t->wlen = 0;
}

void
tape_append(struct tape *t, const void *p, size_t len)
{
	const char *s = p;

	while (len) {
		size_t room;

		if (t->fd < 0) {
			buf_append(&t->mem, s, len);
			return;
		}
		if (t->wlen == TAPE_WBUF)
			flush(t);
		if (t->fd < 0)
			continue;
		room = TAPE_WBUF - t->wlen;
		if (room > len)
			room = len;
		memcpy(t->wbuf + t->wlen, s, room);
		t->wlen += room;
		s += room;
		len -= room;
	}
}

int
tape_read(const struct tape *t, uint64_t off, void *p, size_t len)
{
	char *d = p;
	uint64_t size = tape_size(t);

	if (off > size || len > size - off)
		return -1;
	if (t->fd < 0) {
		if (len)
			memcpy(d, t->mem.s + off, len);
		return 0;
	}
	if (off < t->flen) {
		size_t n = t->flen - off < len ? (size_t)(t->flen - off) : len;

		if (!read_all(t->fd, d, n, off))
			return -1;
		d += n;
		off += n;
		len -= n;
	}
	if (len)
		memcpy(d, t->wbuf + (off - t->flen), len);
	return 0;
}

void
tape_free(struct tape *t)
{
	if (!t)
		return;
	if (t->fd >= 0)
		close(t->fd);
	free(t->wbuf);
	buf_free(&t->mem);
	free(t);
}

/* ---- readers ---- */

void
tape_reader_open(struct tape_reader *r, const struct tape *t, uint64_t off,
		 uint64_t end, size_t cap)
{
	uint64_t size = tape_size(t);

	memset(r, 0, sizeof(*r));
	r->t = t;
	r->end = end > size ? size : end;
	r->off = off > r->end ? r->end : off;
	r->cap = cap ? cap : TAPE_RBUF;
	r->buf = xmalloc(r->cap);
}

/* Move the unread bytes to the front and fetch more. */
static void
refill(struct tape_reader *r)
{
	size_t keep = r->len - r->pos, want = r->cap - keep;

	memmove(r->buf, r->buf + r->pos, keep);
	r->pos = 0;
	r->len = keep;
	if (want > r->end - r->off)
		want = (size_t)(r->end - r->off);
	if (want == 0)
		return;
	if (tape_read(r->t, r->off, r->buf + keep, want) != 0) {
		r->bad = true;
		return;
	}
	r->off += want;
	r->len += want;
}

const void *
tape_reader_next(struct tape_reader *r, size_t len)
{
	const void *p;

	if (len > r->cap)
		return NULL;
	if (r->len - r->pos < len && !r->bad)
		refill(r);
	if (r->bad || r->len - r->pos < len)
		return NULL;
	p = r->buf + r->pos;
	r->pos += len;
	return p;
}

void
tape_reader_close(struct tape_reader *r)
{
	free(r->buf);
	memset(r, 0, sizeof(*r));
}

/* ---- windows ---- */

void
tape_window_open(struct tape_window *w, const struct tape *t, size_t cap)
{
	memset(w, 0, sizeof(*w));
	w->t = t;
	w->cap = cap ? cap : TAPE_RBUF;
	w->buf = xmalloc(w->cap);
}

int
tape_window_read(struct tape_window *w, uint64_t off, void *p, size_t len)
{
	uint64_t size = tape_size(w->t);
	size_t want;

	if (off >= w->off && off - w->off <= w->len &&
	    len <= w->len - (off - w->off)) {
		if (len)
			memcpy(p, w->buf + (off - w->off), len);
		return 0;
	}
	if (len > w->cap || off > size || len > size - off)
		return tape_read(w->t, off, p, len);
	want = size - off < w->cap ? (size_t)(size - off) : w->cap;
	if (tape_read(w->t, off, w->buf, want) != 0) {
		w->len = 0;
		return -1;
	}
	w->off = off;
	w->len = want;
	if (len)
		memcpy(p, w->buf, len);
	return 0;
}

void
tape_window_close(struct tape_window *w)
{
	free(w->buf);
	memset(w, 0, sizeof(*w));
}
