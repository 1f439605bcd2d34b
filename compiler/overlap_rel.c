/* overlap_rel.c — how the `order` and `qty` two activities read relate
 * (docs/pricing.md). Item-level activities read the cart subtotal and the
 * line's units (fewer when a stock or limit caps them); a combo reads the
 * subtotal left after the item level and its own units. At the combo and
 * order levels activities apply in declaration order, each reading the
 * subtotal the ones before it left: a later one reads at most what an
 * earlier one read, and at least that less the most the activities from
 * the earlier one up to the later one can take (an exclusive group gives
 * only its winner's discount, a stack all its members'). Treating
 * these as one value would call `order >= 500: -30` and a later
 * `order < 500` disjoint, while a cart of 510 gets both. */
#include <string.h>
#include "compiler/lint_ctx.h"
#include "compiler/overlap_rel.h"
#include "support/money.h"

/* A fixed bound past this counts as "anything": the sums stay in range
 * for any program under 2^26 activities. */
#define GAP_BIG ((int64_t)1 << 36)

/* The most an activity takes: fixed + ceil(rate ppm of the subtotal); a
 * rounded percent never takes more (h - round(p h) <= ceil((1 - p) h)), but
 * each rate rounds on its own: a sum of k rates may take k - 1 more. */
typedef struct ogap {
	int64_t fixed, rate;
} ogap_t;

static const ogap_t gap_any = { 0, RATE_ONE };

static ogap_t gap_max(ogap_t a, ogap_t b)
{
	return (ogap_t){ a.fixed > b.fixed ? a.fixed : b.fixed, a.rate > b.rate ? a.rate : b.rate };
}

/* every T -> -N without a cap: floor(s / T) x N <= s x N / T. */
static ogap_t gap_every(const effect_t *e)
{
	if (e->has_max)
		return (ogap_t){ e->max.minor, 0 };
	int64_t r;
	if (e->money.minor <= 0 || !money_muldiv(e->off.minor, RATE_ONE, e->money.minor, ROUND_HALF_UP, &r))
		return gap_any;
	return (ogap_t){ 0, r + 1 }; /* + 1 ppm: rounding */
}

static ogap_t gap_effect(const effect_t *e, int depth)
{
	e = lint_deref(e);
	if (!e || depth > 8)
		return gap_any;
	ogap_t g = { 0, 0 };
	switch (e->kind) {
	case EFF_PERCENT: return (ogap_t){ 0, RATE_ONE - e->pct.minor };
	case EFF_OFF: return (ogap_t){ e->money.minor, 0 };
	case EFF_EVERY: return gap_every(e);
	case EFF_GIFT: return g;
	case EFF_SPEND:
		for (size_t i = 0; i < e->steps.n; i++)
			g = gap_max(g, gap_effect(((const step_t *)e->steps.items[i])->eff, depth + 1));
		return g;
	default: return gap_any; /* an add-on takes up to its SKU's price */
	}
}

static ogap_t gap_act(const activity_t *a)
{
	ogap_t g = gap_effect(a->effect, 0);
	if (a->has_budget && !a->budget.overflow && (g.rate || g.fixed > a->budget.minor))
		g = (ogap_t){ a->budget.minor, 0 }; /* the budget caps the discount */
	if (g.rate >= RATE_ONE || g.fixed < 0 || g.fixed > GAP_BIG)
		g = gap_any;
	return g;
}

bool orel_init(orel_ctx_t *c, arena_t *a, const program_t *p)
{
	size_t n = p->acts.n;
	for (int k = 0; k < 2; k++) {
		c->fixed[k] = arena_alloc(a, (n + 1) * sizeof *c->fixed[k]);
		c->rate[k] = arena_alloc(a, (n + 1) * sizeof *c->rate[k]);
		c->nrate[k] = arena_alloc(a, (n + 1) * sizeof *c->nrate[k]);
		if (!c->fixed[k] || !c->rate[k] || !c->nrate[k])
			return false;
		c->fixed[k][0] = c->rate[k][0] = c->nrate[k][0] = 0;
	}
	for (size_t i = 0; i < n; i++) {
		const activity_t *act = p->acts.items[i];
		for (int k = 0; k < 2; k++) {
			ogap_t g = act->level == (k ? LEVEL_ORDER : LEVEL_COMBO) ? gap_act(act) : (ogap_t){ 0, 0 };
			c->fixed[k][i + 1] = c->fixed[k][i] + g.fixed;
			c->rate[k][i + 1] = c->rate[k][i] + g.rate;
			c->nrate[k][i + 1] = c->nrate[k][i] + (g.rate > 0);
		}
	}
	return true;
}

static bool same_skus(const target_t *x, const target_t *y)
{
	if (x->names.n != y->names.n)
		return false;
	for (size_t i = 0; i < x->names.n; i++) {
		bool found = false;
		for (size_t j = 0; j < y->names.n && !found; j++)
			found = strcmp(((const name_t *)x->names.items[i])->s, ((const name_t *)y->names.items[j])->s) == 0;
		if (!found)
			return false;
	}
	return true;
}

/* x and y at the combo or order level: the later reads less. */
static void orel_running(const orel_ctx_t *c, const activity_t *x, const activity_t *y, orel_t *out)
{
	int k = x->level == LEVEL_ORDER;
	const activity_t *early = x->index < y->index ? x : y, *late = early == x ? y : x;
	size_t from = (size_t)early->index, to = (size_t)late->index;
	int64_t rate = c->rate[k][to] - c->rate[k][from], nrate = c->nrate[k][to] - c->nrate[k][from];
	int64_t gap = c->fixed[k][to] - c->fixed[k][from] + (nrate > 1 ? nrate - 1 : 0);
	out->order = (orel_var_t){ OREL_BELOW, late == y, gap, rate < RATE_ONE ? rate : RATE_ONE };
	if (!k && !same_skus(&x->target, &y->target))
		out->qty.kind = OREL_APART; /* each combo counts its own units */
}

static bool capped(const activity_t *a)
{
	return a->has_stock || a->has_limit;
}

void orel_pair(const orel_ctx_t *c, const activity_t *x, const activity_t *y, orel_t *out)
{
	*out = (orel_t){ .name = { x->name.s, y->name.s } };
	if (x->level == y->level && (x->level == LEVEL_ORDER || x->level == LEVEL_COMBO)) {
		orel_running(c, x, y, out);
	} else if (x->level == LEVEL_COMBO || y->level == LEVEL_COMBO) {
		int combo = y->level == LEVEL_COMBO; /* the other is item level */
		out->order = (orel_var_t){ OREL_BELOW, combo, 0, RATE_ONE };
		out->qty = (orel_var_t){ OREL_BELOW, !combo, 0, RATE_ONE };
	} else if (x->level == LEVEL_ITEM && capped(x) != capped(y)) {
		out->qty = (orel_var_t){ OREL_BELOW, capped(y), 0, RATE_ONE }; /* the capped side's units */
	} else if (x->level == LEVEL_ITEM && capped(x)) {
		out->qty.kind = OREL_APART;
	}
}
