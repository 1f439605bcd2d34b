/* lint_worst.c — worst-case unit prices. Item-level effects are applied to
 * one unit as the most generous case allows (the smallest qualifying
 * quantity, the discounted unit of nth, the cheapest unit of a pick next
 * to the dearest ones); combo and order discounts are allocated in
 * proportion to amounts, so a unit loses at most the discount's share of
 * the smallest amount that unlocks it. Windows are ignored: the worst
 * case over all time. Integer arithmetic only, rounding against the
 * customer-favourable side so the bound stays a bound. */
#include "compiler/lint_worst.h"
#include "support/money.h"

static int64_t sub0(int64_t u, int64_t d)
{
	return d >= u ? 0 : u - d;
}

static int64_t ceil_div(int64_t a, int64_t b)
{
	return b <= 0 ? INT64_MAX : a / b + (a % b != 0);
}

static int64_t pay_rate(int64_t u, int64_t rate)
{
	int64_t out;
	return money_muldiv(u, rate, RATE_ONE, ROUND_HALF_UP, &out) ? out : 0;
}

typedef struct sku_max {
	int64_t m;
} sku_max_t;

static void max_sku(lctx_t *c, const activity_t *a, const char *sku, const cat_item_t *it, void *ud)
{
	(void)c; (void)a; (void)sku;
	sku_max_t *s = ud;
	if (it && it->price > s->m)
		s->m = it->price;
}

static int64_t scope_max(worst_t *w, const activity_t *a, int64_t u)
{
	if (w->scope_max[a->index] < 0) {
		sku_max_t s = { 0 };
		lint_each_sku(w->c, a, max_sku, &s);
		w->scope_max[a->index] = s.m;
	}
	return w->scope_max[a->index] > u ? w->scope_max[a->index] : u;
}

static int64_t item_effect(worst_t *w, const activity_t *a, const effect_t *e, int64_t u, int depth);

/* spend T -> E on one line: the fewest units that reach T share E. */
static int64_t item_spend_step(worst_t *w, const activity_t *a, const step_t *s, int64_t u, int depth)
{
	const effect_t *e = lint_deref(s->eff);
	if (!e || u <= 0)
		return u;
	if (e->kind == EFF_OFF) {
		int64_t q = s->at.minor > u ? ceil_div(s->at.minor, u) : 1;
		return sub0(u, ceil_div(e->money.minor, q));
	}
	return item_effect(w, a, e, u, depth + 1);
}

static int64_t item_steps(worst_t *w, const activity_t *a, const effect_t *e, int64_t u, int depth)
{
	int64_t m = u;
	for (size_t i = 0; i < e->steps.n; i++) {
		const step_t *s = e->steps.items[i];
		const effect_t *se = lint_deref(s->eff);
		int64_t v = e->kind == EFF_SPEND ? item_spend_step(w, a, s, u, depth)
						 : se ? item_effect(w, a, se, u, depth + 1) : u;
		if (v < m)
			m = v;
	}
	return m;
}

/* pick N for M: this unit's share when the other N-1 are the dearest. */
static int64_t item_pick(worst_t *w, const activity_t *a, const effect_t *e, int64_t u)
{
	int64_t n = e->count.minor > 0 ? e->count.minor : 1, big = scope_max(w, a, u), total, share;
	if (!money_mul(big, n - 1, &total) || !money_add(total, u, &total) || total <= 0)
		return 0;
	if (total <= e->money.minor)
		return u; /* the group already costs less than M: no discount */
	if (!money_muldiv(e->money.minor, u, total, ROUND_HALF_UP, &share))
		return 0;
	return share < u ? share : u;
}

static int64_t item_effect(worst_t *w, const activity_t *a, const effect_t *e, int64_t u, int depth)
{
	if (!e || depth > 8)
		return u;
	switch (e->kind) {
	case EFF_PERCENT: return pay_rate(u, e->pct.minor);
	case EFF_OFF:
	case EFF_OFF_EACH: return sub0(u, e->money.minor);
	case EFF_PRICE: return e->money.minor < u ? e->money.minor : u;
	case EFF_TIER:
	case EFF_SPEND: return item_steps(w, a, e, u, depth);
	case EFF_NTH: return item_effect(w, a, lint_deref(e->sub), u, depth + 1);
	case EFF_PICK: return item_pick(w, a, e, u);
	default: return u;
	}
}

/* An activity whose condition never holds changes nothing. */
static bool never_holds(const worst_t *w, const activity_t *a)
{
	const odnf_t *d = &w->c->oa[a->index].cond;
	return d->n == 0 && !d->unknown;
}

/* A budget caps the activity's whole discount, so one unit's too. */
static int64_t budget_floor(const activity_t *a, int64_t u, int64_t v)
{
	if (!a->has_budget || a->budget.overflow || a->budget.minor >= u)
		return v;
	return v > u - a->budget.minor ? v : u - a->budget.minor;
}

int64_t worst_item(worst_t *w, const activity_t *a, int64_t u)
{
	if (never_holds(w, a))
		return u;
	return budget_floor(a, u, item_effect(w, a, lint_deref(a->effect), u, 0));
}

/* Share of an amount >= threshold that a money-off of m can take, in ppm. */
static int64_t frac_off(int64_t m, int64_t threshold)
{
	if (threshold <= 0 || m >= threshold)
		return RATE_ONE;
	int64_t f;
	return money_muldiv(m, RATE_ONE, threshold, ROUND_HALF_UP, &f) ? f + 1 : RATE_ONE;
}

static int64_t frac_effect(const effect_t *e, int64_t threshold)
{
	int64_t f = 0;
	if (!e)
		return 0;
	switch (e->kind) {
	case EFF_PERCENT: return RATE_ONE - e->pct.minor;
	case EFF_OFF: return frac_off(e->money.minor, threshold);
	case EFF_EVERY: return frac_off(e->off.minor, e->money.minor);
	case EFF_SPEND:
		for (size_t i = 0; i < e->steps.n; i++) {
			const step_t *s = e->steps.items[i];
			int64_t t = s->at.minor > threshold ? s->at.minor : threshold;
			int64_t v = frac_effect(lint_deref(s->eff), t);
			f = v > f ? v : f;
		}
		return f;
	default: return 0;
	}
}

static void sum_sku(lctx_t *c, const activity_t *a, const char *sku, const cat_item_t *it, void *ud)
{
	(void)c; (void)a; (void)sku;
	int64_t *s = ud;
	if (it && !money_add(*s, it->price, s))
		*s = INT64_MAX;
}

/* The least amount that unlocks a: its order threshold, or a combo's
 * catalog total. */
static int64_t share_threshold(worst_t *w, const activity_t *a)
{
	if (w->threshold[a->index] >= 0)
		return w->threshold[a->index];
	int64_t t = odnf_order_min(&w->c->oa[a->index].cond);
	if (a->target.kind == TGT_COMBO) {
		int64_t s = 0;
		lint_each_sku(w->c, a, sum_sku, &s);
		t = s > t ? s : t;
	}
	return w->threshold[a->index] = t;
}

int64_t worst_share(worst_t *w, const activity_t *a, int64_t u)
{
	if (never_holds(w, a))
		return u;
	/* the amount shared holds this unit at least, whatever the threshold */
	int64_t t = share_threshold(w, a);
	int64_t f = frac_effect(lint_deref(a->effect), t > u ? t : u), d;
	if (f > RATE_ONE)
		f = RATE_ONE;
	if (!money_muldiv(u, f, RATE_ONE, ROUND_HALF_UP, &d))
		return 0;
	return budget_floor(a, u, sub0(u, d));
}

/* The member of g that holds a (a itself when a is a direct member). */
static const void *child_of(const activity_t *a, const group_t *g, bool *is_group)
{
	const void *node = a;
	*is_group = false;
	for (const group_t *p = a->parent; p != g; p = p->parent) {
		node = p;
		*is_group = true;
	}
	return node;
}

int64_t worst_tree(worst_t *w, const group_t *g, const activity_t *const *acts, size_t n, int64_t u,
		   worst_leaf_fn leaf)
{
	bool stack = g && g->kind == GRP_STACK;
	int64_t best = u, run = u;
	for (size_t i = 0; i < n;) {
		bool is_group;
		const void *ch = child_of(acts[i], g, &is_group);
		size_t j = i + 1;
		bool ig;
		while (j < n && child_of(acts[j], g, &ig) == ch)
			j++;
		int64_t in = stack ? run : u;
		int64_t v = is_group ? worst_tree(w, ch, acts + i, j - i, in, leaf)
			  : w->off && w->off[acts[i]->index] ? in : leaf(w, acts[i], in);
		run = v;
		if (v < best)
			best = v;
		i = j;
	}
	return stack ? run : best;
}
