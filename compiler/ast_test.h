/* ast_test.h — test blocks inside .promo files (docs/testing.md):
 *
 *   test "vip buys two cases" {
 *     at 2026-11-11 20:05
 *     customer tier "vip", first_order
 *     line SKU-1001 x 2 at 100.00 category phones
 *     expect total 190.00
 *   }
 *
 * A test is a cart (facts) and expectations on the priced result, kept in
 * source order as statements so the formatter can write them back. The
 * checker (compiler/check_test.c) resolves literals and names; the runner
 * (lib/test_run.c) builds the cart, prices it, compares. */
#ifndef PROMO_AST_TEST_H
#define PROMO_AST_TEST_H
#include "compiler/ast.h"

/* One "KEY [VALUE]" of a customer/cart statement; no value means true. */
typedef struct test_attr {
	span_t span;
	name_t key;
	bool has_val;
	value_t val;
} test_attr_t;

typedef enum {
	TST_AT,       /* at 2026-11-11 20:05[:SS][+08:00] */
	TST_CUSTOMER, /* customer tier "vip", first_order, id "u42" */
	TST_CART,     /* cart channel "app" */
	TST_COUPON,   /* coupon "SAVE50" */
	TST_LINE,     /* line SKU x N at PRICE [category C] [brand B] */
	TST_SHIPPING, /* shipping 10 */
	TST_STATE,    /* state used|stock|budget ACTIVITY N */
	TST_EXPECT,   /* expect ... (see expect_kind_t) */
} test_stmt_kind_t;

typedef enum {
	EXP_TOTAL,       /* expect total 550.00 */
	EXP_SUBTOTAL,    /* expect subtotal 600.00 */
	EXP_DISCOUNT,    /* expect discount 50.00 */
	EXP_SHIPPING,    /* expect shipping 0 */
	EXP_LINE,        /* expect line SKU total 190.00 */
	EXP_APPLIED,     /* expect applied ACTIVITY [AMOUNT] */
	EXP_NOT_APPLIED, /* expect not applied ACTIVITY */
	EXP_GIFT,        /* expect gift SKU [x N] */
	EXP_OFFER,       /* expect offer SKU at PRICE */
} expect_kind_t;

typedef struct test_stmt {
	test_stmt_kind_t kind;
	span_t span;
	datetime_t at;        /* AT */
	vec_t attrs;          /* CUSTOMER, CART: test_attr_t* */
	name_t name;          /* COUPON code; LINE/GIFT/OFFER/EXP_LINE sku; STATE/APPLIED activity */
	lit_t qty;            /* LINE: x N (default 1); GIFT: x N */
	bool has_qty;
	lit_t amount;         /* LINE price; SHIPPING; STATE value; EXPECT money */
	bool has_amount;      /* APPLIED: the amount is optional */
	bool has_category, has_brand;
	name_t category, brand; /* LINE */
	char which;           /* STATE: 'u' used, 's' stock, 'b' budget */
	expect_kind_t expect; /* EXPECT */
} test_stmt_t;

typedef struct test {
	span_t span;
	name_t name;
	span_t open;          /* the "{" (diagnostics point back to it) */
	vec_t stmts;          /* test_stmt_t* in source order */
} test_t;

/* Constructors for the grammar actions (compiler/ast_test.c). NULL only
 * when memory runs out (p->oom is then set). ast_top_test records the
 * test in p->decls and p->tests. */
void ast_top_test(program_t *p, test_t *t);
test_t *ast_test_new(program_t *p, name_t name, span_t open, vec_t stmts, span_t span);
test_stmt_t *ast_tst_at(program_t *p, datetime_t at, span_t span);
test_stmt_t *ast_tst_attrs(program_t *p, test_stmt_kind_t kind, vec_t attrs, span_t span);
test_attr_t *ast_tst_attr(program_t *p, name_t key, const value_t *val, span_t span);
test_stmt_t *ast_tst_named(program_t *p, test_stmt_kind_t kind, name_t name, span_t span);
test_stmt_t *ast_tst_line(program_t *p, name_t sku, const lit_t *qty, lit_t price, span_t span);
/* Adds "category C" (which 'c') or "brand B" ('b') to a line; span grows. */
test_stmt_t *ast_tst_line_tag(program_t *p, test_stmt_t *line, char which, name_t n, span_t span);
test_stmt_t *ast_tst_shipping(program_t *p, lit_t amount, span_t span);
test_stmt_t *ast_tst_state(program_t *p, char which, name_t act, lit_t value, span_t span);
/* expect: name/qty/amount as the kind needs them (NULL when absent). */
test_stmt_t *ast_tst_expect(program_t *p, expect_kind_t kind, const name_t *name,
			    const lit_t *qty, const lit_t *amount, span_t span);

#endif
