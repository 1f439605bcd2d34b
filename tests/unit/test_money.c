/* test_money.c — exact money: checked arithmetic, rounding modes,
 * largest-remainder allocation, parsing and formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "support/money.h"

static void test_checked_ops(void **state)
{
	(void)state;
	int64_t r;
	assert_true(money_add(1, 2, &r));
	assert_int_equal(r, 3);
	assert_false(money_add(INT64_MAX, 1, &r));
	assert_false(money_sub(INT64_MIN, 1, &r));
	assert_false(money_mul(INT64_MAX / 2 + 1, 2, &r));
	assert_true(money_mul(-3, 4, &r));
	assert_int_equal(r, -12);
}

static void test_rounding_modes(void **state)
{
	(void)state;
	int64_t r;
	/* 2.5 → 3 half-up, 2 half-even; 3.5 → 4 both; -2.5 → -3 half-up (away from zero) */
	assert_true(money_muldiv(5, 1, 2, ROUND_HALF_UP, &r));
	assert_int_equal(r, 3);
	assert_true(money_muldiv(5, 1, 2, ROUND_HALF_EVEN, &r));
	assert_int_equal(r, 2);
	assert_true(money_muldiv(7, 1, 2, ROUND_HALF_EVEN, &r));
	assert_int_equal(r, 4);
	assert_true(money_muldiv(-5, 1, 2, ROUND_HALF_UP, &r));
	assert_int_equal(r, -3);
	assert_true(money_muldiv(-5, 1, 2, ROUND_HALF_EVEN, &r));
	assert_int_equal(r, -2);
	/* below and above the half */
	assert_true(money_muldiv(14, 1, 10, ROUND_HALF_UP, &r));
	assert_int_equal(r, 1);
	assert_true(money_muldiv(16, 1, 10, ROUND_HALF_EVEN, &r));
	assert_int_equal(r, 2);
	/* 87.5% of 0.99 = 0.86625 → 0.87 */
	assert_true(money_rate(99, 875000, ROUND_HALF_UP, &r));
	assert_int_equal(r, 87);
	/* the 128-bit intermediate: no overflow in a*num, only in the result */
	assert_true(money_muldiv(INT64_MAX, RATE_ONE, RATE_ONE, ROUND_HALF_UP, &r));
	assert_int_equal(r, INT64_MAX);
	assert_false(money_muldiv(INT64_MAX, 2, 1, ROUND_HALF_UP, &r));
	assert_false(money_muldiv(1, 1, 0, ROUND_HALF_UP, &r));
}

static void test_allocate_exact(void **state)
{
	(void)state;
	int64_t w[3] = { 100, 100, 100 }, s[3];
	assert_true(money_allocate(100, w, 3, s));
	/* 33.33 each; the one leftover cent goes to the earliest tie */
	assert_int_equal(s[0], 34);
	assert_int_equal(s[1], 33);
	assert_int_equal(s[2], 33);
	int64_t w2[3] = { 1, 2, 7 }, s2[3];
	assert_true(money_allocate(1001, w2, 3, s2));
	/* 100.1, 200.2, 700.7 → floors 100,200,700, leftover 1 to 700.7 */
	assert_int_equal(s2[0], 100);
	assert_int_equal(s2[1], 200);
	assert_int_equal(s2[2], 701);
	int64_t z[2] = { 0, 0 }, s3[2];
	assert_true(money_allocate(7, z, 2, s3));
	assert_int_equal(s3[0], 7);
	assert_int_equal(s3[1], 0);
	assert_false(money_allocate(5, w, 0, s));
	int64_t neg[1] = { -1 };
	assert_false(money_allocate(5, neg, 1, s));
}

/* Property: shares always add up to the total and each is within one unit
 * of its exact proportional value. */
static void test_allocate_property(void **state)
{
	(void)state;
	uint64_t x = 0x9E3779B97F4A7C15u;
	for (int round = 0; round < 5000; round++) {
		int64_t w[12], s[12], total;
		size_t n = 1 + (x % 12);
		__int128 W = 0;
		for (size_t i = 0; i < n; i++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			w[i] = (int64_t)(x % 100000);
			W += w[i];
		}
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		total = (int64_t)(x % 1000000);
		assert_true(money_allocate(total, w, n, s));
		int64_t sum = 0;
		for (size_t i = 0; i < n; i++) {
			sum += s[i];
			assert_true(s[i] >= 0);
			if (W > 0) {
				__int128 exact_floor = (__int128)total * w[i] / W;
				assert_true(s[i] == exact_floor || s[i] == exact_floor + 1);
			}
		}
		assert_int_equal(sum, total);
	}
}

static void test_parse_format(void **state)
{
	(void)state;
	int64_t v;
	assert_int_equal(money_parse("12.5", 4, 2, &v), 0);
	assert_int_equal(v, 1250);
	assert_int_equal(money_parse("-0.01", 5, 2, &v), 0);
	assert_int_equal(v, -1);
	assert_int_equal(money_parse("500", 3, 0, &v), 0);
	assert_int_equal(v, 500);
	assert_int_equal(money_parse("1.234", 5, 2, &v), 2);
	assert_int_equal(money_parse("1.5", 3, 0, &v), 2);
	assert_int_equal(money_parse("abc", 3, 2, &v), 1);
	assert_int_equal(money_parse("", 0, 2, &v), 1);
	assert_int_equal(money_parse("1.", 2, 2, &v), 1);
	assert_int_equal(money_parse(".5", 2, 2, &v), 1);
	assert_int_equal(money_parse("99999999999999999999", 20, 2, &v), 3);
	assert_int_equal(money_parse("92233720368547758.07", 20, 2, &v), 0);
	assert_int_equal(v, INT64_MAX);
	assert_int_equal(money_parse("92233720368547758.08", 20, 2, &v), 3);
	char b[24];
	money_format(5, 2, b);
	assert_string_equal(b, "0.05");
	money_format(-1250, 2, b);
	assert_string_equal(b, "-12.50");
	money_format(500, 0, b);
	assert_string_equal(b, "500");
	money_format(INT64_MIN, 2, b);
	assert_string_equal(b, "-92233720368547758.08");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checked_ops),
		cmocka_unit_test(test_rounding_modes),
		cmocka_unit_test(test_allocate_exact),
		cmocka_unit_test(test_allocate_property),
		cmocka_unit_test(test_parse_format),
	};
	return cmocka_run_group_tests_name("money", tests, NULL, NULL);
}
