/* civil.h — calendar arithmetic shared by the front end (activity windows)
 * and the library (cart times): proleptic Gregorian dates to days since
 * 1970-01-01, no time zone database, no floating point. */
#ifndef PROMO_CIVIL_H
#define PROMO_CIVIL_H
#include <stdint.h>

/* Days in month m (1..12) of year y. */
int civil_month_days(int y, int m);
/* Days from 1970-01-01 to y-m-d (negative before it); m 1..12, d 1..31. */
int64_t civil_days(int y, int m, int d);

#endif
