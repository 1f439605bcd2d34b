/* interp_order.c — the order level (base: the running subtotal; the
 * discount is spread over every line) and the shipping level (base: the
 * running shipping; `order` reads the goods total after all discounts). */
#include "vm/interp.h"

int64_t vm_eval_order(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
{
	vm_out_t out;
	*applied = false;
	if (!vm_gate(x, act))
		return 0;
	vm_env_t env = { .qty = x->units, .base = base, .order = base, .cart = x->c };
	int64_t d = vm_run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied) {
		for (size_t i = 0; i < x->c->nlines; i++)
			x->s->lines[i] = (uint32_t)i;
		vm_commit_lines(x, act, &out, x->s->lines, x->c->nlines, d);
	}
	return d;
}

int64_t vm_eval_ship(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
{
	vm_out_t out;
	char m[24];
	*applied = false;
	if (!vm_gate(x, act))
		return 0;
	vm_env_t env = { .qty = x->units, .base = base, .order = x->goods, .cart = x->c };
	int64_t d = vm_run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied) {
		act_state_t *st = vm_state(x, act);
		st->applied = true;
		st->discount += d; /* d <= shipping: cannot overflow */
		x->ship -= d;
		vm_trace(x, "%s: shipping -%s", vm_activity_name(x->p, act), vm_money(x, d, m));
	}
	return d;
}
