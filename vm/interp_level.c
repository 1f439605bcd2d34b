/* interp_level.c — the levels after the item level, in this order: combo
 * (the lines of a combo summed after the item level), order (the running
 * subtotal), shipping (the cart's shipping). Top-level members of a level
 * apply in declaration order; groups decide inside (interp_resolve.c).
 * Combo and order discounts are spread over lines in proportion to their
 * running totals. */
#include <string.h>
#include "support/money.h"
#include "vm/interp.h"
#include "vm/opcodes.h"

static bool has_line(vm_ctx_t *x, const char *sku)
{
	for (size_t i = 0; i < x->c->nlines; i++)
		if (strcmp(x->c->lines[i].sku, sku) == 0)
			return true;
	return false;
}

/* The combo's lines into s->lines; false when a SKU is missing. */
static bool combo_lines(vm_ctx_t *x, const vm_act_t *a, size_t *n, int64_t *sum, int64_t *qty)
{
	const vm_program_t *p = x->p;
	*n = 0, *sum = 0, *qty = 0;
	for (uint32_t k = 0; k < a->nnames; k++)
		if (!has_line(x, vm_str(p, p->refs[a->names + k])))
			return false;
	for (size_t i = 0; i < x->c->nlines; i++)
		for (uint32_t k = 0; k < a->nnames; k++) {
			if (strcmp(x->c->lines[i].sku, vm_str(p, p->refs[a->names + k])) != 0)
				continue;
			x->s->lines[(*n)++] = (uint32_t)i;
			*sum += x->s->run[i]; /* <= subtotal: cannot overflow */
			*qty += x->c->lines[i].qty;
			break;
		}
	return true;
}

/* Runs the activity on env and turns its effect into a discount. */
static int64_t run_act(vm_ctx_t *x, uint32_t act, const vm_env_t *env, bool commit, bool *applied,
		       vm_out_t *out)
{
	int64_t d = 0;
	*applied = false;
	vm_exec(x->p, act, env, out);
	if (commit)
		vm_note_hint(x, act, out);
	if (!out->ok) {
		if (commit)
			vm_not_applied(x, act, (reason_t)out->reason, UINT32_MAX);
		return 0;
	}
	if (!vm_eff_amount(x, &out->eff, env->base, env->qty, 0, &d))
		return 0;
	*applied = true;
	return vm_cap_budget(x, act, d);
}

/* Gifts and add-ons, or the discount spread over lines. */
static void commit_lines(vm_ctx_t *x, uint32_t act, const vm_out_t *out, const uint32_t *lines,
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

static int64_t eval_combo(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
{
	size_t n;
	int64_t sum, qty;
	vm_out_t out;
	(void)base; /* a combo's base is its own lines */
	*applied = false;
	if (!vm_gate(x, act))
		return 0;
	if (!combo_lines(x, &x->p->acts[act], &n, &sum, &qty)) {
		if (commit)
			vm_not_applied(x, act, REASON_CONDITION, UINT32_MAX);
		return 0;
	}
	vm_env_t env = { .qty = qty, .base = sum, .order = x->goods, .cart = x->c };
	int64_t d = run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied)
		commit_lines(x, act, &out, x->s->lines, n, d);
	return d;
}

static int64_t eval_order(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
{
	vm_out_t out;
	*applied = false;
	if (!vm_gate(x, act))
		return 0;
	vm_env_t env = { .qty = x->units, .base = base, .order = base, .cart = x->c };
	int64_t d = run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied) {
		for (size_t i = 0; i < x->c->nlines; i++)
			x->s->lines[i] = (uint32_t)i;
		commit_lines(x, act, &out, x->s->lines, x->c->nlines, d);
	}
	return d;
}

static int64_t eval_ship(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
{
	vm_out_t out;
	char m[24];
	*applied = false;
	if (!vm_gate(x, act))
		return 0;
	vm_env_t env = { .qty = x->units, .base = base, .order = x->goods, .cart = x->c };
	int64_t d = run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied) {
		act_state_t *st = vm_state(x, act);
		st->applied = true;
		st->discount += d; /* d <= shipping: cannot overflow */
		x->ship -= d;
		vm_trace(x, "%s: shipping -%s", vm_activity_name(x->p, act), vm_money(x, d, m));
	}
	return d;
}

static int64_t level_base(vm_ctx_t *x, int level)
{
	return level == VM_LVL_SHIP ? x->ship : level == VM_LVL_ORDER ? x->goods : 0;
}

/* Each top-level member holding activities of the level, in order. */
static void price_level(vm_ctx_t *x, int level)
{
	const vm_program_t *p = x->p;
	const uint32_t *acts = p->by_level + p->lvl_first[level];
	size_t n = p->lvl_first[level + 1] - p->lvl_first[level];
	uint32_t *c = x->s->cands;
	if (!vm_grow((void **)&x->s->cands, &x->s->cap_cands, n + 1, sizeof *c)) {
		vm_nomem(x);
		return;
	}
	c = x->s->cands;
	for (size_t i = 0, j; i < n && !x->failed; i = j) {
		uint32_t root = vm_root(p, acts[i]);
		for (j = i + 1; j < n && vm_root(p, acts[j]) == root;)
			j++;
		memcpy(c, acts + i, (j - i) * sizeof *c);
		uint32_t winner;
		vm_resolve(x, c, j - i, level_base(x, level), &winner);
	}
}

void vm_price_levels(vm_ctx_t *x)
{
	static const vm_eval_fn evals[] = { NULL, eval_combo, eval_order, eval_ship };
	for (int level = VM_LVL_COMBO; level <= VM_LVL_SHIP && !x->failed; level++) {
		x->eval = evals[level];
		price_level(x, level);
	}
}
