/* lint.c — runs every lint rule over a checked program. Each rule lives in
 * its own file; this driver only prepares the shared facts and sorts the
 * findings by location so the output reads top to bottom. */
#include "compiler/lint_ctx.h"
#include "support/money.h"

const effect_t *lint_deref(const effect_t *e)
{
	for (int depth = 0; e && e->kind == EFF_REF && depth < 64; depth++)
		e = e->def ? e->def->eff : NULL;
	return e && e->kind == EFF_REF ? NULL : e;
}

void lint_money(const lctx_t *c, int64_t minor, char out[24])
{
	money_format(minor, c->p->decimals, out);
}

static void lint_each_in(lctx_t *c, const activity_t *a, const vec_t *items, lint_sku_fn fn, void *ud)
{
	for (size_t i = 0; items && i < items->n; i++) {
		const cat_item_t *it = items->items[i];
		fn(c, a, it->sku, it, ud);
	}
}

void lint_each_sku(lctx_t *c, const activity_t *a, lint_sku_fn fn, void *ud)
{
	const target_t *t = &a->target;
	if (t->kind == TGT_ORDER || t->kind == TGT_SHIPPING)
		return;
	if (t->kind == TGT_CATEGORY || t->kind == TGT_BRAND) {
		const char *name = t->names.n ? ((const name_t *)t->names.items[0])->s : "";
		if (c->cat)
			lint_each_in(c, a, t->kind == TGT_CATEGORY ? catalog_category(c->cat, name)
								  : catalog_brand(c->cat, name), fn, ud);
		return;
	}
	for (size_t i = 0; i < t->names.n; i++) {
		const char *sku = ((const name_t *)t->names.items[i])->s;
		fn(c, a, sku, c->cat ? catalog_sku(c->cat, sku) : NULL, ud);
	}
}

int lint_program(const program_t *p, const catalog_t *cat, const lint_opts_t *o, diag_list_t *dl)
{
	size_t before = dl->n;
	lctx_t c = { .p = p, .cat = cat, .o = o, .dl = dl, .a = arena_new() };
	if (!c.a)
		return -1;
	c.oa = arena_alloc(c.a, (p->acts.n ? p->acts.n : 1) * sizeof *c.oa);
	if (!c.oa || !oact_init_all(c.a, p, c.oa) || overlap_check(p, cat, dl) < 0) {
		arena_free(c.a);
		return -1;
	}
	lint_effects(&c);
	lint_clauses(&c);
	lint_never(&c);
	if (cat) {
		lint_catalog(&c);
		lint_floor(&c);
	}
	arena_free(c.a);
	diag_sort(dl);
	return c.oom || dl->oom ? -1 : (int)(dl->n - before);
}
