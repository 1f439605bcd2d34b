/* interp_combo.c — the combo level: the index names the combos holding a
 * line's SKU (combos with none of their SKUs in the cart are not looked
 * at); a combo applies when every one of its SKUs is in the cart; its base
 * is the running total of those lines after the item level, and its
 * discount is spread back over them. */
#include <string.h>
#include "vm/interp.h"

size_t vm_combo_cands(vm_ctx_t *x)
{
	vm_scratch_t *s = x->s;
	size_t n = 0;
	for (size_t i = 0; i < x->c->nlines; i++) {
		vm_list_t l = s->combos[i];
		if (l.n && !vm_grow((void **)&s->cands, &s->cap_cands, n + l.n, sizeof *s->cands)) {
			vm_nomem(x);
			return 0;
		}
		for (uint32_t j = 0; j < l.n; j++)
			s->cands[n++] = l.acts[j];
	}
	if (n > 1)
		vm_sort_u32(s->cands, n);
	size_t m = 0;
	for (size_t j = 0; j < n; j++)
		if (m == 0 || s->cands[m - 1] != s->cands[j])
			s->cands[m++] = s->cands[j];
	return m;
}

/* Whether the combo names line i's SKU: a few names are compared; beyond,
 * the index lists, per SKU, the combos naming it (a walk over a big
 * combo's names for every line made a cart cost lines x names). */
static bool names_line(vm_ctx_t *x, uint32_t act, size_t i)
{
	const vm_program_t *p = x->p;
	const vm_act_t *a = &p->acts[act];
	vm_list_t l = x->s->combos[i];
	if (a->nnames <= 8) {
		for (uint32_t k = 0; k < a->nnames; k++)
			if (strcmp(vm_str(p, p->refs[a->names + k]), x->c->lines[i].sku) == 0)
				return true;
		return false;
	}
	for (uint32_t j = 0; j < l.n && l.acts[j] <= act; j++)
		if (l.acts[j] == act)
			return true;
	return false;
}

/* The combo's lines into s->lines; false when a SKU is missing. */
static bool combo_lines(vm_ctx_t *x, uint32_t act, size_t *n, int64_t *sum, int64_t *qty)
{
	const vm_program_t *p = x->p;
	const vm_act_t *a = &p->acts[act];
	*n = 0, *sum = 0, *qty = 0;
	for (uint32_t k = 0; k < a->nnames; k++)
		if (vm_line_of_sku(x, vm_str(p, p->refs[a->names + k])) == UINT32_MAX)
			return false;
	for (size_t i = 0; i < x->c->nlines; i++) {
		if (!names_line(x, act, i))
			continue;
		x->s->lines[(*n)++] = (uint32_t)i;
		*sum += x->s->run[i]; /* <= subtotal: cannot overflow */
		*qty += x->c->lines[i].qty;
	}
	return true;
}

void vm_try_combo(vm_ctx_t *x, uint32_t act, int64_t base, vm_try_t *t)
{
	size_t n;
	int64_t sum, qty;
	(void)base; /* a combo's base is its own lines */
	if (!vm_try_begin(x, act, t))
		return;
	if (!combo_lines(x, act, &n, &sum, &qty)) {
		t->out = (vm_out_t){ .reason = REASON_CONDITION };
		return;
	}
	t->nlines = (uint32_t)n;
	vm_env_t env = { .qty = qty, .base = sum, .order = x->goods, .cart = x->c,
			 .memo = &x->s->attrs };
	vm_try_run(x, act, &env, t);
}

/* Right after its try: s->lines still holds the combo's lines. */
void vm_commit_combo(vm_ctx_t *x, uint32_t act, const vm_try_t *t)
{
	if (!t->open)
		return;
	vm_record(x, act, t);
	if (t->applied)
		vm_commit_lines(x, act, &t->out, x->s->lines, t->nlines, t->d);
}
