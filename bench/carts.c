/* carts.c — the cart mix: 1–30 lines, mostly 1–10; promoted goods sell
 * more than the rest; some carts complete a combo or take an add-on;
 * customers with and without tiers and first orders; some coupons (and
 * some unknown codes); most carts inside the sale day, some the day before.
 * A cart never holds the same SKU twice. */
#include <stdio.h>
#include <stdlib.h>
#include "bench/model.h"

static bool touched(const bm_model_t *m, const bm_sku_t *s)
{
	return s->act >= 0 || s->combo >= 0 || s->addon >= 0 ||
	       (s->cat < m->ncat_acts) || (s->brand < m->nbrand_acts);
}

static int build_promoted(bm_model_t *m)
{
	m->promoted = malloc(sizeof *m->promoted * m->sz.skus);
	if (!m->promoted)
		return -1;
	for (uint32_t i = 0; i < m->sz.skus; i++)
		if (touched(m, &m->skus[i]))
			m->promoted[m->npromoted++] = i;
	return 0;
}

static uint32_t draw_nlines(bm_model_t *m, bm_rng_t *r)
{
	uint32_t x = (uint32_t)bm_below(r, 100), n;
	if (m->sz.fixed_lines)
		return m->sz.fixed_lines;
	if (x < 45)
		n = 1 + (uint32_t)bm_below(r, 3);
	else if (x < 75)
		n = 4 + (uint32_t)bm_below(r, 3);
	else if (x < 90)
		n = 7 + (uint32_t)bm_below(r, 4);
	else
		n = 11 + (uint32_t)bm_below(r, 20);
	return n > m->sz.max_lines ? m->sz.max_lines : n;
}

static int64_t draw_qty(bm_rng_t *r)
{
	uint32_t x = (uint32_t)bm_below(r, 100);
	return x < 70 ? 1 : x < 90 ? 2 + (int64_t)bm_below(r, 2) : 4 + (int64_t)bm_below(r, 7);
}

static bool in_cart(const bm_model_t *m, const bm_cart_t *c, uint32_t sku)
{
	for (uint32_t i = 0; i < c->nlines; i++)
		if (m->lines[c->first_line + i].sku == sku)
			return true;
	return false;
}

static void put_line(bm_model_t *m, bm_cart_t *c, uint32_t sku, bm_rng_t *r)
{
	if (c->nlines >= m->sz.max_lines || in_cart(m, c, sku))
		return;
	m->lines[c->first_line + c->nlines++] = (bm_line_t){ sku, draw_qty(r) };
}

static uint32_t draw_sku(bm_model_t *m, bm_rng_t *r)
{
	if (m->npromoted && bm_below(r, 100) < 60)
		return m->promoted[bm_below(r, m->npromoted)];
	return (uint32_t)bm_below(r, m->sz.skus);
}

/* An activity of the given kind, from a random place on (NULL: none). */
static const bm_act_t *some_act(const bm_model_t *m, bm_rng_t *r, int kind)
{
	uint32_t from = (uint32_t)bm_below(r, m->nacts);
	for (uint32_t k = 0; k < m->nacts; k++) {
		const bm_act_t *a = &m->acts[(from + k) % m->nacts];
		if ((int)a->kind == kind)
			return a;
	}
	return NULL;
}

/* One cart in twenty holds a whole combo, one in twenty an add-on with the
 * goods that unlock it (drawing any activity and keeping it only when it
 * was one of those made them one cart in a thousand). */
static void put_bundles(bm_model_t *m, bm_cart_t *c, bm_rng_t *r)
{
	uint32_t x = (uint32_t)bm_below(r, 100);
	const bm_act_t *a = x < 5 ? some_act(m, r, BK_COMBO) : x < 10 ? some_act(m, r, BK_ADDON) : NULL;
	if (a && a->kind == BK_COMBO)
		for (uint32_t i = 0; i < a->nskus; i++)
			put_line(m, c, m->act_skus[a->first_sku + i], r);
	else if (a) {
		put_line(m, c, m->act_skus[a->first_sku], r);
		put_line(m, c, a->sku2, r);
	}
}

static void draw_customer(bm_model_t *m, bm_cart_t *c, bm_rng_t *r)
{
	uint32_t x = (uint32_t)bm_below(r, 100);
	c->customer = (uint32_t)bm_below(r, BM_CUSTOMERS);
	c->tier = x < 40 ? TIER_NONE : x < 80 ? TIER_NORMAL : x < 92 ? TIER_VIP : TIER_SVIP;
	x = (uint32_t)bm_below(r, 100);
	c->has_first_order = x >= 30;
	c->first_order = x >= 85;
	x = (uint32_t)bm_below(r, 100);
	c->coupon = x < 20 ? (int32_t)bm_below(r, m->ncoupons) : x < 23 ? -2 : -1;
	c->shipping = bm_below(r, 100) < 80 ? 1000 : 0;
	c->at = m->sale_start + (int64_t)bm_below(r, 86400) - (bm_below(r, 100) < 15 ? 86400 : 0);
}

int bm_carts(bm_model_t *m, bm_rng_t *r)
{
	uint32_t n = m->sz.carts;
	if (m->sz.max_lines < 1 || m->sz.max_lines > 30) {
		snprintf(m->err, sizeof m->err, "--lines must be between 1 and 30");
		return -1;
	}
	m->carts = calloc(n ? n : 1, sizeof *m->carts);
	m->lines = malloc(sizeof *m->lines * ((size_t)n * m->sz.max_lines + 1));
	if (!m->carts || !m->lines || build_promoted(m)) {
		snprintf(m->err, sizeof m->err, "out of memory for %u carts", n);
		return -1;
	}
	for (uint32_t i = 0; i < n; i++) {
		bm_cart_t *c = &m->carts[i];
		c->first_line = m->nlines;
		draw_customer(m, c, r);
		put_bundles(m, c, r);
		uint32_t want = draw_nlines(m, r);
		for (uint32_t tries = 0; c->nlines < want && tries < 16 * want; tries++)
			put_line(m, c, draw_sku(m, r), r);
		m->nlines += c->nlines;
	}
	return 0;
}
