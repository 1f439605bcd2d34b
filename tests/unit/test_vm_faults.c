/* test_vm_faults.c — fault injection: an allocator that fails its Nth
 * call, looped over code generation, loading and pricing. Each failure must
 * come back as NULL / out-of-memory, never a crash (and, under ASan, never
 * a leak); once N passes the number of allocations, the call succeeds. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/compile.h"
#include "support/alloc.h"
#include "tests/unit/support_vm.h"

static long calls, fail_at;

static void *failing(void *ud, void *p, size_t n)
{
	(void)ud;
	if (n == 0) {
		free(p);
		return NULL;
	}
	if (++calls == fail_at)
		return NULL;
	return realloc(p, n);
}

static const char *src = "activity tea item SKU-1004: spend 200 -> -10, 300 -> -30\n"
			 "activity tees category tees: pick 3 for 99\n"
			 "activity lamp item L: spend 300 -> gift G\n"
			 "activity free_ship shipping when order >= 99: free\n" TVM_CHECKOUT_SRC;

static void arm(long n)
{
	calls = 0;
	fail_at = n;
	px_set_allocator(failing, NULL);
}

static void disarm(void)
{
	px_set_allocator(NULL, NULL);
}

static void test_codegen_oom(void **state)
{
	(void)state;
	src_file_t f = { "t.promo", src, strlen(src) };
	diag_list_t dl;
	diag_list_init(&dl);
	program_t *ast = fe_compile(&f, &dl);
	assert_int_equal(dl.errors, 0);
	vm_program_t *p = NULL;
	long n;
	for (n = 1; !p; n++) {
		arm(n);
		p = cg_generate(ast);
		disarm();
		assert_true(n < 10000);
	}
	assert_true(n > 5); /* it did fail along the way */
	vm_program_free(p);
	ast_program_free(ast);
	diag_list_free(&dl);
}

static void test_load_and_price_oom(void **state)
{
	(void)state;
	vm_program_t *p = tvm_compile(src), *q = NULL;
	buf_t b;
	char err[256];
	buf_init(&b);
	assert_int_equal(vm_save(p, &b), 0);
	for (long n = 1; !q; n++) {
		arm(n);
		q = vm_load(b.data, b.len, err, sizeof err);
		disarm();
		if (!q)
			assert_non_null(strstr(err, "memory"));
	}
	cart_t c;
	cart_init(&c);
	c.has_at = true;
	tvm_line(&c, "SKU-1004", 3, 10000, "tees", NULL);
	tvm_line(&c, "L", 1, 30000, "tees", NULL);
	tvm_line(&c, "X", 2, 9900, "tees", NULL);
	int rc = 2;
	for (long n = 1; rc != 0; n++) {
		result_t r;
		result_init(&r);
		arm(n);
		rc = vm_price(q, &c, &r, false);
		disarm();
		assert_true(rc == 0 || rc == 2);
		result_free(&r);
	}
	cart_free(&c);
	buf_free(&b);
	vm_program_free(p);
	vm_program_free(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codegen_oom),
		cmocka_unit_test(test_load_and_price_oom),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
