/* check_targets.c — what an activity applies to: SKU lists without
 * repeats, combos of at least two SKUs, no empty names or coupon codes,
 * and the amount of "order >= MONEY". */
#include "compiler/check.h"

static void no_repeats(chk_t *c, const target_t *t)
{
	symtab_t seen;
	sym_init(&seen, c->p->arena);
	for (size_t i = 0; i < t->names.n; i++) {
		name_t *n = t->names.items[i];
		name_t *first = sym_get(&seen, n->s);
		if (first) {
			diag_t *d = chk_error(c, c->p->file, n->span, "SKU '%s' is listed twice", n->s);
			diag_note(d, c->p->file, first->span, "first listed here");
			continue;
		}
		sym_put(&seen, n->s, n);
	}
	if (seen.oom)
		c->p->oom = true;
}

static void not_empty(chk_t *c, const name_t *n, const char *what)
{
	if (n->s[0] == 0)
		chk_error(c, c->p->file, n->span, "the %s is empty", what);
}

void chk_target(chk_t *c, activity_t *a)
{
	target_t *t = &a->target;
	for (size_t i = 0; i < t->names.n; i++)
		not_empty(c, t->names.items[i], t->kind == TGT_CATEGORY ? "category" : t->kind == TGT_BRAND ? "brand" : "SKU");
	if (t->names.n > LIM_SCOPE_SKUS)
		chk_error(c, c->p->file, t->span, "%zu SKUs in one list; at most %d are allowed (docs/limits.md)",
			  t->names.n, LIM_SCOPE_SKUS);
	if (t->kind == TGT_ITEMS || t->kind == TGT_COMBO)
		no_repeats(c, t);
	if (t->kind == TGT_COMBO && t->names.n < 2)
		chk_error(c, c->p->file, t->span, "a combo needs at least two SKUs (for one SKU write: item %s)",
			  t->names.n ? ((name_t *)t->names.items[0])->s : "SKU");
	if (t->has_cmp)
		chk_money(c, c->p->file, &t->amount, "amount");
	if (a->has_coupon)
		not_empty(c, &a->coupon, "coupon code");
}
