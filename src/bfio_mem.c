/* bfio_mem.c - a bounds-checked libbfio handle over memory. */
#include "bfio_mem.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct mem_io {
	const char *data;
	size_t len, pos;
	bool open;
};

static int
mem_free(intptr_t **io, libbfio_error_t **error)
{
	(void)error;
	free(*io);
	*io = NULL;
	return 1;
}

static int
mem_clone(intptr_t **dst, intptr_t *src, libbfio_error_t **error)
{
	struct mem_io *m = xmalloc(sizeof(*m));

	(void)error;
	*m = *(struct mem_io *)src;
	*dst = (intptr_t *)m;
	return 1;
}

static int
mem_open(intptr_t *io, int flags, libbfio_error_t **error)
{
	struct mem_io *m = (struct mem_io *)io;

	(void)flags;
	(void)error;
	m->open = true;
	m->pos = 0;
	return 1;
}

static int
mem_close(intptr_t *io, libbfio_error_t **error)
{
	(void)error;
	((struct mem_io *)io)->open = false;
	return 0;
}

static ssize_t
mem_read(intptr_t *io, uint8_t *buf, size_t size, libbfio_error_t **error)
{
	struct mem_io *m = (struct mem_io *)io;
	size_t n = m->pos < m->len ? m->len - m->pos : 0;

	(void)error;
	if (n > size)
		n = size;
	if (size > SSIZE_MAX)
		return -1;
	memcpy(buf, m->data + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static ssize_t
mem_write(intptr_t *io, const uint8_t *buf, size_t size,
	  libbfio_error_t **error)
{
	(void)io;
	(void)buf;
	(void)size;
	(void)error;
	return -1; /* read only */
}

static off64_t
mem_seek(intptr_t *io, off64_t offset, int whence, libbfio_error_t **error)
{
	struct mem_io *m = (struct mem_io *)io;
	off64_t base = whence == SEEK_CUR ? (off64_t)m->pos
		       : whence == SEEK_END ? (off64_t)m->len
					    : 0;

	(void)error;
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END)
		return -1;
	if ((offset < 0 && -offset > base) ||
	    (offset > 0 && offset > INT64_MAX - base))
		return -1;
	m->pos = (size_t)(base + offset);
	return base + offset;
}

static int
mem_exists(intptr_t *io, libbfio_error_t **error)
{
	(void)io;
	(void)error;
	return 1;
}

static int
mem_is_open(intptr_t *io, libbfio_error_t **error)
{
	(void)error;
	return ((struct mem_io *)io)->open ? 1 : 0;
}

static int
mem_size(intptr_t *io, size64_t *size, libbfio_error_t **error)
{
	(void)error;
	*size = ((struct mem_io *)io)->len;
	return 1;
}

libbfio_handle_t *
bfio_mem_open(const char *data, size_t len)
{
	struct mem_io *m = xcalloc(1, sizeof(*m));
	libbfio_handle_t *h = NULL;

	m->data = data;
	m->len = len;
	if (libbfio_handle_initialize(&h, (intptr_t *)m, mem_free, mem_clone,
				      mem_open, mem_close, mem_read, mem_write,
				      mem_seek, mem_exists, mem_is_open,
				      mem_size, LIBBFIO_FLAG_IO_HANDLE_MANAGED,
				      NULL) != 1) {
		free(m);
		return NULL;
	}
	return h;
}
