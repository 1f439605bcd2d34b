/* baseline_tables.c — the baseline's lookup tables: one open-addressing
 * hash from a name (SKU, category or brand) to the deals on it, built once
 * before any cart is priced. */
#include <stdlib.h>
#include <string.h>
#include "bench/baseline_int.h"

uint32_t bl_hash(const char *s)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

const bl_entry_t *bl_find(const bl_table_t *t, const char *key)
{
	for (uint32_t i = bl_hash(key) & t->mask;; i = (i + 1) & t->mask) {
		const bl_entry_t *e = &t->slots[i];
		if (!e->key)
			return NULL;
		if (!strcmp(e->key, key))
			return e;
	}
}

static bl_entry_t *slot_for(bl_table_t *t, const char *key)
{
	for (uint32_t i = bl_hash(key) & t->mask;; i = (i + 1) & t->mask) {
		bl_entry_t *e = &t->slots[i];
		if (!e->key) {
			e->key = key;
			e->item = e->combo = e->addon = -1;
			return e;
		}
		if (!strcmp(e->key, key))
			return e;
	}
}

static int table_init(bl_table_t *t, uint32_t n)
{
	uint32_t cap = 16;
	while (cap < n * 2)
		cap <<= 1;
	t->slots = calloc(cap, sizeof *t->slots);
	t->mask = cap - 1;
	return t->slots ? 0 : -1;
}

static void index_skus(baseline_t *b, const bm_model_t *m, const cartset_t *cs)
{
	for (uint32_t i = 0; i < m->sz.skus; i++) {
		const bm_sku_t *s = &m->skus[i];
		if (s->act < 0 && s->combo < 0 && s->addon < 0)
			continue;
		bl_entry_t *e = slot_for(&b->skus, cs->sku_names[i]);
		e->item = s->act;
		e->combo = s->combo;
		e->addon = s->addon;
	}
	for (uint32_t c = 0; c < m->ncats; c++)
		if (m->cat_act[c] >= 0)
			slot_for(&b->cats, cs->cat_names[c])->item = m->cat_act[c];
	for (uint32_t c = 0; c < m->nbrands; c++)
		if (m->brand_act[c] >= 0)
			slot_for(&b->brands, cs->brand_names[c])->item = m->brand_act[c];
}

static void index_acts(baseline_t *b, const bm_model_t *m, const cartset_t *cs)
{
	for (uint32_t i = 0; i < m->nacts; i++) {
		const bm_act_t *a = &m->acts[i];
		b->coupon[i] = a->coupon >= 0 ? cs->coupon_codes[a->coupon] : NULL;
		if (a->kind == BK_SHIP_FREE)
			b->ship = (int32_t)i;
		else if (a->target == BT_ORDER && a->group < 0)
			b->coupons[b->ncoupons++] = i;
		if (a->group >= 0 && !b->gcount[a->group]++)
			b->gfirst[a->group] = i;
		if (a->kind == BK_ADDON || a->kind == BK_GIFT)
			b->reward_sku[i] = cs->sku_names[a->sku2];
	}
}

baseline_t *bl_new(const bm_model_t *m, const cartset_t *cs)
{
	baseline_t *b = calloc(1, sizeof *b);
	if (!b)
		return NULL;
	b->m = m;
	b->ship = -1;
	b->coupon = calloc(m->nacts, sizeof *b->coupon);
	b->reward_sku = calloc(m->nacts, sizeof *b->reward_sku);
	b->coupons = calloc(m->nacts, sizeof *b->coupons);
	b->gfirst = calloc(m->ngroups, sizeof *b->gfirst);
	b->gcount = calloc(m->ngroups, sizeof *b->gcount);
	if (!b->gfirst || !b->gcount || !b->coupon || !b->reward_sku || !b->coupons || table_init(&b->skus, m->nact_skus + m->nacts) ||
	    table_init(&b->cats, m->ncats) || table_init(&b->brands, m->nbrands)) {
		bl_free(b);
		return NULL;
	}
	index_skus(b, m, cs);
	index_acts(b, m, cs);
	return b;
}

void bl_free(baseline_t *b)
{
	if (!b)
		return;
	free(b->skus.slots);
	free(b->cats.slots);
	free(b->brands.slots);
	free(b->coupon);
	free(b->reward_sku);
	free(b->coupons);
	free(b->gfirst);
	free(b->gcount);
	free(b);
}
