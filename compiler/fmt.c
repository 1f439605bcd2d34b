/* fmt.c — the canonical layout of declarations (see fmt.h): settings,
 * defines, activities (one line when they have no clauses, else one
 * clause per line), groups with their members indented, test blocks. */
#include "compiler/fmt.h"
#include <stdio.h>

static const char *const rounding_names[] = { "half-up", "half-even" };

static void fmt_settings_decl(fmt_t *f, const decl_t *d)
{
	const program_t *p = f->p;
	char z[16];
	fmt_at(f, d->span);
	if (d->kind == DECL_CURRENCY) {
		fmt_tok(f, "currency");
		fmt_tok(f, p->currency.s);
	} else if (d->kind == DECL_TIMEZONE) {
		int m = p->tz_minutes < 0 ? -p->tz_minutes : p->tz_minutes;
		snprintf(z, sizeof z, "%c%02d:%02d", p->tz_minutes < 0 ? '-' : '+', m / 60 % 100, m % 60);
		fmt_tok(f, "timezone");
		fmt_tok(f, z);
	} else {
		fmt_tok(f, "rounding");
		fmt_tok(f, rounding_names[p->rounding == 1]);
	}
	fmt_done(f, d->span);
	fmt_newline(f);
}

static void fmt_define(fmt_t *f, const define_t *d)
{
	fmt_at(f, d->span);
	fmt_tok(f, "define");
	fmt_ident(f, &d->name);
	fmt_tok(f, "=");
	if (d->kind == DEF_EFFECT) fmt_effect(f, d->eff);
	else if (d->kind == DEF_COND) fmt_cond(f, d->cond);
	else fmt_ident(f, &d->alias);
	fmt_done(f, d->span);
	fmt_newline(f);
}

static bool has_clauses(const activity_t *a)
{
	return a->has_window || a->has_stock || a->has_limit || a->has_budget || a->has_coupon;
}

/* Where the activity's source goes on after offset off: the nearest
 * clause or target that starts later (clauses may be written in any order). */
static uint32_t next_after(const activity_t *a, uint32_t off)
{
	const span_t sp[] = { a->window_span, a->stock.span, a->limit.span, a->budget.span, a->coupon.span,
			      a->target.span };
	const bool has[] = { a->has_window, a->has_stock, a->has_limit, a->has_budget, a->has_coupon, true };
	uint32_t next = UINT32_MAX;
	for (size_t i = 0; i < sizeof sp / sizeof sp[0]; i++)
		if (has[i] && sp[i].off > off && sp[i].off < next) next = sp[i].off;
	return next;
}

static void clause_num(fmt_t *f, const activity_t *a, const char *kw, const lit_t *l)
{
	fmt_at(f, l->span);
	fmt_tok(f, kw);
	fmt_lit(f, l);
	if (l == &a->limit) { fmt_tok(f, "per"); fmt_tok(f, "customer"); }
	fmt_newline_before(f, next_after(a, l->span.off));
}

/* Clauses in one fixed order (their order never matters), one per line. */
static void fmt_clauses(fmt_t *f, const activity_t *a)
{
	if (a->has_window) {
		fmt_at(f, a->window_span);
		fmt_tok(f, "window");
		fmt_datetime(f, &a->start);
		fmt_tok(f, "..");
		fmt_datetime(f, &a->end);
		fmt_newline_before(f, next_after(a, a->window_span.off));
	}
	if (a->has_stock) clause_num(f, a, "stock", &a->stock);
	if (a->has_limit) clause_num(f, a, "limit", &a->limit);
	if (a->has_budget) clause_num(f, a, "budget", &a->budget);
	if (a->has_coupon) {
		fmt_at(f, a->coupon.span);
		fmt_tok(f, "coupon");
		fmt_string(f, a->coupon.s);
		fmt_done(f, a->coupon.span);
		fmt_newline_before(f, next_after(a, a->coupon.span.off));
	}
}

static void fmt_activity(fmt_t *f, const activity_t *a)
{
	fmt_at(f, a->span);
	fmt_tok(f, "activity");
	fmt_ident(f, &a->name);
	if (a->has_title) {
		fmt_at(f, a->title.span);
		fmt_string(f, a->title.s);
		fmt_done(f, a->title.span);
	}
	if (has_clauses(a)) {
		fmt_newline_before(f, next_after(a, a->name.span.off));
		f->indent += 2;
		fmt_clauses(f, a);
	}
	fmt_target(f, &a->target);
	if (a->when) { fmt_tok(f, "when"); fmt_cond(f, a->when); }
	fmt_punct(f, ":");
	fmt_effect(f, a->effect);
	fmt_done(f, a->span);
	fmt_newline(f);
	if (has_clauses(a)) f->indent -= 2;
}

static void fmt_member(fmt_t *f, const member_t *m);

static void fmt_group(fmt_t *f, const group_t *g)
{
	static const char *const kinds[] = { "best", "first" };
	fmt_at(f, g->span);
	fmt_tok(f, g->kind == GRP_STACK ? "stack" : "exclusive");
	fmt_ident(f, &g->name);
	if (g->kind != GRP_STACK && g->kind_written) fmt_tok(f, kinds[g->kind == GRP_EXCLUSIVE_FIRST]);
	fmt_block_open(f, g->open);
	for (size_t i = 0; i < g->members.n; i++) fmt_member(f, g->members.items[i]);
	fmt_block_close(f, g->span);
}

static void fmt_member(fmt_t *f, const member_t *m)
{
	span_t sp = m->is_group ? m->grp->span : m->act->span;
	fmt_comments_before(f, sp.off);
	fmt_blank_if_gap(f, sp.off);
	if (m->is_group) fmt_group(f, m->grp);
	else fmt_activity(f, m->act);
}

static void fmt_decl(fmt_t *f, const decl_t *d)
{
	fmt_comments_before(f, d->span.off);
	fmt_blank_if_gap(f, d->span.off);
	switch (d->kind) {
	case DECL_CURRENCY: case DECL_TIMEZONE: case DECL_ROUNDING: fmt_settings_decl(f, d); break;
	case DECL_DEFINE: fmt_define(f, d->def); break;
	case DECL_MEMBER: fmt_member(f, d->member); break;
	case DECL_TEST: fmt_test(f, d->test); break;
	}
}

int fmt_program(const program_t *p, buf_t *out)
{
	fmt_t f = { .p = p, .out = out, .bol = true };
	for (size_t i = 0; i < p->decls.n; i++) fmt_decl(&f, p->decls.items[i]);
	fmt_comments_before(&f, UINT32_MAX);
	return buf_failed(out) ? -1 : 0;
}
