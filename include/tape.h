/* tape.h - records appended to an unlinked temporary file and read back.
 *
 * The batch keeps what it knows about each e-mail (threading keys,
 * near-duplicate signatures, where its text is parked) on tapes rather
 * than in memory, so that memory does not grow with the mailbox. A tape
 * lives in one unlinked temporary file in $TMPDIR (gone when the process
 * ends, whatever the way) behind a write buffer of TAPE_WBUF bytes; when
 * no file can be made, or a write fails (a full disk), it lives in
 * memory instead and nothing is lost.
 *
 * Not thread-safe while appending; once appends are over, any number of
 * threads may read (tape_read, readers) at the same time. */
#ifndef ESC_TAPE_H
#define ESC_TAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TAPE_WBUF (64u * 1024u) /* bytes buffered before a write */
#define TAPE_RBUF (64u * 1024u) /* a reader's default buffer */

struct tape;

/* A descriptor of a new unlinked temporary file in $TMPDIR (or /tmp),
 * open for reading and writing; -1 when none can be made. */
int tape_temp_fd(void);

/* A new, empty tape in a temporary file (memory when none can be made);
 * never NULL. */
struct tape *tape_new(void);
/* A new, empty tape in memory (small tapes, tests). */
struct tape *tape_new_memory(void);
void tape_append(struct tape *t, const void *p, size_t len);
/* Bytes appended so far. */
uint64_t tape_size(const struct tape *t);
/* True when the tape lives in memory. */
bool tape_in_memory(const struct tape *t);
/* len bytes from offset off into p; 0, or -1 when they are not all
 * there or cannot be read. */
int tape_read(const struct tape *t, uint64_t off, void *p, size_t len);
void tape_free(struct tape *t);

/* Reading a range of a tape in order, through a buffer. */
struct tape_reader {
	const struct tape *t;
	uint64_t off, end;  /* next byte to fetch, end of the range */
	char *buf;
	size_t cap, pos, len; /* buffered bytes are buf[pos..len) */
	bool bad;	      /* a read failed: the rest is lost */
};

/* Read [off, end) of t (end UINT64_MAX: to the tape's end) with a
 * buffer of cap bytes (0: TAPE_RBUF). */
void tape_reader_open(struct tape_reader *r, const struct tape *t,
		      uint64_t off, uint64_t end, size_t cap);
/* The next len bytes (len <= the buffer), valid until the next call;
 * NULL at the end of the range (or after a failed read). */
const void *tape_reader_next(struct tape_reader *r, size_t len);
void tape_reader_close(struct tape_reader *r);

/* Random reads of a tape that no longer grows, through a window of it
 * kept in memory: a read inside the window costs no system call, one
 * outside moves the window to start there. Reads that fall near each
 * other (records read back in about the order they were written) share
 * one read of the file. One per reading thread: never shared. */
struct tape_window {
	const struct tape *t;
	uint64_t off;	 /* where buf starts on the tape */
	size_t len, cap; /* bytes held, room */
	char *buf;
};

/* A window of cap bytes (0: TAPE_RBUF) on t. */
void tape_window_open(struct tape_window *w, const struct tape *t,
		      size_t cap);
/* As tape_read(); larger reads than the window go to the tape. */
int tape_window_read(struct tape_window *w, uint64_t off, void *p,
		     size_t len);
void tape_window_close(struct tape_window *w);

#endif /* ESC_TAPE_H */
