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

static const cond_t *oact_and(arena_t *a, const cond_t *x, cond_t *y, bool *ok)
{
	if (!y) {
		*ok = false;
		return NULL;
	}
	if (!x)
		return y;
	cond_t *n = oact_atom(a, COND_AND, y->span);
	if (!n) {
		*ok = false;
		return NULL;
	}
	n->a = (cond_t *)x;
	n->b = y;
	return n;
}

const cond_t *oact_full_cond(arena_t *a, const activity_t *act, bool *ok)
{
	const cond_t *c = act->when;
	*ok = true;
	if (act->has_coupon) {
		cond_t *k = oact_atom(a, COND_COUPON, act->coupon.span);
		if (k)
			k->code = act->coupon;
		c = oact_and(a, c, k, ok);
	}
	if (*ok && act->target.kind == TGT_ORDER && act->target.has_cmp) {
		cond_t *k = oact_atom(a, COND_ORDER, act->target.span);
		if (k) {
			k->op = act->target.op;
			k->amount = act->target.amount;
		}
		c = oact_and(a, c, k, ok);
	}
	return c;
}

static bool oact_cond(arena_t *a, const activity_t *act, odnf_t *d)
{
	bool ok;
	const cond_t *c = oact_full_cond(a, act, &ok);
	if (!ok || !odnf_build(a, c, false, d))
		return false;
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
