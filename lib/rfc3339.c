/* rfc3339.c — cart times. A time without a zone is refused: a checkout in
 * Shanghai and a server in UTC would read it eight hours apart. */
#include <stdbool.h>
#include "lib/api.h"
#include "support/civil.h"

/* Reads exactly `digits` decimal digits at *p, advancing it. */
static bool read_num(const char **p, const char *end, int digits, int *out)
{
	int v = 0;
	for (int i = 0; i < digits; i++, (*p)++) {
		if (*p >= end || **p < '0' || **p > '9')
			return false;
		v = v * 10 + (**p - '0');
	}
	*out = v;
	return true;
}

static bool expect(const char **p, const char *end, char c)
{
	if (*p >= end || **p != c)
		return false;
	(*p)++;
	return true;
}

/* The zone: "Z", or "+HH:MM" / "-HH:MM"; minutes east of UTC. */
static const char *read_zone(const char **p, const char *end, int *minutes)
{
	if (*p >= end)
		return "has no zone: add Z or an offset such as +08:00";
	if (**p == 'Z' || **p == 'z') {
		(*p)++;
		*minutes = 0;
		return NULL;
	}
	int sign = **p == '+' ? 1 : **p == '-' ? -1 : 0;
	int hh, mm;
	if (!sign)
		return "has no zone: add Z or an offset such as +08:00";
	(*p)++;
	if (!read_num(p, end, 2, &hh) || !expect(p, end, ':') || !read_num(p, end, 2, &mm) ||
	    hh > 23 || mm > 59)
		return "has a bad zone offset (write +HH:MM)";
	*minutes = sign * (hh * 60 + mm);
	return NULL;
}

const char *rfc3339_parse(const char *s, size_t n, int64_t *epoch)
{
	const char *p = s, *end = s + n;
	int y, mo, d, h, mi, se, zone;
	if (!read_num(&p, end, 4, &y) || !expect(&p, end, '-') || !read_num(&p, end, 2, &mo) ||
	    !expect(&p, end, '-') || !read_num(&p, end, 2, &d))
		return "is not an RFC 3339 time (write 2026-11-11T20:05:00+08:00)";
	if (p >= end || (*p != 'T' && *p != 't'))
		return "is not an RFC 3339 time (write 2026-11-11T20:05:00+08:00)";
	p++;
	if (!read_num(&p, end, 2, &h) || !expect(&p, end, ':') || !read_num(&p, end, 2, &mi) ||
	    !expect(&p, end, ':') || !read_num(&p, end, 2, &se))
		return "is not an RFC 3339 time (write 2026-11-11T20:05:00+08:00)";
	if (mo < 1 || mo > 12 || d < 1 || d > civil_month_days(y, mo) || h > 23 || mi > 59 || se > 59)
		return "is not a valid date and time";
	if (y < 1970) /* as program windows: no promotion ran before */
		return "is before 1970";
	if (p < end && *p == '.') {
		const char *f = ++p;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		if (p == f)
			return "has a '.' without digits after the seconds";
	}
	const char *why = read_zone(&p, end, &zone);
	if (why)
		return why;
	if (p != end)
		return "has extra text after the zone";
	*epoch = civil_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - (int64_t)zone * 60;
	return NULL;
}
