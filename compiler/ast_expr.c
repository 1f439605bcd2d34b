/* ast_expr.c — constructors for targets, conditions, values and effects. */
#include "compiler/ast_new.h"
#include "compiler/ast_util.h"

/* ---- targets and names ---- */
static target_t *new_target(program_t *p, span_t sp, target_kind_t kind)
{
	target_t *t = ast_alloc(p, sizeof *t);
	if (t) {
		t->kind = kind;
		t->span = sp;
	}
	return t;
}

vec_t ast_names_push(program_t *p, vec_t v, name_t n)
{
	name_t *copy = ast_alloc(p, sizeof *copy);
	if (!copy)
		return v;
	*copy = n;
	return ast_vec_push(p, v, copy);
}

target_t *ast_target_one(program_t *p, span_t sp, target_kind_t kind, name_t n)
{
	target_t *t = new_target(p, sp, kind);
	if (t)
		t->names = ast_names_push(p, ast_vec_empty(), n);
	return t;
}

target_t *ast_target_list(program_t *p, span_t sp, target_kind_t kind, vec_t names)
{
	target_t *t = new_target(p, sp, kind);
	if (t)
		t->names = names;
	return t;
}

target_t *ast_target_plain(program_t *p, span_t sp, target_kind_t kind)
{
	return new_target(p, sp, kind);
}

target_t *ast_target_order(program_t *p, span_t sp, int op, lit_t amount)
{
	target_t *t = new_target(p, sp, TGT_ORDER);
	if (t) {
		t->has_cmp = true;
		t->op = (cmp_op_t)op;
		t->amount = amount;
	}
	return t;
}

name_t ast_name_of_number(program_t *p, lit_t n)
{
	name_t out = { .span = n.span };
	out.s = arena_strndup(p->arena, p->file->text + n.span.off, n.span.len);
	if (!out.s) {
		p->oom = true;
		out.s = "";
	}
	return out;
}

/* ---- conditions ---- */
static cond_t *new_cond(program_t *p, span_t sp, cond_kind_t kind)
{
	cond_t *c = ast_alloc(p, sizeof *c);
	if (c) {
		c->kind = kind;
		c->span = sp;
	}
	return c;
}

cond_t *ast_cond_binary(program_t *p, span_t sp, cond_kind_t kind, cond_t *a, cond_t *b)
{
	cond_t *c = a && b ? new_cond(p, sp, kind) : NULL;
	if (c) {
		c->a = a;
		c->b = b;
	}
	return c;
}

cond_t *ast_cond_not(program_t *p, span_t sp, cond_t *a)
{
	cond_t *c = a ? new_cond(p, sp, COND_NOT) : NULL;
	if (c)
		c->a = a;
	return c;
}

cond_t *ast_cond_attr(program_t *p, span_t sp, int subject, name_t attr)
{
	cond_t *c = new_cond(p, sp, COND_ATTR);
	if (c) {
		c->subject = (subject_t)subject;
		c->attr = attr;
	}
	return c;
}

cond_t *ast_cond_attr_cmp(program_t *p, span_t sp, int subject, name_t attr, int op, value_t *v)
{
	cond_t *c = v ? ast_cond_attr(p, sp, subject, attr) : NULL;
	if (c) {
		c->kind = COND_ATTR_CMP;
		c->op = (cmp_op_t)op;
		c->val = *v;
	}
	return c;
}

cond_t *ast_cond_attr_in(program_t *p, span_t sp, int subject, name_t attr, vec_t vals)
{
	cond_t *c = ast_cond_attr(p, sp, subject, attr);
	if (c) {
		c->kind = COND_ATTR_IN;
		c->vals = vals;
	}
	return c;
}

cond_t *ast_cond_amount(program_t *p, span_t sp, cond_kind_t kind, int op, lit_t n)
{
	cond_t *c = new_cond(p, sp, kind);
	if (c) {
		c->op = (cmp_op_t)op;
		c->amount = n;
	}
	return c;
}

cond_t *ast_cond_coupon(program_t *p, span_t sp, name_t code)
{
	cond_t *c = new_cond(p, sp, COND_COUPON);
	if (c)
		c->code = code;
	return c;
}

cond_t *ast_cond_ref(program_t *p, span_t sp, name_t ref)
{
	cond_t *c = new_cond(p, sp, COND_REF);
	if (c)
		c->ref = ref;
	return c;
}

/* ---- values ---- */
static value_t *new_value(program_t *p, span_t sp, val_kind_t kind)
{
	value_t *v = ast_alloc(p, sizeof *v);
	if (v) {
		v->kind = kind;
		v->span = sp;
	}
	return v;
}

value_t *ast_value_str(program_t *p, span_t sp, name_t s)
{
	value_t *v = new_value(p, sp, VAL_STR);
	if (v)
		v->str = s.s;
	return v;
}

value_t *ast_value_num(program_t *p, span_t sp, lit_t n)
{
	value_t *v = new_value(p, sp, VAL_NUM);
	if (v)
		v->num = n;
	return v;
}

value_t *ast_value_bool(program_t *p, span_t sp, bool b)
{
	value_t *v = new_value(p, sp, VAL_BOOL);
	if (v)
		v->b = b;
	return v;
}

/* ---- effects ---- */
static effect_t *new_eff(program_t *p, span_t sp, eff_kind_t kind)
{
	effect_t *e = ast_alloc(p, sizeof *e);
	if (e) {
		e->kind = kind;
		e->span = sp;
	}
	return e;
}

effect_t *ast_eff_percent(program_t *p, span_t sp, pct_form_t form, lit_t n)
{
	effect_t *e = new_eff(p, sp, EFF_PERCENT);
	if (e) {
		e->form = form;
		e->pct = n;
	}
	return e;
}

effect_t *ast_eff_money(program_t *p, span_t sp, eff_kind_t kind, lit_t n)
{
	effect_t *e = new_eff(p, sp, kind);
	if (e)
		e->money = n;
	return e;
}

effect_t *ast_eff_steps(program_t *p, span_t sp, eff_kind_t kind, vec_t steps)
{
	effect_t *e = new_eff(p, sp, kind);
	if (e)
		e->steps = steps;
	return e;
}

effect_t *ast_eff_every(program_t *p, span_t sp, lit_t every, lit_t off, const lit_t *max)
{
	effect_t *e = new_eff(p, sp, EFF_EVERY);
	if (!e)
		return NULL;
	e->money = every;
	e->off = off;
	if (max) {
		e->has_max = true;
		e->max = *max;
	}
	return e;
}

effect_t *ast_eff_nth(program_t *p, span_t sp, lit_t k, effect_t *sub)
{
	effect_t *e = sub ? new_eff(p, sp, EFF_NTH) : NULL;
	if (e) {
		e->count = k;
		e->sub = sub;
	}
	return e;
}

effect_t *ast_eff_pick(program_t *p, span_t sp, lit_t n, lit_t money)
{
	effect_t *e = new_eff(p, sp, EFF_PICK);
	if (e) {
		e->count = n;
		e->money = money;
	}
	return e;
}

/* "gift SKU" alone gives one unit: the count is 1 with an empty span. */
effect_t *ast_eff_gift(program_t *p, span_t sp, name_t sku, const lit_t *count)
{
	effect_t *e = new_eff(p, sp, EFF_GIFT);
	if (!e)
		return NULL;
	e->sku = sku;
	if (count) {
		e->count = *count;
	} else {
		e->count.digits = 1;
		e->count.span.off = sp.off + sp.len;
	}
	return e;
}

effect_t *ast_eff_addon(program_t *p, span_t sp, name_t sku, lit_t money)
{
	effect_t *e = new_eff(p, sp, EFF_ADDON);
	if (e) {
		e->sku = sku;
		e->money = money;
	}
	return e;
}

effect_t *ast_eff_free(program_t *p, span_t sp)
{
	return new_eff(p, sp, EFF_FREE);
}

effect_t *ast_eff_ref(program_t *p, span_t sp, name_t ref)
{
	effect_t *e = new_eff(p, sp, EFF_REF);
	if (e)
		e->ref = ref;
	return e;
}

step_t *ast_step(program_t *p, span_t sp, lit_t at, effect_t *e)
{
	step_t *s = e ? ast_alloc(p, sizeof *s) : NULL;
	if (s) {
		s->span = sp;
		s->at = at;
		s->eff = e;
	}
	return s;
}
