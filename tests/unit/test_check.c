/* test_check.c — the checker: resolved fields (minor units, rates,
 * epochs, levels, order) and each semantic error. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "support/money.h"
#include "tests/unit/support_fe.h"

static program_t *check_ok(fe_run_t *r, const char *src)
{
	program_t *p = fe_run(r, src, (size_t)-1, true);
	assert_non_null(p);
	if (r->dl.errors)
		fail_msg("unexpected error: %s", r->dl.head->msg);
	return p;
}

/* Asserts the program has an error containing needle at line:col. */
static void expect_error(const char *src, const char *needle, int line, int col)
{
	fe_run_t r;
	fe_run(&r, src, (size_t)-1, true);
	const diag_t *d = fe_find(&r, needle);
	if (!d)
		fail_msg("no error containing \"%s\" (first: %s)", needle, r.dl.head ? r.dl.head->msg : "none");
	int l, c;
	fe_where(&r, d, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, col);
	assert_int_equal(d->sev, DIAG_ERROR);
	fe_run_free(&r);
}

static activity_t *act(program_t *p, size_t i)
{
	return p->acts.items[i];
}

static void test_money_and_rates(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = check_ok(&r, "activity a item A: price 9.9\nactivity b item B: 87.5%\nactivity c item C: -20%\n"
				    "activity d item D: 9.5折\nactivity e order: every 300 -> -40 max -200\n"
				    "activity f item F: tier 2 -> 95%, 5 -> 80%\n");
	assert_int_equal(p->decimals, 2);
	assert_int_equal(act(p, 0)->effect->money.minor, 990);
	assert_int_equal(act(p, 1)->effect->pct.minor, 875000);
	assert_int_equal(act(p, 2)->effect->pct.minor, 800000); /* -20% pays 80% */
	assert_int_equal(act(p, 3)->effect->pct.minor, 950000);
	effect_t *e = act(p, 4)->effect;
	assert_int_equal(e->money.minor, 30000);
	assert_int_equal(e->off.minor, 4000);
	assert_int_equal(e->max.minor, 20000);
	step_t *s = act(p, 5)->effect->steps.items[1];
	assert_int_equal(s->at.minor, 5);
	assert_int_equal(s->eff->pct.minor, 800000);
	fe_run_free(&r);

	p = check_ok(&r, "currency JPY\nactivity a item A: price 1999\n");
	assert_int_equal(p->decimals, 0);
	assert_int_equal(act(p, 0)->effect->money.minor, 1999);
	fe_run_free(&r);
	p = check_ok(&r, "currency KWD\nactivity a item A: price 1.5\n");
	assert_int_equal(act(p, 0)->effect->money.minor, 1500);
	fe_run_free(&r);
}

static void test_windows(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = check_ok(&r, "timezone +08:00\nactivity a window 2026-11-11 00:00 .. 2026-11-11 20:00Z item A: 90%\n");
	/* 2026-11-11T00:00+08:00 = 2026-11-10T16:00Z */
	assert_int_equal(act(p, 0)->start.epoch, 1794355200 - 8 * 3600);
	assert_int_equal(act(p, 0)->end.epoch, 1794355200 + 20 * 3600);
	fe_run_free(&r);
	p = check_ok(&r, "activity a window 2024-02-29 .. 2024-03-01 item A: 90%\n");
	assert_int_equal(act(p, 0)->end.epoch - act(p, 0)->start.epoch, 86400);
	fe_run_free(&r);
}

static void test_structure(void **state)
{
	(void)state;
	fe_run_t r;
	program_t *p = check_ok(&r, "activity z item Z: 90%\nstack s {\n exclusive e {\n  activity a order: -1\n"
				    "  activity b order >= 10: -2\n }\n activity c shipping: free\n}\n"
				    "activity d combo (X, Y): -5\n");
	assert_int_equal(p->acts.n, 5);
	assert_int_equal(p->groups.n, 2);
	const char *order[] = { "z", "a", "b", "c", "d" };
	for (int i = 0; i < 5; i++) {
		assert_string_equal(act(p, i)->name.s, order[i]);
		assert_int_equal(act(p, i)->index, i);
	}
	group_t *s = p->groups.items[0], *e = p->groups.items[1];
	assert_null(act(p, 0)->parent);
	assert_ptr_equal(act(p, 1)->parent, e);
	assert_ptr_equal(e->parent, s);
	assert_ptr_equal(act(p, 3)->parent, s);
	assert_int_equal(act(p, 0)->level, LEVEL_ITEM);
	assert_int_equal(act(p, 1)->level, LEVEL_ORDER);
	assert_int_equal(act(p, 3)->level, LEVEL_SHIPPING);
	assert_int_equal(act(p, 4)->level, LEVEL_COMBO);
	assert_int_equal(act(p, 2)->target.amount.minor, 1000);
	fe_run_free(&r);
}

static void test_defines_and_prelude(void **state)
{
	(void)state;
	fe_run_t r;
	/* prelude names are visible; a user define shadows one silently */
	program_t *p = check_ok(&r, "activity a items (A, B): second_half_price\n"
				    "define 第二件半价 = nth 3 -> 0%\nactivity b items (C, D): 第二件半价\n"
				    "define half = h2\ndefine h2 = nth 2 -> 50%\nactivity c items (E, F): half\n"
				    "define vip = customer.tier == \"vip\"\ndefine v2 = vip\nactivity d order when v2: -5\n");
	effect_t *ea = act(p, 0)->effect, *eb = act(p, 1)->effect, *ec = act(p, 2)->effect;
	assert_non_null(ea->def);
	assert_int_equal(ea->def->kind, DEF_ALIAS);
	assert_int_equal(ea->def->eff->count.minor, 3); /* the alias follows the user's 第二件半价 */
	assert_int_equal(eb->def->eff->count.minor, 3);
	assert_true(eb->def->used);
	assert_int_equal(ec->def->eff->sub->pct.minor, 500000);
	cond_t *w = act(p, 3)->when;
	assert_non_null(w->def);
	assert_int_equal(w->def->cond->kind, COND_ATTR_CMP);
	fe_run_free(&r);
}

static void test_errors_names(void **state)
{
	(void)state;
	expect_error("define d = 90%\ndefine d = 80%\n", "'d' is defined twice", 2, 8);
	expect_error("activity a order: -1\nactivity a order: -2\n", "'a' is already the name", 2, 10);
	expect_error("activity a order: -1\nstack a { activity b order: -1 activity c order: -2 }\n",
		     "'a' is already the name", 2, 7);
	expect_error("define vip = customer.v\nactivity a order when vipp: -1\n", "undefined name 'vipp': did you mean 'vip'?", 2, 23);
	expect_error("activity a order: nope\n", "undefined name 'nope'", 1, 19);
	/* no define is close: a misspelt keyword is */
	expect_error("activity a shipping: fre\n", "undefined name 'fre': did you mean 'free'?", 1, 22);
	expect_error("define h = 50%\nactivity a order when h: -1\n", "'h' is an effect, but a condition is needed", 2, 23);
	expect_error("define v = customer.v\nactivity a order: v\n", "'v' is a condition, but an effect is needed", 2, 19);
	expect_error("define a = b\ndefine b = a\n", "'a' is defined in terms of itself", 2, 12);
	expect_error("currency RMB\n", "unknown currency 'RMB': did you mean 'CNY'?", 1, 10);
	expect_error("currency EURO\n", "did you mean 'EUR'?", 1, 10);
	expect_error("rounding half-upp\n", "did you mean 'half-up'?", 1, 10);
	expect_error("currency CNY\ncurrency USD\n", "'currency' is set twice", 2, 1);
}

static void test_errors_literals(void **state)
{
	(void)state;
	expect_error("activity a item A: 120%\n", "outside 0 to 100", 1, 20);
	expect_error("activity a item A: -100.5%\n", "outside 0 to 100", 1, 20);
	expect_error("activity a item A: 0折\n", "out of range", 1, 20);
	expect_error("activity a item A: 10.5折\n", "out of range", 1, 20);
	expect_error("activity a item A: price 9.999\n", "more decimals than CNY allows (2)", 1, 26);
	expect_error("currency JPY\nactivity a item A: -0.5\n", "more decimals than JPY allows (0)", 2, 21);
	expect_error("activity a item A: price 99999999999999999999\n", "too large", 1, 26);
	expect_error("activity a item A: price 99999999999999999\n", "too large", 1, 26); /* x100 overflows */
	expect_error("activity a stock 0 item A: 90%\n", "stock must be a whole number of at least 1", 1, 18);
	expect_error("activity a item A: tier 2.5 -> 90%\n", "quantity must be a whole number", 1, 25);
	expect_error("activity a item A: tier 5 -> 95%, 2 -> 80%\n", "tier steps must go strictly up", 1, 35);
	expect_error("activity a order: spend 300 -> -30, 300 -> -40\n", "spend steps must go strictly up", 1, 37);
	/* written from the top down: one message for the ladder, not one per step */
	fe_run_t r;
	fe_run(&r, "activity a order: spend 500 -> -60, 300 -> -30, 200 -> -10\n", (size_t)-1, true);
	assert_int_equal(r.dl.errors, 1);
	assert_non_null(fe_find(&r, "'300' is not above the step before (the ladder is written from the top"));
	fe_run_free(&r);
	expect_error("activity a order: every 0 -> -1\n", "must be more than 0", 1, 25);
}

static void test_errors_windows(void **state)
{
	(void)state;
	expect_error("activity a window 2026-11-12 .. 2026-11-11 item A: 90%\n", "ends before it starts", 1, 33);
	expect_error("activity a window 2026-11-11 10:00 .. 2026-11-11 10:00 item A: 90%\n", "ends before it starts", 1, 39);
	expect_error("activity a window 2025-02-29 .. 2025-03-01 item A: 90%\n", "no such day", 1, 19);
	expect_error("activity a window 2026-00-10 .. 2026-03-01 item A: 90%\n", "no such month", 1, 19);
	expect_error("activity a window 2026-01-10 24:00 .. 2026-03-01 item A: 90%\n", "no such time", 1, 19);
	expect_error("activity a window 1969-12-31 .. 2026-03-01 item A: 90%\n", "before 1970", 1, 19);
}

static void test_errors_structure(void **state)
{
	(void)state;
	expect_error("exclusive g { activity a order: -1 }\n", "group 'g' has one member", 1, 11);
	expect_error("stack g { }\n", "group 'g' has no members", 1, 7);
	expect_error("activity a stock 1 stock 2 item A: 90%\n", "'stock' is given twice", 1, 20);
	expect_error("activity a window 2026-01-01 .. 2026-01-02 window 2026-01-01 .. 2026-01-03 item A: 90%\n",
		     "'window' is given twice", 1, 44);
}

static void test_errors_effect_target(void **state)
{
	(void)state;
	expect_error("activity a item A: pick 3 for 99\n", "pick needs several SKUs: use items, category or brand", 1, 20);
	expect_error("activity a order: free\n", "'free' applies only to shipping", 1, 19);
	expect_error("activity a item A: free\n", "'free' applies only to shipping", 1, 20);
	expect_error("activity a shipping: 80%\n", "a percentage cannot be used with shipping", 1, 22);
	expect_error("activity a order: tier 2 -> 90%\n", "tier cannot be used with order targets", 1, 19);
	expect_error("activity a combo (X, Y): pick 2 for 9\n", "pick cannot be used with combo targets", 1, 26);
	expect_error("activity a item A: every 100 -> -5\n", "every cannot be used with item-level targets", 1, 20);
	expect_error("activity a item A: tier 2 -> gift G\n", "gift cannot be used with tier steps", 1, 30);
	expect_error("activity a order: spend 100 -> -5 each\n", "-M each cannot be used with spend steps", 1, 32);
	expect_error("activity a item A: nth 2 -> gift G\n", "gift cannot be used with nth", 1, 29);
	expect_error("define h = nth 2 -> 50%\nactivity a order: h\n", "nth cannot be used with order targets", 2, 19);
	/* and what fits passes */
	fe_run_t r;
	check_ok(&r, "activity a item A: spend 100 -> -5 each\nactivity b category c: pick 2 for 9\n"
		     "activity c shipping: -5\nactivity d combo (X, Y): every 100 -> -5\n");
	fe_run_free(&r);
}

static void test_depth_limit(void **state)
{
	(void)state;
	enum { N = 2000 };
	static char src[N * 16 + 64];
	char *w = src + sprintf(src, "define c = customer.a");
	for (int i = 0; i < N; i++)
		w += sprintf(w, " and customer.a");
	fe_run_t r;
	fe_run(&r, src, (size_t)-1, true);
	assert_int_equal(r.dl.errors, 1);
	assert_non_null(fe_find(&r, "nested deeper than 256 levels"));
	fe_run_free(&r);
}

static void test_syntax_error_hides_name_errors(void **state)
{
	(void)state;
	/* the define with the syntax error would otherwise cascade */
	fe_run_t r;
	fe_run(&r, "define h = nth 2 -> \nactivity a items (A, B): h\n", (size_t)-1, true);
	assert_int_equal(r.dl.errors, 1);
	assert_null(fe_find(&r, "undefined"));
	fe_run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money_and_rates),
		cmocka_unit_test(test_windows),
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_defines_and_prelude),
		cmocka_unit_test(test_errors_names),
		cmocka_unit_test(test_errors_literals),
		cmocka_unit_test(test_errors_windows),
		cmocka_unit_test(test_errors_structure),
		cmocka_unit_test(test_errors_effect_target),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_syntax_error_hides_name_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
