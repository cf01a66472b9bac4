/* check_deadline.c - deadline expressions resolved to due moments (SPEC 5).
 *
 * Every expected value below was worked out by hand from the SPEC table.
 * Reference week: 2026-11-23 Mon ... 2026-11-27 Fri, 2026-11-28 Sat,
 * 2026-11-29 Sun, 2026-11-30 Mon, 2026-12-04 Fri, 2027-01-01 Fri. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "deadline.h"
#include "timeutil.h"

#define MON "2026-11-23T09:00:00+03:00"
#define WED "2026-11-25T16:30:00+03:00"
#define FRI "2026-11-27T10:00:00+03:00"
#define SAT "2026-11-28T14:05:00+03:00"
#define SUN "2026-11-29T12:00:00+03:00"

#define EOD(date) date "T23:59:59+03:00"

enum cal_kind { PLAIN, RU, HFILE };

struct row {
	const char *expr;
	const char *g[DLG_COUNT];
	const char *made; /* NULL: an unknown message time */
	bool claimed;
	enum cal_kind cal;
	const char *want; /* ISO due, "vague" or "invalid" */
};

#define N(x) [DLG_N] = (x)
#define N2(x) [DLG_N2] = (x)
#define U(x) [DLG_UNIT] = (x)
#define DAY(x) [DLG_DAY] = (x)
#define MONTH(x) [DLG_MONTH] = (x)
#define YEAR(x) [DLG_YEAR] = (x)
#define WD(x) [DLG_WEEKDAY] = (x)
#define HH(x) [DLG_HOUR] = (x)
#define MM(x) [DLG_MINUTE] = (x)
#define AP(x) [DLG_AMPM] = (x)

static const struct row rows[] = {
	/* hours and minutes: message time + N */
	{"hours", {N("3")}, FRI, false, PLAIN, "2026-11-27T13:00:00+03:00"},
	{"hours", {N("24")}, SAT, false, PLAIN, "2026-11-29T14:05:00+03:00"},
	{"hours", {N("полутора")}, FRI, false, PLAIN,
	 "2026-11-27T11:30:00+03:00"},
	{"hours", {N("48")}, FRI, false, PLAIN, "2026-11-29T10:00:00+03:00"},
	{"hours", {N("сорока восьми")}, FRI, false, PLAIN,
	 "2026-11-29T10:00:00+03:00"},
	{"hours", {N("двадцати четырёх")}, FRI, false, PLAIN,
	 "2026-11-28T10:00:00+03:00"},
	{"hours", {N("двух")}, "2026-12-31T23:00:00+03:00", false, PLAIN,
	 "2027-01-01T01:00:00+03:00"},
	{"hours", {N("1.5")}, FRI, false, PLAIN, "2026-11-27T11:30:00+03:00"},
	{NULL, {U("часа")}, FRI, false, PLAIN, "2026-11-27T11:00:00+03:00"},
	{NULL, {N("3"), U("часов")}, FRI, false, PLAIN,
	 "2026-11-27T13:00:00+03:00"},
	{"hours", {N("87601")}, FRI, false, PLAIN, "invalid"},
	{"hours", {N("87600")}, FRI, false, PLAIN, "2036-11-24T10:00:00+03:00"},
	{"hours", {N("99999999999")}, FRI, false, PLAIN, "invalid"},
	{"hours", {N("0")}, FRI, false, PLAIN, "invalid"},
	{"hours", {N("zero")}, FRI, false, PLAIN, "invalid"},
	{"hours", {N("two"), U("hours")}, FRI, false, PLAIN,
	 "2026-11-27T12:00:00+03:00"},
	{NULL, {N("an"), U("hour")}, FRI, false, PLAIN,
	 "2026-11-27T11:00:00+03:00"},
	{"hours", {N("half an")}, FRI, false, PLAIN,
	 "2026-11-27T10:30:00+03:00"},
	{"minutes", {N("30")}, FRI, false, PLAIN, "2026-11-27T10:30:00+03:00"},
	{NULL, {N("15"), U("минут")}, FRI, false, PLAIN,
	 "2026-11-27T10:15:00+03:00"},
	{NULL, {U("полчаса")}, FRI, false, PLAIN, "2026-11-27T10:30:00+03:00"},
	{"hours", {N("4")}, "2026-11-27T22:30:00-05:00", false, PLAIN,
	 "2026-11-28T02:30:00-05:00"},
	{"hours", {N("2"), N2("4")}, FRI, false, PLAIN,
	 "2026-11-27T14:00:00+03:00"},
	{"minutes", {N("5256001")}, FRI, false, PLAIN, "invalid"},

	/* calendar days: end of (message date + N) */
	{"days", {N("3")}, FRI, false, PLAIN, EOD("2026-11-30")},
	{"days", {N("трёх")}, SAT, false, PLAIN, EOD("2026-12-01")},
	{"days", {N("14")}, FRI, false, PLAIN, EOD("2026-12-11")},
	{"days", {N("10")}, "2026-12-25T12:00:00+03:00", false, PLAIN,
	 EOD("2027-01-04")},
	{"days", {N("1")}, "2028-02-28T09:00:00+03:00", false, PLAIN,
	 EOD("2028-02-29")},
	{"days", {N("1")}, "2026-02-28T09:00:00+03:00", false, PLAIN,
	 EOD("2026-03-01")},
	{NULL, {U("суток")}, FRI, false, PLAIN, EOD("2026-11-28")},
	{"days", {N("3"), N2("5")}, FRI, false, PLAIN, EOD("2026-12-02")},
	{"days", {N("5"), N2("3")}, FRI, false, PLAIN, EOD("2026-12-02")},
	{"days", {N("3661")}, FRI, false, PLAIN, "invalid"},
	{"days", {N("3660")}, FRI, false, PLAIN, EOD("2036-12-04")},
	{NULL, {N("seven"), U("days")}, FRI, false, PLAIN, EOD("2026-12-04")},
	{"days", {N("a couple of")}, FRI, false, PLAIN, EOD("2026-11-29")},
	{"days", {N("a few")}, FRI, false, PLAIN, EOD("2026-11-30")},
	{"days", {N("3-х")}, FRI, false, PLAIN, EOD("2026-11-30")},
	{"days", {N("полтора")}, FRI, false, PLAIN, EOD("2026-11-29")},
	{"days", {N("1")}, "2026-11-27T23:30:00-08:00", false, PLAIN,
	 "2026-11-28T23:59:59-08:00"},
	{"days", {N("1")}, "2026-11-27T22:30:00Z", false, PLAIN,
	 "2026-11-28T23:59:59+00:00"},
	{"days", {N("десяти")}, FRI, false, PLAIN, EOD("2026-12-07")},

	/* working days: end of the N-th working day after the message date */
	{"workdays", {N("3")}, FRI, false, PLAIN, EOD("2026-12-02")},
	{"workdays", {N("1")}, FRI, false, PLAIN, EOD("2026-11-30")},
	{"workdays", {N("5")}, MON, false, PLAIN, EOD("2026-11-30")},
	{"workdays", {N("3")}, SAT, false, PLAIN, EOD("2026-12-02")},
	{"workdays", {N("10")}, FRI, false, PLAIN, EOD("2026-12-11")},
	{"days", {N("3"), U("рабочих дней")}, FRI, false, PLAIN,
	 EOD("2026-12-02")},
	{NULL, {N("three"), U("business days")}, FRI, false, PLAIN,
	 EOD("2026-12-02")},
	{"workdays", {N("3"), N2("5")}, FRI, false, PLAIN, EOD("2026-12-04")},
	{"workdays", {N("1")}, "2026-01-05T10:00:00+03:00", false, RU,
	 EOD("2026-01-12")},
	{"workdays", {N("3")}, "2026-02-20T10:00:00+03:00", false, RU,
	 EOD("2026-02-26")},
	{"workdays", {N("2")}, "2026-05-07T10:00:00+03:00", false, RU,
	 EOD("2026-05-12")},
	{"workdays", {N("1")}, "2026-11-03T10:00:00+03:00", false, RU,
	 EOD("2026-11-05")},
	{"workdays", {N("1")}, "2026-11-03T10:00:00+03:00", false, PLAIN,
	 EOD("2026-11-04")},
	{"workdays", {N("3")}, FRI, false, HFILE, EOD("2026-12-03")},
	{"workdays", {N("2")}, "2026-12-24T10:00:00+03:00", false, HFILE,
	 EOD("2026-12-26")},
	{"workdays", {N("1")}, "2026-12-30T10:00:00+03:00", false, HFILE,
	 EOD("2027-01-01")},
	{"workdays", {N("3661")}, FRI, false, PLAIN, "invalid"},
	{NULL, {N("5"), U("банковских дней")}, FRI, false, PLAIN,
	 EOD("2026-12-04")},
	{"workdays", {N("1")}, "2026-11-27T23:59:00+03:00", false, PLAIN,
	 EOD("2026-11-30")},
	{"workdays", {N("3")}, "2026-12-30T10:00:00+03:00", false, PLAIN,
	 EOD("2027-01-04")},
	{"workdays", {N("пяти")}, "2026-12-30T10:00:00+03:00", false, RU,
	 EOD("2027-01-15")},

	/* weeks: +7N days; months: the same day N months later */
	{"weeks", {U("неделю")}, FRI, false, PLAIN, EOD("2026-12-04")},
	{"weeks", {N("2")}, FRI, false, PLAIN, EOD("2026-12-11")},
	{NULL, {N("двух"), U("недель")}, FRI, false, PLAIN, EOD("2026-12-11")},
	{"weeks", {N("523")}, FRI, false, PLAIN, "invalid"},
	{"weeks", {N("a")}, "2026-12-28T10:00:00+03:00", false, PLAIN,
	 EOD("2027-01-04")},
	{"months", {U("месяц")}, FRI, false, PLAIN, EOD("2026-12-27")},
	{"months", {N("1")}, "2026-01-31T10:00:00+03:00", false, PLAIN,
	 EOD("2026-02-28")},
	{"months", {N("1")}, "2028-01-31T10:00:00+03:00", false, PLAIN,
	 EOD("2028-02-29")},
	{"months", {N("1")}, "2026-12-15T10:00:00+03:00", false, PLAIN,
	 EOD("2027-01-15")},
	{"months", {N("3")}, "2026-11-30T10:00:00+03:00", false, PLAIN,
	 EOD("2027-02-28")},
	{"months", {N("121")}, FRI, false, PLAIN, "invalid"},
	{"months", {N("12")}, FRI, false, PLAIN, EOD("2027-11-27")},
	{NULL, {N("two"), U("months")}, FRI, false, PLAIN, EOD("2027-01-27")},

	/* today, end of day, tomorrow, the day after */
	{"today", {0}, FRI, false, PLAIN, EOD("2026-11-27")},
	{"end-day", {0}, SAT, false, PLAIN, EOD("2026-11-28")},
	{"tomorrow", {0}, FRI, false, PLAIN, EOD("2026-11-28")},
	{"after-tomorrow", {0}, FRI, false, PLAIN, EOD("2026-11-29")},
	{"tomorrow", {HH("18")}, FRI, false, PLAIN, "2026-11-28T18:00:00+03:00"},
	{"today", {HH("6"), AP("pm")}, FRI, false, PLAIN,
	 "2026-11-27T18:00:00+03:00"},
	{"tomorrow", {0}, "2026-12-31T20:00:00+03:00", false, PLAIN,
	 EOD("2027-01-01")},
	{"tomorrow", {0}, "2028-02-28T20:00:00+03:00", false, PLAIN,
	 EOD("2028-02-29")},
	{"after-tomorrow", {0}, "2026-12-30T20:00:00+03:00", false, PLAIN,
	 EOD("2027-01-01")},

	/* weekdays: the first such day strictly after the message date */
	{"weekday", {WD("пятницы")}, FRI, false, PLAIN, EOD("2026-12-04")},
	{"weekday", {WD("пятницу")}, MON, false, PLAIN, EOD("2026-11-27")},
	{"weekday", {WD("понедельника")}, FRI, false, PLAIN, EOD("2026-11-30")},
	{"weekday", {WD("понедельнику")}, SAT, false, PLAIN, EOD("2026-11-30")},
	{"weekday", {WD("вторник")}, FRI, false, PLAIN, EOD("2026-12-01")},
	{"weekday", {WD("среды")}, FRI, false, PLAIN, EOD("2026-12-02")},
	{"weekday", {WD("среду")}, SAT, false, PLAIN, EOD("2026-12-02")},
	{"weekday", {WD("среде")}, MON, false, PLAIN, EOD("2026-11-25")},
	{"weekday", {WD("четверга")}, FRI, false, PLAIN, EOD("2026-12-03")},
	{"weekday", {WD("пятнице")}, WED, false, PLAIN, EOD("2026-11-27")},
	{"weekday", {WD("субботы")}, FRI, false, PLAIN, EOD("2026-11-28")},
	{"weekday", {WD("субботу")}, SAT, false, PLAIN, EOD("2026-12-05")},
	{"weekday", {WD("воскресенья")}, FRI, false, PLAIN, EOD("2026-11-29")},
	{"weekday", {WD("воскресенье")}, MON, false, PLAIN, EOD("2026-11-29")},
	{"weekday", {WD("Friday")}, MON, false, PLAIN, EOD("2026-11-27")},
	{"weekday", {WD("Fri")}, FRI, false, PLAIN, EOD("2026-12-04")},
	{"weekday", {WD("Monday")}, SAT, false, PLAIN, EOD("2026-11-30")},
	{"weekday", {WD("Wed.")}, SAT, false, PLAIN, EOD("2026-12-02")},
	{"weekday", {WD("ПЯТНИЦЫ")}, MON, false, PLAIN, EOD("2026-11-27")},
	{"weekday", {WD("Thursday"), HH("3"), AP("pm")}, MON, false, PLAIN,
	 "2026-11-26T15:00:00+03:00"},
	{"weekday", {WD("пятницу"), HH("15"), MM("00")}, FRI, false, PLAIN,
	 "2026-12-04T15:00:00+03:00"},
	{"weekday", {WD("funday")}, FRI, false, PLAIN, "invalid"},
	{"weekday", {WD("пятницы")}, "2026-12-28T10:00:00+03:00", false, PLAIN,
	 EOD("2027-01-01")},
	{"weekday", {WD("вторника")}, SUN, false, PLAIN, EOD("2026-12-01")},

	/* end of this week / next week / end of the month */
	{"end-week", {0}, MON, false, PLAIN, EOD("2026-11-27")},
	{"end-week", {0}, FRI, false, PLAIN, EOD("2026-11-27")},
	{"end-week", {0}, SAT, false, PLAIN, EOD("2026-11-28")},
	{"end-week", {0}, SUN, false, PLAIN, EOD("2026-11-29")},
	{"end-week", {0}, "2026-06-10T10:00:00+03:00", false, RU,
	 EOD("2026-06-11")},
	{"end-week", {0}, "2026-12-22T10:00:00+03:00", false, HFILE,
	 EOD("2026-12-26")},
	{"next-week", {0}, FRI, false, PLAIN, EOD("2026-12-04")},
	{"next-week", {0}, SAT, false, PLAIN, EOD("2026-12-04")},
	{"next-week", {0}, SUN, false, PLAIN, EOD("2026-12-04")},
	{"next-week", {0}, "2026-06-03T10:00:00+03:00", false, RU,
	 EOD("2026-06-11")},
	{"end-month", {0}, FRI, false, PLAIN, EOD("2026-11-30")},
	{"end-month", {0}, "2028-02-10T10:00:00+03:00", false, PLAIN,
	 EOD("2028-02-29")},
	{"end-month", {0}, "2026-02-10T10:00:00+03:00", false, PLAIN,
	 EOD("2026-02-28")},
	{"end-month", {0}, "2026-12-31T22:00:00+03:00", false, PLAIN,
	 EOD("2026-12-31")},

	/* absolute dates */
	{"date", {DAY("25"), MONTH("ноября")}, MON, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("25"), MONTH("ноября")}, SAT, false, PLAIN,
	 EOD("2027-11-25")},
	{"date", {DAY("25"), MONTH("ноября")}, SAT, true, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("5"), MONTH("января")}, SAT, false, PLAIN,
	 EOD("2027-01-05")},
	{"date", {DAY("5"), MONTH("января")}, SAT, true, PLAIN,
	 EOD("2027-01-05")},
	{"date", {DAY("20"), MONTH("декабря")}, "2027-01-05T10:00:00+03:00",
	 true, PLAIN, EOD("2026-12-20")},
	{"date", {DAY("20"), MONTH("декабря")}, "2027-01-05T10:00:00+03:00",
	 false, PLAIN, EOD("2027-12-20")},
	{"date", {DAY("25"), MONTH("11"), YEAR("2026")}, SAT, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("25"), MONTH("11"), YEAR("26")}, SAT, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("25"), MONTH("11")}, MON, false, PLAIN, EOD("2026-11-25")},
	{"date", {DAY("11"), MONTH("25"), YEAR("2026")}, MON, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("12"), MONTH("11")}, "2026-11-01T10:00:00+03:00", false,
	 PLAIN, EOD("2026-11-12")},
	{"date", {DAY("30"), MONTH("февраля"), YEAR("2026")}, SAT, false, PLAIN,
	 "invalid"},
	{"date", {DAY("29"), MONTH("февраля"), YEAR("2028")}, SAT, false, PLAIN,
	 EOD("2028-02-29")},
	{"date", {DAY("29"), MONTH("02")}, SAT, false, PLAIN, EOD("2028-02-29")},
	{"date", {DAY("31"), MONTH("13")}, SAT, false, PLAIN, "invalid"},
	{"date", {DAY("31"), MONTH("11"), YEAR("2026")}, SAT, false, PLAIN,
	 "invalid"},
	{"date", {DAY("25"), MONTH("November")}, MON, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("25th"), MONTH("Nov"), YEAR("2026")}, MON, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("1"), MONTH("нояб."), YEAR("2027")}, MON, false, PLAIN,
	 EOD("2027-11-01")},
	{"date", {DAY("3"), MONTH("дек")}, SAT, false, PLAIN, EOD("2026-12-03")},
	{"date", {DAY("3 "), MONTH("Дек. ")}, SAT, false, PLAIN,
	 EOD("2026-12-03")},
	{"date", {DAY("25"), MONTH("ноября"), HH("18"), MM("00")}, MON, false,
	 PLAIN, "2026-11-25T18:00:00+03:00"},
	{"date", {DAY("25"), MONTH("November"), HH("6"), AP("pm")}, MON, false,
	 PLAIN, "2026-11-25T18:00:00+03:00"},
	{"date", {DAY("25"), MONTH("ноябрь")}, MON, false, PLAIN,
	 EOD("2026-11-25")},
	{"date", {DAY("8"), MONTH("мая"), YEAR("2026")}, SAT, false, PLAIN,
	 EOD("2026-05-08")},
	{"date", {DAY("10"), MONTH("марта")}, SAT, false, PLAIN,
	 EOD("2027-03-10")},
	{"date", {DAY("25"), MONTH("ноября"), HH("24"), MM("00")}, MON, false,
	 PLAIN, EOD("2026-11-25")},
	{"date", {DAY("25"), MONTH("ноября"), HH("25")}, MON, false, PLAIN,
	 "invalid"},
	{"date", {DAY("5"), MONTH("янв")}, "2026-12-28T10:00:00+03:00", false,
	 PLAIN, EOD("2027-01-05")},
	{"date", {DAY("25-го")}, SAT, false, PLAIN, EOD("2026-12-25")},
	{"date", {DAY("25")}, SAT, true, PLAIN, EOD("2026-11-25")},
	{"date", {DAY("31")}, SAT, false, PLAIN, EOD("2026-12-31")},
	{"date", {DAY("2026")}, SAT, false, PLAIN, "invalid"},
	{"date", {DAY("31"), MONTH("12"), YEAR("2026")}, SAT, false, PLAIN,
	 EOD("2026-12-31")},
	{"date", {DAY("1"), MONTH("мае")}, SAT, false, PLAIN, EOD("2027-05-01")},
	{"date", {DAY("15"), MONTH("Sept")}, SAT, false, PLAIN,
	 EOD("2027-09-15")},
	{"date", {DAY("25"), MONTH("ноября"), YEAR("2026")},
	 "2026-11-27T23:00:00-05:00", false, PLAIN,
	 "2026-11-25T23:59:59-05:00"},
	{"date", {DAY("25"), MONTH("брумера")}, SAT, false, PLAIN, "invalid"},

	/* a clock time alone: today, or tomorrow when already past */
	{"time", {HH("18"), MM("00")}, FRI, false, PLAIN,
	 "2026-11-27T18:00:00+03:00"},
	{"time", {HH("18")}, "2026-11-27T19:00:00+03:00", false, PLAIN,
	 "2026-11-28T18:00:00+03:00"},
	{"time", {HH("6"), AP("pm")}, FRI, false, PLAIN,
	 "2026-11-27T18:00:00+03:00"},
	{"time", {HH("15")}, FRI, false, PLAIN, "2026-11-27T15:00:00+03:00"},
	{"time", {HH("9"), AP("am")}, FRI, false, PLAIN,
	 "2026-11-28T09:00:00+03:00"},
	{"time", {HH("12"), AP("am")}, FRI, false, PLAIN,
	 "2026-11-28T00:00:00+03:00"},
	{"time", {HH("12"), AP("p.m.")}, FRI, false, PLAIN,
	 "2026-11-27T12:00:00+03:00"},
	{"time", {HH("18:30")}, FRI, false, PLAIN, "2026-11-27T18:30:00+03:00"},
	{"time", {HH("3"), AP("дня")}, FRI, false, PLAIN,
	 "2026-11-27T15:00:00+03:00"},
	{"time", {HH("13"), AP("pm")}, FRI, false, PLAIN, "invalid"},
	{"time", {HH("18"), MM("60")}, FRI, false, PLAIN, "invalid"},
	{"time", {HH("шести"), AP("вечера")}, FRI, false, PLAIN,
	 "2026-11-27T18:00:00+03:00"},
	{"time", {HH("18")}, "2026-11-27T18:00:00+03:00", false, PLAIN,
	 "2026-11-28T18:00:00+03:00"},
	{"time", {HH("10"), MM("00")}, FRI, false, PLAIN,
	 "2026-11-28T10:00:00+03:00"},
	{"time", {0}, FRI, false, PLAIN, "invalid"},
	{"time", {HH("23"), MM("30")}, "2026-12-31T23:45:00+03:00", false,
	 PLAIN, "2027-01-01T23:30:00+03:00"},

	/* vague promises; expression kinds decided by the groups */
	{"vague", {0}, FRI, false, PLAIN, "vague"},
	{"vague", {N("garbage")}, SAT, true, PLAIN, "vague"},
	{NULL, {0}, FRI, false, PLAIN, "invalid"},
	{"fortnight", {N("1")}, FRI, false, PLAIN, "invalid"},
	{NULL, {DAY("25"), MONTH("ноября")}, MON, false, PLAIN,
	 EOD("2026-11-25")},
	{NULL, {WD("пятницы")}, MON, false, PLAIN, EOD("2026-11-27")},
	{NULL, {HH("18")}, FRI, false, PLAIN, "2026-11-27T18:00:00+03:00"},
	{"days", {N("3")}, NULL, false, PLAIN, "invalid"},
	{NULL, {N("3"), U("parsecs")}, FRI, false, PLAIN, "invalid"},
	{NULL, {N("4"), U("рабочих часов")}, FRI, false, PLAIN,
	 "2026-11-27T14:00:00+03:00"},
	{NULL, {N("2"), U("business hours")}, FRI, false, PLAIN,
	 "2026-11-27T12:00:00+03:00"},
	{NULL, {N("5"), U("календарных дней")}, FRI, false, PLAIN,
	 EOD("2026-12-02")},
	{NULL, {N("3"), U("д.")}, FRI, false, PLAIN, EOD("2026-11-30")},
	{NULL, {N("2"), U("нед.")}, FRI, false, PLAIN, EOD("2026-12-11")},
	{NULL, {N("24"), U("h")}, FRI, false, PLAIN,
	 "2026-11-28T10:00:00+03:00"},
	{NULL, {U("working day")}, FRI, false, PLAIN, EOD("2026-11-30")},
};

static struct calendar *
make_cal(enum cal_kind k)
{
	struct calendar *cal = calendar_new();
	char *err = NULL;
	int rc = 0;

	if (k == RU)
		rc = calendar_load_builtin(cal, "ru", &err);
	else if (k == HFILE)
		rc = calendar_load_file(cal, "tests/data/holidays/ok.txt", &err);
	ck_assert_msg(rc == 0, "calendar: %s", err ? err : "");
	free(err);
	return cal;
}

static void
describe(const struct row *r, char *out, size_t cap)
{
	size_t n = (size_t)snprintf(out, cap, "expr=%s",
				    r->expr ? r->expr : "(none)");

	for (int g = 0; g < DLG_COUNT && n < cap; g++) {
		if (r->g[g] != NULL)
			n += (size_t)snprintf(out + n, cap - n, " %s='%s'",
					      dl_group_names[g], r->g[g]);
	}
	if (n < cap)
		snprintf(out + n, cap - n, " made=%s%s cal=%d",
			 r->made ? r->made : "(unset)",
			 r->claimed ? " claimed" : "", (int)r->cal);
}

START_TEST(test_resolve_row)
{
	const struct row *r = &rows[_i];
	struct dl_expr e;
	struct esc_time made = {0, 0, false}, due;
	struct calendar *cal = make_cal(r->cal);
	char got[32], what[512];
	bool vague = false, ok;

	memset(&e, 0, sizeof(e));
	e.expr = r->expr;
	for (int g = 0; g < DLG_COUNT; g++) {
		e.g[g] = r->g[g];
		e.glen[g] = r->g[g] ? strlen(r->g[g]) : 0;
	}
	if (r->made != NULL)
		ck_assert_msg(time_parse_iso(r->made, &made), "bad test row");
	describe(r, what, sizeof(what));
	ok = deadline_resolve(&e, made, cal, r->claimed, &due, &vague);
	if (!ok)
		strcpy(got, "invalid");
	else if (vague)
		strcpy(got, "vague");
	else
		time_format_iso(due, got);
	ck_assert_msg(strcmp(got, r->want) == 0, "row %d: %s: got %s, want %s",
		      _i, what, got, r->want);
	if (ok && !vague)
		ck_assert_msg(due.set, "row %d: due not set", _i);
	calendar_free(cal);
}
END_TEST

static const struct {
	const char *s;
	long val;
	bool half;
} num_rows[] = {
	{"3", 3, false},
	{"трёх", 3, false},
	{"трех", 3, false},
	{"ТРЁХ", 3, false},
	{"один", 1, false},
	{"одного", 1, false},
	{"одной", 1, false},
	{"одних", 1, false},
	{"двух", 2, false},
	{"двое", 2, false},
	{"Два", 2, false},
	{"четырёх", 4, false},
	{"пяти", 5, false},
	{"десяти", 10, false},
	{"двенадцать", 12, false},
	{"четырнадцати", 14, false},
	{"пятнадцать", 15, false},
	{"двадцать", 20, false},
	{"тридцати", 30, false},
	{"сорока", 40, false},
	{"сорока восьми", 48, false},
	{"двадцать четыре", 24, false},
	{"двадцати четырёх", 24, false},
	{"девяноста девяти", 99, false},
	{"сто", 100, false},
	{"полутора", 1, true},
	{"полтора", 1, true},
	{"два с половиной", 2, true},
	{"пару", 2, false},
	{"one", 1, false},
	{"Twenty", 20, false},
	{"forty-eight", 48, false},
	{"forty eight", 48, false},
	{"thirty", 30, false},
	{"a", 1, false},
	{"an", 1, false},
	{"a couple of", 2, false},
	{"a few", 3, false},
	{"one and a half", 1, true},
	{"two and a half", 2, true},
	{"half an", 0, true},
	{"1,5", 1, true},
	{"2.5", 2, true},
	{"24-х", 24, false},
	{"5-ти", 5, false},
	{"3х", 3, false},
	{" 7 ", 7, false},
	{"", -1, false},
	{"abc", -1, false},
	{"двадцать двадцать", -1, false},
	{"четыре двадцать", -1, false},
	{"twenty thirty", -1, false},
	{"99999999999", -1, false},
	{"3 дня", -1, false},
	{"1.25", -1, false},
	{"12:00", -1, false},
	{"один два три четыре пять шесть семь восемь девять", -1, false},
};

START_TEST(test_number)
{
	for (size_t i = 0; i < sizeof(num_rows) / sizeof(num_rows[0]); i++) {
		bool half = !num_rows[i].half;
		long v = deadline_number(num_rows[i].s, strlen(num_rows[i].s),
					 &half);

		ck_assert_msg(v == num_rows[i].val,
			      "deadline_number('%s') = %ld, want %ld",
			      num_rows[i].s, v, num_rows[i].val);
		if (v >= 0)
			ck_assert_msg(half == num_rows[i].half,
				      "deadline_number('%s'): half = %d",
				      num_rows[i].s, half);
	}
}
END_TEST

/* Hostile group texts: NUL bytes, very long, invalid UTF-8. */
START_TEST(test_number_hostile)
{
	char big[4096];
	bool half;

	memset(big, '9', sizeof(big));
	ck_assert_int_eq(deadline_number(big, sizeof(big), &half), -1);
	ck_assert_int_eq(deadline_number("3\0" "0", 3, &half), -1);
	ck_assert_int_eq(deadline_number("\xd0", 1, &half), -1);
	ck_assert_int_eq(deadline_number("\xff\xfe", 2, &half), -1);
	ck_assert_int_eq(deadline_number(NULL, 0, &half), -1);
	ck_assert_int_eq(deadline_number("5", 1, NULL), 5);
}
END_TEST

Suite *suite_deadline(void);

Suite *
suite_deadline(void)
{
	Suite *s = suite_create("deadline");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, test_resolve_row, 0,
			    (int)(sizeof(rows) / sizeof(rows[0])));
	tcase_add_test(tc, test_number);
	tcase_add_test(tc, test_number_hostile);
	suite_add_tcase(s, tc);
	return s;
}
