/* check_window.c — activity windows: real calendar dates and times, the
 * end after the start, both as epoch seconds. A datetime without its own
 * offset is in the program's timezone. */
#include "compiler/check.h"
#include "compiler/lex_util.h"

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
static int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static bool valid(chk_t *c, const src_file_t *f, const datetime_t *t)
{
	if (t->year == LEX_BAD_YEAR)
		return false; /* reported by the lexer */
	const char *what = NULL;
	if (t->year < 1970)
		what = "the year is before 1970";
	else if (t->month < 1 || t->month > 12)
		what = "there is no such month";
	else if (t->day < 1 || t->day > month_days(t->year, t->month))
		what = "there is no such day in that month";
	else if (t->hour > 23 || t->minute > 59 || t->second > 59)
		what = "there is no such time of day (00:00 to 23:59:59)";
	else if (t->has_zone && (t->zone_minutes > 14 * 60 || t->zone_minutes < -14 * 60))
		what = "the time zone is out of range";
	if (!what)
		return true;
	chk_error(c, f, t->span, "invalid date '%.*s': %s", (int)t->span.len, f->text + t->span.off, what);
	return false;
}

static void to_epoch(const program_t *p, datetime_t *t)
{
	int zone = t->has_zone ? t->zone_minutes : p->tz_minutes;
	t->epoch = days_from_civil(t->year, t->month, t->day) * 86400 + t->hour * 3600 + t->minute * 60 +
		   t->second - (int64_t)zone * 60;
}

bool chk_datetime(chk_t *c, const src_file_t *f, datetime_t *t)
{
	if (!valid(c, f, t))
		return false;
	to_epoch(c->p, t);
	return true;
}

void chk_window(chk_t *c, activity_t *a)
{
	const src_file_t *f = c->p->file;
	bool ok = valid(c, f, &a->start);
	ok = valid(c, f, &a->end) && ok;
	if (!ok)
		return;
	to_epoch(c->p, &a->start);
	to_epoch(c->p, &a->end);
	if (a->end.epoch <= a->start.epoch) {
		diag_t *d = chk_error(c, f, a->end.span, "window of activity '%s' ends before it starts (the end is exclusive, so it must come after the start)", a->name.s);
		diag_note(d, f, a->start.span, "the window starts here");
	}
}
