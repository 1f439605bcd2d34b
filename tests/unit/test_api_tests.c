/* test_api_tests.c — the public API for formatting and for test blocks:
 * promo_format, promo_test and the promo_tests accessors, error paths
 * included. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "promo.h"

#define PROG "activity a \"八折\" item SKU-1: 8折\n"

static void test_format_ok(void **state)
{
	(void)state;
	const char *src = "activity   a  item SKU-1 :8折";
	char *out = NULL;
	promo_diags *ds = NULL;
	assert_int_equal(promo_format("t.promo", src, strlen(src), &out, &ds), PROMO_OK);
	assert_string_equal(out, "activity a item SKU-1: 8折\n");
	assert_non_null(ds);
	assert_int_equal(promo_diags_errors(ds), 0);
	promo_free(out);
	promo_diags_free(ds);
}

static void test_format_semantic_errors_still_format(void **state)
{
	(void)state;
	const char *src = "activity a item SKU-1: nowhere"; /* undefined name: not a syntax error */
	char *out = NULL;
	assert_int_equal(promo_format("t.promo", src, strlen(src), &out, NULL), PROMO_OK);
	assert_string_equal(out, "activity a item SKU-1: nowhere\n");
	promo_free(out);
}

static void test_format_syntax_error(void **state)
{
	(void)state;
	const char *src = "activity a item SKU-1 8折";
	char *out = (char *)"sentinel";
	promo_diags *ds = NULL;
	assert_int_equal(promo_format("t.promo", src, strlen(src), &out, &ds), PROMO_E_COMPILE);
	assert_null(out);
	assert_true(promo_diags_errors(ds) >= 1);
	assert_int_equal(promo_diag_line(promo_diags_at(ds, 0)), 1);
	promo_diags_free(ds);
}

static void test_format_null(void **state)
{
	(void)state;
	char *out;
	assert_int_equal(promo_format(NULL, "", 0, &out, NULL), PROMO_E_NULL);
	assert_int_equal(promo_format("t", NULL, 0, &out, NULL), PROMO_E_NULL);
	assert_int_equal(promo_format("t", "", 0, NULL, NULL), PROMO_E_NULL);
}

static void test_tests_pass_and_fail(void **state)
{
	(void)state;
	const char *src = PROG "test \"good\" {\n  line SKU-1 at 100\n  expect total 80.00\n}\n"
			       "test \"bad\" {\n  line SKU-1 x 2 at 100\n  expect total 100.00\n}\n";
	promo_tests *t = NULL;
	promo_diags *ds = NULL;
	assert_int_equal(promo_test("t.promo", src, strlen(src), &t, &ds), PROMO_OK);
	assert_int_equal(promo_tests_count(t), 2);
	assert_int_equal(promo_tests_failed(t), 1);
	char *text = NULL;
	assert_int_equal(promo_tests_render(t, 0, &text), PROMO_OK);
	assert_non_null(strstr(text, "ok   t.promo: \"good\""));
	assert_non_null(strstr(text, "FAIL t.promo:6: \"bad\""));
	assert_non_null(strstr(text, "- expect total 100.00  (line 8)"));
	assert_non_null(strstr(text, "+ actual total 160.00"));
	assert_null(strstr(text, "\033["));
	promo_free(text);
	assert_int_equal(promo_tests_render(t, 1, &text), PROMO_OK);
	assert_non_null(strstr(text, "\033["));
	promo_free(text);
	/* The failure is a diagnostic too, for lint: code "test", at the expect. */
	assert_int_equal(promo_diags_errors(ds), 1);
	const promo_diag *d = promo_diags_at(ds, 0);
	assert_string_equal(promo_diag_code(d), "test");
	assert_int_equal(promo_diag_line(d), 8);
	assert_int_equal(promo_diag_note_count(d), 1);
	assert_string_equal(promo_diag_message(promo_diag_note(d, 0)), "actual total 160.00");
	promo_tests_free(t);
	promo_diags_free(ds);
}

static void test_tests_compile_error(void **state)
{
	(void)state;
	const char *src = PROG "test \"t\" {\n  line SKU-1 at 100\n  expect applied b\n}\n";
	promo_tests *t = (promo_tests *)&t;
	promo_diags *ds = NULL;
	assert_int_equal(promo_test("t.promo", src, strlen(src), &t, &ds), PROMO_E_COMPILE);
	assert_null(t);
	assert_int_equal(promo_diags_errors(ds), 1);
	assert_non_null(strstr(promo_diag_message(promo_diags_at(ds, 0)), "no activity named 'b'"));
	promo_diags_free(ds);
}

static void test_tests_null_and_empty(void **state)
{
	(void)state;
	promo_tests *t = NULL;
	char *text = NULL;
	assert_int_equal(promo_test(NULL, "", 0, &t, NULL), PROMO_E_NULL);
	assert_int_equal(promo_test("t", NULL, 0, &t, NULL), PROMO_E_NULL);
	assert_int_equal(promo_test("t", PROG, strlen(PROG), &t, NULL), PROMO_OK); /* no tests: passes */
	assert_int_equal(promo_tests_count(t), 0);
	assert_int_equal(promo_tests_render(t, 0, &text), PROMO_OK);
	assert_string_equal(text, "");
	promo_free(text);
	promo_tests_free(t);
	assert_int_equal(promo_tests_count(NULL), 0);
	assert_int_equal(promo_tests_failed(NULL), 0);
	assert_int_equal(promo_tests_render(NULL, 0, &text), PROMO_E_NULL);
	assert_int_equal(promo_tests_render(t, 0, NULL), PROMO_E_NULL);
	promo_tests_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_ok),
		cmocka_unit_test(test_format_semantic_errors_still_format),
		cmocka_unit_test(test_format_syntax_error),
		cmocka_unit_test(test_format_null),
		cmocka_unit_test(test_tests_pass_and_fail),
		cmocka_unit_test(test_tests_compile_error),
		cmocka_unit_test(test_tests_null_and_empty),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
