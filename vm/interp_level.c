/* interp_level.c — the levels after the item level, in this order: combo
 * (interp_combo.c), order and shipping (interp_order.c). Top-level members
 * of a level apply in declaration order; groups decide inside
 * (interp_resolve.c), and a discount is committed to lines here. */
#include <string.h>
#include "vm/interp.h"
#include "vm/opcodes.h"

/* Gifts and add-ons, or the discount spread over lines. */
void vm_commit_lines(vm_ctx_t *x, uint32_t act, const vm_out_t *out, const uint32_t *lines,
		     size_t n, int64_t d)
{
	char m[24];
	if (out->eff.op == OP_GIFT || out->eff.op == OP_ADDON) {
		vm_reward(x, act, &out->eff, out->eff.b);
		return;
	}
	if (d > 0)
		vm_trace(x, "%s: -%s", vm_activity_name(x->p, act), vm_money(x, d, m));
	vm_spread(x, act, lines, n, d);
}

static int64_t level_base(vm_ctx_t *x, int level)
{
	return level == VM_LVL_SHIP ? x->ship : level == VM_LVL_ORDER ? x->goods : 0;
}

/* The level's candidates (combos: those the cart's SKUs select; other
 * levels: all their activities), less those whose exclusive group an
 * earlier level already took; into s->cands.
 * Without a trace, those closed in this cart (window, coupon, limit,
 * stock, budget: vm_gate records why) are left out too: to its group a
 * closed member is as if absent (it neither applies nor hints), and the
 * groups then never visit it. With --explain they stay, so that each "not
 * applied" line comes where its activity is met, as it always has. */
static size_t open_acts(vm_ctx_t *x, int level)
{
	const vm_program_t *p = x->p;
	size_t n = p->lvl_first[level + 1] - p->lvl_first[level], k = 0;
	const uint32_t *c = NULL;
	if (level == VM_LVL_COMBO) {
		n = vm_combo_cands(x);
		c = x->s->cands;
	} else if (!vm_grow((void **)&x->s->cands, &x->s->cap_cands, n + 1, sizeof *x->s->cands) ||
		   !vm_grow((void **)&x->s->tries, &x->s->cap_tries, n + 1, sizeof *x->s->tries)) {
		vm_nomem(x);
		return 0;
	} else {
		c = p->by_level + p->lvl_first[level];
	}
	if (!p->spans && x->explain) {
		if (c != x->s->cands)
			memcpy(x->s->cands, c, n * sizeof *c);
		return n;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t a = c[i], by = p->spans ? vm_taken_by(x, a) : UINT32_MAX;
		if (by != UINT32_MAX)
			vm_not_applied(x, a, REASON_LOST, by);
		else if (x->explain || vm_gate(x, a))
			x->s->cands[k++] = a;
	}
	return k;
}

/* Each top-level member holding activities of the level, in order. */
static void price_level(vm_ctx_t *x, int level)
{
	size_t n = open_acts(x, level);
	uint32_t *c = x->s->cands;
	for (size_t i = 0, j; i < n && !x->failed; i = j) {
		uint32_t root = vm_root(x->p, c[i]), winner;
		for (j = i + 1; j < n && vm_root(x->p, c[j]) == root;)
			j++;
		vm_resolve(x, c + i, j - i, level_base(x, level), &winner);
	}
}

void vm_price_levels(vm_ctx_t *x)
{
	static const vm_try_fn tries[] = { NULL, vm_try_combo, vm_try_order, vm_try_ship };
	static const vm_commit_fn commits[] = { NULL, vm_commit_combo, vm_commit_order, vm_commit_ship };
	for (int level = VM_LVL_COMBO; level <= VM_LVL_SHIP && !x->failed; level++) {
		x->try_act = tries[level];
		x->commit = commits[level];
		x->memo = level != VM_LVL_COMBO;
		price_level(x, level);
		vm_take_groups(x, level);
	}
}
