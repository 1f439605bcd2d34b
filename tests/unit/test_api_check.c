/* test_api_check.c — promo_check and the promo_diags accessors through
 * the public header only (plus the allocator hook for fault injection). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "promo.h"
#include "support/alloc.h"
#include "tests/unit/support_faults.h"

static const char good[] = "currency CNY\ndefine vip = customer.tier in (\"vip\")\n"
			   "activity a \"八折\" item SKU-1: 8折\nactivity b order when vip: -5\n";
static const char bad[] = "activity 手机 item A: 120%\nactivity 手机 order: -5\n";

static void test_clean_program(void **state)
{
	(void)state;
	promo_diags *ds = NULL;
	assert_int_equal(promo_check("good.promo", good, strlen(good), &ds), PROMO_OK);
	assert_non_null(ds);
	assert_int_equal(promo_diags_count(ds), 0);
	assert_int_equal(promo_diags_errors(ds), 0);
	assert_int_equal(promo_diags_warnings(ds), 0);
	assert_null(promo_diags_at(ds, 0));
	char *text = NULL;
	assert_int_equal(promo_diags_render(ds, 0, &text), PROMO_OK);
	assert_string_equal(text, "");
	promo_free(text);
	promo_diags_free(ds);
	/* out may be NULL: only the status */
	assert_int_equal(promo_check("good.promo", good, strlen(good), NULL), PROMO_OK);
}

static void test_errors_and_accessors(void **state)
{
	(void)state;
	promo_diags *ds = NULL;
	assert_int_equal(promo_check("bad.promo", bad, strlen(bad), &ds), PROMO_E_COMPILE);
	assert_int_equal(promo_diags_count(ds), 2);
	assert_int_equal(promo_diags_errors(ds), 2);
	const promo_diag *d = promo_diags_at(ds, 0);
	assert_int_equal(promo_diag_severity(d), PROMO_SEV_ERROR);
	assert_null(promo_diag_code(d));
	assert_string_equal(promo_diag_file(d), "bad.promo");
	assert_int_equal(promo_diag_line(d), 1);
	assert_int_equal(promo_diag_col(d), 21); /* code points: 手机 counts 2 */
	assert_int_equal(promo_diag_end_line(d), 1);
	assert_int_equal(promo_diag_end_col(d), 25);
	assert_string_equal(promo_diag_message(d), "percentage 120% is outside 0 to 100");
	assert_int_equal(promo_diag_note_count(d), 0);
	assert_null(promo_diag_note(d, 0));

	d = promo_diags_at(ds, 1);
	assert_int_equal(promo_diag_line(d), 2);
	assert_int_equal(promo_diag_note_count(d), 1);
	const promo_diag *n = promo_diag_note(d, 0);
	assert_int_equal(promo_diag_severity(n), PROMO_SEV_NOTE);
	assert_int_equal(promo_diag_line(n), 1);
	assert_int_equal(promo_diag_col(n), 10);
	assert_null(promo_diags_at(ds, 2));

	char *text = NULL;
	assert_int_equal(promo_diags_render(ds, 0, &text), PROMO_OK);
	/* the caret sits under "120%": 手机 takes two terminal cells each */
	assert_non_null(strstr(text, "bad.promo:1:21: error: percentage 120% is outside 0 to 100\n"
				     "    1 | activity 手机 item A: 120%\n"
				     "      |                       ^~~~\n"));
	assert_non_null(strstr(text, "bad.promo:1:10: note: first used here"));
	assert_null(strstr(text, "\033["));
	promo_free(text);
	assert_int_equal(promo_diags_render(ds, 1, &text), PROMO_OK);
	assert_non_null(strstr(text, "\033[1;31merror:"));
	promo_free(text);
	promo_diags_free(ds);
}

static void test_source_is_copied(void **state)
{
	(void)state;
	char *src = strdup(bad);
	promo_diags *ds = NULL;
	assert_int_equal(promo_check("bad.promo", src, strlen(src), &ds), PROMO_E_COMPILE);
	memset(src, 'x', strlen(src));
	free(src);
	char *text = NULL;
	assert_int_equal(promo_diags_render(ds, 0, &text), PROMO_OK);
	assert_non_null(strstr(text, "activity 手机 item A: 120%"));
	promo_free(text);
	promo_diags_free(ds);
}

static void test_null_arguments(void **state)
{
	(void)state;
	promo_diags *ds = (promo_diags *)1;
	assert_int_equal(promo_check(NULL, good, 1, &ds), PROMO_E_NULL);
	assert_null(ds);
	assert_int_equal(promo_check("x", NULL, 0, &ds), PROMO_E_NULL);
	assert_int_equal(promo_diags_render(NULL, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_diags_count(NULL), 0);
	assert_null(promo_diags_at(NULL, 0));
	assert_null(promo_diag_message(NULL));
	assert_int_equal(promo_diag_line(NULL), 0);
	promo_diags_free(NULL);
	/* an empty program is fine */
	assert_int_equal(promo_check("e", "", 0, NULL), PROMO_OK);
}

/* Fault injection: the Nth allocation fails. promo_check must report
 * PROMO_E_NOMEM or finish normally, and never leak. */
static void test_out_of_memory(void **state)
{
	(void)state;
	faults_t f = { .countdown = -1 };
	px_set_allocator(faults_realloc, &f);
	promo_diags *ds = NULL;
	assert_int_equal(promo_check("bad.promo", bad, strlen(bad), &ds), PROMO_E_COMPILE);
	promo_diags_free(ds);
	long total = f.allocs;
	assert_int_equal(f.live, 0);
	int nomem = 0;
	for (long i = 0; i < total + 5; i++) {
		f.countdown = i;
		f.live = 0;
		ds = NULL;
		promo_status st = promo_check("bad.promo", bad, strlen(bad), &ds);
		assert_true(st == PROMO_E_NOMEM || st == PROMO_E_COMPILE);
		if (st == PROMO_E_NOMEM) {
			assert_null(ds);
			nomem++;
		}
		promo_diags_free(ds);
		if (f.live != 0)
			fail_msg("allocation %ld failing leaks %ld block(s) (status %d)", i, f.live, st);
	}
	px_set_allocator(NULL, NULL);
	assert_true(nomem > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean_program),
		cmocka_unit_test(test_errors_and_accessors),
		cmocka_unit_test(test_source_is_copied),
		cmocka_unit_test(test_null_arguments),
		cmocka_unit_test(test_out_of_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
