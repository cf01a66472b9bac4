/* tnef.c - TNEF streams (winmail.dat) as the parent sees them: the
 * signature, our bounds check, and the child process that reads a
 * checked stream (its reading is tnef_read.c). */
#include "tnef.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "isolate.h"

#define TNEF_SIG 0x223e9f78u
#define TNEF_LVL_MESSAGE 1
#define TNEF_LVL_ATTACHMENT 2
#define TNEF_ATT_MAPI 0x00069003u
#define TNEF_ATT_RECIPS 0x00069004u
#define TNEF_ATT_ATTACHMENT 0x00069005u

uint32_t
tnef_le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint16_t
rd16(const unsigned char *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

bool
tnef_signature(const char *data, size_t len)
{
	return len >= 4 && tnef_le32((const unsigned char *)data) == TNEF_SIG;
}

/* ---- the bounds check ---- */

/* Bytes of one value of a fixed-size MAPI type, padded to 4; 0 for a
 * type we do not know. */
static size_t
fixed_size(unsigned type)
{
	switch (type) {
	case 0x02: case 0x03: case 0x04: case 0x0a: case 0x0b:
		return 4;
	case 0x05: case 0x06: case 0x07: case 0x14: case 0x40:
		return 8;
	case 0x48:
		return 16;
	default:
		return 0;
	}
}

static bool
variable_type(unsigned type)
{
	return type == 0x1e || type == 0x1f || type == 0x102 || type == 0x0d;
}

/* A reader over one attribute's bytes: need() fails past the end. */
struct span {
	const unsigned char *p;
	size_t left;
};

static bool
take(struct span *s, size_t n, const unsigned char **at)
{
	if (n > s->left)
		return false;
	if (at)
		*at = s->p;
	s->p += n;
	s->left -= n;
	return true;
}

static size_t
pad4(size_t n)
{
	return n > SIZE_MAX - 3 ? SIZE_MAX : (n + 3) & ~(size_t)3;
}

static const char *
check_name(struct span *s)
{
	const unsigned char *q;
	uint32_t kind;

	if (!take(s, 20, &q))
		return "tnef: property name cut short";
	kind = tnef_le32(q + 16);
	if (kind == 0)
		return take(s, 4, NULL) ? NULL : "tnef: property name cut short";
	if (kind != 1 || !take(s, 4, &q))
		return "tnef: bad property name";
	return take(s, pad4(tnef_le32(q)), NULL)
		       ? NULL
		       : "tnef: property name longer than its block";
}

static const char *
check_values(struct span *s, unsigned type)
{
	bool mv = type & 0x1000;
	unsigned base = type & ~0x1000u;
	const unsigned char *q;
	uint32_t n = 1;

	if (!variable_type(base) && !fixed_size(base))
		return "tnef: unknown mapi property type";
	if (mv || variable_type(base)) {
		if (!take(s, 4, &q))
			return "tnef: property cut short";
		n = tnef_le32(q);
		if (n > TNEF_MAX_VALUES)
			return "tnef: absurd number of property values";
	}
	for (uint32_t i = 0; i < n; i++) {
		size_t size = fixed_size(base);

		if (variable_type(base)) {
			if (!take(s, 4, &q))
				return "tnef: property cut short";
			size = pad4(tnef_le32(q));
		}
		if (!take(s, size, NULL))
			return "tnef: property value longer than its block";
	}
	return NULL;
}

/* One MAPI property list; s is left after it. */
static const char *
check_props(struct span *s)
{
	const unsigned char *q;
	uint32_t count;
	const char *bad;

	if (!take(s, 4, &q))
		return "tnef: mapi block cut short";
	count = tnef_le32(q);
	if (count > TNEF_MAX_PROPS)
		return "tnef: absurd number of mapi properties";
	for (uint32_t i = 0; i < count; i++) {
		unsigned type, id;

		if (!take(s, 4, &q))
			return "tnef: mapi block cut short";
		type = rd16(q), id = rd16(q + 2);
		if (id >= 0x8000 && (bad = check_name(s)))
			return bad;
		if ((bad = check_values(s, type)))
			return bad;
	}
	return NULL;
}

/* The recipient table: a row count, then a property list per row. */
static const char *
check_recipients(struct span *s)
{
	const unsigned char *q;
	uint32_t rows;
	const char *bad;

	if (!take(s, 4, &q))
		return "tnef: recipient table cut short";
	rows = tnef_le32(q);
	if (rows > TNEF_MAX_PROPS)
		return "tnef: absurd number of recipients";
	for (uint32_t i = 0; i < rows; i++)
		if ((bad = check_props(s)))
			return bad;
	return NULL;
}

static const char *
check_attribute(uint32_t id, const unsigned char *d, size_t n)
{
	struct span s = {d, n};

	if (id == TNEF_ATT_MAPI || id == TNEF_ATT_ATTACHMENT)
		return check_props(&s);
	if (id == TNEF_ATT_RECIPS)
		return check_recipients(&s);
	return NULL;
}

const char *
tnef_check(const char *data, size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	size_t at = 6, n = 0;

	if (len < 6 || !tnef_signature(data, len))
		return "not a tnef stream";
	while (at < len) {
		uint32_t id, size;
		unsigned sum = 0;
		const char *bad;

		if (len - at < 9)
			return "tnef: attribute cut short";
		if (p[at] != TNEF_LVL_MESSAGE && p[at] != TNEF_LVL_ATTACHMENT)
			return "tnef: bad attribute level";
		id = tnef_le32(p + at + 1), size = tnef_le32(p + at + 5);
		at += 9;
		if (size == 0 || size > len - at || len - at - size < 2)
			return "tnef: attribute length beyond the stream";
		for (size_t i = 0; i < size; i++)
			sum += p[at + i];
		if ((sum & 0xffff) != rd16(p + at + size))
			return "tnef: attribute checksum mismatch";
		if ((bad = check_attribute(id, p + at, size)))
			return bad;
		at += size + 2;
		if (++n > TNEF_MAX_ATTRIBUTES)
			return "tnef: too many attributes";
	}
	return NULL;
}

/* ---- the child process ---- */

char *
tnef_text(const char *data, size_t len, int depth, struct strlist *warn)
{
	const char *bad = tnef_check(data, len), *trouble;
	char depth_arg[16];
	const char *args[] = {depth_arg, NULL};
	struct isolate iso;
	struct buf b = {0};
	char *text = NULL, type;

	snprintf(depth_arg, sizeof(depth_arg), "%d", depth);
	if (bad || !isolate_start(&iso, "tnef", args, data, len, &bad)) {
		strlist_pushf(warn, "winmail.dat not read: %s", bad);
		return NULL;
	}
	while ((type = isolate_next(&iso, &b)) != 0) {
		if (type == TNEF_FRAME_WARN) {
			strlist_push(warn, b.s);
		} else if (type == TNEF_FRAME_TEXT && !text) {
			text = utf8_sanitize(b.s, b.len);
		}
	}
	buf_free(&b);
	if ((trouble = isolate_finish(&iso)) != NULL) {
		strlist_pushf(warn, "winmail.dat not read: its reader %s",
			      trouble);
		free(text);
		text = NULL;
	}
	return text;
}
