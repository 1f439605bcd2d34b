/* test_cart_json.c — JSON carts: every field, every error naming its place
 * (line:column for malformed JSON, the field path otherwise), exact money
 * from strings and from JSON numbers, and the cart's own storage. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "lib/api.h"

static char err[256];

static promo_status parse(cart_t *c, const char *json)
{
	err[0] = '\0';
	return cart_from_json(c, json, strlen(json), 2, "CNY", err, sizeof err);
}

/* Parses a bad cart and checks the status, the message and that the cart
 * was left empty (no partial cart). */
static void bad(const char *json, const char *msg)
{
	cart_t c;
	cart_init(&c);
	assert_int_equal(parse(&c, json), PROMO_E_CART);
	if (!strstr(err, msg))
		fail_msg("error \"%s\" does not contain \"%s\"", err, msg);
	assert_int_equal(c.nlines, 0);
	assert_int_equal(c.ncoupons, 0);
	cart_free(&c);
}

static void test_full_cart(void **state)
{
	(void)state;
	cart_t c;
	cart_init(&c);
	const char *j =
		"{\"at\": \"2026-11-11T20:05:00+08:00\","
		" \"customer\": {\"id\": \"u42\", \"first_order\": true, \"tier\": \"vip\", \"age\": 4.5},"
		" \"coupons\": [\"SAVE50\"], \"shipping\": \"10.00\", \"channel\": \"app\","
		" \"cart\": {\"store\": 7},"
		" \"lines\": [{\"sku\": \"SKU-1001\", \"qty\": 2, \"price\": \"100.00\","
		"             \"category\": \"phone\", \"brand\": \"acme\"},"
		"            {\"sku\": \"SKU-1001\", \"qty\": 1, \"price\": 9.9}],"
		" \"state\": {\"used\": {\"flash_tv\": 0}, \"stock\": {\"flash_tv\": 37},"
		"           \"budget\": {\"save50\": \"1000.00\"}}}";
	assert_int_equal(parse(&c, j), PROMO_OK);
	assert_true(c.has_at);
	assert_int_equal(c.at, 1794398700); /* 2026-11-11T12:05:00Z */
	assert_int_equal(c.shipping, 1000);
	assert_string_equal(c.customer_id, "u42");
	assert_int_equal(c.nlines, 2); /* the same SKU twice: two lines */
	assert_string_equal(c.lines[0].sku, "SKU-1001");
	assert_int_equal(c.lines[0].qty, 2);
	assert_int_equal(c.lines[0].price, 10000);
	assert_string_equal(c.lines[0].category, "phone");
	assert_string_equal(c.lines[0].brand, "acme");
	assert_null(c.lines[1].category);
	assert_int_equal(c.lines[1].price, 990);
	const cart_attr_t *a = cart_attr(&c, true, "first_order");
	assert_non_null(a);
	assert_int_equal(a->kind, ATTR_BOOL);
	assert_true(a->b);
	a = cart_attr(&c, true, "age");
	assert_int_equal(a->kind, ATTR_NUM);
	assert_int_equal(a->digits, 45);
	assert_int_equal(a->scale, 1);
	assert_string_equal(cart_attr(&c, true, "tier")->str, "vip");
	assert_string_equal(cart_attr(&c, false, "channel")->str, "app");
	assert_int_equal(cart_attr(&c, false, "store")->digits, 7);
	assert_null(cart_attr(&c, false, "tier"));
	assert_true(cart_has_coupon(&c, "SAVE50"));
	assert_false(cart_has_coupon(&c, "SAVE5"));
	int64_t v;
	assert_true(cart_count(&c, 'u', "flash_tv", &v));
	assert_int_equal(v, 0);
	assert_true(cart_count(&c, 's', "flash_tv", &v));
	assert_int_equal(v, 37);
	assert_true(cart_count(&c, 'b', "save50", &v));
	assert_int_equal(v, 100000);
	assert_false(cart_count(&c, 'b', "flash_tv", &v));
	cart_free(&c);
}

static void test_malformed_json_has_line_and_column(void **state)
{
	(void)state;
	bad("{\"lines\": [\n  {\"sku\": \"A\", \"qty\": 1,, \"price\": \"1\"}]}", "line 2, column");
	bad("", "the cart is empty");
	bad(" \n\t", "the cart is empty");
	/* jansson reads a NUL byte as the end of the text; ours says what it is */
	static const char nul[] = "{\"lines\": [\n {\"sku\": \"A\0\", \"qty\": 1, \"price\": \"1\"}]}";
	cart_t c;
	cart_init(&c);
	assert_int_equal(cart_from_json(&c, nul, sizeof nul - 1, 2, "CNY", err, sizeof err), PROMO_E_CART);
	assert_string_equal(err, "line 2, column 12: a NUL byte (a cart is JSON text)");
	cart_free(&c);
	bad("{\"lines\": [{\"sku\": \"A\\u0000\", \"qty\": 1, \"price\": \"1\"}]}",
	    "\\u0000 is not allowed in a string");
	bad("{\"lines\": [], \"lines\": []}", "duplicate");
	bad("{\"lines\": []} x", "line 1");
}

static void test_field_errors_name_the_field(void **state)
{
	(void)state;
	bad("[]", "cart: must be an object");
	bad("{}", "lines: is missing");
	bad("{\"lines\": [{\"qty\": 1, \"price\": \"1\"}]}", "lines[0].sku: is missing");
	bad("{\"lines\": [{\"sku\": \"A\", \"price\": \"1\"}]}", "lines[0].qty: is missing");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1}]}", "lines[0].price: is missing");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": \"1\"},"
	    " {\"sku\": \"B\", \"qty\": 0, \"price\": \"1\"}]}",
	    "lines[1].qty: must be at least 1, not 0");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": -3, \"price\": \"1\"}]}",
	    "lines[0].qty: must be at least 1, not -3");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1000000001, \"price\": \"1\"}]}",
	    "lines[0].qty: must be at most 1000000000");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": \"2\", \"price\": \"1\"}]}",
	    "lines[0].qty: must be a whole number, not a string");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 2.5, \"price\": \"1\"}]}",
	    "lines[0].qty: must be a whole number, not a number");
	bad("{\"lines\": [{\"sku\": 5, \"qty\": 1, \"price\": \"1\"}]}",
	    "lines[0].sku: must be a string, not a whole number");
	bad("{\"lines\": [{\"sku\": \"\", \"qty\": 1, \"price\": \"1\"}]}",
	    "lines[0].sku: must not be empty");
	bad("{\"lines\": [{\"sku\": \"A\\u0000B\", \"qty\": 1, \"price\": \"1\"}]}",
	    "line 1, column 29: \\u0000 is not allowed");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": \"1\", \"colour\": \"red\"}]}",
	    "lines[0].colour: unknown field");
	bad("{\"lines\": [], \"totl\": 1}", "totl: unknown field");
	bad("{\"lines\": {}}", "lines: must be an array of lines, not an object");
	bad("{\"lines\": [5]}", "lines[0]: must be an object, not a whole number");
	bad("{\"lines\": [], \"coupons\": [\"A\", 3]}", "coupons[1]: must be a string");
	bad("{\"lines\": [], \"customer\": {\"tags\": []}}",
	    "customer.tags: must be a string, a number or true/false, not an array");
	bad("{\"lines\": [], \"customer\": {\"id\": 42}}", "customer.id: must be a string");
	bad("{\"lines\": [], \"state\": {\"used\": {\"x\": -1}}}",
	    "state.used.x: must be at least 0, not -1");
	bad("{\"lines\": [], \"state\": {\"budget\": {\"x\": \"1.001\"}}}",
	    "state.budget.x: has more decimals than CNY allows (at most 2)");
	bad("{\"lines\": [], \"state\": {\"left\": {}}}", "state.left: unknown field");
	bad("{\"lines\": [], \"currency\": \"USD\"}", "currency: is USD but the program prices in CNY");
}

static void test_money_errors(void **state)
{
	(void)state;
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": \"9.999\"}]}",
	    "lines[0].price: has more decimals than CNY allows (at most 2)");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": 9.999}]}",
	    "lines[0].price: has more decimals than CNY allows");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": \"-1.00\"}]}",
	    "lines[0].price: must not be negative");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": \"12,50\"}]}",
	    "lines[0].price: is not an amount");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": \"99999999999999999999\"}]}",
	    "lines[0].price: is too large");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": 92233720368547759}]}",
	    "lines[0].price: is too large");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": 1e300}]}",
	    "lines[0].price: cannot be read exactly as a JSON number: write it as a string");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": 0.30000000000000004}]}",
	    "write it as a string");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": true}]}",
	    "lines[0].price: must be an amount such as \"12.50\", not true/false");
	bad("{\"lines\": [], \"shipping\": null}", "shipping: must be an amount");
	bad("{\"lines\": [{\"sku\": \"A\", \"qty\": 99999999999999999999, \"price\": 1}]}",
	    "line 1");
}

static void test_money_exact(void **state)
{
	(void)state;
	cart_t c;
	cart_init(&c);
	assert_int_equal(parse(&c, "{\"lines\": [{\"sku\": \"A\", \"qty\": 1, \"price\": 0.1},"
				   "{\"sku\": \"B\", \"qty\": 1, \"price\": 19.99},"
				   "{\"sku\": \"C\", \"qty\": 1, \"price\": 7},"
				   "{\"sku\": \"D\", \"qty\": 1, \"price\": \"0.5\"},"
				   "{\"sku\": \"E\", \"qty\": 1, \"price\": 123456789012.34}]}"),
			 PROMO_OK);
	assert_int_equal(c.lines[0].price, 10);
	assert_int_equal(c.lines[1].price, 1999);
	assert_int_equal(c.lines[2].price, 700);
	assert_int_equal(c.lines[3].price, 50);
	assert_int_equal(c.lines[4].price, 12345678901234);
	/* JPY has no decimals: 100 yen is 100 minor units, 1.5 is refused */
	const char *yen = "{\"lines\":[{\"sku\":\"A\",\"qty\":1,\"price\":100}]}";
	assert_int_equal(cart_from_json(&c, yen, strlen(yen), 0, "JPY", err, sizeof err), PROMO_OK);
	assert_int_equal(c.lines[0].price, 100);
	yen = "{\"lines\":[{\"sku\":\"A\",\"qty\":1,\"price\":1.5}]}";
	assert_int_equal(cart_from_json(&c, yen, strlen(yen), 0, "JPY", err, sizeof err),
			 PROMO_E_CART);
	assert_non_null(strstr(err, "more decimals than JPY allows (at most 0)"));
	cart_free(&c);
}

static void test_times(void **state)
{
	(void)state;
	int64_t t;
	assert_null(rfc3339_parse("1970-01-01T00:00:00Z", 20, &t));
	assert_int_equal(t, 0);
	assert_null(rfc3339_parse("2026-11-11T00:00:00+08:00", 25, &t));
	assert_int_equal(t, 1794326400);
	assert_null(rfc3339_parse("2024-02-29T12:00:00.75-05:30", 28, &t));
	assert_int_equal(t, 1709227800);
	/* the first second of 1970 in Shanghai is still 1969 in UTC: fine */
	assert_null(rfc3339_parse("1970-01-01T00:00:00+08:00", 25, &t));
	assert_int_equal(t, -28800);
	/* written before 1970: refused, as windows are */
	assert_string_equal(rfc3339_parse("1969-12-31T23:59:59Z", 20, &t), "is before 1970");
	assert_non_null(rfc3339_parse("2026-11-11T20:05:00", 19, &t));
	assert_non_null(rfc3339_parse("2026-11-11 20:05:00Z", 20, &t));
	assert_non_null(rfc3339_parse("2025-02-29T00:00:00Z", 20, &t));
	assert_non_null(rfc3339_parse("2026-13-01T00:00:00Z", 20, &t));
	assert_non_null(rfc3339_parse("2026-11-11T24:00:00Z", 20, &t));
	assert_non_null(rfc3339_parse("2026-11-11T20:05:00+8:00", 24, &t));
	assert_non_null(rfc3339_parse("2026-11-11T20:05:00Zjunk", 24, &t));
	assert_non_null(rfc3339_parse("2026-11-11T20:05:00.Z", 21, &t));
	bad("{\"lines\": [], \"at\": \"2026-11-11T20:05:00\"}",
	    "at: \"2026-11-11T20:05:00\" has no zone: add Z or an offset such as +08:00");
	bad("{\"lines\": [], \"at\": 1794398700}", "at: must be a string");
}

static void test_cart_reuse_keeps_memory(void **state)
{
	(void)state;
	cart_t c;
	cart_init(&c);
	char sku[48];
	for (int round = 0; round < 3; round++) {
		cart_reset(&c);
		for (int i = 0; i < 200; i++) {
			snprintf(sku, sizeof sku, "SKU-%d-with-a-long-name", i);
			assert_int_equal(cart_add_line(&c, sku, 1, i, "cat", NULL), 0);
		}
		assert_int_equal(c.nlines, 200);
		assert_string_equal(c.lines[199].sku, "SKU-199-with-a-long-name");
		assert_string_equal(c.lines[0].sku, "SKU-0-with-a-long-name");
	}
	cart_attr_t a = { .key = "tier", .kind = ATTR_STR, .str = "gold" };
	assert_int_equal(cart_set_attr(&c, true, &a), 0);
	a.str = "vip";
	assert_int_equal(cart_set_attr(&c, true, &a), 0);
	assert_int_equal(c.ncustomer, 1); /* replaced, not added */
	assert_string_equal(cart_attr(&c, true, "tier")->str, "vip");
	assert_int_equal(cart_set_count(&c, 'x', "a", 1), -1);
	assert_int_equal(cart_set_count(&c, 's', "a", 1), 0);
	assert_int_equal(cart_set_count(&c, 's', "a", 2), 0);
	assert_int_equal(c.nstock, 1);
	cart_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_cart),
		cmocka_unit_test(test_malformed_json_has_line_and_column),
		cmocka_unit_test(test_field_errors_name_the_field),
		cmocka_unit_test(test_money_errors),
		cmocka_unit_test(test_money_exact),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_cart_reuse_keeps_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
