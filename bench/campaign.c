/* campaign.c — the activities, in the mix a real double-11 campaign has:
 * mostly single-item deals (percent, tiers, fixed prices, money off,
 * ladders, nth, add-ons, gifts), some multi-SKU, category and brand deals,
 * combos, and a checkout stack of exclusive order-level groups followed by
 * coupons, then free shipping. Every SKU gets at most one item-level
 * activity and every order-level one sits inside a group: no overlaps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench/model.h"

typedef struct pool {
	uint32_t *free; /* unreserved SKUs, shuffled */
	uint32_t n, next;
} pool_t;

static int pool_init(pool_t *p, bm_model_t *m, bm_rng_t *r)
{
	p->free = malloc(sizeof *p->free * (m->sz.skus + 1));
	p->n = p->next = 0;
	if (!p->free)
		return -1;
	for (uint32_t i = 0; i < m->sz.skus; i++)
		if (!m->skus[i].reserved)
			p->free[p->n++] = i;
	for (uint32_t i = p->n; i > 1; i--) {
		uint32_t j = (uint32_t)bm_below(r, i), t = p->free[i - 1];
		p->free[i - 1] = p->free[j];
		p->free[j] = t;
	}
	return 0;
}

/* The next free SKU, now reserved; UINT32_MAX when the catalog ran out. */
static uint32_t take(pool_t *p, bm_model_t *m)
{
	if (p->next >= p->n)
		return UINT32_MAX;
	uint32_t s = p->free[p->next++];
	m->skus[s].reserved = true;
	return s;
}

static bm_act_t *new_act(bm_model_t *m, bm_kind_t kind, bm_target_t target)
{
	bm_act_t *a = &m->acts[m->nacts];
	memset(a, 0, sizeof *a);
	snprintf(a->name, sizeof a->name, "a%u", m->nacts);
	a->kind = kind;
	a->target = target;
	a->group = a->coupon = -1;
	a->first_sku = m->nact_skus;
	m->nacts++;
	return a;
}

static int64_t round_up(int64_t v, int64_t to) { return (v + to - 1) / to * to; }

static const int64_t pay_rates[] = { 950000, 900000, 880000, 850000, 800000,
				     750000, 700000, 600000, 500000, 875000 };
static int64_t draw_rate(bm_rng_t *r) { return pay_rates[bm_below(r, 10)]; }

/* The deal on one SKU, priced from that SKU's price so it makes sense. */
static void item_effect(bm_act_t *a, int64_t price, bm_rng_t *r)
{
	switch (a->kind) {
	case BK_PERCENT: a->a = draw_rate(r); break;
	case BK_TIER:
		a->nsteps = 2 + (uint32_t)bm_below(r, 2);
		for (uint32_t i = 0; i < a->nsteps; i++) {
			a->step_at[i] = (int64_t[]){ 2, 3, 5 }[i];
			a->step_val[i] = (int64_t[]){ 950000, 900000, 800000 }[i];
		}
		break;
	case BK_PRICE: a->a = price * (60 + (int64_t)bm_below(r, 31)) / 100 / 10 * 10; break;
	case BK_OFF_EACH: a->a = round_up(price * (5 + (int64_t)bm_below(r, 16)) / 100, 100); break;
	case BK_SPEND_OFF:
		a->nsteps = 1 + (uint32_t)bm_below(r, 3);
		for (uint32_t i = 0; i < a->nsteps; i++) {
			a->step_at[i] = round_up(price * 2, 1000) << i;
			a->step_val[i] = round_up(a->step_at[i] * (int64_t[]){ 5, 8, 12 }[i] / 100, 100);
		}
		break;
	case BK_NTH:
		a->a = 2 + (int64_t)bm_below(r, 2);
		a->b = a->a == 2 ? 500000 : 400000;
		break;
	default: break;
	}
}

/* Money-off deals make no sense on goods that cost a few units. */
static bm_kind_t fit_kind(bm_kind_t k, int64_t price)
{
	if ((k == BK_OFF_EACH && price < 2000) || (k == BK_PRICE && price < 500))
		return BK_PERCENT;
	return k;
}

static void maybe_window(bm_model_t *m, bm_act_t *a, bm_rng_t *r, unsigned pct)
{
	if (bm_below(r, 100) >= pct)
		return;
	a->has_window = true;
	a->start = m->sale_start + (int64_t)bm_below(r, 20) * 3600;
	a->end = a->start + (2 + (int64_t)bm_below(r, 5)) * 3600;
}

static int add_item(bm_model_t *m, pool_t *p, bm_rng_t *r, bm_kind_t kind)
{
	uint32_t s = take(p, m);
	if (s == UINT32_MAX)
		return -1;
	kind = fit_kind(kind, m->skus[s].price);
	bm_act_t *a = new_act(m, kind, BT_ITEM);
	m->act_skus[m->nact_skus++] = s;
	a->nskus = 1;
	m->skus[s].act = (int32_t)(a - m->acts);
	item_effect(a, m->skus[s].price, r);
	maybe_window(m, a, r, 20);
	if (bm_below(r, 100) < 5)
		a->cond = BC_VIP;
	return 0;
}

/* items (A, B, ...): each SKU on its own, one deal for the family. */
static int add_items(bm_model_t *m, pool_t *p, bm_rng_t *r)
{
	bm_act_t *a = new_act(m, bm_below(r, 2) ? BK_PERCENT : BK_NTH, BT_ITEMS);
	a->nskus = 2 + (uint32_t)bm_below(r, 3);
	for (uint32_t i = 0; i < a->nskus; i++) {
		uint32_t s = take(p, m);
		if (s == UINT32_MAX)
			return -1;
		m->act_skus[m->nact_skus++] = s;
		m->skus[s].act = (int32_t)(a - m->acts);
	}
	item_effect(a, 0, r);
	maybe_window(m, a, r, 20);
	return 0;
}

/* spend T -> addon SKU at P / gift SKU: the offered SKU is reserved too. */
static int add_reward(bm_model_t *m, pool_t *p, bm_rng_t *r, bm_kind_t kind)
{
	uint32_t s = take(p, m), s2 = take(p, m);
	if (s2 == UINT32_MAX)
		return -1;
	bm_act_t *a = new_act(m, kind, BT_ITEM);
	m->act_skus[m->nact_skus++] = s;
	a->nskus = 1;
	m->skus[s].act = (int32_t)(a - m->acts);
	a->a = round_up(m->skus[s].price * (1 + (int64_t)bm_below(r, 3)), 1000);
	a->sku2 = s2;
	if (kind == BK_ADDON) {
		a->b = m->skus[s2].price * 3 / 10 / 100 * 100 + 90;
		m->skus[s2].addon = (int32_t)(a - m->acts);
	}
	return 0;
}

static int add_combo(bm_model_t *m, pool_t *p, bm_rng_t *r)
{
	bm_act_t *a = new_act(m, BK_COMBO, BT_COMBO);
	a->nskus = 2 + (uint32_t)bm_below(r, 2);
	int64_t sum = 0;
	for (uint32_t i = 0; i < a->nskus; i++) {
		uint32_t s = take(p, m);
		if (s == UINT32_MAX)
			return -1;
		m->act_skus[m->nact_skus++] = s;
		m->skus[s].combo = (int32_t)(a - m->acts);
		sum += m->skus[s].price;
	}
	a->a = sum / 1000 * 1000 < 1000 ? 1000 : sum / 1000 * 1000;
	a->b = round_up(a->a / 10, 100);
	return 0;
}

static void add_scopes(bm_model_t *m, bm_rng_t *r)
{
	for (uint32_t c = 0; c < m->ncat_acts; c++) {
		bool pick = bm_pick_category(c);
		bm_act_t *a = new_act(m, pick ? BK_PICK : BK_PERCENT, BT_CATEGORY);
		a->scope = c;
		a->a = pick ? 3 : (int64_t[]){ 850000, 800000, 900000 }[bm_below(r, 3)];
		a->b = pick ? 7900 + (int64_t)bm_below(r, 4) * 1000 : 0;
		m->cat_act[c] = (int32_t)(a - m->acts);
		maybe_window(m, a, r, 10);
	}
	for (uint32_t b = 0; b < m->nbrand_acts; b++) {
		bm_act_t *a = new_act(m, BK_PERCENT, BT_BRAND);
		a->scope = b;
		a->a = (int64_t[]){ 900000, 880000, 950000 }[bm_below(r, 3)];
		m->brand_act[b] = (int32_t)(a - m->acts);
	}
}

/* exclusive deals_G best { big order, first order, vip every }. */
static void add_group(bm_model_t *m, bm_rng_t *r, uint32_t g)
{
	bm_act_t *a = new_act(m, BK_ORDER_OFF, BT_ORDER);
	a->a = (int64_t[]){ 30000, 50000, 80000, 100000 }[bm_below(r, 4)];
	a->b = a->a * 6 / 100;
	a->group = (int32_t)g;
	a = new_act(m, BK_ORDER_OFF, BT_ORDER);
	a->a = 10000;
	a->b = (20 + (int64_t)bm_below(r, 4) * 10) * 100;
	a->cond = BC_FIRST;
	a->group = (int32_t)g;
	a = new_act(m, BK_ORDER_EVERY, BT_ORDER);
	a->a = (int64_t[]){ 20000, 30000, 50000 }[bm_below(r, 3)];
	a->b = a->a * 12 / 100;
	a->c = a->b * 5;
	a->cond = BC_VIP;
	a->group = (int32_t)g;
	if (g > 0)
		for (bm_act_t *x = a - 2; x <= a; x++)
			maybe_window(m, x, r, 50);
}

static void add_order_level(bm_model_t *m, bm_rng_t *r)
{
	for (uint32_t g = 0; g < m->ngroups; g++)
		add_group(m, r, g);
	for (uint32_t c = 0; c < m->ncoupons; c++) {
		bm_act_t *a = new_act(m, BK_ORDER_OFF, BT_ORDER);
		a->coupon = (int32_t)c;
		a->a = (200 + (int64_t)bm_below(r, 5) * 100) * 100;
		a->b = a->a / 10;
	}
	bm_act_t *a = new_act(m, BK_SHIP_FREE, BT_SHIPPING);
	a->a = 9900;
}

/* Item-level kinds in their share of the rest, percent first. */
static int add_items_mix(bm_model_t *m, pool_t *p, bm_rng_t *r, uint32_t n)
{
	static const struct { bm_kind_t k; unsigned w; } mix[] = {
		{ BK_PERCENT, 30 }, { BK_TIER, 12 }, { BK_PRICE, 12 }, { BK_OFF_EACH, 6 },
		{ BK_SPEND_OFF, 10 }, { BK_NTH, 10 }, { BK_ADDON, 5 }, { BK_GIFT, 5 },
		{ BK_COMBO /* stands for "items (...)" */, 10 },
	};
	for (uint32_t i = 0; i < n; i++) {
		unsigned x = (unsigned)bm_below(r, 100), k = 0;
		while (x >= mix[k].w)
			x -= mix[k++].w;
		int rc = mix[k].k == BK_COMBO ? add_items(m, p, r)
		       : mix[k].k == BK_ADDON || mix[k].k == BK_GIFT ? add_reward(m, p, r, mix[k].k)
		       : add_item(m, p, r, mix[k].k);
		if (rc)
			return -1;
	}
	return 0;
}

static int fail(bm_model_t *m, const char *msg)
{
	snprintf(m->err, sizeof m->err, "%s", msg);
	return -1;
}

int bm_campaign(bm_model_t *m, bm_rng_t *r)
{
	uint32_t n = m->sz.activities;
	if (n < 20)
		return fail(m, "--activities must be at least 20 (the mix needs every kind)");
	m->ngroups = n / 200 ? n / 200 : 1;
	m->ncoupons = n / 100 ? n / 100 : 1;
	uint32_t ncombos = n * 3 / 100 ? n * 3 / 100 : 1;
	uint32_t fixed = 3 * m->ngroups + m->ncoupons + 1 + m->ncat_acts + m->nbrand_acts + ncombos;
	m->acts = calloc(n, sizeof *m->acts);
	m->act_skus = malloc(sizeof *m->act_skus * ((size_t)n * 4 + 16));
	m->cat_act = malloc(sizeof *m->cat_act * m->ncats);
	m->brand_act = malloc(sizeof *m->brand_act * m->nbrands);
	pool_t p = { 0 };
	if (!m->acts || !m->act_skus || !m->cat_act || !m->brand_act || pool_init(&p, m, r))
		return free(p.free), fail(m, "out of memory");
	memset(m->cat_act, 0xff, sizeof *m->cat_act * m->ncats);
	memset(m->brand_act, 0xff, sizeof *m->brand_act * m->nbrands);
	int rc = 0;
	add_scopes(m, r);
	for (uint32_t c = 0; c < ncombos && !rc; c++)
		rc = add_combo(m, &p, r);
	if (!rc)
		rc = add_items_mix(m, &p, r, n - fixed);
	free(p.free);
	if (rc)
		return fail(m, "the catalog ran out of SKUs: give more --skus (about 10 per activity)");
	add_order_level(m, r);
	return 0;
}
