/* interp_order.c — the order level (base: the running subtotal; the
 * discount is spread over every line) and the shipping level (base: the
 * running shipping; `order` reads the goods total after all discounts). */
#include "vm/interp.h"

/* The two levels differ only in what `order` reads. */
static void try_on(vm_ctx_t *x, uint32_t act, int64_t base, int64_t order, vm_try_t *t)
{
	if (!vm_try_begin(x, act, t))
		return;
	vm_env_t env = { .qty = x->units, .base = base, .order = order, .cart = x->c,
			 .memo = &x->s->attrs };
	vm_try_run(x, act, &env, t);
}

void vm_try_order(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t)
{
	try_on(x, act, base, base, t);
}

void vm_commit_order(vm_ctx_t *x, uint32_t act, const vm_try_t *t)
{
	if (!t->open)
		return;
	vm_record(x, act, t);
	if (t->applied)
		vm_commit_lines(x, act, &t->out, NULL, x->c->nlines, t->d); /* over every line */
}

void vm_try_ship(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t)
{
	try_on(x, act, base, x->goods, t);
}

void vm_commit_ship(vm_ctx_t *x, uint32_t act, const vm_try_t *t)
{
	char m[24];
	if (!t->open)
		return;
	vm_record(x, act, t);
	if (!t->applied)
		return;
	t->st->applied = true;
	t->st->discount += t->d; /* d <= shipping: cannot overflow */
	x->ship -= t->d;
	vm_trace(x, "%s: shipping -%s", vm_activity_name(x->p, act), vm_money(x, t->d, m));
}
