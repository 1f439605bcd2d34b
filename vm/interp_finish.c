/* interp_finish.c — the result: lines with their shares (grouped per line,
 * in the order the discounts were given), gift lines, totals, then
 * applied[], not_applied[] and hints[] in declaration order. */
#include "support/money.h"
#include "vm/interp.h"

/* Counting sort of the share records by line (stable), merging repeats. */
static bool place_shares(vm_ctx_t *x)
{
	vm_scratch_t *s = x->s;
	result_t *r = x->r;
	size_t nl = x->c->nlines;
	if (!vm_grow((void **)&r->shares, &r->cap_shares, s->n_shares + 1, sizeof *r->shares))
		return false;
	for (size_t i = 0; i <= nl; i++)
		s->count[i] = 0;
	for (size_t k = 0; k < s->n_shares; k++)
		s->count[s->shares[k].line + 1]++;
	for (size_t i = 0; i < nl; i++)
		s->count[i + 1] += s->count[i];
	for (size_t i = 0; i < nl; i++) {
		r->lines[i].first_share = s->count[i];
		r->lines[i].nshares = 0;
	}
	for (size_t k = 0; k < s->n_shares; k++) {
		const share_rec_t *sr = &s->shares[k];
		res_line_t *l = &r->lines[sr->line];
		res_share_t *last = l->nshares ? &r->shares[l->first_share + l->nshares - 1] : NULL;
		if (last && last->act == sr->act)
			last->amount += sr->amount; /* both parts of one line's amount */
		else
			r->shares[l->first_share + l->nshares++] = (res_share_t){ sr->act, sr->amount };
	}
	r->n_shares = s->n_shares;
	return true;
}

static bool build_lines(vm_ctx_t *x)
{
	result_t *r = x->r;
	size_t nl = x->c->nlines, n = nl + r->n_gifts;
	if (!vm_grow((void **)&r->lines, &r->cap_lines, n + 1, sizeof *r->lines))
		return false;
	for (size_t i = 0; i < nl; i++) {
		const cart_line_t *cl = &x->c->lines[i];
		int64_t amount = cl->price * cl->qty; /* checked when the lines were read */
		r->lines[i] = (res_line_t){ .input = (uint32_t)i, .sku = cl->sku, .qty = cl->qty,
					    .price = cl->price, .amount = amount,
					    .discount = amount - x->s->run[i], .total = x->s->run[i],
					    .addon = x->s->addon[i] != 0 };
	}
	if (!place_shares(x))
		return false;
	for (size_t g = 0; g < r->n_gifts; g++)
		r->lines[nl + g] = (res_line_t){ .input = UINT32_MAX, .sku = r->gifts[g].sku,
						 .qty = r->gifts[g].qty, .first_share = (uint32_t)r->n_shares,
						 .gift = true };
	r->n_lines = n;
	return true;
}

static void push_act(vm_ctx_t *x, uint32_t act)
{
	result_t *r = x->r;
	act_state_t *st = &x->s->acts[act];
	if (st->applied)
		r->applied[r->n_applied++] = (res_applied_t){ act, st->discount };
	/* A conflict means the catalog changed since the overlap check: it is
	 * reported even when the activity applied on other lines. */
	if (st->conflict_by != UINT32_MAX)
		r->skipped[r->n_skipped++] = (res_skip_t){ act, REASON_CONFLICT, st->conflict_by };
	else if (!st->applied && st->has_reason)
		r->skipped[r->n_skipped++] = (res_skip_t){ act, (reason_t)st->reason, st->by };
	if (st->has_hint)
		r->hints[r->n_hints++] = (res_hint_t){ act, st->missing };
}

/* Room for every touched activity in each list at once: a cart touching no
 * more activities than an earlier one then never grows them, however its
 * activities split between applied, not applied and offered. (Offers were
 * made before this point; the room is for the carts after this one.) */
static bool reserve_acts(vm_ctx_t *x)
{
	result_t *r = x->r;
	size_t n = x->s->n_touched + 1;
	return vm_grow((void **)&r->applied, &r->cap_applied, n, sizeof *r->applied) &&
	       vm_grow((void **)&r->skipped, &r->cap_skipped, n, sizeof *r->skipped) &&
	       vm_grow((void **)&r->hints, &r->cap_hints, n, sizeof *r->hints) &&
	       vm_grow((void **)&r->offers, &r->cap_offers, n, sizeof *r->offers);
}

void vm_finish(vm_ctx_t *x)
{
	result_t *r = x->r;
	vm_scratch_t *s = x->s;
	if (!build_lines(x) || !reserve_acts(x)) {
		vm_nomem(x);
		return;
	}
	r->subtotal = x->subtotal;
	r->discount = x->subtotal - x->goods;
	r->shipping = x->ship;
	r->shipping_discount = x->c->shipping - x->ship;
	if (!money_add(x->goods, x->ship, &r->total)) {
		vm_overflow(x, "the total");
		return;
	}
	if (s->n_touched > 1)
		vm_sort_u32(s->touched, s->n_touched);
	for (size_t i = 0; i < s->n_touched; i++)
		push_act(x, s->touched[i]);
}
