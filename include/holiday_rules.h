/* holiday_rules.h - public holidays computed by rule for any year:
 * England and Wales bank holidays ("uk"), US federal holidays ("us").
 * The rule tables are constant; nothing here holds state. */
#ifndef ESC_HOLIDAY_RULES_H
#define ESC_HOLIDAY_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct holiday_rules;

/* The rule set of a built-in calendar name, or NULL (borrowed, static). */
const struct holiday_rules *holiday_rules_find(const char *name);
/* The days off (day numbers, sorted, no duplicates) that the rules give
 * for a year: the observed or substitute days, not the nominal dates
 * that fall on a weekend. A day may lie in the year before (a US New
 * Year's Day on a Saturday is observed on 31 December). Returns the
 * count, at most max. */
size_t holiday_rules_year(const struct holiday_rules *r, int year,
			  int64_t *out, size_t max);
/* Whether the rules make 'day' a day off (weekends aside). */
bool holiday_rules_is_holiday(const struct holiday_rules *r, int64_t day);
/* Easter Sunday of a Gregorian year (day number). */
int64_t holiday_easter(int year);

/* More than any rule set yields in one year. */
#define HOLIDAY_MAX_PER_YEAR 16

#endif /* ESC_HOLIDAY_RULES_H */
