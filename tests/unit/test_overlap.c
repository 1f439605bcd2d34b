/* test_overlap.c — the overlap checker: each part of the rule (level,
 * scope, window, condition, group), the witness, the catalog, the bounds,
 * and a 20k-activity program with one planted overlap. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support/buf.h"
#include "tests/unit/support_lint.h"

static const char *const catalog = "sku,category,brand,price\n"
				   "SKU-1,shoes,stride,100\nSKU-2,shoes,acme,200\nSKU-3,hats,acme,50\n";

/* Number of overlap errors (and may-overlap warnings) for src. */
static int overlaps(const char *src, const char *cat, int *maybe)
{
	lint_run_t r;
	lint_run(&r, src, cat, false, 0);
	int n = lint_count(&r, "overlap", DIAG_ERROR);
	assert_int_equal(n, r.rc);
	if (maybe)
		*maybe = lint_count(&r, "may-overlap", DIAG_WARNING);
	lint_run_free(&r);
	return n;
}

static void test_same_sku(void **state)
{
	(void)state;
	lint_run_t r;
	lint_run(&r, "activity a item SKU-1: -10%\nactivity b items (SKU-2, SKU-1): -5 each\n", NULL, false, 0);
	assert_int_equal(r.rc, 1);
	const diag_t *d = lint_nth(&r, "overlap", 0);
	assert_non_null(d);
	assert_int_equal(lint_line(d), 2); /* the error on the later activity */
	assert_non_null(strstr(d->msg, "'b' overlaps 'a'"));
	assert_non_null(strstr(d->msg, "SKU-1"));
	assert_non_null(strstr(d->msg, "at any time"));
	assert_non_null(d->notes);
	assert_int_equal(lint_line(d->notes), 1); /* the note on the other one */
	assert_non_null(d->notes->next);          /* and the hint */
	assert_non_null(strstr(d->notes->next->msg, "exclusive or stack"));
	lint_run_free(&r);
}

static void test_windows(void **state)
{
	(void)state;
	assert_int_equal(overlaps("activity a window 2026-11-01 00:00 .. 2026-11-02 00:00 item SKU-1: -10%\n"
				  "activity b window 2026-11-02 00:00 .. 2026-11-03 00:00 item SKU-1: -20%\n",
				  NULL, NULL), 0); /* end exclusive: touching windows are disjoint */
	assert_int_equal(overlaps("activity a window 2026-11-01 00:00 .. 2026-11-02 00:01 item SKU-1: -10%\n"
				  "activity b window 2026-11-02 00:00 .. 2026-11-03 00:00 item SKU-1: -20%\n",
				  NULL, NULL), 1);
	/* zones: 08:00+08:00 is 00:00Z, so these meet for one minute */
	assert_int_equal(overlaps("timezone +08:00\n"
				  "activity a window 2026-11-01 00:00 .. 2026-11-01 08:01 item SKU-1: -10%\n"
				  "activity b window 2026-11-01 00:00Z .. 2026-11-03 00:00 item SKU-1: -20%\n",
				  NULL, NULL), 1);
	/* no window = always: meets any window */
	assert_int_equal(overlaps("activity a item SKU-1: -10%\n"
				  "activity b window 2026-11-02 00:00 .. 2026-11-03 00:00 item SKU-1: -20%\n",
				  NULL, NULL), 1);
}

static void test_witness(void **state)
{
	(void)state;
	lint_run_t r;
	lint_run(&r, "timezone +08:00\n"
		     "activity a window 2026-11-11 00:00 .. 2026-11-12 00:00 order >= 500: -30\n"
		     "activity b order when customer.tier in (\"vip\", \"gold\") and not customer.tier == \"gold\": -5%\n",
		 NULL, false, 0);
	const diag_t *d = lint_nth(&r, "overlap", 0);
	assert_non_null(d);
	assert_non_null(strstr(d->msg, "customer.tier = \"vip\""));
	assert_non_null(strstr(d->msg, "order = 500.00"));
	assert_non_null(strstr(d->msg, "from 2026-11-11 00:00 to 2026-11-12 00:00 (+08:00)"));
	lint_run_free(&r);
}

static void expect_overlaps(const char *const *cases, size_t n, int want)
{
	for (size_t i = 0; i < n; i++)
		if (overlaps(cases[i], NULL, NULL) != want)
			fail_msg("case %zu should give %d overlap(s):\n%s", i, want, cases[i]);
}

static void test_conditions_disjoint(void **state)
{
	(void)state;
	const char *cases[] = {
		/* order-level activities apply in turn on the running subtotal: a
		 * later `order >= 500` reads at most what an earlier one read */
		"activity b order when order < 500: -10\nactivity a order >= 500: -30\n",
		"activity a order when order >= 100 and order <= 200: -3\nactivity b order when order > 200: -5\n",
		/* ... and at least that less what the ones in between take */
		"activity a order >= 500: -30\nactivity c order when order < 470: -1\n",
		"activity a order >= 1000: -10%\nactivity c order when order < 800: -1\n",
		"activity a item SKU-1 when qty >= 3: -10%\nactivity b item SKU-1 when qty < 3: -5%\n",
		"activity a item SKU-1 when customer.tier == \"vip\": -10%\n"
		"activity b item SKU-1 when customer.tier in (\"gold\", \"silver\"): -5%\n",
		"activity a item SKU-1 when not (customer.tier in (\"a\", \"b\")): -10%\n"
		"activity b item SKU-1 when customer.tier == \"b\": -5%\n",
		"activity a item SKU-1 when customer.first_order: -10%\n"
		"activity b item SKU-1 when not customer.first_order: -5%\n",
		"activity a item SKU-1 when customer.age >= 18: -10%\nactivity b item SKU-1 when customer.age < 18: -5%\n",
		"activity a order when coupon \"A\": -10\nactivity b order when not coupon \"A\": -5\n",
		"define vip = customer.tier == \"vip\"\n"
		"activity a item SKU-1 when vip: -10%\nactivity b item SKU-1 when not vip: -5%\n",
		"activity a item SKU-1 when cart.channel == \"app\" or cart.channel == \"web\": -10%\n"
		"activity b item SKU-1 when cart.channel == \"store\": -5%\n",
	};
	expect_overlaps(cases, sizeof cases / sizeof cases[0], 0);
}

static void test_conditions_meet(void **state)
{
	(void)state;
	const char *cases[] = {
		"activity a order >= 500: -30\nactivity b order when order < 501: -10\n",
		/* a cart of 510 gets both: 'a' leaves 480 for 'b' (docs/pricing.md) */
		"activity a order >= 500: -30\nactivity b order when order < 500: -10\n",
		"activity a order >= 1000: -30%\nactivity c order when order < 800: -1\n",
		"activity a combo (SKU-1, SKU-2) when order >= 500: -30\n"
		"activity b combo (SKU-2, SKU-3) when order < 500: -10\n",
		/* a combo counts its own units and reads the subtotal after the item level */
		"activity k combo (SKU-1, SKU-2) when qty >= 2: -30\nactivity p item SKU-2 when qty < 2: -10%\n",
		"activity p item SKU-2 when order >= 500: -10%\nactivity k combo (SKU-1, SKU-2) when order < 500: -30\n",
		/* a stock caps the units the activity reads */
		"activity s stock 5 item SKU-1 when qty < 3: -10%\nactivity b item SKU-1 when qty >= 3: -5%\n",
		/* a missing attribute makes every comparison false, so both negations hold */
		"activity a item SKU-1 when not (customer.age < 18): -10%\n"
		"activity b item SKU-1 when not (customer.age >= 18): -5%\n",
		"activity a item SKU-1 when customer.tier != \"vip\": -10%\n"
		"activity b item SKU-1 when customer.tier in (\"vip\", \"gold\"): -5%\n",
		"activity a order when coupon \"A\": -10\nactivity b coupon \"B\" order: -5\n",
		"activity a item SKU-1 when customer.age > 17 and customer.age != 18: -10%\n"
		"activity b item SKU-1 when customer.age <= 19: -5%\n",
	};
	expect_overlaps(cases, sizeof cases / sizeof cases[0], 1);
}

static void test_levels(void **state)
{
	(void)state;
	/* combo and item on one SKU overlap; item and order never do */
	assert_int_equal(overlaps("activity k combo (SKU-1, SKU-2): -30\nactivity p item SKU-2: -10%\n"
				  "activity o order: -5\n", NULL, NULL), 1);
	assert_int_equal(overlaps("activity s shipping: free\nactivity t shipping when order >= 99: -5\n",
				  NULL, NULL), 1);
	assert_int_equal(overlaps("activity s shipping: free\nactivity o order: -5\n", NULL, NULL), 0);
}

static void test_groups_exempt(void **state)
{
	(void)state;
	assert_int_equal(overlaps("stack c {\n exclusive d best {\n  activity a order >= 500: -30\n"
				  "  activity b order: -1%\n }\n activity e coupon \"X\" order: -5\n}\n", NULL, NULL), 0);
	/* a cart of 500 gets 'a' and 'x' (stacked: 450 left), then 'c' too */
	assert_int_equal(overlaps("stack g {\n activity a order >= 500: -30\n activity x order: -20\n}\n"
				  "activity c order when order < 460: -1\n", NULL, NULL), 2);
	/* different top-level groups do not resolve each other */
	assert_int_equal(overlaps("stack c {\n activity a order: -1\n activity b order: -2\n}\n"
				  "stack d {\n activity e order: -3\n activity f order: -4\n}\n", NULL, NULL), 4);
}

static void test_catalog(void **state)
{
	(void)state;
	int maybe;
	const char *src = "activity s category shoes: -15%\nactivity one item SKU-1: -10%\nactivity hat item SKU-3: -5%\n";
	assert_int_equal(overlaps(src, NULL, &maybe), 0);
	assert_int_equal(maybe, 2); /* without a catalog: may overlap, a warning */
	assert_int_equal(overlaps(src, catalog, &maybe), 1); /* SKU-1 is a shoe, SKU-3 is not */
	assert_int_equal(maybe, 0);
	/* category against brand: SKU-2 is a shoe of brand acme; no hat is stride */
	assert_int_equal(overlaps("activity s category shoes: -15%\nactivity b brand acme: -5%\n", catalog, NULL), 1);
	assert_int_equal(overlaps("activity s category hats: -15%\nactivity b brand stride: -5%\n", catalog, NULL), 0);
	assert_int_equal(overlaps("activity s category shoes: -15%\nactivity t category shoes when qty >= 2: -5%\n",
				  NULL, NULL), 1);
}

static void test_dnf_cap(void **state)
{
	(void)state;
	/* 2^7 conjunctions: past the cap the checker assumes the worst */
	lint_run_t r;
	lint_run(&r, "activity a item SKU-1 when (qty == 1 or qty == 2) and (qty == 3 or qty == 4) and "
		     "(qty == 5 or qty == 6) and (qty == 7 or qty == 8) and (qty == 9 or qty == 10) and "
		     "(qty == 11 or qty == 12) and (qty == 13 or qty == 14): -10%\n"
		     "activity b item SKU-1: -5%\n", NULL, false, 0);
	const diag_t *d = lint_nth(&r, "overlap", 0);
	assert_non_null(d);
	assert_non_null(strstr(d->msg, "cannot rule out"));
	lint_run_free(&r);
}

static void test_bounded_findings(void **state)
{
	(void)state;
	buf_t b;
	buf_init(&b);
	for (int i = 0; i < 50; i++)
		buf_printf(&b, "activity a%d item SKU-1: -%d%%\n", i, 1 + i % 9);
	lint_run_t r;
	lint_run(&r, b.data, NULL, false, 0);
	int per[50] = { 0 };
	for (const diag_t *d = r.dl.head; d; d = d->next) {
		per[lint_line(d) - 1]++;
		per[lint_line(d->notes) - 1]++;
	}
	for (int i = 0; i < 50; i++)
		assert_true(per[i] >= 1 && per[i] <= 3);
	lint_run_free(&r);
	buf_free(&b);
}

/* Per-value buckets: 200 offers pinned to one customer each, and what
 * must still meet them. */
static void test_pinned(void **state)
{
	(void)state;
	static const struct { const char *extra; int want; } cases[] = {
		{ "", 0 },
		{ "activity q order when customer.id == \"u42\" and coupon \"Y\": -1\n", 1 },
		{ "activity q order when customer.id in (\"u7\") or (customer.id == \"u7\" and qty > 2): -1\n", 1 },
		{ "activity q order when customer.id == \"u7\" and customer.tier == \"gold\": -1\n", 0 },
		{ "activity q order when customer.id in (\"u7\", \"u8\"): -1\n", 2 },   /* not pinned */
		{ "activity q order when not (customer.id == \"u7\"): -1\n", 3 },       /* capped at 3 */
		{ "activity q order when customer.id == \"u7\" or customer.id == \"u8\": -1\n", 2 },
		{ "activity q order when customer.id == 7: -1\n", 0 },                 /* a number is not "7" */
		/* both hold for a customer with no id: not pinned */
		{ "activity q order when not (customer.id != \"u1\"): -1\n"
		  "activity r order when not (customer.id != \"u2\"): -1\n", 3 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_t b;
		buf_init(&b);
		for (int k = 0; k < 200; k++)
			buf_printf(&b, "activity p%d order when customer.id == \"u%d\" and customer.tier == \"vip\": -5\n",
				   k, k);
		buf_puts(&b, cases[i].extra);
		int n = overlaps(b.data, NULL, NULL);
		if (n != cases[i].want)
			fail_msg("case %zu: %d overlap(s), not %d, with\n%s", i, n, cases[i].want, cases[i].extra);
		buf_free(&b);
	}
}

/* 20,000 activities, each SKU used four times on disjoint days, one plant. */
static void test_scale_planted(void **state)
{
	(void)state;
	buf_t b;
	buf_init(&b);
	int n = 20000, planted_line = n + 1, victim_line = 1 + 4 * 1234 + 2;
	for (int i = 0; i < n; i++)
		buf_printf(&b, "activity a%d window 2026-11-%02d 00:00 .. 2026-11-%02d 00:00 item SKU-%d: -5%%\n",
			   i, 1 + i % 4, 2 + i % 4, i / 4);
	buf_printf(&b, "activity plant window 2026-11-03 12:00 .. 2026-11-04 00:00 item SKU-1234: price 1\n");
	lint_run_t r;
	lint_run(&r, b.data, NULL, false, 0);
	assert_int_equal(r.rc, 1);
	const diag_t *d = lint_nth(&r, "overlap", 0);
	assert_int_equal(lint_line(d), planted_line);
	assert_int_equal(lint_line(d->notes), victim_line);
	lint_run_free(&r);
	buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_sku),
		cmocka_unit_test(test_windows),
		cmocka_unit_test(test_witness),
		cmocka_unit_test(test_conditions_disjoint),
		cmocka_unit_test(test_conditions_meet),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_groups_exempt),
		cmocka_unit_test(test_catalog),
		cmocka_unit_test(test_dnf_cap),
		cmocka_unit_test(test_bounded_findings),
		cmocka_unit_test(test_pinned),
		cmocka_unit_test(test_scale_planted),
	};
	return cmocka_run_group_tests_name("overlap", tests, NULL, NULL);
}
