/* fmt_test.c — the canonical layout of test blocks: one statement a line,
 * indented inside the braces. */
#include "compiler/ast_test.h"
#include "compiler/fmt.h"

static const char *const expect_words[] = {
	[EXP_TOTAL] = "total", [EXP_SUBTOTAL] = "subtotal", [EXP_DISCOUNT] = "discount",
	[EXP_SHIPPING] = "shipping", [EXP_LINE] = "line", [EXP_APPLIED] = "applied",
	[EXP_NOT_APPLIED] = "not applied", [EXP_GIFT] = "gift", [EXP_OFFER] = "offer",
};

static void fmt_attrs(fmt_t *f, const char *kw, const vec_t *attrs)
{
	fmt_tok(f, kw);
	for (size_t i = 0; i < attrs->n; i++) {
		const test_attr_t *a = attrs->items[i];
		if (i) fmt_punct(f, ",");
		fmt_at(f, a->span);
		fmt_tok(f, a->key.s); /* any word is an attribute name here */
		fmt_done(f, a->key.span);
		if (a->has_val) fmt_value(f, &a->val);
	}
}

static void fmt_line(fmt_t *f, const test_stmt_t *s)
{
	fmt_tok(f, "line");
	fmt_name(f, &s->name);
	if (s->has_qty) { fmt_tok(f, "x"); fmt_lit(f, &s->qty); }
	fmt_tok(f, "at");
	fmt_lit(f, &s->amount);
	if (s->has_category) { fmt_tok(f, "category"); fmt_name(f, &s->category); }
	if (s->has_brand) { fmt_tok(f, "brand"); fmt_name(f, &s->brand); }
}

static void fmt_expect(fmt_t *f, const test_stmt_t *s)
{
	fmt_tok(f, "expect");
	fmt_tok(f, expect_words[s->expect]);
	switch (s->expect) {
	case EXP_LINE: fmt_name(f, &s->name); fmt_tok(f, "total"); break;
	case EXP_APPLIED: case EXP_NOT_APPLIED: fmt_ident(f, &s->name); break;
	case EXP_GIFT:
		fmt_name(f, &s->name);
		if (s->has_qty) { fmt_tok(f, "x"); fmt_lit(f, &s->qty); }
		break;
	case EXP_OFFER: fmt_name(f, &s->name); if (s->has_amount) fmt_tok(f, "at"); break;
	default: break;
	}
	if (s->has_amount) fmt_lit(f, &s->amount);
}

static void fmt_stmt(fmt_t *f, const test_stmt_t *s)
{
	fmt_comments_before(f, s->span.off);
	fmt_at(f, s->span);
	switch (s->kind) {
	case TST_AT: fmt_tok(f, "at"); fmt_datetime(f, &s->at); break;
	case TST_CUSTOMER: fmt_attrs(f, "customer", &s->attrs); break;
	case TST_CART: fmt_attrs(f, "cart", &s->attrs); break;
	case TST_COUPON: fmt_tok(f, "coupon"); fmt_string(f, s->name.s); break;
	case TST_LINE: fmt_line(f, s); break;
	case TST_SHIPPING: fmt_tok(f, "shipping"); fmt_lit(f, &s->amount); break;
	case TST_STATE:
		fmt_tok(f, "state");
		fmt_tok(f, s->which == 's' ? "stock" : s->which == 'b' ? "budget" : "used");
		fmt_ident(f, &s->name);
		fmt_lit(f, &s->amount);
		break;
	case TST_EXPECT: fmt_expect(f, s); break;
	}
	fmt_done(f, s->span);
	fmt_newline(f);
}

void fmt_test(fmt_t *f, const test_t *t)
{
	fmt_at(f, t->span);
	fmt_tok(f, "test");
	fmt_string(f, t->name.s);
	fmt_done(f, t->name.span);
	fmt_block_open(f, t->open);
	for (size_t i = 0; i < t->stmts.n; i++) fmt_stmt(f, t->stmts.items[i]);
	fmt_block_close(f, t->span);
}
