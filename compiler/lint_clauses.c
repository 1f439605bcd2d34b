/* lint_clauses.c — rules about an activity's clauses: a window that has
 * already ended (window-ended), a stock/limit/budget of zero (zero-limit),
 * and one coupon code on two activities (duplicate-coupon). */
#include "compiler/lint_ctx.h"
#include "compiler/overlap_report.h"

static void lint_window_ended(lctx_t *c, const activity_t *a)
{
	if (!a->has_window || a->end.epoch > c->o->now)
		return;
	char end[32], now[32], z[8];
	lint_format_time(a->end.epoch, c->p->tz_minutes, end);
	lint_format_time(c->o->now, c->p->tz_minutes, now);
	orep_zone(c->p->tz_minutes, z);
	lint_report(c->dl, LINT_WINDOW_ENDED, c->p->file, a->window_span,
		    "the window of '%s' has already ended (at %s; now is %s, %s)", a->name.s, end, now, z);
}

static void lint_zero(lctx_t *c, const activity_t *a, bool has, const lit_t *l, const char *what)
{
	if (has && !l->overflow && l->digits == 0)
		lint_report(c->dl, LINT_ZERO_LIMIT, c->p->file, l->span,
			    "%s of 0: '%s' can never give anything", what, a->name.s);
}

static void lint_coupon(lctx_t *c, cat_map_t *codes, const activity_t *a)
{
	if (!a->has_coupon)
		return;
	const activity_t *first = cmap_get(codes, a->coupon.s);
	if (!first) {
		if (cmap_put(codes, a->coupon.s, (void *)a) != 0)
			c->oom = true;
		return;
	}
	diag_t *d = lint_report(c->dl, LINT_DUPLICATE_COUPON, c->p->file, a->coupon.span,
				"coupon code \"%s\" is already used by '%s'", a->coupon.s, first->name.s);
	diag_note(d, c->p->file, first->coupon.span, "'%s' uses it here", first->name.s);
}

void lint_clauses(lctx_t *c)
{
	cat_map_t *codes = cmap_new(c->a);
	if (!codes) {
		c->oom = true;
		return;
	}
	for (size_t i = 0; i < c->p->acts.n; i++) {
		const activity_t *a = c->p->acts.items[i];
		lint_window_ended(c, a);
		lint_zero(c, a, a->has_stock, &a->stock, "a stock");
		lint_zero(c, a, a->has_limit, &a->limit, "a limit");
		lint_zero(c, a, a->has_budget, &a->budget, "a budget");
		lint_coupon(c, codes, a);
	}
}
