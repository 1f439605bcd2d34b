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

int64_t vm_eval_combo(vm_ctx_t *x, uint32_t act, int64_t base, bool commit, bool *applied)
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
	int64_t d = vm_run_act(x, act, &env, commit, applied, &out);
	if (commit && *applied)
		vm_commit_lines(x, act, &out, x->s->lines, n, d);
	return d;
}
