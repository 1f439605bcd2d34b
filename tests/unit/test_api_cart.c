/* test_api_cart.c — building carts through promo.h: every setter, its
 * argument checks, JSON carts through the public call, and times. What a
 * cart holds is read back by pricing it (the only way an embedder can). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "tests/unit/support_lib.h"

static promo_program *prog;

static int setup(void **state)
{
	(void)state;
	prog = tl_compile(tl_program_src);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	promo_program_free(prog);
	return 0;
}

/* 2026-11-11T20:05:00+08:00: inside flash_tv's window. */
#define AT_FLASH 1794398700

static int64_t priced_total(promo_cart *c)
{
	promo_result *r = NULL;
	promo_totals t;
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	assert_int_equal(promo_price(prog, c, r), PROMO_OK);
	assert_int_equal(promo_result_totals(r, &t), PROMO_OK);
	promo_result_free(r);
	return t.total;
}

static void test_setters(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-1002", 1, 10000, "audio", "acme"), PROMO_OK);
	assert_int_equal(promo_cart_set_time(c, AT_FLASH), PROMO_OK);
	assert_int_equal(promo_cart_set_shipping(c, 1000), PROMO_OK);
	assert_int_equal(promo_cart_set_customer(c, "u42"), PROMO_OK);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, "tier", "vip"), PROMO_OK);
	assert_int_equal(promo_cart_set_num(c, PROMO_CUSTOMER, "age", 45, 1), PROMO_OK);
	assert_int_equal(promo_cart_set_bool(c, PROMO_CUSTOMER, "first_order", 1), PROMO_OK);
	assert_int_equal(promo_cart_set_str(c, PROMO_CART, "channel", "app"), PROMO_OK);
	assert_int_equal(promo_cart_add_coupon(c, "SAVE50"), PROMO_OK);
	assert_int_equal(promo_cart_set_used(c, "flash_tv", 0), PROMO_OK);
	assert_int_equal(promo_cart_set_stock(c, "flash_tv", 37), PROMO_OK);
	assert_int_equal(promo_cart_set_budget(c, "big_order", 100000), PROMO_OK);
	/* 100.00 at 8折 = 80.00, below 99: shipping 10.00 is paid */
	assert_int_equal(priced_total(c), 9000);
	/* reset empties everything; the same cart is reused */
	assert_int_equal(promo_cart_reset(c), PROMO_OK);
	assert_int_equal(promo_cart_set_time(c, AT_FLASH), PROMO_OK);
	assert_int_equal(priced_total(c), 0);
	/* duplicate SKUs are separate lines; each gets its own line-level effect */
	assert_int_equal(promo_cart_add_line(c, "SKU-1002", 1, 10000, NULL, NULL), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-1002", 1, 10000, NULL, NULL), PROMO_OK);
	assert_int_equal(priced_total(c), 16000);
	promo_cart_free(c);
	promo_cart_free(NULL);
}

static void test_flash_sale_stock_and_time(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-2001", 1, 399900, NULL, NULL), PROMO_OK);
	assert_int_equal(promo_cart_set_time(c, AT_FLASH), PROMO_OK);
	/* price 1999 during the window; 3999.00 - 30 (big_order) after it */
	assert_int_equal(priced_total(c), 199900 - 3000);
	assert_int_equal(promo_cart_set_time(c, AT_FLASH + 600), PROMO_OK);
	assert_int_equal(priced_total(c), 399900 - 3000);
	/* no stock left: full price even inside the window */
	assert_int_equal(promo_cart_set_time(c, AT_FLASH), PROMO_OK);
	assert_int_equal(promo_cart_set_stock(c, "flash_tv", 0), PROMO_OK);
	assert_int_equal(priced_total(c), 399900 - 3000);
	promo_cart_free(c);
}

static void test_argument_errors(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	assert_int_equal(promo_cart_new(NULL), PROMO_E_NULL);
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_cart_add_line(NULL, "A", 1, 1, NULL, NULL), PROMO_E_NULL);
	assert_int_equal(promo_cart_add_line(c, NULL, 1, 1, NULL, NULL), PROMO_E_NULL);
	assert_int_equal(promo_cart_add_line(c, "", 1, 1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "A", 0, 1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "A", -1, 1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "A", 1000000001, 1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "A", 1000000000, 0, NULL, NULL), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "A", 1, -1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "\xff", 1, 1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "A", 1, 1, "\xc0\x80", NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(c, "A", 1, 1, NULL, ""), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, NULL, "x"), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, "k", NULL), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, "", "x"), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, "k", "\xe4\xb8"), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_str(c, (promo_scope)7, "k", "x"), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_num(c, PROMO_CART, "k", 1, 19), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_num(NULL, PROMO_CART, "k", 1, 0), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_bool(c, PROMO_CART, NULL, 1), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_customer(c, NULL), PROMO_E_NULL);
	assert_int_equal(promo_cart_add_coupon(c, ""), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_coupon(NULL, "X"), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_time(NULL, 0), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_shipping(c, -1), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_shipping(NULL, 1), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_used(c, "a", -1), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_used(NULL, "a", 1), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_used(c, NULL, 1), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_stock(c, "", 1), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_stock(NULL, "a", 1), PROMO_E_NULL);
	assert_int_equal(promo_cart_set_budget(c, "a", -1), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_budget(c, NULL, 1), PROMO_E_NULL);
	assert_int_equal(promo_cart_reset(NULL), PROMO_E_NULL);
	promo_cart_free(c);
}

/* Strings over PROMO_MAX_STRING_BYTES are PROMO_E_LIMIT wherever a string
 * goes in; exactly the limit is fine. Lines stop at PROMO_MAX_CART_LINES. */
static void test_limits(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	char at[PROMO_MAX_STRING_BYTES + 1], over[PROMO_MAX_STRING_BYTES + 2];
	memset(at, 'x', sizeof at - 1);
	at[sizeof at - 1] = 0;
	memset(over, 'x', sizeof over - 1);
	over[sizeof over - 1] = 0;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, at, 1, 1, at, at), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, over, 1, 1, NULL, NULL), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_add_line(c, "A", 1, 1, over, NULL), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_add_line(c, "A", 1, 1, NULL, over), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, at, at), PROMO_OK);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, over, "x"), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_set_str(c, PROMO_CUSTOMER, "k", over), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_set_bool(c, PROMO_CART, over, 1), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_set_customer(c, over), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_add_coupon(c, over), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_set_used(c, over, 1), PROMO_E_LIMIT);
	assert_int_equal(promo_cart_reset(c), PROMO_OK);
	for (int i = 0; i < PROMO_MAX_CART_LINES; i++)
		assert_int_equal(promo_cart_add_line(c, "A", 1, 1, NULL, NULL), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "A", 1, 1, NULL, NULL), PROMO_E_LIMIT);
	promo_cart_free(c);
}

static void test_wrong_handle_kind(void **state)
{
	(void)state;
	promo_result *r = NULL;
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	promo_cart *notc = (promo_cart *)(void *)r;
	char err[128] = "";
	assert_int_equal(promo_cart_reset(notc), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_line(notc, "A", 1, 1, NULL, NULL), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_str(notc, PROMO_CART, "k", "v"), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_num(notc, PROMO_CART, "k", 1, 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_bool(notc, PROMO_CART, "k", 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_customer(notc, "u"), PROMO_E_ARG);
	assert_int_equal(promo_cart_add_coupon(notc, "X"), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_time(notc, 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_shipping(notc, 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_used(notc, "a", 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_stock(notc, "a", 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_set_budget(notc, "a", 0), PROMO_E_ARG);
	assert_int_equal(promo_cart_from_json(notc, prog, "{}", 2, err, sizeof err), PROMO_E_ARG);
	promo_cart_free(notc); /* ignored: not a cart */
	promo_result_free(r);
}

static void test_from_json(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	char err[256] = "";
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	tl_cart_json(c, prog, "{\"at\": \"2026-11-11T20:05:00+08:00\", \"shipping\": \"10.00\","
			      " \"lines\": [{\"sku\": \"SKU-1002\", \"qty\": 1, \"price\": \"100.00\"}]}");
	assert_int_equal(priced_total(c), 9000);
	const char *bad = "{\"lines\": [{\"sku\": \"SKU-1002\", \"qty\": 0, \"price\": \"1\"}]}";
	assert_int_equal(promo_cart_from_json(c, prog, bad, strlen(bad), err, sizeof err),
			 PROMO_E_CART);
	assert_string_equal(err, "lines[0].qty: must be at least 1, not 0");
	/* nothing of the bad cart (nor of the earlier one) is left behind */
	assert_int_equal(promo_cart_set_time(c, AT_FLASH), PROMO_OK);
	assert_int_equal(priced_total(c), 0);
	assert_int_equal(promo_cart_from_json(c, prog, "{", 1, err, sizeof err), PROMO_E_CART);
	assert_non_null(strstr(err, "line 1, column 1"));
	assert_int_equal(promo_cart_from_json(NULL, prog, "{}", 2, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_cart_from_json(c, NULL, "{}", 2, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_cart_from_json(c, prog, NULL, 2, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_cart_from_json(c, prog, bad, strlen(bad), NULL, 0), PROMO_E_CART);
	promo_cart_free(c);
}

static void test_time_parse(void **state)
{
	(void)state;
	int64_t t = 0;
	assert_int_equal(promo_time_parse("2026-11-11T20:05:00+08:00", &t), PROMO_OK);
	assert_int_equal(t, AT_FLASH);
	assert_int_equal(promo_time_parse("2026-11-11T12:05:00Z", &t), PROMO_OK);
	assert_int_equal(t, AT_FLASH);
	assert_int_equal(promo_time_parse("2026-11-11T20:05:00", &t), PROMO_E_ARG);
	assert_int_equal(promo_time_parse("tomorrow", &t), PROMO_E_ARG);
	assert_int_equal(promo_time_parse(NULL, &t), PROMO_E_NULL);
	assert_int_equal(promo_time_parse("2026-11-11T12:05:00Z", NULL), PROMO_E_NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_setters),
		cmocka_unit_test(test_flash_sale_stock_and_time),
		cmocka_unit_test(test_argument_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_wrong_handle_kind),
		cmocka_unit_test(test_from_json),
		cmocka_unit_test(test_time_parse),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
