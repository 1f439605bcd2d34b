/* test_api_result.c — pricing and reading results through promo.h: totals,
 * lines with their shares, applied, gifts, offers, hints, not_applied, the
 * trace, the JSON, and every error path. Expected amounts are priced by
 * hand from docs/pricing.md (the arithmetic is in the comments). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdbool.h>
#include <string.h>
#include "tests/unit/support_lib.h"

static promo_program *prog;
static promo_cart *cart; /* reused by every test: results point into it */

static int setup(void **state)
{
	(void)state;
	prog = tl_compile(tl_program_src);
	return promo_cart_new(&cart) != PROMO_OK;
}

static int teardown(void **state)
{
	(void)state;
	promo_cart_free(cart);
	promo_program_free(prog);
	return 0;
}

/* tea 350.00 (spend 300 -> -30), lamp 300.00 (spend 300 -> gift),
 * blender 500.00 (spend 500 -> addon SKU-9001 at 20, not in the cart).
 * Subtotal 1150.00; after the item level 1120.00 >= 500: big_order -30.00
 * is allocated over 320.00 / 300.00 / 500.00 by largest remainder:
 * 3000*32000/112000 = 857.14, 3000*30000/112000 = 803.57,
 * 3000*50000/112000 = 1339.28 -> 857 + 803 + 1339 = 2999, the last fen to
 * the largest remainder (.57, the lamp): 857 / 804 / 1339.
 * Shipping 10.00 is free (order >= 99). */
static const char cart_b[] =
	"{\"at\": \"2026-11-11T21:00:00+08:00\", \"shipping\": \"10.00\", \"lines\": ["
	"{\"sku\": \"SKU-1004\", \"qty\": 1, \"price\": \"350.00\"},"
	"{\"sku\": \"SKU-1006\", \"qty\": 1, \"price\": \"300.00\"},"
	"{\"sku\": \"SKU-1005\", \"qty\": 1, \"price\": \"500.00\"}]}";

static promo_result *price_json(const char *json)
{
	promo_result *r = NULL;
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	tl_cart_json(cart, prog, json);
	assert_int_equal(promo_price(prog, cart, r), PROMO_OK);
	assert_string_equal(promo_result_error(r), "");
	return r;
}

/* The share of activity `act` on line i, or -1 when it has none. */
static int64_t share_of(const promo_result *r, size_t i, const char *act)
{
	promo_line l;
	promo_share s;
	assert_int_equal(promo_result_line(r, i, &l), PROMO_OK);
	for (size_t j = 0; j < l.nshares; j++) {
		assert_int_equal(promo_result_share(r, i, j, &s), PROMO_OK);
		if (!strcmp(s.activity, act))
			return s.amount;
	}
	return -1;
}

static void test_totals_lines_and_allocation(void **state)
{
	(void)state;
	promo_result *r = price_json(cart_b);
	promo_totals t;
	assert_int_equal(promo_result_totals(r, &t), PROMO_OK);
	assert_string_equal(t.currency, "CNY");
	assert_int_equal(t.decimals, 2);
	assert_int_equal(t.subtotal, 115000);
	assert_int_equal(t.discount, 6000);
	assert_int_equal(t.shipping, 0);
	assert_int_equal(t.shipping_discount, 1000);
	assert_int_equal(t.total, 109000);
	size_t n = 0;
	assert_int_equal(promo_result_count(r, PROMO_LINES, &n), PROMO_OK);
	assert_int_equal(n, 4); /* three cart lines and the gift */
	promo_line l;
	int64_t sum = 0;
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(promo_result_line(r, i, &l), PROMO_OK);
		assert_int_equal(l.total, l.amount - l.discount);
		assert_true(l.total >= 0);
		sum += l.total;
	}
	assert_int_equal(sum, t.total - t.shipping); /* line totals add up exactly */
	assert_int_equal(promo_result_line(r, 0, &l), PROMO_OK);
	assert_string_equal(l.sku, "SKU-1004");
	assert_int_equal(l.input, 0);
	assert_int_equal(l.amount, 35000);
	assert_int_equal(l.discount, 3000 + 857);
	assert_int_equal(share_of(r, 0, "tea"), 3000);
	assert_int_equal(share_of(r, 0, "big_order"), 857);
	assert_int_equal(share_of(r, 1, "big_order"), 804);
	assert_int_equal(share_of(r, 2, "big_order"), 1339);
	assert_int_equal(share_of(r, 2, "tea"), -1);
	assert_int_equal(promo_result_line(r, 3, &l), PROMO_OK);
	assert_true(l.gift);
	assert_string_equal(l.sku, "SKU-9002");
	assert_int_equal(l.input, (size_t)-1);
	assert_int_equal(l.total, 0);
	promo_result_free(r);
}

static void test_applied_gifts_offers(void **state)
{
	(void)state;
	promo_result *r = price_json(cart_b);
	size_t n = 0;
	promo_applied a;
	int64_t tea = -1, big = -1;
	assert_int_equal(promo_result_count(r, PROMO_APPLIED, &n), PROMO_OK);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(promo_result_applied(r, i, &a), PROMO_OK);
		if (!strcmp(a.activity, "tea"))
			tea = a.discount;
		if (!strcmp(a.activity, "big_order")) {
			big = a.discount;
			assert_string_equal(a.title, "满500减30");
		}
	}
	assert_int_equal(tea, 3000);
	assert_int_equal(big, 3000);
	promo_gift g;
	assert_int_equal(promo_result_count(r, PROMO_GIFTS, &n), PROMO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(promo_result_gift(r, 0, &g), PROMO_OK);
	assert_string_equal(g.activity, "lamp");
	assert_string_equal(g.sku, "SKU-9002");
	assert_int_equal(g.qty, 1);
	promo_offer o;
	assert_int_equal(promo_result_count(r, PROMO_OFFERS, &n), PROMO_OK);
	assert_int_equal(n, 1);
	assert_int_equal(promo_result_offer(r, 0, &o), PROMO_OK);
	assert_string_equal(o.activity, "blender");
	assert_string_equal(o.sku, "SKU-9001");
	assert_int_equal(o.price, 2000);
	promo_result_free(r);
}

static void test_hints_and_not_applied(void **state)
{
	(void)state;
	/* 100.00 at 8折 = 80.00: 420.00 short of big_order, flash_tv's window
	 * is over at 21:00 */
	promo_result *r = price_json("{\"at\": \"2026-11-11T21:00:00+08:00\", \"lines\": ["
				     "{\"sku\": \"SKU-1002\", \"qty\": 1, \"price\": \"100.00\"},"
				     "{\"sku\": \"SKU-2001\", \"qty\": 1, \"price\": \"0.00\"}]}");
	size_t n = 0;
	promo_hint h;
	bool hinted = false, window = false;
	assert_int_equal(promo_result_count(r, PROMO_HINTS, &n), PROMO_OK);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(promo_result_hint(r, i, &h), PROMO_OK);
		if (!strcmp(h.activity, "big_order")) {
			hinted = true;
			assert_int_equal(h.missing, 42000);
		}
	}
	assert_true(hinted);
	promo_not_applied k;
	assert_int_equal(promo_result_count(r, PROMO_NOT_APPLIED, &n), PROMO_OK);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(promo_result_not_applied(r, i, &k), PROMO_OK);
		assert_non_null(k.reason);
		assert_non_null(k.text);
		if (!strcmp(k.activity, "flash_tv")) {
			window = true;
			assert_string_equal(k.reason, "window");
			assert_null(k.by);
		}
	}
	assert_true(window);
	assert_int_equal(promo_result_not_applied(r, n, &k), PROMO_E_NOTFOUND);
	promo_result_free(r);
}

static void test_json_matches_accessors(void **state)
{
	(void)state;
	promo_result *r = price_json(cart_b);
	char *text = NULL;
	assert_int_equal(promo_result_json(r, &text), PROMO_OK);
	json_error_t e;
	json_t *j = json_loads(text, 0, &e);
	assert_non_null(j);
	assert_null(strchr(text, '\n'));
	assert_string_equal(json_string_value(json_object_get(j, "currency")), "CNY");
	assert_string_equal(json_string_value(json_object_get(j, "subtotal")), "1150.00");
	assert_string_equal(json_string_value(json_object_get(j, "discount")), "60.00");
	assert_string_equal(json_string_value(json_object_get(j, "shipping")), "0.00");
	assert_string_equal(json_string_value(json_object_get(j, "total")), "1090.00");
	json_t *lines = json_object_get(j, "lines");
	assert_int_equal(json_array_size(lines), 4);
	json_t *l1 = json_array_get(lines, 1);
	assert_string_equal(json_string_value(json_object_get(l1, "sku")), "SKU-1006");
	assert_int_equal(json_integer_value(json_object_get(l1, "qty")), 1);
	assert_string_equal(json_string_value(json_object_get(l1, "discount")), "8.04");
	assert_string_equal(json_string_value(json_object_get(l1, "total")), "291.96");
	assert_true(json_is_true(json_object_get(json_array_get(lines, 3), "gift")));
	const char *lists[] = { "applied", "gifts", "offers", "hints", "not_applied" };
	for (size_t i = 0; i < 5; i++)
		assert_true(json_is_array(json_object_get(j, lists[i])));
	json_t *offer = json_array_get(json_object_get(j, "offers"), 0);
	assert_string_equal(json_string_value(json_object_get(offer, "price")), "20.00");
	json_decref(j);
	promo_free(text);
	promo_result_free(r);
}

static void test_explain(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	promo_result *r = NULL;
	const char *trace = NULL;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	tl_cart_json(c, prog, cart_b);
	assert_int_equal(promo_price(prog, c, r), PROMO_OK);
	assert_int_equal(promo_result_explain(r, &trace), PROMO_OK);
	assert_string_equal(trace, "");
	assert_int_equal(promo_result_set_explain(r, 1), PROMO_OK);
	assert_int_equal(promo_price(prog, c, r), PROMO_OK);
	assert_int_equal(promo_result_explain(r, &trace), PROMO_OK);
	assert_non_null(strstr(trace, "big_order"));
	assert_int_equal(promo_result_set_explain(r, 0), PROMO_OK);
	assert_int_equal(promo_price(prog, c, r), PROMO_OK);
	assert_int_equal(promo_result_explain(r, &trace), PROMO_OK);
	assert_string_equal(trace, "");
	assert_int_equal(promo_result_set_explain(r, 2), PROMO_E_ARG);
	assert_int_equal(promo_result_set_explain(NULL, 1), PROMO_E_NULL);
	assert_int_equal(promo_result_explain(r, NULL), PROMO_E_NULL);
	promo_result_free(r);
	promo_cart_free(c);
}

static void test_errors(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	promo_result *r = NULL;
	assert_int_equal(promo_result_new(NULL), PROMO_E_NULL);
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	promo_totals t;
	size_t n;
	char *text;
	/* nothing priced yet: nothing to read */
	assert_int_equal(promo_result_totals(r, &t), PROMO_E_ARG);
	assert_int_equal(promo_result_count(r, PROMO_LINES, &n), PROMO_E_ARG);
	assert_int_equal(promo_result_json(r, &text), PROMO_E_ARG);
	/* NULL and wrong-kind handles */
	assert_int_equal(promo_price(NULL, c, r), PROMO_E_NULL);
	assert_int_equal(promo_price(prog, NULL, r), PROMO_E_NULL);
	assert_int_equal(promo_price(prog, c, NULL), PROMO_E_NULL);
	assert_int_equal(promo_price((const promo_program *)(void *)c, c, r), PROMO_E_ARG);
	assert_non_null(strstr(promo_result_error(r), "program"));
	assert_int_equal(promo_price(prog, (const promo_cart *)(void *)r, r), PROMO_E_ARG);
	assert_non_null(strstr(promo_result_error(r), "cart"));
	assert_int_equal(promo_price(prog, c, (promo_result *)(void *)c), PROMO_E_ARG);
	assert_string_equal(promo_result_error(NULL), "not a promo_result");
	assert_string_equal(promo_result_error((const promo_result *)(void *)c), "not a promo_result");
	/* overflow: one line of 10^9 units at 10^11 fen does not fit */
	assert_int_equal(promo_cart_add_line(c, "SKU-1", 1000000000, 100000000000, NULL, NULL),
			 PROMO_OK);
	assert_int_equal(promo_price(prog, c, r), PROMO_E_OVERFLOW);
	assert_true(strlen(promo_result_error(r)) > 0);
	assert_int_equal(promo_result_totals(r, &t), PROMO_E_ARG); /* no partial result */
	/* a good cart afterwards prices normally in the same result */
	assert_int_equal(promo_cart_reset(c), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-1", 1, 500, NULL, NULL), PROMO_OK);
	assert_int_equal(promo_price(prog, c, r), PROMO_OK);
	assert_string_equal(promo_result_error(r), "");
	/* accessors: NULL out, index out of range, bad list */
	promo_line l;
	promo_share s;
	promo_applied a;
	promo_gift g;
	promo_offer o;
	promo_hint h;
	promo_not_applied k;
	assert_int_equal(promo_result_totals(r, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_count(r, PROMO_LINES, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_count(r, (promo_list)42, &n), PROMO_E_ARG);
	assert_int_equal(promo_result_line(r, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_line(r, 1, &l), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_share(r, 0, 0, &s), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_share(r, 5, 0, &s), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_applied(r, 0, &a), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_gift(r, 0, &g), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_offer(r, 0, &o), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_hint(r, 99, &h), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_not_applied(r, 99, &k), PROMO_E_NOTFOUND);
	assert_int_equal(promo_result_share(r, 0, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_applied(r, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_gift(r, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_offer(r, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_hint(r, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_not_applied(r, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_result_json(r, NULL), PROMO_E_NULL);
	promo_result *notr = (promo_result *)(void *)c;
	assert_int_equal(promo_result_totals(notr, &t), PROMO_E_ARG);
	assert_int_equal(promo_result_line(notr, 0, &l), PROMO_E_ARG);
	assert_int_equal(promo_result_share(notr, 0, 0, &s), PROMO_E_ARG);
	assert_int_equal(promo_result_applied(notr, 0, &a), PROMO_E_ARG);
	assert_int_equal(promo_result_gift(NULL, 0, &g), PROMO_E_NULL);
	assert_int_equal(promo_result_offer(notr, 0, &o), PROMO_E_ARG);
	assert_int_equal(promo_result_hint(notr, 0, &h), PROMO_E_ARG);
	assert_int_equal(promo_result_not_applied(notr, 0, &k), PROMO_E_ARG);
	assert_int_equal(promo_result_json(notr, &text), PROMO_E_ARG);
	assert_int_equal(promo_result_set_explain(notr, 1), PROMO_E_ARG);
	promo_result_free(notr); /* ignored */
	promo_result_free(NULL);
	promo_result_free(r);
	promo_cart_free(c);
}

static void test_money_format(void **state)
{
	(void)state;
	char b[24];
	assert_int_equal(promo_money_format(8000, 2, b), PROMO_OK);
	assert_string_equal(b, "80.00");
	assert_int_equal(promo_money_format(-5, 2, b), PROMO_OK);
	assert_string_equal(b, "-0.05");
	assert_int_equal(promo_money_format(1999, 0, b), PROMO_OK);
	assert_string_equal(b, "1999");
	assert_int_equal(promo_money_format(INT64_MIN, 2, b), PROMO_OK);
	assert_string_equal(b, "-92233720368547758.08");
	assert_int_equal(promo_money_format(1, 19, b), PROMO_E_ARG);
	assert_int_equal(promo_money_format(1, -1, b), PROMO_E_ARG);
	assert_int_equal(promo_money_format(1, 2, NULL), PROMO_E_NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_totals_lines_and_allocation),
		cmocka_unit_test(test_applied_gifts_offers),
		cmocka_unit_test(test_hints_and_not_applied),
		cmocka_unit_test(test_json_matches_accessors),
		cmocka_unit_test(test_explain),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_money_format),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
