/* cartset.c — build the string form of the model's carts. Every name is
 * written once into one block; carts point into it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench/cartset.h"

#define NAME_BYTES 24

/* n names made by fn, each in a NAME_BYTES slot of block starting at *at. */
static const char **make_names(char *block, size_t *at, uint32_t n, void (*fn)(uint32_t, char *))
{
	const char **v = malloc(sizeof *v * (n ? n : 1));
	if (!v)
		return NULL;
	for (uint32_t i = 0; i < n; i++) {
		fn(i, block + *at);
		v[i] = block + *at;
		*at += NAME_BYTES;
	}
	return v;
}

static void customer_name(uint32_t i, char *buf) { snprintf(buf, NAME_BYTES, "u%u", i); }

static const char *tier_name(bm_tier_t t)
{
	static const char *names[] = { NULL, "normal", "vip", "svip" };
	return names[t];
}

static void fill_cart(cartset_t *cs, const bm_model_t *m, const char **customers, uint32_t i)
{
	const bm_cart_t *mc = &m->carts[i];
	cs_cart_t *c = &cs->carts[i];
	c->at = mc->at;
	c->customer = customers[mc->customer];
	c->tier = tier_name(mc->tier);
	c->first_order = mc->first_order;
	c->has_first_order = mc->has_first_order;
	c->coupon = mc->coupon >= 0 ? cs->coupon_codes[mc->coupon] : mc->coupon == -2 ? "NOSUCHCODE" : NULL;
	c->shipping = mc->shipping;
	c->channel = bm_channel(mc);
	c->lines = &cs->lines[mc->first_line];
	c->nlines = mc->nlines;
	for (uint32_t j = 0; j < mc->nlines; j++) {
		const bm_line_t *ml = &m->lines[mc->first_line + j];
		const bm_sku_t *s = &m->skus[ml->sku];
		cs->lines[mc->first_line + j] = (cs_line_t){ cs->sku_names[ml->sku], cs->cat_names[s->cat],
							     cs->brand_names[s->brand], ml->qty, s->price };
	}
}

int cs_build(cartset_t *cs, const bm_model_t *m)
{
	memset(cs, 0, sizeof *cs);
	size_t n = (size_t)m->sz.skus + m->ncats + m->nbrands + m->ncoupons + BM_CUSTOMERS, at = 0;
	cs->names = malloc(n * NAME_BYTES);
	cs->carts = calloc(m->sz.carts ? m->sz.carts : 1, sizeof *cs->carts);
	cs->lines = malloc(sizeof *cs->lines * (m->nlines ? m->nlines : 1));
	if (!cs->names || !cs->carts || !cs->lines)
		return -1;
	cs->sku_names = make_names(cs->names, &at, m->sz.skus, bm_sku_name);
	cs->cat_names = make_names(cs->names, &at, m->ncats, bm_cat_name);
	cs->brand_names = make_names(cs->names, &at, m->nbrands, bm_brand_name);
	cs->coupon_codes = make_names(cs->names, &at, m->ncoupons, bm_coupon_code);
	const char **customers = make_names(cs->names, &at, BM_CUSTOMERS, customer_name);
	if (!cs->sku_names || !cs->cat_names || !cs->brand_names || !cs->coupon_codes || !customers)
		return free(customers), -1;
	cs->ncarts = m->sz.carts;
	for (uint32_t i = 0; i < m->sz.carts; i++)
		fill_cart(cs, m, customers, i);
	free(customers);
	return 0;
}

void cs_free(cartset_t *cs)
{
	free(cs->carts);
	free(cs->lines);
	free(cs->names);
	free(cs->sku_names);
	free(cs->cat_names);
	free(cs->brand_names);
	free(cs->coupon_codes);
	memset(cs, 0, sizeof *cs);
}
