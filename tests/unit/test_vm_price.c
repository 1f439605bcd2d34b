/* test_vm_price.c — pricing golden values, each computed by hand from the
 * seed examples of issue 3 (docs/pricing.md walks through the same carts).
 * Money is in minor units (CNY: 100 = 1.00). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "tests/unit/support_vm.h"

#define Y(v) ((int64_t)(v) * 100) /* whole yuan */

typedef struct fx {
	vm_program_t *p;
	cart_t c;
	result_t r;
} fx_t;

static fx_t *fx_new(const char *src)
{
	fx_t *f = test_calloc(1, sizeof *f);
	f->p = tvm_compile(src);
	cart_init(&f->c);
	result_init(&f->r);
	f->c.has_at = true;
	f->c.at = 1794326400; /* 2026-11-11T00:00:00+08:00 - ok for windowless programs */
	return f;
}

static void fx_free(fx_t *f)
{
	vm_program_free(f->p);
	cart_free(&f->c);
	result_free(&f->r);
	test_free(f);
}

/* Prices the fresh program and its saved+loaded copy: both must agree. */
static void fx_price(fx_t *f)
{
	vm_program_t *q = tvm_roundtrip(f->p);
	result_t r2;
	result_init(&r2);
	tvm_price(q, &f->c, &r2);
	tvm_price(f->p, &f->c, &f->r);
	assert_int_equal(r2.total, f->r.total);
	assert_int_equal(r2.n_lines, f->r.n_lines);
	for (size_t i = 0; i < r2.n_lines; i++)
		assert_int_equal(r2.lines[i].total, f->r.lines[i].total);
	result_free(&r2);
	vm_program_free(q);
}

static void test_zhe(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity earbuds item SKU-1002: 8折");
	tvm_line(&f->c, "SKU-1002", 1, Y(100), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(80));
	assert_int_equal(tvm_applied(f->p, &f->r, "earbuds"), Y(20));
	fx_free(f);
}

static void test_tiers(void **state)
{
	(void)state;
	static const int64_t qty[] = { 1, 2, 4, 5, 7 };
	static const int64_t want[] = { Y(100), Y(190), Y(380), Y(400), Y(560) };
	for (int i = 0; i < 5; i++) {
		fx_t *f = fx_new("activity case_tiers item SKU-1001: tier 2 -> 95%, 5 -> 80%");
		tvm_line(&f->c, "SKU-1001", qty[i], Y(100), NULL, NULL);
		fx_price(f);
		assert_int_equal(f->r.total, want[i]);
		fx_free(f);
	}
}

/* 80 each, spend 200 -> -30: two units (160) miss by 40, three get it. */
static void test_spend_needs_three_units(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity tea item SKU-1004: spend 200 -> -30");
	tvm_line(&f->c, "SKU-1004", 2, Y(80), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(160));
	assert_int_equal(tvm_skipped(f->p, &f->r, "tea"), REASON_THRESHOLD);
	assert_int_equal(tvm_hint(f->p, &f->r, "tea"), Y(40));
	cart_reset(&f->c);
	f->c.has_at = true;
	tvm_line(&f->c, "SKU-1004", 3, Y(80), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(210));
	fx_free(f);
}

static void test_spend_ladder(void **state)
{
	(void)state;
	static const int64_t amt[] = { Y(199), Y(200), Y(299), Y(300), Y(500), Y(900) };
	static const int64_t off[] = { 0, Y(10), Y(10), Y(30), Y(60), Y(60) };
	static const int64_t hint[] = { Y(1), Y(100), Y(1), Y(200), -1, -1 };
	for (int i = 0; i < 6; i++) {
		fx_t *f = fx_new("activity tea item SKU-1004: spend 200 -> -10, 300 -> -30, 500 -> -60");
		tvm_line(&f->c, "SKU-1004", 1, amt[i], NULL, NULL);
		fx_price(f);
		assert_int_equal(f->r.total, amt[i] - off[i]);
		assert_int_equal(tvm_hint(f->p, &f->r, "tea"), hint[i]);
		fx_free(f);
	}
}

static void test_addon(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20");
	tvm_line(&f->c, "SKU-1005", 1, Y(500), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(500));
	assert_int_equal(f->r.n_offers, 1);
	assert_string_equal(f->r.offers[0].sku, "SKU-9001");
	assert_int_equal(f->r.offers[0].price, Y(20));
	tvm_line(&f->c, "SKU-9001", 1, Y(50), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(520));
	assert_int_equal(f->r.n_offers, 0);
	assert_true(f->r.lines[1].addon);
	assert_int_equal(f->r.lines[1].total, Y(20));
	fx_free(f);
}

/* The add-on's line has an item deal of its own: pass 2 applies them in
 * declaration order (the add-on first: 50 -> 20, then 50% of 20; the deal
 * first: 50% -> 25, then the add-on takes 25 down to 20), whatever the
 * line order; neither is given early in pass 1. */
static void test_addon_line_with_its_own_deal(void **state)
{
	(void)state;
	static const char *const src[2] = {
		"activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20\n"
		"activity half item SKU-9001: 50%\n",
		"activity half item SKU-9001: 50%\n"
		"activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20\n",
	};
	static const int64_t want[2] = { Y(10), Y(20) };
	for (int k = 0; k < 2; k++) {
		fx_t *f = fx_new(src[k]);
		tvm_line(&f->c, "SKU-9001", 1, Y(50), NULL, NULL);
		tvm_line(&f->c, "SKU-1005", 1, Y(500), NULL, NULL);
		fx_price(f);
		assert_true(f->r.lines[0].addon);
		assert_int_equal(f->r.lines[0].total, want[k]);
		assert_int_equal(f->r.total, want[k] + Y(500));
		fx_free(f);
	}
}

static void test_gift(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity lamp item SKU-1006: spend 300 -> gift SKU-9002");
	tvm_line(&f->c, "SKU-1006", 1, Y(300), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(300));
	assert_int_equal(f->r.n_gifts, 1);
	assert_int_equal(f->r.n_lines, 2);
	assert_true(f->r.lines[1].gift);
	assert_string_equal(f->r.lines[1].sku, "SKU-9002");
	assert_int_equal(f->r.lines[1].total, 0);
	fx_free(f);
}

/* 400 + 300 + 300 = 1000 -> -100, spread 40/30/30 by amount. */
static void test_combo(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity kitchen combo (SKU-3001, SKU-3002, SKU-3003): spend 1000 -> -100");
	tvm_line(&f->c, "OTHER", 1, Y(400), NULL, NULL);
	fx_price(f);
	assert_int_equal(tvm_skipped(f->p, &f->r, "kitchen"), -1); /* not looked at */
	cart_reset(&f->c);
	f->c.has_at = true;
	tvm_line(&f->c, "SKU-3001", 1, Y(400), NULL, NULL);
	tvm_line(&f->c, "SKU-3002", 1, Y(300), NULL, NULL);
	fx_price(f);
	assert_int_equal(tvm_skipped(f->p, &f->r, "kitchen"), REASON_CONDITION);
	tvm_line(&f->c, "SKU-3003", 1, Y(300), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(900));
	assert_int_equal(f->r.lines[0].discount, Y(40));
	assert_int_equal(f->r.lines[1].discount, Y(30));
	assert_int_equal(f->r.lines[2].discount, Y(30));
	fx_free(f);
}

static const char *order_src = TVM_CHECKOUT_SRC;

static void test_order_500(void **state)
{
	(void)state;
	fx_t *f = fx_new(order_src);
	tvm_line(&f->c, "A", 1, Y(500), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(470));
	assert_int_equal(tvm_applied(f->p, &f->r, "big_order"), Y(30));
	assert_int_equal(tvm_skipped(f->p, &f->r, "save50"), REASON_COUPON);
	fx_free(f);
}

static void test_first_order(void **state)
{
	(void)state;
	fx_t *f = fx_new(order_src);
	tvm_line(&f->c, "A", 1, Y(100), NULL, NULL);
	tvm_bool(&f->c, "first_order", true);
	fx_price(f);
	assert_int_equal(f->r.total, Y(50));
	assert_int_equal(tvm_applied(f->p, &f->r, "newcomer"), Y(50));
	assert_int_equal(tvm_hint(f->p, &f->r, "big_order"), Y(400)); /* its own near miss */
	fx_free(f);
}

/* 600 for a first-order vip: every 300 -> -40 gives 80, the best member;
 * then the coupon on the running 520. */
static void test_exclusive_best_then_coupon(void **state)
{
	(void)state;
	fx_t *f = fx_new(order_src);
	tvm_line(&f->c, "A", 2, Y(300), NULL, NULL);
	tvm_bool(&f->c, "first_order", true);
	tvm_str(&f->c, "tier", "vip");
	assert_int_equal(cart_add_coupon(&f->c, "SAVE50"), 0);
	fx_price(f);
	assert_int_equal(tvm_applied(f->p, &f->r, "vip_every"), Y(80));
	assert_int_equal(tvm_skipped(f->p, &f->r, "big_order"), REASON_LOST);
	assert_int_equal(tvm_skipped(f->p, &f->r, "newcomer"), REASON_LOST);
	assert_int_equal(tvm_applied(f->p, &f->r, "save50"), Y(50));
	assert_int_equal(f->r.total, Y(470));
	fx_free(f);
}

/* Item then order: 700 at 8折 = 560, then 满500减30 = 530. */
static void test_item_then_order(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity earbuds item SKU-1002: 8折\n"
			 "activity big_order order >= 500: -30\n");
	tvm_line(&f->c, "SKU-1002", 1, Y(700), NULL, NULL);
	tvm_line(&f->c, "B", 1, Y(0), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(530));
	assert_int_equal(f->r.lines[0].nshares, 2);
	fx_free(f);
}

/* Cheapest three of 50, 40, 30, 60 (= 120) for 99: 21 off, spread over
 * 30/40/50 in proportion: 5.25, 7.00, 8.75. */
static void test_pick(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity tees category tees: pick 3 for 99");
	tvm_line(&f->c, "T1", 1, Y(50), "tees", NULL);
	tvm_line(&f->c, "T2", 1, Y(40), "tees", NULL);
	tvm_line(&f->c, "T3", 1, Y(30), "tees", NULL);
	tvm_line(&f->c, "T4", 1, Y(60), "tees", NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(180 - 21));
	assert_int_equal(f->r.lines[0].discount, 875);
	assert_int_equal(f->r.lines[1].discount, 700);
	assert_int_equal(f->r.lines[2].discount, 525);
	assert_int_equal(f->r.lines[3].discount, 0);
	fx_free(f);
}

static void test_nth_half_price(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity shirts items (SKU-1101, SKU-1102): nth 2 -> 50%");
	tvm_line(&f->c, "SKU-1101", 3, Y(100), NULL, NULL);
	tvm_line(&f->c, "SKU-1102", 1, Y(80), NULL, NULL);
	fx_price(f);
	/* 4 units: 2 get half price, the cheapest: the 80 and one 100 */
	assert_int_equal(f->r.total, Y(380 - 40 - 50));
	fx_free(f);
}

static void test_flash_limit_and_window(void **state)
{
	(void)state;
	fx_t *f = fx_new("timezone +08:00\n"
			 "activity flash_tv window 2026-11-11 20:00 .. 2026-11-11 20:10\n"
			 "  stock 100 limit 1 per customer item SKU-2001: price 1999");
	tvm_line(&f->c, "SKU-2001", 2, Y(2999), NULL, NULL);
	f->c.at = 1794326400 + 20 * 3600 + 60; /* 20:01 +08:00 */
	fx_price(f);
	assert_int_equal(f->r.total, Y(1999 + 2999));
	f->c.at += 10 * 60; /* 20:11 */
	fx_price(f);
	assert_int_equal(f->r.total, Y(2 * 2999));
	assert_int_equal(tvm_skipped(f->p, &f->r, "flash_tv"), REASON_WINDOW);
	f->c.at -= 10 * 60;
	assert_int_equal(cart_set_count(&f->c, 'u', "flash_tv", 1), 0);
	fx_price(f);
	assert_int_equal(tvm_skipped(f->p, &f->r, "flash_tv"), REASON_LIMIT);
	fx_free(f);
}

static void test_free_shipping(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity free_ship shipping when order >= 99: free");
	tvm_line(&f->c, "A", 1, Y(98), NULL, NULL);
	f->c.shipping = Y(10);
	fx_price(f);
	assert_int_equal(f->r.total, Y(108));
	assert_int_equal(tvm_hint(f->p, &f->r, "free_ship"), Y(1));
	tvm_line(&f->c, "B", 1, Y(1), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(99));
	assert_int_equal(f->r.shipping_discount, Y(10));
	fx_free(f);
}

/* Unrelated activities on one line (possible when the catalog changed):
 * the first declared that applies wins, the other says "conflict". */
static void test_runtime_conflict(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity a item S when customer.vip: 90%\n"
			 "activity b category c: 80%\n");
	tvm_line(&f->c, "S", 1, Y(100), "c", NULL);
	tvm_bool(&f->c, "vip", true);
	fx_price(f);
	assert_int_equal(f->r.total, Y(90));
	assert_int_equal(tvm_skipped(f->p, &f->r, "b"), REASON_CONFLICT);
	assert_int_equal(f->r.skipped[0].by, tvm_act(f->p, "a"));
	tvm_bool(&f->c, "vip", false);
	fx_price(f);
	assert_int_equal(f->r.total, Y(80)); /* a does not apply: b takes the line */
	assert_int_equal(tvm_skipped(f->p, &f->r, "a"), REASON_CONDITION);
	fx_free(f);
}

/* The loser of a conflict that still applies on another line is reported
 * too: in applied[] for that line, in not_applied[] as a conflict. */
static void test_conflict_reported_when_applied_elsewhere(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity a item S: 90%\n"
			 "activity b category c: 80%\n");
	tvm_line(&f->c, "S", 1, Y(100), "c", NULL);
	tvm_line(&f->c, "T", 1, Y(100), "c", NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(170));
	assert_int_equal(tvm_applied(f->p, &f->r, "b"), Y(20));
	assert_int_equal(tvm_skipped(f->p, &f->r, "b"), REASON_CONFLICT);
	assert_int_equal(f->r.n_skipped, 1);
	assert_int_equal(f->r.skipped[0].by, tvm_act(f->p, "a"));
	fx_free(f);
}

static void test_item_groups(void **state)
{
	(void)state;
	fx_t *f = fx_new("stack s {\n activity a item S: 90%\n activity b item S: -5\n}\n"
			 "exclusive e best {\n activity c item T: 90%\n activity d item T: -15\n}\n");
	tvm_line(&f->c, "S", 1, Y(100), NULL, NULL);
	tvm_line(&f->c, "T", 1, Y(100), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.lines[0].total, Y(85)); /* 100 -> 90 -> 85 */
	assert_int_equal(f->r.lines[1].total, Y(85)); /* -15 beats -10 */
	assert_int_equal(tvm_skipped(f->p, &f->r, "c"), REASON_LOST);
	fx_free(f);
}

/* Percent rounds once per line, half-up by default, half-even on request. */
static void test_rounding(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity a item S: 95%");
	tvm_line(&f->c, "S", 1, 10, NULL, NULL); /* 0.10 x 95% = 0.095 */
	fx_price(f);
	assert_int_equal(f->r.total, 10); /* 9.5 -> 10 */
	fx_free(f);
	f = fx_new("rounding half-even\nactivity a item S: 95%");
	tvm_line(&f->c, "S", 1, 10, NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, 10); /* 9.5 -> 10 (even) */
	cart_reset(&f->c);
	tvm_line(&f->c, "S", 1, 30, NULL, NULL); /* 28.5 -> 28 */
	fx_price(f);
	assert_int_equal(f->r.total, 28);
	fx_free(f);
}

static void test_budget_caps(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity a budget 25 item S: -10 each");
	tvm_line(&f->c, "S", 2, Y(100), NULL, NULL);
	tvm_line(&f->c, "S", 2, Y(100), NULL, NULL);
	fx_price(f);
	assert_int_equal(tvm_applied(f->p, &f->r, "a"), Y(25));
	assert_int_equal(cart_set_count(&f->c, 'b', "a", 0), 0);
	fx_price(f);
	assert_int_equal(tvm_skipped(f->p, &f->r, "a"), REASON_BUDGET);
	fx_free(f);
}

/* every 300 -> -40 max -200: 599 gives 40 and a hint of 1; 250 does not
 * reach it (threshold, hint 50); 1600 is capped at 200 (no hint). */
static void test_every(void **state)
{
	(void)state;
	static const int64_t amt[] = { Y(250), Y(599), Y(1600) };
	static const int64_t off[] = { 0, Y(40), Y(200) };
	static const int64_t hint[] = { Y(50), Y(1), -1 };
	for (int i = 0; i < 3; i++) {
		fx_t *f = fx_new("activity v order: every 300 -> -40 max -200");
		tvm_line(&f->c, "A", 1, amt[i], NULL, NULL);
		fx_price(f);
		assert_int_equal(f->r.total, amt[i] - off[i]);
		assert_int_equal(tvm_hint(f->p, &f->r, "v"), hint[i]);
		assert_int_equal(tvm_skipped(f->p, &f->r, "v"), i == 0 ? REASON_THRESHOLD : -1);
		fx_free(f);
	}
}

/* Attribute tests: numbers compare exactly across scales; a missing or
 * differently typed attribute makes a comparison false (and `not` true). */
static void test_conditions(void **state)
{
	(void)state;
	fx_t *f = fx_new("activity adult order when customer.age >= 18.5: -1\n"
			 "activity not_vip order when not (customer.tier == \"vip\"): -2\n"
			 "activity big_qty order when qty > 3 and cart.channel != \"web\": -4\n");
	tvm_line(&f->c, "A", 2, Y(100), NULL, NULL);
	fx_price(f);
	assert_int_equal(tvm_skipped(f->p, &f->r, "adult"), REASON_CONDITION); /* no age */
	assert_int_equal(tvm_applied(f->p, &f->r, "not_vip"), Y(2));        /* no tier */
	assert_int_equal(tvm_skipped(f->p, &f->r, "big_qty"), REASON_CONDITION);
	cart_attr_t age = { .key = "age", .kind = ATTR_NUM, .digits = 1850, .scale = 2 };
	assert_int_equal(cart_set_attr(&f->c, true, &age), 0);
	cart_attr_t ch = { .key = "channel", .kind = ATTR_STR, .str = "app" };
	assert_int_equal(cart_set_attr(&f->c, false, &ch), 0);
	tvm_line(&f->c, "B", 2, Y(1), NULL, NULL);
	tvm_str(&f->c, "tier", "vip");
	fx_price(f);
	assert_int_equal(tvm_applied(f->p, &f->r, "adult"), Y(1)); /* 18.50 >= 18.5 */
	assert_int_equal(tvm_skipped(f->p, &f->r, "not_vip"), REASON_CONDITION);
	assert_int_equal(tvm_applied(f->p, &f->r, "big_qty"), Y(4));
	fx_free(f);
}

/* An exclusive group spanning levels: at most one member applies; the
 * earlier level's member wins, the later ones lose to it. */
static void test_exclusive_across_levels(void **state)
{
	(void)state;
	fx_t *f = fx_new("exclusive e first {\n"
			 "  activity item_deal item S: 90%\n"
			 "  stack s {\n    activity combo_deal combo (S, T): -5\n    activity order_deal order: -1\n  }\n"
			 "}\n");
	tvm_line(&f->c, "S", 1, Y(100), NULL, NULL);
	tvm_line(&f->c, "T", 1, Y(100), NULL, NULL);
	fx_price(f);
	assert_int_equal(f->r.total, Y(190));
	assert_int_equal(tvm_skipped(f->p, &f->r, "combo_deal"), REASON_LOST);
	assert_int_equal(tvm_skipped(f->p, &f->r, "order_deal"), REASON_LOST);
	cart_reset(&f->c);
	f->c.has_at = true;
	tvm_line(&f->c, "T", 1, Y(100), NULL, NULL);
	tvm_line(&f->c, "U", 1, Y(100), NULL, NULL);
	fx_price(f); /* no S: the combo fails, the stack's order member applies */
	assert_int_equal(f->r.total, Y(199));
	assert_int_equal(tvm_skipped(f->p, &f->r, "combo_deal"), REASON_CONDITION);
	fx_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zhe),
		cmocka_unit_test(test_tiers),
		cmocka_unit_test(test_spend_needs_three_units),
		cmocka_unit_test(test_spend_ladder),
		cmocka_unit_test(test_addon),
		cmocka_unit_test(test_addon_line_with_its_own_deal),
		cmocka_unit_test(test_gift),
		cmocka_unit_test(test_combo),
		cmocka_unit_test(test_order_500),
		cmocka_unit_test(test_first_order),
		cmocka_unit_test(test_exclusive_best_then_coupon),
		cmocka_unit_test(test_item_then_order),
		cmocka_unit_test(test_pick),
		cmocka_unit_test(test_nth_half_price),
		cmocka_unit_test(test_flash_limit_and_window),
		cmocka_unit_test(test_free_shipping),
		cmocka_unit_test(test_runtime_conflict),
		cmocka_unit_test(test_conflict_reported_when_applied_elsewhere),
		cmocka_unit_test(test_item_groups),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_budget_caps),
		cmocka_unit_test(test_every),
		cmocka_unit_test(test_conditions),
		cmocka_unit_test(test_exclusive_across_levels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
