/* stamp.h - dates and times written in free text ("20.11.2026 10:02:33
 * UTC+03:00", "2018.01.21 19:00:55", "20 ноября 2026", "10:02 PM"), as
 * HTML exports and web-chat transcripts write them. */
#ifndef ESC_STAMP_H
#define ESC_STAMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "timeutil.h"

struct stamp {
	bool has_date, has_time, has_zone;
	int year, month, day;
	int hour, min, sec;
	int32_t off;       /* seconds east of UTC when has_zone */
	size_t start, end; /* byte span in the scanned text */
};

/* A date and/or time written exactly at s[0..len) (not necessarily up
 * to len). Returns the bytes taken, 0 when there is none. */
size_t stamp_parse_at(const char *s, size_t len, struct stamp *st);
/* The first date and/or time in s[0..len) that is not glued to other
 * digits; false when there is none. */
bool stamp_find(const char *s, size_t len, struct stamp *st);
/* The moment of a stamp that has a date and a time: at its own zone,
 * else local in the process zone. False when it cannot be made. */
bool stamp_time(const struct stamp *st, struct esc_time *out);
/* The moment of 'day' (days since the epoch) at the stamp's time of
 * day, at offset *off when off != NULL, else local. */
bool stamp_time_on(const struct stamp *st, int64_t day, const int32_t *off,
		   struct esc_time *out);

#endif /* ESC_STAMP_H */
