/* interp_finish.c — the result: lines with their shares (grouped per line,
 * in the order the discounts were given), gift lines, totals, then
 * applied[], not_applied[] and hints[] in declaration order. */
#include "support/money.h"
#include "vm/interp.h"

/* Counting sort of the share records by line (stable), merging repeats:
 * count[i] ends as the end of line i's shares. */
static bool place_shares(vm_ctx_t *x)
{
	vm_scratch_t *s = x->s;
	result_t *r = x->r;
	size_t nl = x->c->nlines, ns = s->n_shares;
	uint32_t *next = s->count; /* per line: where its next share goes */
	if (!vm_grow((void **)&r->shares, &r->cap_shares, ns + 1, sizeof *r->shares))
		return false;
	res_share_t *out = r->shares;
	for (size_t i = 0; i <= nl; i++)
		next[i] = 0;
	for (size_t k = 0; k < ns; k++)
		next[s->shares[k].line + 1]++;
	for (size_t i = 0; i < nl; i++) {
		next[i + 1] += next[i];
		r->lines[i].first_share = next[i];
	}
	for (size_t k = 0; k < ns; k++) {
		const share_rec_t *sr = &s->shares[k];
		uint32_t at = next[sr->line];
		if (at > r->lines[sr->line].first_share && out[at - 1].act == sr->act)
			out[at - 1].amount += sr->amount; /* both parts of one line's amount */
		else
			out[at] = (res_share_t){ sr->act, sr->amount }, next[sr->line] = at + 1;
	}
	for (size_t i = 0; i < nl; i++)
		r->lines[i].nshares = next[i] - r->lines[i].first_share;
	r->n_shares = ns;
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

/* applied[], not_applied[] and hints[]: each touched activity, in
 * declaration order, goes to the lists it belongs in. */
static void push_acts(vm_ctx_t *x)
{
	result_t *r = x->r;
	const vm_scratch_t *s = x->s;
	size_t na = 0, nk = 0, nh = 0;
	for (size_t i = 0; i < s->n_touched; i++) {
		uint32_t act = s->touched[i];
		const act_state_t *st = &s->acts[act];
		if (st->applied)
			r->applied[na++] = (res_applied_t){ act, st->discount };
		/* A conflict means the catalog changed since the overlap check: it
		 * is reported even when the activity applied on other lines. */
		if (st->conflict_by != UINT32_MAX)
			r->skipped[nk++] = (res_skip_t){ act, REASON_CONFLICT, st->conflict_by };
		else if (!st->applied && st->has_reason)
			r->skipped[nk++] = (res_skip_t){ act, (reason_t)st->reason, st->by };
		if (st->has_hint)
			r->hints[nh++] = (res_hint_t){ act, st->missing };
	}
	r->n_applied = na, r->n_skipped = nk, r->n_hints = nh;
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
		vm_sort_runs(s->touched, s->touched_tmp, s->n_touched);
	push_acts(x);
}
