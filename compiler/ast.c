/* ast.c — the program, its declarations, groups and activities, as the
 * grammar builds them. Expressions (targets, conditions, effects) are in
 * ast_expr.c. Constructors record what was written and nothing else. */
#include <string.h>
#include "compiler/ast.h"
#include "compiler/ast_new.h"
#include "compiler/ast_util.h"
#include "support/alloc.h"
#include "support/money.h"

program_t *ast_program_new(const src_file_t *f)
{
	arena_t *a = arena_new();
	if (!a)
		return NULL;
	program_t *p = arena_alloc(a, sizeof *p);
	if (!p) {
		arena_free(a);
		return NULL;
	}
	p->file = f;
	p->arena = a;
	p->rounding = ROUND_HALF_UP;
	return p;
}

void ast_program_free(program_t *p)
{
	if (!p)
		return;
	ast_program_free(p->prelude);
	arena_free(p->arena);
}

void *ast_alloc(program_t *p, size_t n)
{
	void *x = arena_alloc(p->arena, n);
	if (!x)
		p->oom = true;
	return x;
}

vec_t ast_vec_empty(void)
{
	vec_t v = { 0 };
	return v;
}

vec_t ast_vec_push(program_t *p, vec_t v, void *item)
{
	if (!item || vec_push(p->arena, &v, item) != 0)
		p->oom = true;
	return v;
}

vec_t ast_vec_concat(program_t *p, vec_t v, vec_t more)
{
	for (size_t i = 0; i < more.n; i++)
		v = ast_vec_push(p, v, more.items[i]);
	return v;
}

static decl_t *add_decl(program_t *p, decl_kind_t kind, span_t sp)
{
	decl_t *d = ast_alloc(p, sizeof *d);
	if (!d)
		return NULL;
	d->kind = kind;
	d->span = sp;
	p->decls = ast_vec_push(p, p->decls, d);
	return d;
}

/* A repeated setting keeps the first value; the checker reports the
 * repeat from p->decls. */
void ast_set_currency(program_t *p, span_t sp, name_t code)
{
	if (!add_decl(p, DECL_CURRENCY, sp) || p->has_currency)
		return;
	p->has_currency = true;
	p->currency = code;
}

void ast_set_timezone(program_t *p, span_t sp, span_t zone_sp, int minutes)
{
	if (!add_decl(p, DECL_TIMEZONE, sp) || p->has_timezone)
		return;
	p->has_timezone = true;
	p->timezone_span = zone_sp;
	p->tz_minutes = minutes;
}

/* The mode's spelling is checked by the checker (from rounding_span). */
void ast_set_rounding(program_t *p, span_t sp, name_t mode)
{
	if (!add_decl(p, DECL_ROUNDING, sp) || p->has_rounding)
		return;
	p->has_rounding = true;
	p->rounding_span = mode.span;
	p->rounding = strcmp(mode.s, "half-even") == 0 ? ROUND_HALF_EVEN : ROUND_HALF_UP;
}

void ast_comment(program_t *p, span_t sp)
{
	comment_t *c = ast_alloc(p, sizeof *c);
	if (!c)
		return;
	c->span = sp;
	p->comments = ast_vec_push(p, p->comments, c);
}

static define_t *new_define(program_t *p, span_t sp, name_t name, def_kind_t kind)
{
	define_t *d = ast_alloc(p, sizeof *d);
	if (!d)
		return NULL;
	d->span = sp;
	d->name = name;
	d->kind = kind;
	d->file = p->file;
	d->doc = ast_doc_above(p, sp.off);
	p->defines = ast_vec_push(p, p->defines, d);
	decl_t *dc = add_decl(p, DECL_DEFINE, sp);
	if (dc)
		dc->def = d;
	return d;
}

void ast_define_effect(program_t *p, span_t sp, name_t name, effect_t *e)
{
	define_t *d = new_define(p, sp, name, DEF_EFFECT);
	if (d)
		d->eff = e;
}

void ast_define_cond(program_t *p, span_t sp, name_t name, cond_t *c)
{
	bool alias = c && c->kind == COND_REF;
	define_t *d = new_define(p, sp, name, alias ? DEF_ALIAS : DEF_COND);
	if (!d)
		return;
	if (alias)
		d->alias = c->ref;
	else
		d->cond = c;
}

void ast_top_member(program_t *p, member_t *m)
{
	if (!m)
		return;
	p->top = ast_vec_push(p, p->top, m);
	decl_t *d = add_decl(p, DECL_MEMBER, m->is_group ? m->grp->span : m->act->span);
	if (d)
		d->member = m;
}

void ast_top_members(program_t *p, vec_t members)
{
	for (size_t i = 0; i < members.n; i++)
		ast_top_member(p, members.items[i]);
}

member_t *ast_member_act(program_t *p, activity_t *a)
{
	member_t *m = a ? ast_alloc(p, sizeof *m) : NULL;
	if (m)
		m->act = a;
	return m;
}

member_t *ast_member_group(program_t *p, group_t *g)
{
	member_t *m = g ? ast_alloc(p, sizeof *m) : NULL;
	if (m) {
		m->is_group = true;
		m->grp = g;
	}
	return m;
}

group_t *ast_group(program_t *p, span_t sp, span_t open, group_kind_t kind, bool written,
		   name_t name, vec_t members)
{
	group_t *g = ast_alloc(p, sizeof *g);
	if (!g)
		return NULL;
	g->span = sp;
	g->open = open;
	g->kind = kind;
	g->kind_written = written;
	g->name = name;
	g->members = members;
	return g;
}

activity_t *ast_activity(program_t *p, span_t sp, name_t name, const name_t *title)
{
	activity_t *a = ast_alloc(p, sizeof *a);
	if (!a)
		return NULL;
	a->span = sp;
	a->name = name;
	if (title) {
		a->has_title = true;
		a->title = *title;
	}
	return a;
}

/* Keeps every clause in order; the fields hold the first of each kind. */
activity_t *ast_activity_clause(program_t *p, activity_t *a, clause_t *cl)
{
	if (!a || !cl)
		return a;
	a->clauses = ast_vec_push(p, a->clauses, cl);
	switch (cl->kind) {
	case CLAUSE_WINDOW:
		if (!a->has_window) {
			a->has_window = true;
			a->start = cl->start;
			a->end = cl->end;
			a->window_span = cl->span;
		}
		break;
	case CLAUSE_STOCK:
		if (!a->has_stock) { a->has_stock = true; a->stock = cl->num; }
		break;
	case CLAUSE_LIMIT:
		if (!a->has_limit) { a->has_limit = true; a->limit = cl->num; }
		break;
	case CLAUSE_BUDGET:
		if (!a->has_budget) { a->has_budget = true; a->budget = cl->num; }
		break;
	case CLAUSE_COUPON:
		if (!a->has_coupon) { a->has_coupon = true; a->coupon = cl->code; }
		break;
	}
	return a;
}

activity_t *ast_activity_finish(program_t *p, activity_t *a, span_t sp, target_t *t, cond_t *when,
				effect_t *e)
{
	(void)p;
	if (!a || !t)
		return NULL;
	a->span = sp;
	a->target = *t;
	a->when = when;
	a->effect = e;
	return e ? a : NULL;
}

static clause_t *new_clause(program_t *p, span_t sp, clause_kind_t kind)
{
	clause_t *c = ast_alloc(p, sizeof *c);
	if (c) {
		c->kind = kind;
		c->span = sp;
	}
	return c;
}

clause_t *ast_clause_window(program_t *p, span_t sp, datetime_t start, datetime_t end)
{
	clause_t *c = new_clause(p, sp, CLAUSE_WINDOW);
	if (c) {
		c->start = start;
		c->end = end;
	}
	return c;
}

clause_t *ast_clause_num(program_t *p, span_t sp, clause_kind_t kind, lit_t n)
{
	clause_t *c = new_clause(p, sp, kind);
	if (c)
		c->num = n;
	return c;
}

clause_t *ast_clause_coupon(program_t *p, span_t sp, name_t code)
{
	clause_t *c = new_clause(p, sp, CLAUSE_COUPON);
	if (c)
		c->code = code;
	return c;
}
