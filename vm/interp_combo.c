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
		uint32_t k;
		const uint32_t *acts = vm_lookup(x, VM_KEY_COMBO, x->c->lines[i].sku, &k);
		if (k && !vm_grow((void **)&s->cands, &s->cap_cands, n + k, sizeof *s->cands)) {
			vm_nomem(x);
			return 0;
		}
		for (uint32_t j = 0; j < k; j++)
			s->cands[n++] = acts[j];
	}
	if (n > 1)
		vm_sort_u32(s->cands, n);
	size_t m = 0;
	for (size_t j = 0; j < n; j++)
		if (m == 0 || s->cands[m - 1] != s->cands[j])
			s->cands[m++] = s->cands[j];
	return m;
}

/* Whether the combo names the SKU: a few names are compared; beyond, the
 * index lists, per SKU, the combos naming it (a walk over a big combo's
 * names for every line made a cart cost lines x names). */
static bool names_sku(vm_ctx_t *x, uint32_t act, const char *sku)
{
	const vm_program_t *p = x->p;
	const vm_act_t *a = &p->acts[act];
	uint32_t k;
	if (a->nnames <= 8) {
		for (k = 0; k < a->nnames; k++)
			if (strcmp(vm_str(p, p->refs[a->names + k]), sku) == 0)
				return true;
		return false;
	}
	const uint32_t *acts = vm_lookup(x, VM_KEY_COMBO, sku, &k);
	for (uint32_t j = 0; j < k && acts[j] <= act; j++)
		if (acts[j] == act)
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
		if (!names_sku(x, act, x->c->lines[i].sku))
			continue;
		x->s->lines[(*n)++] = (uint32_t)i;
		*sum += x->s->run[i]; /* <= subtotal: cannot overflow */
		*qty += x->c->lines[i].qty;
	}
	return true;
}

int64_t vm_eval_combo(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
{
	size_t n;
	int64_t sum, qty;
	vm_out_t out;
	(void)base; /* a combo's base is its own lines */
	*applied = false;
	if (!vm_gate(x, act))
		return 0;
	if (!combo_lines(x, act, &n, &sum, &qty)) {
		if (commit)
			vm_not_applied(x, act, REASON_CONDITION, UINT32_MAX);
		return 0;
	}
	vm_env_t env = { .qty = qty, .base = sum, .order = x->goods, .cart = x->c };
	int64_t d = vm_run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied)
		vm_commit_lines(x, act, &out, x->s->lines, n, d);
	return d;
}
