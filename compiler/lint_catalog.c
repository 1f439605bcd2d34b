/* lint_catalog.c — rules that read the catalog: a fixed price (or add-on
 * price) above the catalog price (price-above-catalog), and a SKU,
 * category or brand the catalog does not know (unknown-sku). */
#include <stdio.h>
#include <string.h>
#include "compiler/lint_ctx.h"

/* Where a finding about effect e goes: e itself when written in the
 * activity, the activity's effect when e came through a define. */
typedef struct ewhere {
	const activity_t *a;
	bool via_ref;
} ewhere_t;

static span_t ewhere_span(const ewhere_t *w, span_t own)
{
	return w->via_ref ? w->a->effect->span : own;
}

typedef struct above {
	int64_t price;
	const char *first;
	int64_t first_price;
	int n;
} above_t;

static void above_sku(lctx_t *c, const activity_t *a, const char *sku, const cat_item_t *it, void *ud)
{
	(void)c;
	(void)a;
	above_t *ab = ud;
	if (!it || it->price >= ab->price)
		return;
	if (ab->n++ == 0) {
		ab->first = sku;
		ab->first_price = it->price;
	}
}

static void lint_fixed_price(lctx_t *c, const ewhere_t *w, const effect_t *e)
{
	above_t ab = { .price = e->money.minor };
	lint_each_sku(c, w->a, above_sku, &ab);
	if (!ab.n)
		return;
	char p[24], q[24], more[48] = "";
	lint_money(c, ab.price, p);
	lint_money(c, ab.first_price, q);
	if (ab.n > 1)
		snprintf(more, sizeof more, " (and %d more SKUs)", ab.n - 1);
	lint_report(c->dl, LINT_PRICE_ABOVE_CATALOG, c->p->file, ewhere_span(w, e->span),
		    "fixed price %s is above the catalog price of %s (%s)%s: it never lowers the price", p,
		    ab.first, q, more);
}

static void lint_addon(lctx_t *c, const ewhere_t *w, const effect_t *e)
{
	const cat_item_t *it = catalog_sku(c->cat, e->sku.s);
	if (!it || it->price >= e->money.minor)
		return;
	char p[24], q[24];
	lint_money(c, e->money.minor, p);
	lint_money(c, it->price, q);
	lint_report(c->dl, LINT_PRICE_ABOVE_CATALOG, c->p->file, ewhere_span(w, e->span),
		    "add-on price %s is above the catalog price of %s (%s)", p, e->sku.s, q);
}

static void lint_gift_sku(lctx_t *c, const ewhere_t *w, const effect_t *e)
{
	if (!catalog_sku(c->cat, e->sku.s))
		lint_report(c->dl, LINT_UNKNOWN_SKU, c->p->file, ewhere_span(w, e->sku.span),
			    "%s %s is not in the catalog", e->kind == EFF_GIFT ? "gift" : "add-on", e->sku.s);
}

static void lint_price_effect(lctx_t *c, ewhere_t *w, const effect_t *e, int depth)
{
	if (e && e->kind == EFF_REF) {
		w->via_ref = true;
		e = lint_deref(e);
	}
	if (!e || depth > 8)
		return;
	switch (e->kind) {
	case EFF_PRICE: lint_fixed_price(c, w, e); break;
	case EFF_ADDON: lint_addon(c, w, e); lint_gift_sku(c, w, e); break;
	case EFF_GIFT: lint_gift_sku(c, w, e); break;
	case EFF_NTH: lint_price_effect(c, w, e->sub, depth + 1); break;
	case EFF_TIER:
	case EFF_SPEND:
		for (size_t i = 0; i < e->steps.n; i++)
			lint_price_effect(c, w, ((const step_t *)e->steps.items[i])->eff, depth + 1);
		break;
	default: break;
	}
}

static void lint_scope_skus(lctx_t *c, const activity_t *a)
{
	const target_t *t = &a->target;
	for (size_t i = 0; i < t->names.n; i++) {
		const name_t *n = t->names.items[i];
		if (t->kind == TGT_CATEGORY || t->kind == TGT_BRAND) {
			bool is_cat = t->kind == TGT_CATEGORY;
			if (!(is_cat ? catalog_category(c->cat, n->s) : catalog_brand(c->cat, n->s)))
				lint_report(c->dl, LINT_UNKNOWN_SKU, c->p->file, n->span,
					    "%s %s has no SKU in the catalog", is_cat ? "category" : "brand", n->s);
		} else if (!catalog_sku(c->cat, n->s))
			lint_report(c->dl, LINT_UNKNOWN_SKU, c->p->file, n->span, "%s is not in the catalog", n->s);
	}
}

void lint_catalog(lctx_t *c)
{
	for (size_t i = 0; i < c->p->acts.n; i++) {
		const activity_t *a = c->p->acts.items[i];
		ewhere_t w = { .a = a };
		if (a->target.kind != TGT_ORDER && a->target.kind != TGT_SHIPPING)
			lint_scope_skus(c, a);
		lint_price_effect(c, &w, a->effect, 0);
	}
}
