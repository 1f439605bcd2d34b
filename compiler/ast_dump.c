/* ast_dump.c — S-expression dump of a parsed program (see ast_dump.h). */
#include "compiler/ast_dump.h"
#include "compiler/ast_test.h"
#include <string.h>

static void d_name(buf_t *b, const name_t *n)
{
	buf_put_json_str(b, n->s ? n->s : "", n->s ? strlen(n->s) : 0);
}

static void d_lit(buf_t *b, const lit_t *l)
{
	buf_printf(b, " %lld/%u%s", (long long)l->digits, (unsigned)l->scale, l->overflow ? "!" : "");
}

static void d_value(buf_t *b, const value_t *v)
{
	if (v->kind == VAL_STR) {
		buf_putc(b, ' ');
		buf_put_json_str(b, v->str ? v->str : "", v->str ? strlen(v->str) : 0);
	} else if (v->kind == VAL_NUM) d_lit(b, &v->num);
	else buf_puts(b, v->b ? " true" : " false");
}

static void d_cond(buf_t *b, const cond_t *c)
{
	if (!c) { buf_puts(b, " ()"); return; }
	buf_printf(b, " (c%d", (int)c->kind);
	switch (c->kind) {
	case COND_ATTR:
	case COND_ATTR_CMP:
	case COND_ATTR_IN:
		buf_printf(b, " s%d op%d ", (int)c->subject, (int)c->op);
		d_name(b, &c->attr);
		if (c->kind == COND_ATTR_CMP) d_value(b, &c->val);
		for (size_t i = 0; c->kind == COND_ATTR_IN && i < c->vals.n; i++) d_value(b, c->vals.items[i]);
		break;
	case COND_ORDER:
	case COND_QTY: buf_printf(b, " op%d", (int)c->op); d_lit(b, &c->amount); break;
	case COND_COUPON: buf_putc(b, ' '); d_name(b, &c->code); break;
	case COND_AND:
	case COND_OR: d_cond(b, c->a); d_cond(b, c->b); break;
	case COND_NOT: d_cond(b, c->a); break;
	case COND_REF: buf_putc(b, ' '); d_name(b, &c->ref); break;
	}
	buf_putc(b, ')');
}

static void d_effect(buf_t *b, const effect_t *e);

static void d_steps(buf_t *b, const vec_t *steps)
{
	for (size_t i = 0; i < steps->n; i++) {
		const step_t *s = steps->items[i];
		buf_puts(b, " (step");
		d_lit(b, &s->at);
		d_effect(b, s->eff);
		buf_putc(b, ')');
	}
}

static void d_effect(buf_t *b, const effect_t *e)
{
	if (!e) { buf_puts(b, " ()"); return; }
	buf_printf(b, " (e%d", (int)e->kind);
	switch (e->kind) {
	case EFF_PERCENT: buf_printf(b, " f%d", (int)e->form); d_lit(b, &e->pct); break;
	case EFF_OFF: case EFF_OFF_EACH: case EFF_PRICE: d_lit(b, &e->money); break;
	case EFF_TIER: case EFF_SPEND: d_steps(b, &e->steps); break;
	case EFF_EVERY:
		d_lit(b, &e->money); d_lit(b, &e->off);
		if (e->has_max) d_lit(b, &e->max);
		break;
	case EFF_NTH: d_lit(b, &e->count); d_effect(b, e->sub); break;
	case EFF_PICK: d_lit(b, &e->count); d_lit(b, &e->money); break;
	case EFF_GIFT: buf_putc(b, ' '); d_name(b, &e->sku); d_lit(b, &e->count); break;
	case EFF_ADDON: buf_putc(b, ' '); d_name(b, &e->sku); d_lit(b, &e->money); break;
	case EFF_FREE: break;
	case EFF_REF: buf_putc(b, ' '); d_name(b, &e->ref); break;
	}
	buf_putc(b, ')');
}

static void d_names(buf_t *b, const vec_t *v)
{
	for (size_t i = 0; i < v->n; i++) { buf_putc(b, ' '); d_name(b, v->items[i]); }
}

static void d_datetime(buf_t *b, const datetime_t *t)
{
	buf_printf(b, " %04d-%02d-%02dT%02d:%02d:%02d", t->year, t->month, t->day, t->hour, t->minute,
		   t->second);
	if (t->has_zone) buf_printf(b, "@%d", t->zone_minutes);
}

static void d_activity(buf_t *b, const activity_t *a, int depth)
{
	buf_printf(b, "%*s(activity ", depth * 2, "");
	d_name(b, &a->name);
	if (a->has_title) { buf_puts(b, " title "); d_name(b, &a->title); }
	if (a->has_window) { buf_puts(b, " window"); d_datetime(b, &a->start); d_datetime(b, &a->end); }
	if (a->has_stock) { buf_puts(b, " stock"); d_lit(b, &a->stock); }
	if (a->has_limit) { buf_puts(b, " limit"); d_lit(b, &a->limit); }
	if (a->has_budget) { buf_puts(b, " budget"); d_lit(b, &a->budget); }
	if (a->has_coupon) { buf_puts(b, " coupon "); d_name(b, &a->coupon); }
	buf_printf(b, " (target%d", (int)a->target.kind);
	d_names(b, &a->target.names);
	if (a->target.has_cmp) { buf_printf(b, " op%d", (int)a->target.op); d_lit(b, &a->target.amount); }
	buf_puts(b, ") when");
	d_cond(b, a->when);
	d_effect(b, a->effect);
	buf_puts(b, ")\n");
}

static void d_member(buf_t *b, const member_t *m, int depth);

static void d_group(buf_t *b, const group_t *g, int depth)
{
	buf_printf(b, "%*s(group%d%s ", depth * 2, "", (int)g->kind, g->kind_written ? "!" : "");
	d_name(b, &g->name);
	buf_putc(b, '\n');
	for (size_t i = 0; i < g->members.n; i++) d_member(b, g->members.items[i], depth + 1);
	buf_printf(b, "%*s)\n", depth * 2, "");
}

static void d_member(buf_t *b, const member_t *m, int depth)
{
	if (m->is_group) d_group(b, m->grp, depth);
	else d_activity(b, m->act, depth);
}

static void d_define(buf_t *b, const define_t *d)
{
	buf_printf(b, "(define%d ", (int)d->kind);
	d_name(b, &d->name);
	if (d->kind == DEF_EFFECT) d_effect(b, d->eff);
	else if (d->kind == DEF_COND) d_cond(b, d->cond);
	else { buf_putc(b, ' '); d_name(b, &d->alias); }
	buf_puts(b, ")\n");
}

static void d_test_stmt(buf_t *b, const test_stmt_t *s)
{
	buf_printf(b, "  (t%d", (int)s->kind);
	if (s->kind == TST_AT) d_datetime(b, &s->at);
	for (size_t i = 0; i < s->attrs.n; i++) {
		const test_attr_t *a = s->attrs.items[i];
		buf_putc(b, ' ');
		d_name(b, &a->key);
		if (a->has_val) d_value(b, &a->val);
	}
	if (s->kind == TST_EXPECT) buf_printf(b, " x%d", (int)s->expect);
	if (s->kind == TST_STATE) buf_printf(b, " %c", s->which);
	if (s->name.s) { buf_putc(b, ' '); d_name(b, &s->name); }
	if (s->has_qty) d_lit(b, &s->qty);
	if (s->has_amount) d_lit(b, &s->amount);
	if (s->has_category) { buf_puts(b, " category "); d_name(b, &s->category); }
	if (s->has_brand) { buf_puts(b, " brand "); d_name(b, &s->brand); }
	buf_puts(b, ")\n");
}

static void d_test(buf_t *b, const test_t *t)
{
	buf_puts(b, "(test ");
	d_name(b, &t->name);
	buf_putc(b, '\n');
	for (size_t i = 0; i < t->stmts.n; i++) d_test_stmt(b, t->stmts.items[i]);
	buf_puts(b, ")\n");
}

static void d_settings(buf_t *b, const program_t *p)
{
	if (p->has_currency) { buf_puts(b, "(currency "); d_name(b, &p->currency); buf_puts(b, ")\n"); }
	if (p->has_timezone) buf_printf(b, "(timezone %d)\n", p->tz_minutes);
	if (p->has_rounding) buf_printf(b, "(rounding %d)\n", p->rounding);
}

/* A comment's text without trailing blanks: the formatter may re-space it. */
static void d_comment(buf_t *b, const program_t *p, const comment_t *c)
{
	size_t n = c->span.len;
	const char *s = p->file->text + c->span.off;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
	buf_puts(b, "(comment ");
	buf_put_json_str(b, s, n);
	buf_puts(b, ")\n");
}

void ast_dump(const program_t *p, buf_t *out)
{
	d_settings(out, p);
	for (size_t i = 0; i < p->decls.n; i++) {
		const decl_t *d = p->decls.items[i];
		if (d->kind == DECL_DEFINE) d_define(out, d->def);
		else if (d->kind == DECL_MEMBER) d_member(out, d->member, 0);
		else if (d->kind == DECL_TEST) d_test(out, d->test);
	}
	for (size_t i = 0; i < p->comments.n; i++) d_comment(out, p, p->comments.items[i]);
}
