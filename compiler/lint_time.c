/* lint_time.c — instants for the linter: --now parsing and printing the
 * shared time span of two windows in the program's timezone. Civil dates
 * use the proleptic Gregorian calendar (days counted from 1970-01-01). */
#include <stdio.h>
#include <string.h>
#include "compiler/lint.h"

static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : dm[m - 1];
}

/* "Z", "+08:00" or "-0530"; returns false when s is not a zone. */
static bool parse_zone(const char *s, int *minutes)
{
	int h, mi;
	if (strcmp(s, "Z") == 0 || strcmp(s, "z") == 0) {
		*minutes = 0;
		return true;
	}
	if ((s[0] != '+' && s[0] != '-') ||
	    (sscanf(s + 1, "%2d:%2d", &h, &mi) != 2 && sscanf(s + 1, "%2d%2d", &h, &mi) != 2))
		return false;
	if (strlen(s) != 6 && strlen(s) != 5)
		return false;
	if (h > 23 || mi > 59)
		return false;
	*minutes = (s[0] == '-' ? -1 : 1) * (h * 60 + mi);
	return true;
}

bool lint_parse_time(const char *s, int tz_minutes, int64_t *epoch)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0, zone = tz_minutes;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
		return false;
	s += n;
	if (*s == 'T' || *s == 't' || *s == ' ') {
		int k = 0;
		if (sscanf(s + 1, "%2d:%2d%n", &h, &mi, &k) != 2 || k != 5)
			return false;
		s += 1 + k;
		if (*s == ':' && (sscanf(s + 1, "%2d%n", &sec, &k) != 1 || k != 2))
			return false;
		if (*s == ':')
			s += 3;
	}
	if (*s && !parse_zone(s, &zone))
		return false;
	if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 59)
		return false;
	*epoch = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - (int64_t)zone * 60;
	return true;
}

void lint_format_time(int64_t epoch, int tz_minutes, char out[32])
{
	int64_t t = epoch + (int64_t)tz_minutes * 60;
	int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int64_t rem = t - days * 86400;
	int y, m, d;
	civil_from_days(days, &y, &m, &d);
	int h = (int)(rem / 3600), mi = (int)(rem / 60 % 60), s = (int)(rem % 60);
	if (s)
		snprintf(out, 32, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, h, mi, s);
	else
		snprintf(out, 32, "%04d-%02d-%02d %02d:%02d", y, m, d, h, mi);
}
