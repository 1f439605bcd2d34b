/* test_vm_scale.c — pricing cost grows linearly with the cart's lines
 * (n log n where something is sorted), whatever the effect: 8 times the
 * lines must cost well under 8 x 8 times the CPU time (a cost quadratic in
 * the lines gives 64 times). Add-ons and combos once looked SKUs up by
 * scanning the cart for every line. Also: a long cart that asks for SKUs
 * often (past the first scans) prices add-ons and combos as documented. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "support/buf.h"
#include "tests/unit/support_vm.h"

#define SMALL 2000
#define LARGE (8 * SMALL)
#define MAX_RATIO 24.0 /* linear: 8, n log n: about 10; quadratic: 64 */

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Renames line i's SKU (the cart keeps each string's length with it). */
static void set_sku(cart_t *c, int i, const char *sku)
{
	c->lines[i].sku = sku;
	c->lines[i].sku_len = strlen(sku);
}

/* A cart of n lines S0..S(n-1), 10.00 each, all in category c. */
static void fill(cart_t *c, int n)
{
	char sku[16];
	cart_reset(c);
	c->has_at = true;
	for (int i = 0; i < n; i++) {
		snprintf(sku, sizeof sku, "S%d", i);
		tvm_line(c, sku, 1, 1000, "c", NULL);
	}
}

/* The best of five CPU times for pricing an n-line cart. */
static double price_time(const vm_program_t *p, int n)
{
	cart_t c;
	result_t r;
	double best = 1e9;
	cart_init(&c);
	result_init(&r);
	fill(&c, n);
	for (int k = 0; k < 5; k++) {
		double t0 = cpu_now();
		assert_int_equal(vm_price(p, &c, &r, false), 0);
		double t = cpu_now() - t0;
		best = t < best ? t : best;
	}
	result_free(&r);
	cart_free(&c);
	return best;
}

static void assert_linear(const char *what, double small, double large)
{
	double ratio = large / (small > 1e-6 ? small : 1e-6);
	if (ratio > MAX_RATIO)
		fail_msg("%s: %d lines cost %.4fs, %d lines %.4fs: %.1f times (at most %.0f)", what,
			 SMALL, small, LARGE, large, ratio, MAX_RATIO);
}

static void skip_when_heavy(void)
{
	if (getenv("PROMO_SKIP_HEAVY"))
		skip(); /* timings mean nothing under valgrind */
}

/* One item-level add-on, asked about on every line; its SKU is absent. */
static void test_item_addon_is_linear(void **state)
{
	(void)state;
	skip_when_heavy();
	vm_program_t *p = tvm_compile("activity a category c: spend 1 -> addon ZZZ at 1\n");
	assert_linear("item add-on", price_time(p, SMALL), price_time(p, LARGE));
	vm_program_free(p);
}

/* A combo naming every SKU of the cart: program and cart grow together. */
static vm_program_t *combo_of(int n)
{
	buf_t b;
	buf_init(&b);
	buf_puts(&b, "activity k combo (");
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%sS%d", i ? ", " : "", i);
	buf_puts(&b, "): -10\n");
	vm_program_t *p = tvm_compile(b.data);
	buf_free(&b);
	return p;
}

static void test_combo_is_linear(void **state)
{
	(void)state;
	skip_when_heavy();
	vm_program_t *small = combo_of(SMALL), *large = combo_of(LARGE);
	assert_linear("combo", price_time(small, SMALL), price_time(large, LARGE));
	vm_program_free(small);
	vm_program_free(large);
}

/* A long cart that asks for SKUs often enough to be sorted by SKU: every
 * one of its 40 lines asks for the add-on's SKU (on lines 20 and 30: the
 * first gets the unit), and a combo of ten SKUs (more than are compared
 * name by name) holds lines 0-9 and 35 (K0 twice). */
static void test_long_cart_addon_and_combo(void **state)
{
	(void)state;
	vm_program_t *p = tvm_compile("activity a category c: spend 1 -> addon ADD at 2\n"
				      "activity k combo (K0, K1, K2, K3, K4, K5, K6, K7, K8, K9): -20\n");
	static const char *const k[] = { "K0", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9" };
	cart_t c;
	result_t r;
	cart_init(&c);
	result_init(&r);
	fill(&c, 40);
	set_sku(&c, 20, "ADD"), set_sku(&c, 30, "ADD");
	for (int i = 0; i < 10; i++)
		set_sku(&c, i, k[i]);
	set_sku(&c, 35, "K0");
	tvm_price(p, &c, &r);
	assert_true(r.lines[20].addon);
	assert_false(r.lines[30].addon);
	assert_int_equal(r.lines[20].total, 200); /* 10.00 -> 2.00 */
	/* -20.00 over eleven lines of 10.00: 1.81 each and 0.09 left, one fen
	 * to each of the first nine (equal remainders: the earlier lines) */
	assert_int_equal(tvm_applied(p, &r, "k"), 2000);
	assert_int_equal(r.lines[0].discount, 182);
	assert_int_equal(r.lines[8].discount, 182);
	assert_int_equal(r.lines[9].discount, 181);
	assert_int_equal(r.lines[35].discount, 181);
	assert_int_equal(r.lines[10].discount, 0);
	set_sku(&c, 5, "K10");
	tvm_price(p, &c, &r);
	assert_int_equal(tvm_skipped(p, &r, "k"), REASON_CONDITION);
	set_sku(&c, 20, "S20"), set_sku(&c, 30, "S30");
	tvm_price(p, &c, &r);
	assert_int_equal(r.n_offers, 1);
	result_free(&r);
	cart_free(&c);
	vm_program_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_item_addon_is_linear),
		cmocka_unit_test(test_combo_is_linear),
		cmocka_unit_test(test_long_cart_addon_and_combo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
