/* check_effects.c — effects: their literals and references (chk_effect,
 * independent of any target), and whether an effect fits its activity's
 * target (the table below, also in docs/language.md). */
#include <stdio.h>
#include "compiler/check.h"

#define B(k) (1u << (k))

/* What each target level takes; ladders and nth take less. */
static const unsigned level_allows[] = {
	[LEVEL_ITEM] = B(EFF_PERCENT) | B(EFF_OFF) | B(EFF_OFF_EACH) | B(EFF_PRICE) | B(EFF_TIER) |
		       B(EFF_SPEND) | B(EFF_NTH) | B(EFF_PICK) | B(EFF_GIFT) | B(EFF_ADDON),
	[LEVEL_COMBO] = B(EFF_PERCENT) | B(EFF_OFF) | B(EFF_SPEND) | B(EFF_EVERY) | B(EFF_GIFT) | B(EFF_ADDON),
	[LEVEL_ORDER] = B(EFF_PERCENT) | B(EFF_OFF) | B(EFF_SPEND) | B(EFF_EVERY) | B(EFF_GIFT) | B(EFF_ADDON),
	[LEVEL_SHIPPING] = B(EFF_FREE) | B(EFF_OFF),
};
static const unsigned tier_step_allows = B(EFF_PERCENT) | B(EFF_PRICE) | B(EFF_OFF_EACH);
static const unsigned spend_step_allows = B(EFF_PERCENT) | B(EFF_OFF) | B(EFF_GIFT) | B(EFF_ADDON);
static const unsigned nth_allows = B(EFF_PERCENT) | B(EFF_PRICE) | B(EFF_OFF);

/* How the operator writes each effect, indexed by eff_kind_t. */
static const char *eff_name[] = {
	[EFF_PERCENT] = "a percentage", [EFF_OFF] = "-M", [EFF_OFF_EACH] = "-M each",
	[EFF_PRICE] = "price", [EFF_TIER] = "tier", [EFF_SPEND] = "spend", [EFF_EVERY] = "every",
	[EFF_NTH] = "nth", [EFF_PICK] = "pick", [EFF_GIFT] = "gift", [EFF_ADDON] = "addon",
	[EFF_FREE] = "free", [EFF_REF] = "a defined effect",
};
static const char *level_name[] = { "item-level targets (item, items, category, brand)", "combo targets",
				     "order targets", "shipping" };

static level_t level_of(target_kind_t k)
{
	switch (k) {
	case TGT_COMBO: return LEVEL_COMBO;
	case TGT_ORDER: return LEVEL_ORDER;
	case TGT_SHIPPING: return LEVEL_SHIPPING;
	default: return LEVEL_ITEM;
	}
}

/* ---- literals and references ---- */

static void step_not_up(chk_t *c, const src_file_t *f, bool tier, const step_t *s, const step_t *prev,
			bool downward)
{
	diag_t *d = chk_error(c, f, s->at.span, "%s steps must go strictly up: '%.*s' is not above the step before%s",
			      tier ? "tier" : "spend", (int)s->at.span.len, f->text + s->at.span.off,
			      downward ? " (the ladder is written from the top: put the smallest step first)" : "");
	diag_note(d, f, prev->at.span, "the step before");
}

/* Whether every step is below the one before. */
static bool all_down(const effect_t *e)
{
	for (size_t i = 1; i < e->steps.n; i++) {
		const step_t *s = e->steps.items[i], *prev = e->steps.items[i - 1];
		if (s->at.minor >= prev->at.minor)
			return false;
	}
	return e->steps.n > 1;
}

/* Each step not above the one before is reported, but a ladder written
 * from the top down ("spend 500 -> -60, 300 -> -30, 200 -> -10") is one
 * mistake, so it gets one message saying so. */
static void check_step_order(chk_t *c, const src_file_t *f, const effect_t *e, bool tier)
{
	bool down = all_down(e);
	for (size_t i = 1; i < e->steps.n; i++) {
		const step_t *s = e->steps.items[i], *prev = e->steps.items[i - 1];
		if (s->at.minor > prev->at.minor)
			continue;
		step_not_up(c, f, tier, s, prev, down);
		if (down)
			return;
	}
}

/* Ladder steps must go strictly up; the order is judged once every step's
 * amount is valid (a bad one is reported on its own). */
static void check_steps(chk_t *c, const src_file_t *f, effect_t *e, int depth)
{
	bool tier = e->kind == EFF_TIER, valid = true;
	for (size_t i = 0; i < e->steps.n; i++) {
		step_t *s = e->steps.items[i];
		bool ok = tier ? chk_count(c, f, &s->at, "quantity") : chk_money(c, f, &s->at, "amount");
		chk_effect(c, f, s->eff, depth + 1);
		valid = valid && ok;
	}
	if (valid)
		check_step_order(c, f, e, tier);
}

static void positive_money(chk_t *c, const src_file_t *f, lit_t *l, const char *what)
{
	if (chk_money(c, f, l, what) && l->minor == 0)
		chk_error(c, f, l->span, "%s must be more than 0", what);
}

static void check_ref(chk_t *c, const src_file_t *f, effect_t *e, int depth)
{
	define_t *d = chk_resolve(c, f, e->ref, depth);
	if (d && !d->eff) {
		diag_t *x = chk_error(c, f, e->span, "'%s' is a condition, but an effect is needed here", d->name.s);
		diag_note(x, d->file, d->name.span, "'%s' is defined here", d->name.s);
	}
	e->def = d && d->eff ? d : NULL;
}

void chk_effect(chk_t *c, const src_file_t *f, effect_t *e, int depth)
{
	if (!e || chk_too_deep(c, f, e->span, depth))
		return;
	switch (e->kind) {
	case EFF_PERCENT: chk_percent(c, f, e); break;
	case EFF_OFF: case EFF_OFF_EACH: chk_money(c, f, &e->money, "amount"); break;
	case EFF_PRICE: chk_money(c, f, &e->money, "price"); break;
	case EFF_TIER: case EFF_SPEND: check_steps(c, f, e, depth); break;
	case EFF_EVERY:
		positive_money(c, f, &e->money, "the 'every' amount");
		chk_money(c, f, &e->off, "amount");
		if (e->has_max)
			chk_money(c, f, &e->max, "maximum");
		break;
	case EFF_NTH:
		chk_count(c, f, &e->count, "nth");
		chk_effect(c, f, e->sub, depth + 1);
		break;
	case EFF_PICK:
		chk_count(c, f, &e->count, "pick count");
		chk_money(c, f, &e->money, "price");
		break;
	case EFF_GIFT: chk_count(c, f, &e->count, "gift quantity"); break;
	case EFF_ADDON: chk_money(c, f, &e->money, "add-on price"); break;
	case EFF_REF: check_ref(c, f, e, depth); break;
	case EFF_FREE: break;
	}
}

/* ---- fit to the target ---- */

/* The effect a use stands for: a reference is followed to its define. */
static const effect_t *actual(const effect_t *e)
{
	return e->kind == EFF_REF && e->def ? e->def->eff : e;
}

static void list_allowed(char *out, size_t n, unsigned mask)
{
	size_t len = 0;
	out[0] = 0;
	int count = 0, total = __builtin_popcount(mask);
	for (int k = 0; k <= EFF_FREE; k++) {
		if (!(mask & B(k)))
			continue;
		const char *sep = count == 0 ? "" : count + 1 == total ? " or " : ", ";
		int w = snprintf(out + len, n - len, "%s%s", sep, eff_name[k]);
		if (w < 0 || (size_t)w >= n - len)
			return;
		len += (size_t)w;
		count++;
	}
}

/* Reports at the use; a note points into the define when it was one. */
static void misfit(chk_t *c, const effect_t *use, const effect_t *e, const char *fmt_where, unsigned mask)
{
	char allowed[256];
	list_allowed(allowed, sizeof allowed, mask);
	diag_t *d = chk_error(c, c->p->file, use->span, "%s cannot be used with %s: use %s", eff_name[e->kind],
			      fmt_where, allowed);
	if (use != e && use->def)
		diag_note(d, use->def->file, use->def->name.span, "'%s' is defined here", use->def->name.s);
}

static void fit_sub(chk_t *c, const effect_t *use, const effect_t *sub, unsigned mask, const char *where)
{
	const effect_t *s = actual(sub);
	if (s->kind != EFF_REF && !(mask & B(s->kind)))
		misfit(c, use == sub || use->kind != EFF_REF ? sub : use, s, where, mask);
}

static void fit(chk_t *c, const activity_t *a, const effect_t *use)
{
	const effect_t *e = actual(use);
	if (!e || e->kind == EFF_REF)
		return; /* undefined or the wrong role: already reported */
	if (a->target.kind == TGT_ITEM && e->kind == EFF_PICK) {
		chk_error(c, c->p->file, use->span, "pick needs several SKUs: use items, category or brand");
		return;
	}
	if (e->kind == EFF_FREE && a->level != LEVEL_SHIPPING) {
		chk_error(c, c->p->file, use->span, "'free' applies only to shipping (write: shipping: free)");
		return;
	}
	if (!(level_allows[a->level] & B(e->kind))) {
		misfit(c, use, e, level_name[a->level], level_allows[a->level]);
		return;
	}
	unsigned spend = spend_step_allows | (a->level == LEVEL_ITEM ? B(EFF_OFF_EACH) : 0);
	for (size_t i = 0; (e->kind == EFF_TIER || e->kind == EFF_SPEND) && i < e->steps.n; i++) {
		const step_t *s = e->steps.items[i];
		fit_sub(c, use, s->eff, e->kind == EFF_TIER ? tier_step_allows : spend,
			e->kind == EFF_TIER ? "tier steps" : "spend steps");
	}
	if (e->kind == EFF_NTH)
		fit_sub(c, use, e->sub, nth_allows, "nth");
}

static void check_activity(chk_t *c, activity_t *a)
{
	const src_file_t *f = c->p->file;
	a->level = level_of(a->target.kind);
	chk_target(c, a);
	chk_cond(c, f, a->when, 0);
	chk_effect(c, f, a->effect, 0);
	fit(c, a, a->effect);
}

void chk_activities(chk_t *c)
{
	for (size_t i = 0; i < c->p->acts.n; i++)
		check_activity(c, c->p->acts.items[i]);
}
