/* lint_floor.c — below-floor: for every catalog SKU, the lowest final unit
 * price the program can produce — the worst item-level activity on it,
 * then the worst combo share, then the worst order share, each combined as
 * the groups allow (lint_worst.c) — against the catalog floor, and against
 * zero. One finding per activity, naming the first SKU and how many more. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/lint_worst.h"
#include "support/alloc.h"

typedef struct floor_ctx {
	worst_t w;
	cat_map_t *by_sku, *by_cat, *by_brand, *combo; /* name -> vec_t* of activity_t* */
	vec_t order;                                   /* order-level activities */
	cat_map_t *order_memo;                         /* unit price -> after the order level */
	const activity_t **acts;                       /* scratch: one SKU's item-level activities */
	size_t cap_acts;
	int *count;                                    /* findings per activity */
	const cat_item_t **first;                      /* first SKU per activity */
	int64_t *first_final;
} floor_ctx_t;

static bool floor_file(floor_ctx_t *f, cat_map_t *m, const char *key, activity_t *a)
{
	vec_t *v = cmap_get(m, key);
	if (!v) {
		v = arena_alloc(f->w.c->a, sizeof *v);
		if (!v || cmap_put(m, key, v) != 0)
			return false;
	}
	if (v->n && v->items[v->n - 1] == a)
		return true;
	return vec_push(f->w.c->a, v, a) == 0;
}

static bool floor_index(floor_ctx_t *f)
{
	const program_t *p = f->w.c->p;
	for (size_t i = 0; i < p->acts.n; i++) {
		activity_t *a = p->acts.items[i];
		const target_t *t = &a->target;
		cat_map_t *m = t->kind == TGT_CATEGORY ? f->by_cat : t->kind == TGT_BRAND ? f->by_brand
			     : t->kind == TGT_COMBO ? f->combo : f->by_sku;
		if (a->level == LEVEL_ORDER && vec_push(f->w.c->a, &f->order, a) != 0)
			return false;
		if (a->level != LEVEL_ITEM && a->level != LEVEL_COMBO)
			continue;
		for (size_t k = 0; k < t->names.n; k++)
			if (!floor_file(f, m, ((const name_t *)t->names.items[k])->s, a))
				return false;
	}
	return true;
}

static int by_index(const void *x, const void *y)
{
	const activity_t *a = *(const activity_t *const *)x, *b = *(const activity_t *const *)y;
	return (a->index > b->index) - (a->index < b->index);
}

/* The item-level activities on one SKU: by SKU, category and brand, in
 * f->acts. false on OOM. */
static bool floor_item_acts(floor_ctx_t *f, const cat_item_t *it, size_t *count)
{
	const vec_t *v[3] = { cmap_get(f->by_sku, it->sku), cmap_get(f->by_cat, it->category),
			      cmap_get(f->by_brand, it->brand) };
	size_t n = 0, want = 0;
	for (int k = 0; k < 3; k++)
		want += v[k] ? v[k]->n : 0;
	if (want > f->cap_acts) {
		const activity_t **x = px_realloc(f->acts, want * sizeof *x);
		if (!x)
			return false;
		f->acts = x;
		f->cap_acts = want;
	}
	const activity_t **out = f->acts;
	for (int k = 0; k < 3; k++)
		for (size_t i = 0; v[k] && i < v[k]->n; i++)
			out[n++] = v[k]->items[i];
	if (n > 1) /* qsort wants a real pointer even for nothing */
		qsort(out, n, sizeof *out, by_index);
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (!m || out[m - 1] != out[i])
			out[m++] = out[i];
	*count = m;
	return true;
}

/* The order level is the same for every SKU: remember it per unit price. */
static int64_t floor_order(void *ud, int64_t u)
{
	floor_ctx_t *f = ud;
	char key[24];
	snprintf(key, sizeof key, "%lld", (long long)u);
	const int64_t *hit = cmap_get(f->order_memo, key);
	if (hit)
		return *hit;
	int64_t v = worst_tree(&f->w, NULL, (const activity_t *const *)f->order.items, f->order.n, u, worst_share);
	int64_t *cell = arena_alloc(f->w.c->a, sizeof *cell);
	char *k = arena_strdup(f->w.c->a, key);
	if (cell && k) {
		*cell = v;
		if (cmap_put(f->order_memo, k, cell) != 0)
			f->w.c->oom = true;
	}
	return v;
}

static int64_t floor_final(floor_ctx_t *f, const cat_item_t *it, const activity_t **blame)
{
	size_t n;
	*blame = NULL;
	if (!floor_item_acts(f, it, &n)) {
		f->w.c->oom = true;
		return it->price;
	}
	const vec_t *combos = cmap_get(f->combo, it->sku);
	wsku_t s = { .items = f->acts, .nitems = n, .orders = (const activity_t *const *)f->order.items,
		     .norders = f->order.n };
	if (combos) {
		s.combos = (const activity_t *const *)combos->items;
		s.ncombos = combos->n;
	}
	int64_t u = worst_levels(&f->w, &s, it->price, floor_order, f);
	*blame = n ? f->acts[0] : s.ncombos ? s.combos[0] : u < it->price && f->order.n ? f->order.items[0] : NULL;
	return u;
}

static void floor_sku(floor_ctx_t *f, const cat_item_t *it)
{
	const activity_t *blame;
	int64_t u = floor_final(f, it, &blame);
	bool low = it->has_floor ? u < it->floor : (u <= 0 && it->price > 0);
	if (!low || !blame)
		return;
	if (f->count[blame->index]++ == 0) {
		f->first[blame->index] = it;
		f->first_final[blame->index] = u;
	}
}

static void floor_emit(floor_ctx_t *f, const activity_t *a)
{
	lctx_t *c = f->w.c;
	int n = f->count[a->index];
	const cat_item_t *it = f->first[a->index];
	char fin[24], fl[24], pr[24], more[48] = "";
	lint_money(c, f->first_final[a->index], fin);
	lint_money(c, it->floor, fl);
	lint_money(c, it->price, pr);
	if (n > 1)
		snprintf(more, sizeof more, " (and %d more SKUs)", n - 1);
	diag_t *d = it->has_floor
		? lint_report(c->dl, LINT_BELOW_FLOOR, c->p->file, a->name.span,
			      "the final unit price of %s can fall to %s, below its floor %s (catalog price %s, "
			      "worst case of item, combo and order activities together)%s", it->sku, fin, fl, pr, more)
		: lint_report(c->dl, LINT_BELOW_FLOOR, c->p->file, a->name.span,
			      "the final unit price of %s can fall to zero (catalog price %s, worst case of item, "
			      "combo and order activities together)%s", it->sku, pr, more);
	diag_note(d, c->cat->file, (span_t){ it->off, (uint32_t)strlen(it->sku) }, "%s is listed here", it->sku);
}

static void floor_addon(lctx_t *c, const activity_t *a)
{
	const effect_t *e = lint_deref(a->effect);
	if (!e || e->kind != EFF_ADDON)
		return;
	const cat_item_t *it = catalog_sku(c->cat, e->sku.s);
	if (!it || !it->has_floor || e->money.minor >= it->floor)
		return;
	char p[24], fl[24];
	lint_money(c, e->money.minor, p);
	lint_money(c, it->floor, fl);
	lint_report(c->dl, LINT_BELOW_FLOOR, c->p->file, a->effect->span,
		    "add-on price %s for %s is below its floor %s", p, it->sku, fl);
}

void lint_floor(lctx_t *c)
{
	size_t na = c->p->acts.n ? c->p->acts.n : 1;
	floor_ctx_t f = { .w = { .c = c } };
	f.w.scope_max = arena_alloc(c->a, na * sizeof *f.w.scope_max);
	f.w.threshold = arena_alloc(c->a, na * sizeof *f.w.threshold);
	f.order_memo = cmap_new(c->a);
	f.count = arena_alloc(c->a, na * sizeof *f.count);
	f.first = arena_alloc(c->a, na * sizeof *f.first);
	f.first_final = arena_alloc(c->a, na * sizeof *f.first_final);
	f.by_sku = cmap_new(c->a), f.by_cat = cmap_new(c->a), f.by_brand = cmap_new(c->a), f.combo = cmap_new(c->a);
	if (!f.w.scope_max || !f.w.threshold || !f.order_memo || !f.count || !f.first || !f.first_final || !f.by_sku || !f.by_cat ||
	    !f.by_brand || !f.combo || !floor_index(&f)) {
		c->oom = true;
		return;
	}
	memset(f.w.scope_max, 0xff, na * sizeof *f.w.scope_max); /* -1: not computed */
	memset(f.w.threshold, 0xff, na * sizeof *f.w.threshold);
	wsku_t orders = { .orders = (const activity_t *const *)f.order.items, .norders = f.order.n };
	if (!worst_cross_init(&f.w, c->a, c->p, &orders)) {
		c->oom = true;
		return;
	}
	for (size_t i = 0; i < c->cat->items.n; i++)
		floor_sku(&f, c->cat->items.items[i]);
	for (size_t i = 0; i < c->p->acts.n; i++) {
		const activity_t *a = c->p->acts.items[i];
		if (f.count[i])
			floor_emit(&f, a);
		floor_addon(c, a);
	}
	px_free(f.acts);
}
