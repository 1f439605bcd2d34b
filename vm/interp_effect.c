/* interp_effect.c — how much an effect takes off. Single-amount effects
 * (percent, -M, -M each, price, every, free, add-on) work on one base;
 * pooled effects (nth, pick) work on the units of several lines, cheapest
 * units first. Every result is capped at what it applies to. */
#include "support/money.h"
#include "support/sort.h"
#include "vm/interp.h"
#include "vm/opcodes.h"

static int64_t min64(int64_t a, int64_t b)
{
	return a < b ? a : b;
}

/* PCT, OFF, OFF_EACH, PRICE on `units` units of price `unit`, base = their amount. */
static inline bool per_units(vm_ctx_t *x, const vm_eff_t *e, int64_t base, int64_t units,
			     int64_t unit, int64_t *d)
{
	int64_t t = 0;
	bool ok = true;
	switch (e->op) {
	case OP_PCT:
		ok = money_rate(base, e->a, (rounding_t)x->p->rounding, &t) && money_sub(base, t, &t);
		break;
	case OP_OFF: t = e->a; break;
	case OP_OFF_EACH: ok = money_mul(e->a, units, &t); break;
	case OP_PRICE: ok = unit <= e->a || money_mul(unit - e->a, units, &t); break;
	default: break;
	}
	if (!ok) {
		vm_overflow(x, vm_ops[e->op].name);
		return false;
	}
	*d = t < 0 ? 0 : min64(t, base);
	return true;
}

/* every M -> -N max -C: floor(base/M) x N, at most C and the base. A product
 * too large for int64 is above the cap anyway, so the cap is exact. */
static int64_t every(const vm_eff_t *e, int64_t base)
{
	int64_t k = base / e->a, t;
	if (!money_mul(k, e->b, &t))
		t = base;
	return min64(min64(t, e->c), base);
}

void vm_every_step(vm_out_t *o, int64_t base)
{
	const vm_eff_t *e = &o->eff;
	int64_t k = base / e->a, now;
	if (k == 0) {
		o->ok = false;
		o->reason = REASON_THRESHOLD;
	}
	if (money_mul(k, e->b, &now) && now < e->c) {
		o->has_hint = true;
		o->missing = e->a - base % e->a;
	}
}

bool vm_eff_amount(vm_ctx_t *x, const vm_eff_t *e, int64_t base, int64_t qty, int64_t unit, int64_t *d)
{
	*d = 0;
	if (vm_is_pooled(e)) {
		unit_run_t u = { .price = unit, .units = qty, .base = base };
		if (!vm_eff_pooled(x, e, &u, 1))
			return false;
		*d = u.disc;
		return true;
	}
	switch (e->op) {
	case OP_EVERY: *d = every(e, base); return true;
	case OP_FREE: *d = base; return true;
	case OP_GIFT: return true;
	case OP_ADDON: {
		uint32_t line;
		*d = vm_addon_value(x, e, &line);
		return true;
	}
	default: return per_units(x, e, base, qty, unit, d);
	}
}

static int by_price(const void *a, const void *b)
{
	const unit_run_t *u = a, *v = b;
	if (u->price != v->price)
		return u->price < v->price ? -1 : 1;
	return (u->line > v->line) - (u->line < v->line);
}

/* nth K -> E: floor(units/K) units, the cheapest, get E. */
static bool nth(vm_ctx_t *x, const vm_eff_t *e, unit_run_t *u, size_t n, int64_t total)
{
	int64_t left = total / e->nth;
	for (size_t j = 0; j < n && left > 0; j++) {
		int64_t k = min64(u[j].units, left), amt;
		left -= k;
		if (!money_mul(u[j].price, k, &amt)) {
			vm_overflow(x, "nth");
			return false;
		}
		if (!per_units(x, e, min64(amt, u[j].base), k, u[j].price, &u[j].disc))
			return false;
	}
	return true;
}

/* Closes the group being filled: a group dearer than M gives its excess,
 * and the lines in it weigh in with their units' amounts. */
static bool close_group(vm_ctx_t *x, unit_run_t *u, size_t from, size_t to, int64_t full, int64_t m,
			int64_t *sum)
{
	for (size_t j = from; j <= to; j++) {
		int64_t amt = u[j].price * u[j].open; /* part of full: cannot overflow */
		if (full > m && !money_add(x->s->w[j], amt, &x->s->w[j]))
			return false;
		u[j].open = 0;
	}
	return full <= m || money_add(*sum, full - m, sum);
}

/* pick N for M: the cheapest floor(units/N)*N units form groups of N in
 * price order; a group costs M unless it was already cheaper. */
static bool pick_groups(vm_ctx_t *x, unit_run_t *u, size_t n, int64_t to_group, int64_t gn, int64_t m,
			int64_t *sum)
{
	int64_t fill = 0, full = 0;
	size_t from = 0;
	for (size_t j = 0; j < n && to_group > 0; j++) {
		int64_t avail = min64(u[j].units, to_group), t;
		to_group -= avail;
		if (fill > 0) { /* finish the group started on an earlier line */
			int64_t take = min64(avail, gn - fill);
			u[j].open = take, fill += take, avail -= take;
			if (!money_mul(u[j].price, take, &t) || !money_add(full, t, &full))
				return false;
			if (fill == gn && !close_group(x, u, from, j, full, m, sum))
				return false;
			if (fill == gn)
				fill = 0, full = 0;
		}
		int64_t whole = avail / gn, each, all;
		if (whole > 0) { /* whole groups inside this line */
			if (!money_mul(u[j].price, gn, &each) || !money_mul(each, whole, &all))
				return false;
			if (each > m && (!money_add(x->s->w[j], all, &x->s->w[j]) ||
					 !money_mul(each - m, whole, &t) || !money_add(*sum, t, sum)))
				return false;
			avail -= whole * gn;
		}
		if (avail > 0) { /* start a group that later lines finish */
			from = j, u[j].open = avail, fill = avail;
			if (!money_mul(u[j].price, avail, &full))
				return false;
		}
	}
	return true;
}

static bool pick(vm_ctx_t *x, const vm_eff_t *e, unit_run_t *u, size_t n, int64_t total)
{
	int64_t sum = 0;
	for (size_t j = 0; j < n; j++)
		x->s->w[j] = 0, u[j].open = 0;
	if (!pick_groups(x, u, n, total / e->a * e->a, e->a, e->b, &sum)) {
		vm_overflow(x, "pick");
		return false;
	}
	if (sum == 0)
		return true;
	if (!money_allocate_sorted(sum, x->s->w, n, x->s->sh, x->s->rem)) {
		vm_overflow(x, "pick allocation");
		return false;
	}
	for (size_t j = 0; j < n; j++)
		u[j].disc = min64(x->s->sh[j], u[j].base);
	return true;
}

bool vm_eff_pooled(vm_ctx_t *x, const vm_eff_t *e, unit_run_t *u, size_t n)
{
	int64_t total = 0;
	for (size_t j = 0; j < n; j++) {
		u[j].disc = 0;
		if (!money_add(total, u[j].units, &total)) {
			vm_overflow(x, "units");
			return false;
		}
	}
	sort_inplace(u, n, sizeof *u, by_price);
	return e->nth > 0 ? nth(x, e, u, n, total) : pick(x, e, u, n, total);
}
