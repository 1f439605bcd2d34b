/* catalog.c — SKUs with a category, a brand and a price. Categories and
 * brands with a low index carry an activity of their own, so their SKUs are
 * kept away from every other item-level activity (no overlaps), and a SKU
 * never sits in both an activity category and an activity brand. */
#include <stdio.h>
#include <stdlib.h>
#include "bench/model.h"

static uint32_t clampu(uint32_t v, uint32_t lo, uint32_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* Categories running "pick N for M" hold cheap goods: the deal must beat
 * the plain price for a bench to exercise it. */
bool bm_pick_category(uint32_t cat) { return cat % 3 == 2; }

/* Prices skew low, as in a real catalog: most goods under 100. */
static int64_t draw_price(bm_rng_t *r, bool cheap)
{
	static const int64_t cents[] = { 0, 0, 50, 90, 99 };
	int64_t units, p = (int64_t)bm_below(r, 100);
	if (cheap)
		units = 9 + (int64_t)bm_below(r, 50);
	else if (p < 50)
		units = 5 + (int64_t)bm_below(r, 95);
	else if (p < 85)
		units = 100 + (int64_t)bm_below(r, 400);
	else if (p < 97)
		units = 500 + (int64_t)bm_below(r, 1500);
	else
		units = 2000 + (int64_t)bm_below(r, 8000);
	return units * 100 + cents[bm_below(r, 5)];
}

int bm_catalog(bm_model_t *m, bm_rng_t *r)
{
	uint32_t n = m->sz.skus;
	m->ncats = n / 100 < 10 ? 10 : n / 100;
	m->nbrands = n / 200 < 6 ? 6 : n / 200;
	m->ncat_acts = clampu(m->sz.activities * 3 / 100, 1, m->ncats / 2);
	m->nbrand_acts = clampu(m->sz.activities / 100, 1, m->nbrands / 2);
	m->skus = calloc(n, sizeof *m->skus);
	if (!m->skus) {
		snprintf(m->err, sizeof m->err, "out of memory for %u SKUs", n);
		return -1;
	}
	for (uint32_t i = 0; i < n; i++) {
		bm_sku_t *s = &m->skus[i];
		s->cat = (uint32_t)bm_below(r, m->ncats);
		bool in_cat_act = s->cat < m->ncat_acts;
		s->brand = in_cat_act ? m->nbrand_acts + (uint32_t)bm_below(r, m->nbrands - m->nbrand_acts)
				      : (uint32_t)bm_below(r, m->nbrands);
		s->price = draw_price(r, in_cat_act && bm_pick_category(s->cat));
		s->act = s->combo = s->addon = -1;
		s->reserved = in_cat_act || s->brand < m->nbrand_acts;
	}
	return 0;
}
