/* lint_never.c — never-applies: an activity whose conditions can never
 * hold together, or that sits in an `exclusive first` group behind a
 * member that applies whenever it does (same level, a scope at least as
 * wide, a window at least as long, a condition it implies, no threshold in
 * its effect and nothing that runs out: stock, limit, budget). */
#include <string.h>
#include "compiler/lint_ctx.h"

static void never_unsat(lctx_t *c, const oact_t *o)
{
	if (o->cond.n == 0 && !o->cond.unknown)
		lint_report(c->dl, LINT_NEVER_APPLIES, c->p->file, o->act->name.span,
			    "activity '%s' can never apply: its conditions cannot all hold at once",
			    o->act->name.s);
}

static bool name_in(const vec_t *names, const char *s)
{
	for (size_t i = 0; i < names->n; i++)
		if (strcmp(((const name_t *)names->items[i])->s, s) == 0)
			return true;
	return false;
}

static bool names_subset(const vec_t *small, const vec_t *big)
{
	for (size_t i = 0; i < small->n; i++)
		if (!name_in(big, ((const name_t *)small->items[i])->s))
			return false;
	return true;
}

/* Is every SKU of `skus` in the group (category or brand) named g? */
static bool skus_in_group(const lctx_t *c, const vec_t *skus, target_kind_t kind, const char *g)
{
	if (!c->cat)
		return false;
	for (size_t i = 0; i < skus->n; i++) {
		const cat_item_t *it = catalog_sku(c->cat, ((const name_t *)skus->items[i])->s);
		if (!it || strcmp(kind == TGT_CATEGORY ? it->category : it->brand, g) != 0)
			return false;
	}
	return true;
}

/* Does w's scope cover l's (so l applying implies w's scope matches)? */
static bool scope_covers(const lctx_t *c, const target_t *w, const target_t *l)
{
	bool l_skus = l->kind == TGT_ITEM || l->kind == TGT_ITEMS;
	switch (w->kind) {
	case TGT_ORDER:
	case TGT_SHIPPING: return l->kind == w->kind;
	case TGT_COMBO: return l->kind == TGT_COMBO && names_subset(&w->names, &l->names);
	case TGT_ITEM:
	case TGT_ITEMS: return l_skus && names_subset(&l->names, &w->names);
	default: {
		const char *g = ((const name_t *)w->names.items[0])->s;
		if (l->kind == w->kind)
			return strcmp(g, ((const name_t *)l->names.items[0])->s) == 0;
		return l_skus && skus_in_group(c, &l->names, w->kind, g);
	}
	}
}

/* Effects that give something whenever the activity applies at all. */
static bool effect_unconditional(const effect_t *e)
{
	e = lint_deref(e);
	if (!e)
		return false;
	switch (e->kind) {
	case EFF_PERCENT: case EFF_OFF: case EFF_OFF_EACH: case EFF_PRICE:
	case EFF_GIFT: case EFF_ADDON: case EFF_FREE: return true;
	default: return false;
	}
}

/* Whenever l's condition holds, so does w's: l and not w is unsatisfiable. */
static bool cond_implies(lctx_t *c, const oact_t *l, const activity_t *w)
{
	bool ok;
	const cond_t *wc = oact_full_cond(c->a, w, &ok);
	odnf_t notw, both;
	if (!ok || !odnf_build(c->a, wc, true, &notw) || !odnf_and(c->a, &l->cond, &notw, &both)) {
		c->oom = true;
		return false;
	}
	odnf_prune(&both);
	return both.n == 0 && !both.unknown;
}

static bool always_wins(lctx_t *c, const oact_t *w, const oact_t *l)
{
	const activity_t *aw = w->act, *al = l->act;
	return aw->level == al->level && !aw->has_stock && !aw->has_limit && !aw->has_budget &&
	       w->start <= l->start && l->end <= w->end && scope_covers(c, &aw->target, &al->target) &&
	       effect_unconditional(aw->effect) && cond_implies(c, l, aw);
}

static void never_shadowed(lctx_t *c, const group_t *g)
{
	for (size_t j = 1; j < g->members.n; j++) {
		const member_t *mj = g->members.items[j];
		if (mj->is_group)
			continue;
		const oact_t *l = &c->oa[mj->act->index];
		if (l->cond.n == 0)
			continue; /* already reported as unsatisfiable */
		for (size_t i = 0; i < j; i++) {
			const member_t *mi = g->members.items[i];
			if (mi->is_group || !always_wins(c, &c->oa[mi->act->index], l))
				continue;
			diag_t *d = lint_report(c->dl, LINT_NEVER_APPLIES, c->p->file, l->act->name.span,
						"activity '%s' never applies: '%s' comes before it in exclusive first "
						"group '%s' and applies whenever it does",
						l->act->name.s, mi->act->name.s, g->name.s);
			diag_note(d, c->p->file, mi->act->name.span, "'%s' is here", mi->act->name.s);
			break;
		}
	}
}

void lint_never(lctx_t *c)
{
	for (size_t i = 0; i < c->p->acts.n; i++)
		never_unsat(c, &c->oa[i]);
	for (size_t i = 0; i < c->p->groups.n; i++) {
		const group_t *g = c->p->groups.items[i];
		if (g->kind == GRP_EXCLUSIVE_FIRST)
			never_shadowed(c, g);
	}
}
