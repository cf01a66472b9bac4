/* calendar.h - working days: Mon-Fri less holidays plus working weekends.
 * A calendar is read-only after loading and may be shared by threads. */
#ifndef ESC_CALENDAR_H
#define ESC_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct calendar;

struct calendar *calendar_new(void); /* plain Mon-Fri */
/* Add dates from a --holidays file: "YYYY-MM-DD" non-working,
 * "+YYYY-MM-DD" working, '#' comments. *err is "PATH:LINE: message". */
int calendar_load_file(struct calendar *cal, const char *path, char **err);
int calendar_load_buffer(struct calendar *cal, const char *name,
			 const char *buf, size_t len, char **err);
/* Built-in calendars ("ru", "uk", "us"); -1 and *err when unknown. */
int calendar_load_builtin(struct calendar *cal, const char *name, char **err);
bool calendar_is_working(const struct calendar *cal, int64_t day);
/* The n-th working day strictly after 'day' (n >= 1). */
int64_t calendar_add_working(const struct calendar *cal, int64_t day,
			     int64_t n);
/* The last working day of the Mon-Sun week containing 'day' (the Friday
 * of a plain calendar); 'day' itself's week's Sunday if none works. */
int64_t calendar_week_last_working(const struct calendar *cal, int64_t day);
/* How many working days d there are with from < d < to: counted by
 * weeks, then corrected by the rule-made holidays and the entries in
 * between, so a range of years costs no more than its holidays. */
int64_t calendar_count_working(const struct calendar *cal, int64_t from,
			       int64_t to);
void calendar_free(struct calendar *cal);

#endif /* ESC_CALENDAR_H */
