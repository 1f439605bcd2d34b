/* test_api_alloc.c — memory through promo_set_allocator: (1) once a cart and
 * a result are warm, building and pricing carts allocates nothing (counted
 * by a hook that sees every allocation), nor does pricing call the C
 * library's qsort, which may allocate behind the hook; (2) an allocator
 * that fails the Nth call, looped over compile, save, load, carts, JSON
 * and pricing: every step reports PROMO_E_NOMEM or works, never crashes,
 * never leaks (ASan). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/unit/support_lib.h"

static long nalloc;     /* allocations and growths seen */
static bool watching;   /* count qsort calls */
static long nqsort;     /* qsort calls while watching */
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

/* glibc's qsort mallocs a buffer (its merge sort) past 1 KiB, behind the
 * allocator hook, so pricing must never call it. This definition takes the
 * C library's place in the whole test binary (libpromo.a included) and
 * counts the calls while watching; an insertion sort is enough here. */
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	unsigned char *b = base, t[256];
	nqsort += watching;
	assert_true(size <= sizeof t);
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--) {
			memcpy(t, b + j * size, size);
			memcpy(b + j * size, b + (j - 1) * size, size);
			memcpy(b + (j - 1) * size, t, size);
		}
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

/* Four lines of tl_program_src; good: every activity applies, else most
 * miss (threshold, window). The same lines and activities either way. */
static void outcome_cart(promo_cart *c, bool good)
{
	assert_int_equal(promo_cart_reset(c), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-1002", 1, 10000, NULL, NULL), PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-1004", 1, good ? 30000 : 10000, NULL, NULL),
			 PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-1006", 1, good ? 30000 : 10000, NULL, NULL),
			 PROMO_OK);
	assert_int_equal(promo_cart_add_line(c, "SKU-2001", 1, good ? 399900 : 100, NULL, NULL),
			 PROMO_OK);
	assert_int_equal(promo_cart_set_time(c, good ? 1794398700 : 1794398700 - 3600), PROMO_OK);
	assert_int_equal(promo_cart_set_shipping(c, 1000), PROMO_OK);
}

/* Warm on a cart where everything applies, then price one of the same size
 * where most activities do not: the lists of a result are sized by the
 * activities a cart touches, not by how they turned out. */
static void test_outcomes_do_not_grow_a_warm_result(void **state)
{
	(void)state;
	fail_after = -1;
	promo_program *p = tl_compile(tl_program_src);
	promo_cart *c = NULL;
	promo_result *r = NULL;
	size_t missed = 0;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	outcome_cart(c, true);
	assert_int_equal(promo_price(p, c, r), PROMO_OK);
	assert_int_equal(promo_result_count(r, PROMO_NOT_APPLIED, &missed), PROMO_OK);
	assert_int_equal(missed, 0);
	outcome_cart(c, false);
	nalloc = 0;
	assert_int_equal(promo_price(p, c, r), PROMO_OK);
	assert_int_equal(nalloc, 0);
	assert_int_equal(promo_result_count(r, PROMO_NOT_APPLIED, &missed), PROMO_OK);
	assert_int_equal(missed, 4);
	promo_result_free(r);
	promo_cart_free(c);
	promo_program_free(p);
}

/* A cart big enough for every sort pricing does to go past its insertion
 * sort: 120 lines (item assignments, allocation remainders, the add-on's
 * SKU lookup), pick and nth pools, 70 order activities touched. */
static void test_pricing_calls_no_qsort(void **state)
{
	(void)state;
	static const char *skus[] = { "SKU-1004", "SKU-1005", "SKU-1006", "SKU-1101", "TEE" };
	static char src[8192];
	size_t at = (size_t)snprintf(src, sizeof src, "%s",
				     "activity tea item SKU-1004: spend 200 -> -10, 300 -> -30\n"
				     "activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20\n"
				     "activity lamp item SKU-1006: spend 300 -> gift SKU-9002\n"
				     "activity shirts item SKU-1101: nth 2 -> 50%\n"
				     "activity tees category tees: pick 3 for 99\n"
				     "stack many {\n");
	for (int i = 0; i < 70; i++)
		at += (size_t)snprintf(src + at, sizeof src - at, " activity o%d order >= %d: -1\n", i, i);
	snprintf(src + at, sizeof src - at, "}\n");
	promo_program *p = tl_compile(src);
	promo_cart *c = NULL;
	promo_result *r = NULL;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	assert_int_equal(promo_result_new(&r), PROMO_OK);
	for (int i = 0; i < 120; i++)
		assert_int_equal(promo_cart_add_line(c, skus[i % 5], 1 + i % 3, 10000 + 100 * i,
						     i % 5 == 4 ? "tees" : NULL, NULL),
				 PROMO_OK);
	assert_int_equal(promo_cart_set_time(c, 1794398700), PROMO_OK);
	assert_int_equal(promo_price(p, c, r), PROMO_OK);
	nqsort = 0;
	watching = true;
	assert_int_equal(promo_price(p, c, r), PROMO_OK);
	watching = false;
	assert_int_equal(nqsort, 0);
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
		cmocka_unit_test(test_outcomes_do_not_grow_a_warm_result),
		cmocka_unit_test(test_pricing_calls_no_qsort),
		cmocka_unit_test(test_failing_allocator),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	promo_set_allocator(NULL, NULL);
	return rc;
}
