/* ast_test.c — constructors of test-block nodes (compiler/ast_test.h).
 * Each allocates in the program's arena; NULL means out of memory. */
#include "compiler/ast_test.h"

/* Arena memory, or NULL with p->oom set (the parse driver gives up). */
static void *tst_alloc(program_t *p, size_t n)
{
	void *m = arena_alloc(p->arena, n);
	if (!m) p->oom = true;
	return m;
}

static test_stmt_t *tst_new(program_t *p, test_stmt_kind_t kind, span_t span)
{
	test_stmt_t *s = tst_alloc(p, sizeof *s);
	if (!s) return NULL;
	s->kind = kind;
	s->span = span;
	return s;
}

test_t *ast_test_new(program_t *p, name_t name, span_t open, vec_t stmts, span_t span)
{
	test_t *t = tst_alloc(p, sizeof *t);
	if (!t) return NULL;
	t->name = name;
	t->open = open;
	t->stmts = stmts;
	t->span = span;
	return t;
}

void ast_top_test(program_t *p, test_t *t)
{
	decl_t *d = t ? tst_alloc(p, sizeof *d) : NULL;
	if (!d) return;
	d->kind = DECL_TEST;
	d->span = t->span;
	d->test = t;
	if (vec_push(p->arena, &p->decls, d) != 0 || vec_push(p->arena, &p->tests, t) != 0) p->oom = true;
}

test_stmt_t *ast_tst_at(program_t *p, datetime_t at, span_t span)
{
	test_stmt_t *s = tst_new(p, TST_AT, span);
	if (s) s->at = at;
	return s;
}

test_stmt_t *ast_tst_attrs(program_t *p, test_stmt_kind_t kind, vec_t attrs, span_t span)
{
	test_stmt_t *s = tst_new(p, kind, span);
	if (s) s->attrs = attrs;
	return s;
}

test_attr_t *ast_tst_attr(program_t *p, name_t key, const value_t *val, span_t span)
{
	test_attr_t *a = tst_alloc(p, sizeof *a);
	if (!a) return NULL;
	a->span = span;
	a->key = key;
	a->has_val = val != NULL;
	if (val) a->val = *val;
	return a;
}

test_stmt_t *ast_tst_named(program_t *p, test_stmt_kind_t kind, name_t name, span_t span)
{
	test_stmt_t *s = tst_new(p, kind, span);
	if (s) s->name = name;
	return s;
}

/* A count nobody wrote: 1, with an empty span (the formatter omits it). */
static lit_t lit_one(void)
{
	lit_t one = { .digits = 1 };
	return one;
}

test_stmt_t *ast_tst_line(program_t *p, name_t sku, const lit_t *qty, lit_t price, span_t span)
{
	test_stmt_t *s = tst_new(p, TST_LINE, span);
	if (!s) return NULL;
	s->name = sku;
	s->has_qty = qty != NULL;
	s->qty = qty ? *qty : lit_one();
	s->amount = price;
	s->has_amount = true;
	return s;
}

test_stmt_t *ast_tst_line_tag(program_t *p, test_stmt_t *line, char which, name_t n, span_t span)
{
	(void)p;
	if (!line) return NULL;
	if (which == 'c') { line->has_category = true; line->category = n; }
	else { line->has_brand = true; line->brand = n; }
	line->span = span;
	return line;
}

test_stmt_t *ast_tst_shipping(program_t *p, lit_t amount, span_t span)
{
	test_stmt_t *s = tst_new(p, TST_SHIPPING, span);
	if (!s) return NULL;
	s->amount = amount;
	s->has_amount = true;
	return s;
}

test_stmt_t *ast_tst_state(program_t *p, char which, name_t act, lit_t value, span_t span)
{
	test_stmt_t *s = tst_new(p, TST_STATE, span);
	if (!s) return NULL;
	s->which = which;
	s->name = act;
	s->amount = value;
	s->has_amount = true;
	return s;
}

test_stmt_t *ast_tst_expect(program_t *p, expect_kind_t kind, const name_t *name,
			    const lit_t *qty, const lit_t *amount, span_t span)
{
	test_stmt_t *s = tst_new(p, TST_EXPECT, span);
	if (!s) return NULL;
	s->expect = kind;
	if (name) s->name = *name;
	s->has_qty = qty != NULL;
	s->qty = qty ? *qty : lit_one();
	s->has_amount = amount != NULL;
	if (amount) s->amount = *amount;
	return s;
}
