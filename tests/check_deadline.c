/* check_deadline.c - deadline expressions resolved to due moments (SPEC 5).
 *
 * Every expected value below was worked out by hand from the SPEC table.
 * Reference week: 2026-11-23 Mon ... 2026-11-27 Fri, 2026-11-28 Sat,
 * 2026-11-29 Sun, 2026-11-30 Mon, 2026-12-04 Fri, 2027-01-01 Fri. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "deadline.h"
#include "suite.h"
#include "timeutil.h"

#define MON "2026-11-23T09:00:00+03:00"
#define WED "2026-11-25T16:30:00+03:00"
#define FRI "2026-11-27T10:00:00+03:00"
#define SAT "2026-11-28T14:05:00+03:00"
#define SUN "2026-11-29T12:00:00+03:00"

#define EOD(date) date "T23:59:59+03:00"

enum cal_kind { PLAIN, RU, HFILE, UK, US };

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
	/* issue 19: 2 business days from Fri 28 Aug 2026 under uk (Mon 31
	 * Aug is the summer bank holiday); 1 from Wed 25 Nov 2026 under us
	 * (Thu 26 Nov is Thanksgiving) */
	{NULL, {N("2"), U("business days")}, "2026-08-28T10:00:00+01:00",
	 false, UK, "2026-09-02T23:59:59+01:00"},
	{NULL, {N("2"), U("business days")}, "2026-08-28T10:00:00+01:00",
	 false, PLAIN, "2026-09-01T23:59:59+01:00"},
	{NULL, {N("1"), U("business day")}, "2026-11-25T10:00:00-05:00",
	 false, US, "2026-11-27T23:59:59-05:00"},
	{NULL, {N("1"), U("business day")}, "2026-11-25T10:00:00-05:00",
	 false, PLAIN, "2026-11-26T23:59:59-05:00"},
};

static struct calendar *
make_cal(enum cal_kind k)
{
	struct calendar *cal = calendar_new();
	char *err = NULL;
	int rc = 0;

	if (k == RU || k == UK || k == US)
		rc = calendar_load_builtin(cal, k == RU ? "ru" : k == UK ? "uk"
								 : "us",
					   &err);
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

/* ------------------------------------------------------------------ */
/* Whole sentences through the built-in patterns and the analysis: the
 * promise is found, paired with its time expression, resolved and
 * judged. Each row: who wrote it (A agent, C customer), when, the text,
 * an optional later message, and the deadlines expected, written by
 * hand from SPEC 5 as "due kind status[ claimed][ superseded]" joined
 * with "; " ("-" for a vague due, "none" for no deadline). Judged at
 * NOW, Saturday 2026-11-28 12:00 +03:00; most messages are written on
 * Monday 2026-11-23 09:00 (M) or Friday 2026-11-27 10:00 (F). */

#include "analyze.h"
#include "match.h"
#include "patterns.h"

#define NOW "2026-11-28T12:00:00+03:00"
#define M MON
#define F FRI
#define E(d, rest) d "T23:59:59+03:00 " rest
#define AT(d, hm, rest) d "T" hm ":00+03:00 " rest

struct trow {
	char who;
	const char *made;
	const char *text;
	const char *want;
	char who2; /* 0: no later message */
	const char *made2;
	const char *text2;
};

static const struct trow trows[] = {
	/* within N hours / minutes: message time + N */
	{'A', M, "Мы ответим в течение 3 часов.",
	 AT("2026-11-23", "12:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним в течение трёх часов.",
	 AT("2026-11-23", "12:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Свяжемся с вами в течение одного часа.",
	 AT("2026-11-23", "10:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Решим в течение полутора часов.",
	 AT("2026-11-23", "10:30", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Ответим в течение 24-х часов.",
	 AT("2026-11-24", "09:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Ответ будет дан в течение двадцати четырёх часов.",
	 AT("2026-11-24", "09:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will reply within 48 hours.",
	 AT("2026-11-25", "09:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We'll get back to you within 24h.",
	 AT("2026-11-24", "09:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will fix it within 48 hrs.",
	 AT("2026-11-25", "09:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will call you in 2 hours.",
	 AT("2026-11-23", "11:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will respond within an hour.",
	 AT("2026-11-23", "10:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will respond within three hours.",
	 AT("2026-11-23", "12:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним через час.",
	 AT("2026-11-23", "10:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Мы свяжемся с вами в течение 15 минут.",
	 AT("2026-11-23", "09:15", "reply missed"), 0, NULL, NULL},
	{'A', NOW, "Ответим в течение 2 часов.",
	 AT("2026-11-28", "14:00", "reply pending"), 0, NULL, NULL},
	{'A', NOW, "We will call you back within forty-eight hours.",
	 AT("2026-11-30", "12:00", "reply pending"), 0, NULL, NULL},

	/* within N days, in N days: end of (message date + N) */
	{'A', M, "Ответим в течение суток.", E("2026-11-24", "reply missed"), 0, NULL, NULL},
	{'A', M, "Вернём деньги в течение 10 дней.",
	 E("2026-12-03", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Решим в течение пяти календарных дней.",
	 E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Вернём средства через 3 дня.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Исправим через два дня.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Рассмотрим вашу претензию в течение 30 дней.",
	 E("2026-12-23", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Проблема будет решена в течение 2 дней.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Курьер привезёт заказ через пару дней.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will refund you within 14 days.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will resolve this in 3 days.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will ship it in a couple of days.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will fix it within three days.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Your refund will be processed within 5 days.",
	 E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	{'A', M, "You will receive your refund within ten days.",
	 E("2026-12-03", "resolve pending"), 0, NULL, NULL},

	/* within N working days: the message's own day does not count */
	{'A', M, "Ответим в течение 3 рабочих дней.",
	 E("2026-11-26", "reply missed"), 0, NULL, NULL},
	{'A', M, "Вернём деньги в течение трёх рабочих дней.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Средства поступят в течение 5 рабочих дней.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "В течение 10 банковских дней мы вернём деньги.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Рассмотрим в течение десяти рабочих дней.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', F, "Ответим в течение одного рабочего дня.",
	 E("2026-11-30", "reply pending"), 0, NULL, NULL},
	{'A', M, "We will refund you within 3 business days.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will get back to you within 2 working days.",
	 E("2026-11-25", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will resolve it in 1-2 working days.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', F, "We will refund you within three business days.",
	 E("2026-12-02", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Срок рассмотрения составляет до 10 рабочих дней.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Срок рассмотрения обращения — 30 дней.",
	 E("2026-12-23", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Срок возврата: 3-5 рабочих дней.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Вернём деньги не позднее 5 рабочих дней.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Отправим замену в течение 2-3 рабочих дней.",
	 E("2026-11-26", "resolve missed"), 0, NULL, NULL},

	/* ranges: the upper bound (hyphen, en dash, em dash, words) */
	{'A', M, "Вернём деньги в течение 3–5 рабочих дней.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Вернём деньги в течение 3—5 рабочих дней.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Мы вернём деньги, возврат займёт 3-5 рабочих дней.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Доставим в срок от 3 до 5 дней.",
	 E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Вернём деньги в срок от 5 до 10 рабочих дней.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Доставим от двух до трёх недель.",
	 E("2026-12-14", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Please allow 5–7 business days for the refund.",
	 E("2026-12-02", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Expect your refund in 3-5 business days.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will deliver it in 3 to 5 days.",
	 E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you within 3 to 5 business days.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you between 3 and 5 business days from now.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will ship the replacement in 1–2 weeks.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},

	/* today, end of day, tomorrow, the day after */
	{'A', M, "Ответим сегодня.", E("2026-11-23", "reply missed"), 0, NULL, NULL},
	{'A', M, "Решим до конца дня.", E("2026-11-23", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Ответим до конца рабочего дня.",
	 E("2026-11-23", "reply missed"), 0, NULL, NULL},
	{'A', NOW, "Ответим сегодня.", E("2026-11-28", "reply pending"), 0, NULL, NULL},
	{'A', M, "We will fix it by end of day.",
	 E("2026-11-23", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We'll reply by EOD.", E("2026-11-23", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will fix it today.", E("2026-11-23", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним завтра.", E("2026-11-24", "reply missed"), 0, NULL, NULL},
	{'A', M, "Исправим послезавтра.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We'll call you tomorrow.", E("2026-11-24", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will ship it the day after tomorrow.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Решим завтра до 12:00.",
	 AT("2026-11-24", "12:00", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We'll call you tomorrow at 10:00.",
	 AT("2026-11-24", "10:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним сегодня до 18:00.",
	 AT("2026-11-23", "18:00", "reply missed"), 0, NULL, NULL},
	{'A', NOW, "We'll call you tomorrow before 6 pm.",
	 AT("2026-11-29", "18:00", "reply pending"), 0, NULL, NULL},
	{'A', NOW, "Перезвоним завтра к 10 часам утра.",
	 AT("2026-11-29", "10:00", "reply pending"), 0, NULL, NULL},

	/* weekdays: the first such day strictly after the message date */
	{'A', M, "Решим до пятницы.", E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Ответим к пятнице.", E("2026-11-27", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним в понедельник.", E("2026-11-30", "reply pending"), 0, NULL, NULL},
	{'A', M, "Исправим к среде.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Вернём деньги во вторник.", E("2026-11-24", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Ответим в четверг.", E("2026-11-26", "reply missed"), 0, NULL, NULL},
	{'A', M, "Доставим в субботу.", E("2026-11-28", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Свяжемся в воскресенье.", E("2026-11-29", "reply pending"), 0, NULL, NULL},
	{'A', M, "Ответим не позднее четверга.", E("2026-11-26", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним к понедельнику до 12:00.",
	 AT("2026-11-30", "12:00", "reply pending"), 0, NULL, NULL},
	{'A', F, "Ответим до пятницы.", E("2026-12-04", "reply pending"), 0, NULL, NULL},
	{'A', M, "We will refund you by Friday.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will call you on Monday.", E("2026-11-30", "reply pending"), 0, NULL, NULL},
	{'A', M, "We will fix it no later than Wednesday.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We'll reply by Fri at 5 pm.",
	 AT("2026-11-27", "17:00", "reply missed"), 0, NULL, NULL},
	{'A', SAT, "We will ship it on Saturday.",
	 E("2026-12-05", "resolve pending"), 0, NULL, NULL},
	{'A', SUN, "Мастер приедет в понедельник.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},

	/* end of the week, next week, end of the month, after the weekend */
	{'A', M, "Решим до конца недели.", E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Решим на этой неделе.", E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will fix it by the end of the week.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will fix it later this week.",
	 E("2026-11-27", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Ответим на следующей неделе.", E("2026-12-04", "reply pending"), 0, NULL, NULL},
	{'A', M, "Решим до конца следующей недели.",
	 E("2026-12-04", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will get back to you next week.",
	 E("2026-12-04", "reply pending"), 0, NULL, NULL},
	{'A', M, "Вернём деньги до конца месяца.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you by the end of the month.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Ответим после выходных.", E("2026-11-30", "reply pending"), 0, NULL, NULL},
	{'A', SAT, "Решим после выходных.", E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', F, "We'll get back to you after the weekend.",
	 E("2026-11-30", "reply pending"), 0, NULL, NULL},
	{'A', M, "Вернём через неделю.", E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Решим в течение недели.", E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Рассмотрим в течение двух недель.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will ship it in a week.", E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Рассмотрим через месяц.", E("2026-12-23", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will resolve it in a month.",
	 E("2026-12-23", "resolve pending"), 0, NULL, NULL},

	/* absolute dates, with and without a year and a time */
	{'A', M, "Вернём деньги до 25 ноября.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Решим до 25.11.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Решим до 25.11.2026.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Решим до 2026-11-25.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "Вернём деньги 3 декабря 2026 года.",
	 E("2026-12-03", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Ответим не позднее 1 декабря.", E("2026-12-01", "reply pending"), 0, NULL, NULL},
	{'A', M, "Ответим до 1-го декабря.", E("2026-12-01", "reply pending"), 0, NULL, NULL},
	{'A', M, "Вернём деньги к 5 декабря.", E("2026-12-05", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Решим до 30 ноября до 18:00.",
	 AT("2026-11-30", "18:00", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Решим до 05.12 до 18:00.",
	 AT("2026-12-05", "18:00", "resolve pending"), 0, NULL, NULL},
	/* a year-less date three days past would be due next year: it
	 * names a past day, not a promise (docs/promises.md) */
	{'A', M, "Вернём деньги до 20 ноября.", "none", 0, NULL, NULL},
	{'A', M, "Вернём деньги до 20 декабря.",
	 E("2026-12-20", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you by November 25th.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will fix it by Nov 25.", E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will ship it by 25 Nov 2026.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will refund you by 25/11/2026.",
	 E("2026-11-25", "resolve missed"), 0, NULL, NULL},
	{'A', M, "We will refund you by 11/30/2026.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you by 2026-11-30.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you by December 4 at 5 pm.",
	 AT("2026-12-04", "17:00", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will fix this on 3 December at 14:00.",
	 AT("2026-12-03", "14:00", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will reply no later than 1.12.2026.",
	 E("2026-12-01", "reply pending"), 0, NULL, NULL},

	/* a clock time: today, or tomorrow when already past */
	{'A', M, "Ответим до 18:00.", AT("2026-11-23", "18:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним к 15 часам.",
	 AT("2026-11-23", "15:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "Перезвоним не позднее 17:30 по МСК.",
	 AT("2026-11-23", "17:30", "reply missed"), 0, NULL, NULL},
	{'A', M, "We'll call you by 5 pm.",
	 AT("2026-11-23", "17:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will reply before 18:00.",
	 AT("2026-11-23", "18:00", "reply missed"), 0, NULL, NULL},
	{'A', M, "We will fix it no later than 9:30 a.m.",
	 AT("2026-11-23", "09:30", "resolve missed"), 0, NULL, NULL},
	{'A', NOW, "Перезвоним до 11:00.",
	 AT("2026-11-29", "11:00", "reply pending"), 0, NULL, NULL},

	/* vague */
	{'A', M, "Ответим в ближайшее время.", "- reply vague", 0, NULL, NULL},
	{'A', M, "Решим в кратчайшие сроки.", "- resolve vague", 0, NULL, NULL},
	{'A', M, "Свяжемся с вами как можно скорее.", "- reply vague", 0, NULL, NULL},
	{'A', M, "Рассмотрим в порядке очереди.", "- resolve vague", 0, NULL, NULL},
	{'A', M, "We will get back to you as soon as possible.",
	 "- reply vague", 0, NULL, NULL},
	{'A', M, "We'll reply shortly.", "- reply vague", 0, NULL, NULL},
	{'A', M, "A refund will be issued in due course.", "- resolve vague", 0, NULL, NULL},
	{'A', M, "We will fix it ASAP.", "- resolve vague", 0, NULL, NULL},

	/* kept / late: a reply by any later company message, a resolve
	 * promise only by a resolution */
	{'A', M, "Ответим в течение 3 рабочих дней.",
	 E("2026-11-26", "reply kept"), 'A', "2026-11-25T10:00:00+03:00",
	 "Добрый день, уточняем информацию по вашему вопросу."},
	{'A', M, "We will reply within 24 hours.",
	 AT("2026-11-24", "09:00", "reply late"), 'A',
	 "2026-11-25T10:00:00+03:00", "Hello, we are looking into it."},
	{'A', M, "Вернём деньги в течение 3 рабочих дней.",
	 E("2026-11-26", "resolve kept"), 'A', "2026-11-25T10:00:00+03:00",
	 "Средства возвращены на вашу карту."},
	{'A', M, "We will refund you within 2 business days.",
	 E("2026-11-25", "resolve late"), 'A', "2026-11-27T10:00:00+03:00",
	 "We have issued a refund."},
	{'A', M, "We will fix it by Tuesday.",
	 E("2026-11-24", "resolve missed"), 'A', "2026-11-24T10:00:00+03:00",
	 "Our engineers are still working on it."},
	{'A', M, "Перезвоним завтра.", E("2026-11-24", "reply missed"), 'C',
	 "2026-11-25T10:00:00+03:00", "Вы так и не перезвонили."},

	/* the customer states the company's earlier promise: claimed */
	{'C', F, "Вы обещали решить до 20 ноября.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Мне обещали вернуть деньги до 20 ноября.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "Вы обещали перезвонить в течение 3 дней.",
	 E("2026-11-30", "reply pending claimed"), 0, NULL, NULL},
	{'C', F, "You promised to refund me by November 20.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	/* a weekday in a claim: the nearest such day, before or after */
	{'C', F, "You said it would be fixed by Monday.",
	 E("2026-11-30", "resolve pending claimed"), 0, NULL, NULL},
	{'C', M, "You said the bill would be issued by Friday.",
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', M, "Вы обещали перезвонить в четверг.",
	 E("2026-11-26", "reply missed claimed"), 0, NULL, NULL},
	{'C', F, "Мне сказали, что деньги вернут до среды.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	/* two verbless promises coordinated in one claim are two */
	{'C', M, "Your advisor promised me a call back before 5pm on the 16th "
		 "and a technician by Friday.",
	 AT("2026-11-16", "17:00", "reply missed claimed") "; "
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', M, "Вы обещали мне звонок в среду и мастера в пятницу.",
	 E("2026-11-25", "reply missed claimed") "; "
	 E("2026-11-20", "resolve missed claimed"), 0, NULL, NULL},
	{'C', F, "I was told the refund would arrive in 5 days.",
	 E("2026-12-02", "resolve pending claimed"), 0, NULL, NULL},
	{'C', F, "You promised to call me back by Friday.",
	 E("2026-11-27", "reply missed claimed"), 0, NULL, NULL},
	{'C', F, "Вы обещали вернуть деньги до 25 ноября.",
	 E("2026-11-25", "resolve missed claimed"), 0, NULL, NULL},
	/* written after NOW: the nearest 20 December is the past one */
	{'C', "2027-01-05T10:00:00+03:00", "Вы обещали вернуть деньги до 20 декабря.",
	 E("2026-12-20", "resolve pending claimed"), 0, NULL, NULL},

	/* a later promise on the matter supersedes the earlier one */
	{'A', M, "Вернём деньги до 25 ноября.",
	 E("2026-11-25", "resolve missed superseded") "; "
	 E("2026-12-02", "resolve pending"),
	 'A', "2026-11-25T10:00:00+03:00", "Вернём деньги до 2 декабря."},
	{'A', M, "We will refund you by Wednesday.",
	 E("2026-11-25", "resolve missed superseded") "; "
	 E("2026-11-23", "resolve missed claimed"),
	 'C', "2026-11-26T10:00:00+03:00",
	 "You said the refund would arrive by Monday."},

	/* the promise and its term in adjacent sentences */
	{'A', M, "Мы вернём деньги. Срок — 10 рабочих дней.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},
	{'A', M, "Мы рассмотрим вашу претензию. Обычно это занимает до 10 дней.",
	 E("2026-12-03", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you. This usually takes 3-5 business days.",
	 E("2026-11-30", "resolve pending"), 0, NULL, NULL},
	{'A', M, "We will refund you. It can take up to 10 business days.",
	 E("2026-12-07", "resolve pending"), 0, NULL, NULL},

	/* mentions, not promises */
	{'C', M, "Мой заказ от 12 ноября до сих пор не пришёл.", "none", 0, NULL, NULL},
	{'C', M, "Я оплатил 20.11, жду с понедельника.", "none", 0, NULL, NULL},
	{'C', M, "Я оплачу счёт до пятницы.", "none", 0, NULL, NULL},
	{'C', M, "I will pay the invoice by Friday.", "none", 0, NULL, NULL},
	{'C', M, "I have been waiting for 3 days.", "none", 0, NULL, NULL},
	{'C', M, "Я обещал жене решить всё до пятницы.", "none", 0, NULL, NULL},
	{'C', M, "My sister will visit on Monday.", "none", 0, NULL, NULL},
	{'A', M, "Ваш заказ от 12.11 оформлен.", "none", 0, NULL, NULL},
	{'A', M, "Платёж от 20 ноября получен.", "none", 0, NULL, NULL},
	{'A', M, "We received your payment on November 20.", "none", 0, NULL, NULL},
	{'A', M, "Your order of November 12 has shipped.", "none", 0, NULL, NULL},
	{'A', M, "Он с вами свяжется.", "none", 0, NULL, NULL},
	{'A', M, "Ожидайте ответа.", "none", 0, NULL, NULL},
	{'A', M, "We will get back to you as soon as we hear back from the "
		 "warehouse.", "none", 0, NULL, NULL},
	{'A', M, "Мы работаем с 9:00 до 18:00.", "none", 0, NULL, NULL},
	{'A', M, "Если мы не ответим в течение 3 дней, позвоните.", "none", 0, NULL, NULL},
	{'A', M, "We replied to you on Friday.", "none", 0, NULL, NULL},
	{'A', M, "Мы вернули деньги 20.11.", "none", 0, NULL, NULL},
	{'A', M, "Гарантия действует в течение года.", "none", 0, NULL, NULL},
	{'A', M, "Мы вернём деньги. Заказ от 12.11 отменён.", "none", 0, NULL, NULL},
	{'A', M, "Согласно п. 4.2 договора мы вернём деньги.", "none", 0, NULL, NULL},
	{'A', M, "Если мы не решим вопрос до пятницы, вернём деньги.", "none", 0,
	 NULL, NULL},
	{'A', M, "If we cannot fix it by Friday, we will refund you.", "none", 0,
	 NULL, NULL},

	/* numbers out of range: no deadline, never an overflow */
	{'A', M, "Вернём деньги в течение 99999999999 дней.", "none", 0, NULL, NULL},
	{'A', M, "We will refund you within 99999999999 days.", "none", 0, NULL, NULL},
	{'A', M, "Рассмотрим в течение 999 недель.", "none", 0, NULL, NULL},
	{'A', M, "We will reply within 0 hours.", "none", 0, NULL, NULL},
};

static struct patset tps;
static struct matcher *tmt;
static struct calendar *tcal;

static void
text_setup(void)
{
	char *err = NULL;

	memset(&tps, 0, sizeof(tps));
	ck_assert_msg(patset_load_builtin(&tps, "ru,en", &err) == 0, "%s",
		      err ? err : "?");
	ck_assert_msg(patset_compile(&tps, &err) == 0, "%s", err ? err : "?");
	tmt = matcher_new(&tps);
	tcal = calendar_new();
}

static void
text_teardown(void)
{
	matcher_free(tmt);
	patset_free(&tps);
	calendar_free(tcal);
}

static void
add_msg(struct conversation *c, char who, const char *when,
	const char *text)
{
	struct message *x = conversation_add_message(c);

	x->role = who == 'A' ? ROLE_AGENT : ROLE_CUSTOMER;
	ck_assert_msg(time_parse_iso(when, &x->time), "bad row time");
	x->text = xstrdup(text);
}

static void
describe_deadlines(const struct conversation *c, struct buf *b)
{
	for (size_t i = 0; i < c->n_findings; i++) {
		const struct finding *f = &c->findings[i];
		char iso[32];

		if (f->type != FIND_DEADLINE)
			continue;
		if (b->len)
			buf_puts(b, "; ");
		if (f->due.set) {
			time_format_iso(f->due, iso);
			buf_puts(b, iso);
		} else {
			buf_puts(b, "-");
		}
		buf_printf(b, " %s %s%s%s", promise_kind_name(f->promise),
			   deadline_status_name(f->status),
			   f->claimed ? " claimed" : "",
			   f->superseded ? " superseded" : "");
	}
	if (b->len == 0)
		buf_puts(b, "none");
}

START_TEST(test_text_row)
{
	const struct trow *r = &trows[_i];
	struct conversation *c = conversation_new("t", FMT_CHATLOG);
	struct analyze_opts o = {.cal = tcal};
	struct buf b = {NULL, 0, 0};

	ck_assert(time_parse_iso(NOW, &o.now));
	add_msg(c, r->who, r->made, r->text);
	if (r->who2 != 0)
		add_msg(c, r->who2, r->made2, r->text2);
	analyze_conversation(c, tmt, &o, NULL);
	describe_deadlines(c, &b);
	ck_assert_msg(strcmp(b.s, r->want) == 0,
		      "row %d \"%s\":\n  got  %s\n  want %s", _i, r->text, b.s,
		      r->want);
	buf_free(&b);
	conversation_free(c);
}
END_TEST

/* Due moments across a DST change, when the promise was made in the
 * --tz zone (its offset is that zone's at the time): local end of day
 * and local clock times take the zone's offset of the due date; a
 * promise with another fixed offset keeps it. */
static const struct {
	const char *tz;
	const char *expr;
	const char *n, *wd, *day, *month, *hour;
	const char *made;
	const char *want;
} dst_rows[] = {
	{"CET-1CEST,M3.5.0,M10.5.0/3", "days", "3", NULL, NULL, NULL, NULL,
	 "2026-03-27T10:00:00+01:00", "2026-03-30T23:59:59+02:00"},
	{"CET-1CEST,M3.5.0,M10.5.0/3", "hours", "24", NULL, NULL, NULL, NULL,
	 "2026-03-28T12:00:00+01:00", "2026-03-29T13:00:00+02:00"},
	{"CET-1CEST,M3.5.0,M10.5.0/3", "days", "3", NULL, NULL, NULL, NULL,
	 "2026-10-23T10:00:00+02:00", "2026-10-26T23:59:59+01:00"},
	{"CET-1CEST,M3.5.0,M10.5.0/3", "workdays", "1", NULL, NULL, NULL,
	 NULL, "2026-03-27T18:00:00+01:00", "2026-03-30T23:59:59+02:00"},
	{"CET-1CEST,M3.5.0,M10.5.0/3", "days", "3", NULL, NULL, NULL, NULL,
	 "2026-03-27T10:00:00+03:00", "2026-03-30T23:59:59+03:00"},
	{"EST5EDT,M3.2.0,M11.1.0", "weekday", NULL, "Monday", NULL, NULL,
	 NULL, "2026-10-30T17:00:00-04:00", "2026-11-02T23:59:59-05:00"},
	{"EST5EDT,M3.2.0,M11.1.0", "date", NULL, NULL, "10", "March", "17",
	 "2026-03-06T09:00:00-05:00", "2026-03-10T17:00:00-04:00"},
	{"EST5EDT,M3.2.0,M11.1.0", "time", NULL, NULL, NULL, NULL, "9",
	 "2026-03-07T20:00:00-05:00", "2026-03-08T09:00:00-04:00"},
	{"EST5EDT,M3.2.0,M11.1.0", "hours", "2", NULL, NULL, NULL, NULL,
	 "2026-11-01T00:30:00-04:00", "2026-11-01T01:30:00-05:00"},
};

static void
set_group(struct dl_expr *e, enum dl_group g, const char *v)
{
	e->g[g] = v;
	e->glen[g] = v != NULL ? strlen(v) : 0;
}

START_TEST(test_dst_row)
{
	struct esc_time made, due;
	struct dl_expr e;
	char got[32];
	bool vague;

	setenv("TZ", dst_rows[_i].tz, 1);
	tzset();
	memset(&e, 0, sizeof(e));
	e.expr = dst_rows[_i].expr;
	set_group(&e, DLG_N, dst_rows[_i].n);
	set_group(&e, DLG_WEEKDAY, dst_rows[_i].wd);
	set_group(&e, DLG_DAY, dst_rows[_i].day);
	set_group(&e, DLG_MONTH, dst_rows[_i].month);
	set_group(&e, DLG_HOUR, dst_rows[_i].hour);
	ck_assert(time_parse_iso(dst_rows[_i].made, &made));
	ck_assert(deadline_resolve(&e, made, NULL, false, &due, &vague));
	time_format_iso(due, got);
	setenv("TZ", "UTC0", 1);
	tzset();
	ck_assert_msg(strcmp(got, dst_rows[_i].want) == 0,
		      "dst row %d: got %s, want %s", _i, got, dst_rows[_i].want);
}
END_TEST

Suite *suite_deadline(void);

Suite *
suite_deadline(void)
{
	const struct unit_test core[] = {
		UNIT_ROWS(test_resolve_row, rows),
		UNIT_TEST(test_number),
		UNIT_TEST(test_number_hostile),
		UNIT_ROWS(test_dst_row, dst_rows),
	};
	const struct unit_test text[] = {UNIT_ROWS(test_text_row, trows)};
	Suite *s = suite_create("deadline");

	UNIT_CASE(s, "core", core);
	tcase_add_unchecked_fixture(UNIT_CASE(s, "text", text), text_setup,
				    text_teardown);
	return s;
}
