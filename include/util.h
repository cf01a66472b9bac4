/* util.h - allocation helpers, growable buffers, string lists, ASCII
 * helpers, writing a whole buffer to a file descriptor.
 *
 * Ownership: x*alloc never return NULL (they abort on out-of-memory).
 * A struct buf / struct strlist owns its storage; *_free releases it and
 * leaves the struct empty and reusable. */
#ifndef ESC_UTIL_H
#define ESC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#define ESC_PRINTF(a, b) __attribute__((format(printf, a, b)))
/* The number of elements of an array (not a pointer). */
#define countof(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array of 'size'-byte items so that it holds at least 'need'. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) ESC_PRINTF(1, 2);

/* Growable byte buffer, always NUL-terminated when s != NULL. */
struct buf {
	char *s;
	size_t len;
	size_t cap;
};

void buf_append(struct buf *b, const char *s, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) ESC_PRINTF(2, 3);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap) ESC_PRINTF(2, 0);
/* Hand the string over to the caller (never NULL); the buffer is reset. */
char *buf_steal(struct buf *b);
void buf_free(struct buf *b);

/* List of owned strings. */
struct strlist {
	char **v;
	size_t n;
	size_t cap;
};

void strlist_push(struct strlist *l, const char *s);	  /* copies s */
void strlist_push_own(struct strlist *l, char *s);	  /* takes s */
void strlist_pushf(struct strlist *l, const char *fmt, ...) ESC_PRINTF(2, 3);
bool strlist_contains(const struct strlist *l, const char *s);
void strlist_free(struct strlist *l);

/* ASCII helpers that never depend on the locale. */
int ascii_tolower(int c);
/* The value of a hexadecimal digit (0-9, a-f, A-F), or -1. */
int ascii_hexval(int c);
bool ascii_strcaseeq(const char *a, const char *b);
bool ascii_strncaseeq(const char *a, const char *b, size_t n);
/* Case-insensitive (ASCII) substring search; NULL when absent. */
const char *ascii_strcasestr(const char *hay, const char *needle);
char *str_trim(char *s); /* in place; returns s advanced past spaces */
/* Trim the allocated s in place, its text moved to its start: s; or,
 * when nothing is left, NULL with s freed. */
char *str_trim_owned(char *s);

/* Write all of p[0..n) to fd: at file offset 'off' (pwrite), or at the
 * descriptor's position when off is negative (write, for pipes); again
 * after a short write or EINTR. False on an error (errno says which) or
 * a write that wrote nothing. */
bool fd_write_all(int fd, const void *p, size_t n, long long off);

#endif /* ESC_UTIL_H */
