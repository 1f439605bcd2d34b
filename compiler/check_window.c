/* check_window.c — activity windows: real calendar dates and times, the
 * end after the start, both as epoch seconds. A datetime without its own
 * offset is in the program's timezone. */
#include "compiler/check.h"
#include "compiler/lex_util.h"
#include "support/civil.h"

static bool valid(chk_t *c, const src_file_t *f, const datetime_t *t)
{
	if (t->year == LEX_BAD_YEAR)
		return false; /* reported by the lexer */
	const char *what = NULL;
	if (t->year < 1970)
		what = "the year is before 1970";
	else if (t->month < 1 || t->month > 12)
		what = "there is no such month";
	else if (t->day < 1 || t->day > civil_month_days(t->year, t->month))
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
	t->epoch = civil_days(t->year, t->month, t->day) * 86400 + t->hour * 3600 + t->minute * 60 +
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
