/* baseline_price.c — pricing one cart of the standard campaign by hand:
 * item level (per line, pick across a category, add-ons), combos, the
 * checkout stack (exclusive groups, then coupons), shipping. The rules are
 * docs/pricing.md's, line totals included (pick, combo and order discounts
 * spread over lines by largest remainder); only the deal kinds the
 * generator emits are handled. */
#include <string.h>
#include "bench/baseline_int.h"

typedef struct work {
	const baseline_t *b;
	const cs_cart_t *c;
	int64_t amount[BL_MAX_LINES]; /* price * qty */
	int64_t disc[BL_MAX_LINES];   /* everything taken off the line so far */
	int32_t item[BL_MAX_LINES], combo[BL_MAX_LINES], addon[BL_MAX_LINES];
	bool ovf;
} work_t;

static int64_t add(work_t *w, int64_t a, int64_t x)
{
	int64_t r;
	if (__builtin_add_overflow(a, x, &r))
		w->ovf = true;
	return r;
}

static int64_t mul(work_t *w, int64_t a, int64_t x)
{
	int64_t r;
	if (__builtin_mul_overflow(a, x, &r))
		w->ovf = true;
	return r;
}

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* What is left to pay of amount at a pay rate, rounded half-up once. */
static int64_t pay(int64_t amount, int64_t rate)
{
	__int128 p = (__int128)amount * rate;
	int64_t q = (int64_t)(p / BM_RATE_ONE), rem = (int64_t)(p % BM_RATE_ONE);
	return q + (2 * rem >= BM_RATE_ONE);
}

/* d split over n weights by largest remainder: floor shares, then one
 * more unit to the largest remainders, ties to the earlier weight. */
static void split(work_t *w, int64_t d, int64_t *wt, uint32_t n, int64_t *share)
{
	int64_t sum = 0, rem[BL_MAX_LINES], left = d;
	uint32_t order[BL_MAX_LINES];
	for (uint32_t i = 0; i < n; i++)
		sum = add(w, sum, wt[i]);
	for (uint32_t i = 0; i < n; i++) {
		int64_t p = mul(w, d, wt[i]);
		share[i] = sum ? p / sum : (i == 0 ? d : 0);
		rem[i] = sum ? p % sum : 0;
		left -= share[i];
		uint32_t j = i; /* insertion sort: larger remainder first, stable */
		for (; j > 0 && rem[order[j - 1]] < rem[i]; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	for (int64_t k = 0; k < left; k++)
		share[order[k]]++;
}

/* d off the lines idx[0..n) in proportion to their running totals. */
static void spread(work_t *w, int64_t d, const uint32_t *idx, uint32_t n)
{
	int64_t wt[BL_MAX_LINES], share[BL_MAX_LINES];
	if (d <= 0 || n == 0)
		return;
	for (uint32_t k = 0; k < n; k++)
		wt[k] = w->amount[idx[k]] - w->disc[idx[k]];
	split(w, d, wt, n, share);
	for (uint32_t k = 0; k < n; k++)
		w->disc[idx[k]] += share[k];
}

static bool active(const work_t *w, uint32_t i)
{
	const bm_act_t *a = &w->b->m->acts[i];
	const cs_cart_t *c = w->c;
	if (a->has_window && (c->at < a->start || c->at >= a->end))
		return false;
	if (w->b->coupon[i] && (!c->coupon || strcmp(c->coupon, w->b->coupon[i])))
		return false;
	if (a->cond == BC_VIP)
		return c->tier && (!strcmp(c->tier, "vip") || !strcmp(c->tier, "svip"));
	if (a->cond == BC_FIRST)
		return c->first_order;
	return true;
}

/* The step reached by v: the highest threshold <= v, or -1. */
static int step(const bm_act_t *a, int64_t v)
{
	int s = -1;
	for (uint32_t i = 0; i < a->nsteps; i++)
		if (a->step_at[i] <= v)
			s = (int)i;
	return s;
}

static int64_t line_deal(work_t *w, const bm_act_t *a, const cs_line_t *l, int64_t amount)
{
	int s;
	switch (a->kind) {
	case BK_PERCENT: return amount - pay(amount, a->a);
	case BK_TIER: s = step(a, l->qty); return s < 0 ? 0 : amount - pay(amount, a->step_val[s]);
	case BK_PRICE: return l->price > a->a ? mul(w, l->price - a->a, l->qty) : 0;
	case BK_OFF_EACH: return mul(w, min64(a->a, l->price), l->qty);
	case BK_SPEND_OFF: s = step(a, amount); return s < 0 ? 0 : min64(a->step_val[s], amount);
	default: return 0; /* nth, pick: pooled; add-on, gift: across lines */
	}
}

static void lookup(work_t *w, uint32_t i)
{
	const baseline_t *b = w->b;
	const cs_line_t *l = &w->c->lines[i];
	const bl_entry_t *e = bl_find(&b->skus, l->sku);
	w->item[i] = w->combo[i] = w->addon[i] = -1;
	if (e) {
		w->item[i] = e->item;
		w->combo[i] = e->combo;
		w->addon[i] = e->addon;
	}
	if (w->item[i] < 0 && l->category && (e = bl_find(&b->cats, l->category)))
		w->item[i] = e->item;
	if (w->item[i] < 0 && l->brand && (e = bl_find(&b->brands, l->brand)))
		w->item[i] = e->item;
	if (w->item[i] >= 0 && !active(w, (uint32_t)w->item[i]))
		w->item[i] = -1;
}

/* The lines an activity took, cheapest first (ties: the earlier line). */
static uint32_t pool(const work_t *w, uint32_t act, uint32_t *idx)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < w->c->nlines; i++)
		if (w->item[i] == (int32_t)act)
			idx[n++] = i;
	for (uint32_t i = 1; i < n; i++) /* insertion sort: stable, n is small */
		for (uint32_t j = i; j > 0 && w->c->lines[idx[j - 1]].price > w->c->lines[idx[j]].price; j--) {
			uint32_t t = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
	return n;
}

static int64_t pool_units(work_t *w, const uint32_t *idx, uint32_t n)
{
	int64_t units = 0;
	for (uint32_t k = 0; k < n; k++)
		units = add(w, units, w->c->lines[idx[k]].qty);
	return units;
}

/* nth K -> P%: floor(units / K) of the pool's cheapest units pay the rate,
 * rounded once per line on those units. */
static void nth(work_t *w, const bm_act_t *a, uint32_t act)
{
	uint32_t idx[BL_MAX_LINES], n = pool(w, act, idx);
	int64_t want = pool_units(w, idx, n) / a->a;
	for (uint32_t k = 0; k < n && want > 0; k++) {
		const cs_line_t *l = &w->c->lines[idx[k]];
		int64_t take = min64(want, l->qty), base = mul(w, take, l->price);
		w->disc[idx[k]] = add(w, w->disc[idx[k]], base - pay(base, a->b));
		want -= take;
	}
}

/* pick N for M: the cheapest floor(units/N)*N units, N at a time in price
 * order; a group costs M unless it already costs less. The discount goes
 * to the lines of the discounted groups in proportion to their units'
 * prices there. */
static void pick(work_t *w, const bm_act_t *a, uint32_t act)
{
	uint32_t idx[BL_MAX_LINES], n = pool(w, act, idx), from = 0;
	int64_t want = pool_units(w, idx, n) / a->a * a->a, fill = 0, sum = 0, d = 0;
	int64_t weight[BL_MAX_LINES] = { 0 }, in_group[BL_MAX_LINES] = { 0 }, share[BL_MAX_LINES];
	for (uint32_t k = 0; k < n && want > 0; k++) {
		const cs_line_t *l = &w->c->lines[idx[k]];
		for (int64_t take = min64(want, l->qty); take > 0;) {
			int64_t g = min64(take, a->a - fill);
			if (fill == 0)
				from = k;
			in_group[k] = add(w, in_group[k], mul(w, g, l->price));
			sum = add(w, sum, mul(w, g, l->price));
			fill += g, take -= g, want -= g;
			if (fill < a->a)
				continue;
			for (uint32_t j = from; j <= k; j++) {
				if (sum > a->b)
					weight[j] = add(w, weight[j], in_group[j]);
				in_group[j] = 0;
			}
			d += sum > a->b ? sum - a->b : 0;
			fill = sum = 0;
		}
	}
	if (d == 0)
		return;
	split(w, d, weight, n, share);
	for (uint32_t k = 0; k < n; k++)
		w->disc[idx[k]] += min64(share[k], w->amount[idx[k]]);
}

/* addon SKU at P: one unit of the add-on at P when the goods reach T. */
static void addon(work_t *w, uint32_t i)
{
	uint32_t act = (uint32_t)w->addon[i];
	const bm_act_t *a = &w->b->m->acts[act];
	const cs_line_t *l = &w->c->lines[i];
	for (uint32_t j = 0; j < w->c->nlines; j++)
		if (w->item[j] == (int32_t)act && w->amount[j] >= a->a && l->price > a->b)
			w->disc[i] = add(w, w->disc[i], l->price - a->b);
}

static int64_t item_level(work_t *w)
{
	const bm_model_t *m = w->b->m;
	int64_t total = 0;
	for (uint32_t i = 0; i < w->c->nlines; i++) {
		const cs_line_t *l = &w->c->lines[i];
		w->amount[i] = mul(w, l->price, l->qty);
		w->disc[i] = 0;
		lookup(w, i);
	}
	for (uint32_t i = 0; i < w->c->nlines; i++) {
		int32_t a = w->item[i];
		if (a < 0)
			continue;
		const bm_act_t *act = &m->acts[a];
		if (act->kind == BK_PICK || act->kind == BK_NTH) {
			bool first = true; /* the pool is priced once, at its first line */
			for (uint32_t j = 0; j < i; j++)
				first &= w->item[j] != a;
			if (first && act->kind == BK_PICK)
				pick(w, act, (uint32_t)a);
			else if (first)
				nth(w, act, (uint32_t)a);
		} else {
			w->disc[i] = add(w, w->disc[i], line_deal(w, &m->acts[a], &w->c->lines[i], w->amount[i]));
		}
	}
	for (uint32_t i = 0; i < w->c->nlines; i++) {
		if (w->addon[i] >= 0 && active(w, (uint32_t)w->addon[i]))
			addon(w, i);
		total = add(w, total, w->disc[i]);
	}
	return total;
}

static int64_t combo_level(work_t *w)
{
	int64_t total = 0;
	for (uint32_t i = 0; i < w->c->nlines; i++) {
		int32_t a = w->combo[i];
		uint32_t have = 0, idx[BL_MAX_LINES];
		int64_t sum = 0;
		if (a < 0 || !active(w, (uint32_t)a))
			continue;
		bool first = true;
		for (uint32_t j = 0; j < w->c->nlines; j++)
			if (w->combo[j] == a) {
				first &= j >= i;
				idx[have++] = j;
				sum = add(w, sum, w->amount[j] - w->disc[j]);
			}
		const bm_act_t *act = &w->b->m->acts[a];
		if (!first || have != act->nskus || sum < act->a)
			continue;
		int64_t d = min64(act->b, sum);
		total = add(w, total, d);
		spread(w, d, idx, have);
	}
	return total;
}

/* An order-level member's discount on the running subtotal (which its
 * threshold reads too), 0 if it does not apply. */
static int64_t order_deal(const work_t *w, uint32_t i, int64_t running)
{
	const bm_act_t *a = &w->b->m->acts[i];
	if (!active(w, i))
		return 0;
	if (a->kind == BK_ORDER_OFF)
		return running >= a->a ? min64(a->b, running) : 0;
	return min64(min64(running / a->a * a->b, a->c), running);
}

/* d off the running subtotal, spread over every line. */
static int64_t take_off(work_t *w, int64_t running, int64_t d, const uint32_t *all)
{
	spread(w, d, all, w->c->nlines);
	return running - d;
}

/* The checkout stack: each exclusive group gives its best member, then
 * each coupon, all on the running subtotal. Returns what is left. */
static int64_t order_level(work_t *w, int64_t base)
{
	const bm_model_t *m = w->b->m;
	uint32_t all[BL_MAX_LINES];
	int64_t running = base;
	for (uint32_t i = 0; i < w->c->nlines; i++)
		all[i] = i;
	for (uint32_t g = 0; g < m->ngroups; g++) {
		int64_t best = 0;
		for (uint32_t i = w->b->gfirst[g]; i < w->b->gfirst[g] + w->b->gcount[g]; i++) {
			int64_t d = order_deal(w, i, running);
			best = d > best ? d : best;
		}
		running = take_off(w, running, best, all);
	}
	for (uint32_t k = 0; k < w->b->ncoupons; k++)
		running = take_off(w, running, order_deal(w, w->b->coupons[k], running), all);
	return running;
}

int bl_price(const baseline_t *b, const cs_cart_t *c, bl_totals_t *out)
{
	work_t w = { .b = b, .c = c };
	if (c->nlines > BL_MAX_LINES)
		return -1;
	int64_t sub = 0;
	int64_t item = item_level(&w), combo = combo_level(&w);
	for (uint32_t i = 0; i < c->nlines; i++)
		sub = add(&w, sub, w.amount[i]);
	int64_t goods = order_level(&w, sub - item - combo);
	out->subtotal = sub;
	out->discount = sub - goods;
	out->shipping = c->shipping;
	/* shipping conditions read the goods total after every other discount */
	if (b->ship >= 0 && active(&w, (uint32_t)b->ship) && goods >= b->m->acts[b->ship].a)
		out->shipping = 0;
	out->total = add(&w, sub - out->discount, out->shipping);
	for (uint32_t i = 0; i < c->nlines; i++)
		out->line_total[i] = w.amount[i] - w.disc[i];
	return w.ovf ? -1 : 0;
}
