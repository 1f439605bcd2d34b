/* test_codegen.c — the bytecode the compiler emits for small programs,
 * checked as disassembly (in the style of Lua's code.lua): a change in code
 * generation shows up here as a readable diff, not only as a price. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "tests/unit/support_vm.h"

/* Asserts that the listing of src contains want (a run of whole lines). */
static void expect_code(const char *src, const char *want)
{
	vm_program_t *p = tvm_compile(src);
	buf_t b;
	buf_init(&b);
	assert_int_equal(vm_disasm(p, &b), 0);
	if (!strstr(b.data, want))
		fail_msg("listing:\n%s\nlacks:\n%s", b.data, want);
	buf_free(&b);
	vm_program_free(p);
}

static void test_percent_is_one_instruction(void **state)
{
	(void)state;
	expect_code("activity a item S: 8折", "  code 5 bytes at 0:\n        0  PCT           800000\n");
	expect_code("activity a item S: -20%", "        0  PCT           800000\n");
	expect_code("activity a item S: 87.5%", "        0  PCT           875000\n");
}

/* Highest step first, each a JUMP_UNLESS; each step leaves a hint for the
 * one above it. */
static void test_spend_ladder(void **state)
{
	(void)state;
	expect_code("activity tea item S: spend 200 -> -10, 300 -> -30",
		    "        0  JUMP_UNLESS   base >=, 30000, -> 15\n"
		    "       10  OFF           3000\n"
		    "       15  JUMP_UNLESS   base >=, 20000, -> 35\n"
		    "       25  HINT          30000\n"
		    "       30  OFF           1000\n"
		    "       35  HINT          20000\n"
		    "       40  FAIL          threshold\n");
}

static void test_tier_has_no_hints(void **state)
{
	(void)state;
	expect_code("activity t item S: tier 2 -> 95%, 5 -> price 10",
		    "        0  JUMP_UNLESS   qty >=, 5, -> 15\n"
		    "       10  PRICE         1000\n"
		    "       15  JUMP_UNLESS   qty >=, 2, -> 30\n"
		    "       25  PCT           950000\n"
		    "       30  FAIL          threshold\n");
}

/* The order target becomes one REQUIRE_CMP, the condition a REQUIRE. */
static void test_order_target_and_condition(void **state)
{
	(void)state;
	expect_code("activity b order >= 500 when customer.first_order and not coupon \"X\": -30",
		    "        0  ATTR          customer, \"first_order\"\n"
		    "        6  HAS_COUPON    \"X\"\n"
		    "       11  NOT\n"
		    "       12  AND\n"
		    "       13  REQUIRE       condition\n"
		    "       15  HINT_ORDER    50000\n"
		    "       20  REQUIRE_CMP   order >=, 50000, threshold\n"
		    "       27  OFF           3000\n");
}

/* A condition that only compares the order or the units is one REQUIRE_CMP
 * too (through a define as well); `order >` hints at one unit more. */
static void test_amount_conditions(void **state)
{
	(void)state;
	expect_code("activity w order when order > 100: -1",
		    "        0  HINT_ORDER    10001\n"
		    "        5  REQUIRE_CMP   order >, 10000, condition\n"
		    "       12  OFF           100\n");
	expect_code("define many = qty >= 3\nactivity q order when many: -1",
		    "        0  REQUIRE_CMP   qty >=, 3, condition\n"
		    "        7  OFF           100\n");
	expect_code("activity n order when not (qty >= 3): -1",
		    "        0  LOAD_QTY\n"
		    "        1  PUSH          3\n"
		    "        6  CMP           >=\n"
		    "        8  NOT\n"
		    "        9  REQUIRE       condition\n");
}

static void test_in_list_and_defines(void **state)
{
	(void)state;
	expect_code("define vip = customer.tier in (\"vip\", \"svip\")\n"
		    "activity v order when vip and customer.age >= 18.5: every 300 -> -40 max -200",
		    "        0  ATTR_STR      customer ==, \"tier\", \"vip\"\n"
		    "       10  ATTR_STR      customer ==, \"tier\", \"svip\"\n"
		    "       20  OR\n"
		    "       21  ATTR_NUM      customer >=, \"age\", 185e-1\n"
		    "       31  AND\n"
		    "       32  REQUIRE       condition\n"
		    "       34  EVERY         30000, 4000, 20000\n");
}

static void test_pooled_and_rewards(void **state)
{
	(void)state;
	expect_code("activity s items (A, B): nth 2 -> 50%", "        0  NTH           2\n"
							    "        5  PCT           500000\n");
	expect_code("activity c category tees: pick 3 for 99", "        0  PICK          3, 9900\n");
	expect_code("activity g order >= 300: gift G x 2", "       12  GIFT          \"G\", 2\n");
	expect_code("activity s shipping: free", "        0  FREE\n");
}

/* The index maps each key to its activities; groups keep their members. */
static void test_tables(void **state)
{
	(void)state;
	expect_code("activity a items (S, T): 90%\nactivity b brand acme: 80%\n"
		    "exclusive e first {\n activity c order: -1\n activity d order: -2\n}\n",
		    "index (3 keys):\n  sku S -> a\n  sku T -> a\n  brand acme -> b\n");
	expect_code("exclusive e first {\n activity c order: -1\n activity d order: -2\n}\n",
		    "group 0 e: exclusive first { c d }\n");
	expect_code("activity k combo (B, A): -1\nactivity j combo (A, C): -2\n",
		    "index (3 keys):\n  combo sku A -> k j\n  combo sku B -> k\n  combo sku C -> j\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_percent_is_one_instruction),
		cmocka_unit_test(test_spend_ladder),
		cmocka_unit_test(test_tier_has_no_hints),
		cmocka_unit_test(test_order_target_and_condition),
		cmocka_unit_test(test_amount_conditions),
		cmocka_unit_test(test_in_list_and_defines),
		cmocka_unit_test(test_pooled_and_rewards),
		cmocka_unit_test(test_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
