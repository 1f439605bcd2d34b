/* lint_effects.c — rules about how an effect is written: a bare percent
 * below 50% (bare-percent), a reduction at least its threshold
 * (reduction-ge-threshold), and ladders whose higher step is not better
 * (ladder-not-better). A define's body is linted once, where it is
 * written, not at every use. */
#include "compiler/lint_ctx.h"
#include "support/money.h"

static int src_len(span_t sp)
{
	return (int)sp.len;
}

static void lint_bare_percent(lctx_t *c, const src_file_t *f, const effect_t *e)
{
	if (e->form != PCT_PAY || e->pct.minor >= RATE_ONE / 2)
		return;
	const char *t = f->text + e->pct.span.off;
	int n = src_len(e->pct.span);
	lint_report(c->dl, LINT_BARE_PERCENT, f, e->span,
		    "'%.*s%%' means the customer pays %.*s%% of the price; did you mean '-%.*s%%' (%.*s%% off)?",
		    n, t, n, t, n, t, n, t);
}

static void lint_reduction(lctx_t *c, const src_file_t *f, span_t sp, int64_t off, int64_t threshold)
{
	if (off < threshold || threshold <= 0)
		return;
	char a[24], b[24];
	lint_money(c, off, a);
	lint_money(c, threshold, b);
	lint_report(c->dl, LINT_REDUCTION_GE_THRESHOLD, f, sp,
		    "reduction -%s is at least its threshold %s: the goods can become free", a, b);
}

/* The discount of e measured at base (an amount for spend, a unit price
 * for tier); false when e's kind has no money value there (gift, addon). */
static bool ladder_discount(const effect_t *e, int64_t base, int64_t *out)
{
	int64_t pay;
	switch (e->kind) {
	case EFF_PERCENT:
		if (!money_rate(base, e->pct.minor, ROUND_HALF_UP, &pay))
			return false;
		*out = base - pay;
		return true;
	case EFF_OFF:
	case EFF_OFF_EACH: *out = e->money.minor; return true;
	case EFF_PRICE: *out = base > e->money.minor ? base - e->money.minor : 0; return true;
	default: return false;
	}
}

/* Same kind: decided without any base. 1 better, 0 not, -1 cannot say. */
static int ladder_same_kind(const effect_t *lo, const effect_t *hi)
{
	if (lo->kind != hi->kind)
		return -1;
	switch (lo->kind) {
	case EFF_PERCENT: return hi->pct.minor < lo->pct.minor;
	case EFF_OFF:
	case EFF_OFF_EACH: return hi->money.minor > lo->money.minor;
	case EFF_PRICE: return hi->money.minor < lo->money.minor;
	default: return -1;
	}
}

/* The unit price a tier ladder is measured at: the catalog price of an
 * `item` target; 0 when unknown. */
static int64_t ladder_unit(const lctx_t *c, const activity_t *a)
{
	if (!c->cat || !a || a->target.kind != TGT_ITEM || a->target.names.n != 1)
		return 0;
	const cat_item_t *it = catalog_sku(c->cat, ((const name_t *)a->target.names.items[0])->s);
	return it ? it->price : 0;
}

static int ladder_better(const lctx_t *c, const activity_t *a, const effect_t *e, const step_t *lo,
			 const step_t *hi)
{
	const effect_t *el = lint_deref(lo->eff), *eh = lint_deref(hi->eff);
	if (!el || !eh)
		return -1;
	int same = ladder_same_kind(el, eh);
	if (same >= 0)
		return same;
	int64_t base = e->kind == EFF_SPEND ? hi->at.minor : ladder_unit(c, a), dl, dh;
	if (base <= 0 || !ladder_discount(el, base, &dl) || !ladder_discount(eh, base, &dh))
		return -1;
	return dh > dl;
}

static void lint_ladder(lctx_t *c, const src_file_t *f, const activity_t *a, const effect_t *e)
{
	for (size_t i = 1; i < e->steps.n; i++) {
		const step_t *lo = e->steps.items[i - 1], *hi = e->steps.items[i];
		if (ladder_better(c, a, e, lo, hi) != 0)
			continue;
		char at[24], prev[24];
		if (e->kind == EFF_SPEND) {
			lint_money(c, hi->at.minor, at);
			lint_money(c, lo->at.minor, prev);
		} else {
			money_format(hi->at.minor, 0, at);
			money_format(lo->at.minor, 0, prev);
		}
		diag_t *d = lint_report(c->dl, LINT_LADDER_NOT_BETTER, f, hi->span,
					"%s step at %s is not strictly better for the customer than the step at %s",
					e->kind == EFF_SPEND ? "spend" : "tier", at, prev);
		diag_note(d, f, lo->span, "the lower step is here");
	}
}

static void lint_effect(lctx_t *c, const src_file_t *f, const activity_t *a, const effect_t *e)
{
	switch (e->kind) {
	case EFF_PERCENT: lint_bare_percent(c, f, e); break;
	case EFF_EVERY: lint_reduction(c, f, e->span, e->off.minor, e->money.minor); break;
	case EFF_NTH: if (e->sub) lint_effect(c, f, a, e->sub); break;
	case EFF_TIER:
	case EFF_SPEND:
		lint_ladder(c, f, a, e);
		for (size_t i = 0; i < e->steps.n; i++) {
			const step_t *s = e->steps.items[i];
			if (e->kind == EFF_SPEND && s->eff->kind == EFF_OFF)
				lint_reduction(c, f, s->span, s->eff->money.minor, s->at.minor);
			lint_effect(c, f, a, s->eff);
		}
		break;
	case EFF_OFF:
		if (a && a->target.kind == TGT_ORDER && a->target.has_cmp &&
		    (a->target.op == CMP_GE || a->target.op == CMP_GT))
			lint_reduction(c, f, e->span, e->money.minor, a->target.amount.minor);
		break;
	default: break;
	}
}

void lint_effects(lctx_t *c)
{
	const program_t *p = c->p;
	for (size_t i = 0; i < p->defines.n; i++) {
		const define_t *d = p->defines.items[i];
		if (d->kind == DEF_EFFECT && d->eff && d->file == p->file)
			lint_effect(c, p->file, NULL, d->eff);
	}
	for (size_t i = 0; i < p->acts.n; i++) {
		const activity_t *a = p->acts.items[i];
		if (a->effect)
			lint_effect(c, p->file, a, a->effect);
	}
}
