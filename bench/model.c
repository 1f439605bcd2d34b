/* model.c — the world's skeleton: the PRNG, names, money and time text,
 * and bm_build, which runs the catalog, campaign and cart builders in a
 * fixed order so one seed always gives one world. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench/model.h"

uint64_t bm_next(bm_rng_t *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

uint64_t bm_below(bm_rng_t *r, uint64_t n)
{
	return bm_next(r) % n; /* the modulo bias is far below what a bench notices */
}

void bm_sku_name(uint32_t i, char *buf) { snprintf(buf, 24, "SKU-%06u", i); }
void bm_cat_name(uint32_t i, char *buf) { snprintf(buf, 24, "cat%04u", i); }
void bm_brand_name(uint32_t i, char *buf) { snprintf(buf, 24, "brand%03u", i); }
void bm_coupon_code(uint32_t i, char *buf) { snprintf(buf, 24, "SAVE%u", i); }

void bm_money(int64_t v, char *buf)
{
	int64_t units = v / 100, cents = v % 100;
	if (cents == 0)
		snprintf(buf, 24, "%lld", (long long)units);
	else if (cents % 10 == 0)
		snprintf(buf, 24, "%lld.%lld", (long long)units, (long long)(cents / 10));
	else
		snprintf(buf, 24, "%lld.%02lld", (long long)units, (long long)cents);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's method). */
static int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int64_t bm_epoch(int y, int mo, int d, int h, int mi)
{
	return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 - BM_TZ_SECONDS;
}

void bm_civil(int64_t epoch, int *y, int *mo, int *d, int *h, int *mi, int *s)
{
	int64_t t = epoch + BM_TZ_SECONDS;
	int64_t z = t / 86400 + 719468, secs = t % 86400;
	int64_t era = z / 146097, doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*mo = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*mo <= 2));
	*h = (int)(secs / 3600);
	*mi = (int)(secs / 60 % 60);
	*s = (int)(secs % 60);
}

int bm_build(bm_model_t *m, const bm_sizes_t *sz)
{
	memset(m, 0, sizeof *m);
	m->sz = *sz;
	m->sale_start = bm_epoch(2026, 11, 11, 0, 0);
	bm_rng_t r = { sz->seed };
	if (bm_catalog(m, &r) || bm_campaign(m, &r) || bm_carts(m, &r))
		return -1;
	return 0;
}

void bm_free(bm_model_t *m)
{
	free(m->skus);
	free(m->acts);
	free(m->act_skus);
	free(m->cat_act);
	free(m->brand_act);
	free(m->promoted);
	free(m->carts);
	free(m->lines);
	memset(m, 0, sizeof *m);
}
