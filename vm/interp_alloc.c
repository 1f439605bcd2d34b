/* interp_alloc.c — putting discounts on lines: one line, or spread over
 * several in proportion to their running totals by largest remainder (ties
 * to the earlier line), so line totals always add up to the cart total.
 * Also the rewards that are not a discount on the base: gifts, add-ons,
 * offers, and the budget cap. */
#include "support/money.h"
#include "vm/interp.h"
#include "vm/opcodes.h"

bool vm_give(vm_ctx_t *x, uint32_t line, uint32_t act, int64_t d)
{
	vm_scratch_t *s = x->s;
	act_state_t *st = vm_state(x, act);
	if (d > s->run[line])
		d = s->run[line]; /* never below zero */
	if (d <= 0)
		return true;
	if (!money_add(st->discount, d, &st->discount)) {
		vm_overflow(x, vm_activity_name(x->p, act));
		return false;
	}
	if (s->n_shares == s->cap_shares &&
	    !vm_grow((void **)&s->shares, &s->cap_shares, s->n_shares + 1, sizeof *s->shares)) {
		vm_nomem(x);
		return false;
	}
	s->shares[s->n_shares++] = (share_rec_t){ line, act, d };
	s->run[line] -= d;
	x->goods -= d;
	st->applied = true;
	return true;
}

/* Share sh of the discount goes on the line (never below zero); returns
 * what it took (at most the line's running total). */
static inline int64_t give_share(vm_scratch_t *s, uint32_t line, uint32_t act, int64_t sh)
{
	int64_t d = sh < s->run[line] ? sh : s->run[line];
	if (d <= 0)
		return 0;
	s->shares[s->n_shares++] = (share_rec_t){ line, act, d };
	s->run[line] -= d;
	return d;
}

/* vm_give for each share in s->sh at once: the same records, one look at
 * the activity's state and one check of its total. lines NULL: every line. */
static bool give_shares(vm_ctx_t *x, uint32_t act, const uint32_t *lines, size_t n)
{
	vm_scratch_t *s = x->s;
	act_state_t *st = vm_state(x, act);
	int64_t given = 0; /* at most the lines' running totals: cannot overflow */
	if (!vm_grow((void **)&s->shares, &s->cap_shares, s->n_shares + n, sizeof *s->shares)) {
		vm_nomem(x);
		return false;
	}
	if (lines)
		for (size_t i = 0; i < n; i++)
			given += give_share(s, lines[i], act, s->sh[i]);
	else
		for (size_t i = 0; i < n; i++)
			given += give_share(s, (uint32_t)i, act, s->sh[i]);
	if (!money_add(st->discount, given, &st->discount)) {
		vm_overflow(x, vm_activity_name(x->p, act));
		return false;
	}
	x->goods -= given;
	st->applied |= given > 0;
	return true;
}

bool vm_spread(vm_ctx_t *x, uint32_t act, const uint32_t *lines, size_t n, int64_t d)
{
	if (d <= 0 || n == 0)
		return true;
	vm_scratch_t *s = x->s;
	const int64_t *w = s->run; /* every line: the weights are the running totals */
	if (lines) {
		for (size_t i = 0; i < n; i++)
			s->w[i] = s->run[lines[i]];
		w = s->w;
	}
	if (!money_allocate_sorted(d, w, n, s->sh, s->rem)) {
		vm_overflow(x, "allocation");
		return false;
	}
	return give_shares(x, act, lines, n);
}

int64_t vm_cap_left(vm_ctx_t *x, uint32_t act, const act_state_t *st, int64_t d)
{
	int64_t left = st->budget - st->discount; /* discount <= budget: no overflow */
	if (left < 0)
		left = 0;
	if (d <= left)
		return d;
	vm_trace_cap(x, act, d, left);
	return left;
}

void vm_trace_cap(vm_ctx_t *x, uint32_t act, int64_t d, int64_t left)
{
	char a[24], b[24];
	vm_trace(x, "%s: discount %s capped at the remaining budget %s", vm_activity_name(x->p, act),
		 vm_money(x, d, a), vm_money(x, left, b));
}

/* The first cart line holding the add-on SKU: one unit of it at P. */
int64_t vm_addon_value(vm_ctx_t *x, const vm_eff_t *e, uint32_t *line)
{
	uint32_t i = *line = vm_line_of_sku(x, vm_str(x->p, e->s));
	if (i == UINT32_MAX)
		return 0;
	int64_t unit = x->c->lines[i].price, run = x->s->run[i];
	int64_t now = unit < run ? unit : run;
	return now > e->b ? now - e->b : 0;
}

static bool gift(vm_ctx_t *x, uint32_t act, const vm_eff_t *e, int64_t qty)
{
	result_t *r = x->r;
	if (!vm_grow((void **)&r->gifts, &r->cap_gifts, r->n_gifts + 1, sizeof *r->gifts)) {
		vm_nomem(x);
		return false;
	}
	r->gifts[r->n_gifts++] = (res_gift_t){ act, vm_str(x->p, e->s), qty };
	vm_state(x, act)->applied = true;
	vm_trace(x, "%s: gift %s x %lld", vm_activity_name(x->p, act), vm_str(x->p, e->s),
		 (long long)qty);
	return true;
}

static bool addon(vm_ctx_t *x, uint32_t act, const vm_eff_t *e)
{
	uint32_t line;
	int64_t d = vm_addon_value(x, e, &line);
	act_state_t *st = vm_state(x, act);
	if (line != UINT32_MAX) {
		x->s->addon[line] = 1;
		st->applied = true;
		return vm_give(x, line, act, vm_cap_budget(x, act, d));
	}
	if (st->offered)
		return true;
	result_t *r = x->r;
	if (!vm_grow((void **)&r->offers, &r->cap_offers, r->n_offers + 1, sizeof *r->offers)) {
		vm_nomem(x);
		return false;
	}
	r->offers[r->n_offers++] = (res_offer_t){ act, vm_str(x->p, e->s), e->b };
	st->offered = true;
	return true;
}

bool vm_reward(vm_ctx_t *x, uint32_t act, const vm_eff_t *e, int64_t qty_gift)
{
	if (e->op == OP_GIFT)
		return gift(x, act, e, qty_gift);
	if (e->op == OP_ADDON)
		return addon(x, act, e);
	return true;
}
