/* overlap_act.c — the facts about each activity that overlap analysis and
 * the lint rules share: its window as absolute instants, its full
 * condition in DNF (the `when` clause, the `coupon` clause and an
 * `order >= M` target are all conditions), and its group ancestry. */
#include "compiler/overlap.h"

/* A clause that acts as a condition becomes a condition atom, so one
 * decision procedure sees all of them. */
static cond_t *oact_atom(arena_t *a, cond_kind_t kind, span_t sp)
{
	cond_t *c = arena_alloc(a, sizeof *c);
	if (c) {
		c->kind = kind;
		c->span = sp;
	}
	return c;
}

static bool oact_and_atom(arena_t *a, odnf_t *d, const cond_t *atom)
{
	odnf_t x, r;
	if (!atom || !odnf_build(a, atom, false, &x) || !odnf_and(a, d, &x, &r))
		return false;
	*d = r;
	return true;
}

static bool oact_cond(arena_t *a, const activity_t *act, odnf_t *d)
{
	if (!odnf_build(a, act->when, false, d))
		return false;
	if (act->has_coupon) {
		cond_t *c = oact_atom(a, COND_COUPON, act->coupon.span);
		if (!c)
			return false;
		c->code = act->coupon;
		if (!oact_and_atom(a, d, c))
			return false;
	}
	if (act->target.kind == TGT_ORDER && act->target.has_cmp) {
		cond_t *c = oact_atom(a, COND_ORDER, act->target.span);
		if (!c)
			return false;
		c->op = act->target.op;
		c->amount = act->target.amount;
		if (!oact_and_atom(a, d, c))
			return false;
	}
	odnf_prune(d);
	return true;
}

static const group_t *oact_root(const activity_t *act)
{
	const group_t *g = act->parent;
	while (g && g->parent)
		g = g->parent;
	return g;
}

bool oact_init_all(arena_t *a, const program_t *p, oact_t *o)
{
	for (size_t i = 0; i < p->acts.n; i++) {
		const activity_t *act = p->acts.items[i];
		o[i] = (oact_t){ .act = act, .start = INT64_MIN, .end = INT64_MAX, .root = oact_root(act) };
		if (act->has_window) {
			o[i].start = act->start.epoch;
			o[i].end = act->end.epoch;
		}
		if (!oact_cond(a, act, &o[i].cond))
			return false;
	}
	return true;
}

const group_t *oact_common_group(const activity_t *x, const activity_t *y)
{
	for (const group_t *g = x->parent; g; g = g->parent)
		for (const group_t *h = y->parent; h; h = h->parent)
			if (g == h)
				return g;
	return NULL;
}
