/* test_api_alloc.c — memory through promo_set_allocator: (1) once a cart and
 * a result are warm, building and pricing carts allocates nothing (counted
 * by a hook that sees every allocation); (2) an allocator that fails the
 * Nth call, looped over compile, save, load, carts, JSON and pricing: every
 * step reports PROMO_E_NOMEM or works, never crashes, never leaks (ASan). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "tests/unit/support_lib.h"

static long nalloc;     /* allocations and growths seen */
static long fail_after = -1; /* fail once this many more succeed; -1: never */
static bool failed;     /* the injected failure happened */

static void *hook(void *ud, void *p, size_t n)
{
	(void)ud;
	if (n == 0) {
		free(p);
		return NULL;
	}
	nalloc++;
	if (fail_after >= 0 && fail_after-- == 0) {
		failed = true;
		return NULL;
	}
	return realloc(p, n);
}

/* Cart k of a few shapes; the biggest comes first so later ones fit. */
static void fill(promo_cart *c, int k)
{
	static const char *skus[] = { "SKU-1004", "SKU-1006", "SKU-1005", "SKU-1002", "SKU-2001" };
	assert_int_equal(promo_cart_reset(c), PROMO_OK);
	for (int i = 0; i < 5 - k % 3; i++)
		assert_int_equal(promo_cart_add_line(c, skus[i], 1 + i, 10000 * (i + 1), "cat", "brand"),
				 PROMO_OK);
	assert_int_equal(promo_cart_set_time(c, 1794398700), PROMO_OK);
	assert_int_equal(promo_cart_set_shipping(c, 1000), PROMO_OK);
	assert_int_equal(promo_cart_set_customer(c, "u42"), PROMO_OK);
	assert_int_equal(promo_cart_set_bool(c, PROMO_CUSTOMER, "first_order", k & 1), PROMO_OK);
	assert_int_equal(promo_cart_set_str(c, PROMO_CART, "channel", "app"), PROMO_OK);
	assert_int_equal(promo_cart_add_coupon(c, "SAVE50"), PROMO_OK);
	assert_int_equal(promo_cart_set_stock(c, "flash_tv", 10 + k % 5), PROMO_OK);
}

static void test_hot_path_allocates_nothing(void **state)
{
	(void)state;
	fail_after = -1;
	promo_program *p = tl_compile(tl_program_src);
	promo_cart *c = NULL;
	promo_result *r = NULL;
	promo_totals t;
	promo_line l;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	for (int k = 0; k < 3; k++) { /* warm-up */
		fill(c, k);
		assert_int_equal(promo_price(p, c, r), PROMO_OK);
	}
	nalloc = 0;
	int64_t totals = 0;
	for (int round = 0; round < 3000; round++) {
		fill(c, round);
		assert_int_equal(promo_price(p, c, r), PROMO_OK);
		assert_int_equal(promo_result_totals(r, &t), PROMO_OK);
		assert_int_equal(promo_result_line(r, 0, &l), PROMO_OK);
		totals += t.total;
	}
	assert_int_equal(nalloc, 0);
	assert_true(totals > 0);
	/* the hook does see allocations: a new cart counts */
	promo_cart *c2 = NULL;
	assert_int_equal(promo_cart_new(&c2), PROMO_OK);
	assert_true(nalloc > 0);
	promo_cart_free(c2);
	promo_result_free(r);
	promo_cart_free(c);
	promo_program_free(p);
}

/* One full run with the Nth allocation failing. Returns true when every
 * step worked (the failure point lies beyond the run). */
static bool run_once(void)
{
	promo_program *p = NULL, *q = NULL;
	promo_diags *d = NULL;
	promo_cart *c = NULL;
	promo_result *r = NULL;
	void *bytes = NULL;
	char *json = NULL;
	size_t len = 0;
	char err[256];
	const char *cart = "{\"lines\": [{\"sku\": \"SKU-1004\", \"qty\": 1, \"price\": \"350.00\"},"
			   "{\"sku\": \"SKU-1006\", \"qty\": 2, \"price\": \"300.00\"}]}";
	promo_status st = promo_compile("t.promo", tl_program_src, strlen(tl_program_src), &p, &d);
	if (st == PROMO_OK)
		st = promo_program_save(p, &bytes, &len);
	if (st == PROMO_OK)
		st = promo_program_load_memory(bytes, len, &q, err, sizeof err);
	if (st == PROMO_OK)
		st = promo_cart_new(&c);
	if (st == PROMO_OK)
		st = promo_result_new(&r);
	if (st == PROMO_OK)
		st = promo_result_set_explain(r, 1);
	if (st == PROMO_OK)
		st = promo_cart_from_json(c, q, cart, strlen(cart), err, sizeof err);
	if (st == PROMO_OK)
		st = promo_price(q, c, r);
	if (st == PROMO_OK)
		st = promo_result_json(r, &json);
	assert_true(st == PROMO_OK || st == PROMO_E_NOMEM);
	promo_free(json);
	promo_free(bytes);
	promo_result_free(r);
	promo_cart_free(c);
	promo_diags_free(d);
	promo_program_free(p);
	promo_program_free(q);
	return st == PROMO_OK;
}

static void test_failing_allocator(void **state)
{
	(void)state;
	long n;
	for (n = 0; n < 100000; n++) {
		fail_after = n;
		failed = false;
		bool ok = run_once();
		if (!failed) {
			assert_true(ok);
			break;
		}
	}
	fail_after = -1;
	assert_true(n > 10); /* the loop reached past many allocations */
	assert_true(n < 100000);
}

int main(void)
{
	promo_set_allocator(hook, NULL);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hot_path_allocates_nothing),
		cmocka_unit_test(test_failing_allocator),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	promo_set_allocator(NULL, NULL);
	return rc;
}
