/* test_verify.c — a .pbc is untrusted input. Thousands of random byte
 * flips and truncations must give clean errors (never a crash, a hang or a
 * silently different price). A second round re-seals the checksum after
 * each flip, so the structural checks behind it are exercised too; any
 * program that still verifies must price without crashing; so must every
 * constant set to the edge of its range. Run it under ASan/UBSan as well
 * (docs/bytecode.md says how). */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support/money.h"
#include "tests/unit/support_vm.h"
#include "vm/bytes.h"
#include "vm/format.h"
#include "vm/opcodes.h"

static const char *src =
	"currency CNY\ntimezone +08:00\n"
	"define vip = customer.tier in (\"vip\", \"svip\")\n"
	"activity case_tiers window 2026-11-11 00:00 .. 2026-11-12 00:00 item SKU-1001: tier 2 -> 95%, 5 -> 80%\n"
	"activity tea item SKU-1004: spend 200 -> -10, 300 -> -30, 500 -> -60\n"
	"activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20\n"
	"activity lamp item SKU-1006: spend 300 -> gift SKU-9002\n"
	"activity shirts items (SKU-1101, SKU-1102): nth 2 -> 50%\n"
	"activity tees category tees: pick 3 for 99\n"
	"activity flash_tv stock 100 limit 1 per customer item SKU-2001: price 1999\n"
	"activity kitchen combo (SKU-3001, SKU-3002): spend 1000 -> -100\n"
	"activity free_ship shipping when order >= 99: free\n"
	"stack checkout {\n"
	"  exclusive order_deals best {\n"
	"    activity big_order order >= 500: -30\n"
	"    activity newcomer order >= 100 when customer.first_order and qty >= 2: -50\n"
	"    activity vip_every order when vip: every 300 -> -40 max -200\n"
	"  }\n"
	"  activity save50 coupon \"SAVE50\" budget 1000 order >= 300: -50\n"
	"}\n";

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t next(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return rng;
}

static void seal(uint8_t *b, size_t len)
{
	wr_u64(b + PBC_SUM_OFF, pbc_checksum(b, len));
}

static void fill_cart(cart_t *c)
{
	c->has_at = true;
	c->at = 1794326400 + 3600;
	c->shipping = 1000;
	tvm_line(c, "SKU-1001", 5, 10000, NULL, NULL);
	tvm_line(c, "SKU-1004", 3, 8000, NULL, NULL);
	tvm_line(c, "SKU-1101", 2, 9900, "tees", NULL);
	tvm_line(c, "SKU-3001", 1, 60000, NULL, NULL);
	tvm_line(c, "SKU-3002", 1, 50000, NULL, NULL);
	tvm_line(c, "SKU-9001", 1, 5000, NULL, NULL);
	tvm_str(c, "tier", "vip");
	assert_int_equal(cart_add_coupon(c, "SAVE50"), 0);
}

typedef struct fixture {
	buf_t pbc;
	cart_t cart;
	result_t fresh;
} fixture_t;

static int setup(void **state)
{
	fixture_t *f = calloc(1, sizeof *f);
	vm_program_t *p = tvm_compile(src);
	buf_init(&f->pbc);
	assert_int_equal(vm_save(p, &f->pbc), 0);
	cart_init(&f->cart);
	fill_cart(&f->cart);
	result_init(&f->fresh);
	tvm_price(p, &f->cart, &f->fresh);
	vm_program_free(p);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture_t *f = *state;
	buf_free(&f->pbc);
	cart_free(&f->cart);
	result_free(&f->fresh);
	free(f);
	return 0;
}

static void test_intact_loads(void **state)
{
	fixture_t *f = *state;
	char err[256];
	vm_program_t *p = vm_load(f->pbc.data, f->pbc.len, err, sizeof err);
	assert_non_null(p);
	result_t r;
	result_init(&r);
	tvm_price(p, &f->cart, &r);
	assert_int_equal(r.total, f->fresh.total);
	result_free(&r);
	vm_program_free(p);
}

/* Loads the bytes; when they verify, prices the cart: it must not crash,
 * and a cart it prices must add up. */
static int try_load(fixture_t *f, const uint8_t *b, size_t len)
{
	char err[256];
	vm_program_t *p = vm_load(b, len, err, sizeof err);
	if (!p) {
		assert_true(err[0] != 0); /* a message, always */
		return 0;
	}
	result_t r;
	result_init(&r);
	if (vm_price(p, &f->cart, &r, false) == 0)
		tvm_check_invariants(&r);
	result_free(&r);
	vm_program_free(p);
	return 1;
}

static void test_truncations(void **state)
{
	fixture_t *f = *state;
	for (size_t len = 0; len < f->pbc.len; len++)
		assert_int_equal(try_load(f, (const uint8_t *)f->pbc.data, len), 0);
}

static void test_flips_fail_checksum(void **state)
{
	fixture_t *f = *state;
	uint8_t *b = malloc(f->pbc.len);
	for (int i = 0; i < 5000; i++) {
		memcpy(b, f->pbc.data, f->pbc.len);
		size_t at = next() % f->pbc.len;
		b[at] ^= (uint8_t)(1 + next() % 255);
		assert_int_equal(try_load(f, b, f->pbc.len), 0);
	}
	free(b);
}

/* With the checksum re-sealed, the verifier alone stands between the
 * bytes and the interpreter. */
static void test_flips_resealed(void **state)
{
	fixture_t *f = *state;
	uint8_t *b = malloc(f->pbc.len);
	int loaded = 0;
	for (int i = 0; i < 5000; i++) {
		memcpy(b, f->pbc.data, f->pbc.len);
		int flips = 1 + (int)(next() % 3);
		for (int k = 0; k < flips; k++)
			b[next() % f->pbc.len] ^= (uint8_t)(1 + next() % 255);
		seal(b, f->pbc.len);
		loaded += try_load(f, b, f->pbc.len);
	}
	free(b);
	/* some flips land in strings or constants and stay valid; most do not */
	assert_true(loaded < 5000);
}

/* Every constant set to each value at the edge of some operand kind's
 * range (a divisor of 0, a rate past 100%, the ends of int64), re-sealed:
 * the verifier refuses it or the program prices without crashing. */
static void test_constants_at_their_edges(void **state)
{
	static const int64_t edges[] = { 0, 1, -1, 2, 18, 19, RATE_ONE, RATE_ONE + 1,
					 INT64_MAX / 2, INT64_MAX, INT64_MIN };
	fixture_t *f = *state;
	const uint8_t *entry = (const uint8_t *)f->pbc.data + PBC_HEADER +
			       (SEC_CONSTS - 1) * PBC_SECTION_ENTRY;
	uint32_t off = rd_u32(entry + 4), n = rd_u32(entry + 8) / 8;
	uint8_t *b = malloc(f->pbc.len);
	int loaded = 0;
	for (uint32_t i = 0; i < n; i++)
		for (size_t e = 0; e < sizeof edges / sizeof *edges; e++) {
			memcpy(b, f->pbc.data, f->pbc.len);
			wr_u64(b + off + 8 * i, (uint64_t)edges[e]);
			seal(b, f->pbc.len);
			loaded += try_load(f, b, f->pbc.len);
		}
	free(b);
	assert_true(n > 10 && loaded > 0);
}

static void test_header_errors_name_the_offset(void **state)
{
	fixture_t *f = *state;
	char err[256];
	uint8_t *b = malloc(f->pbc.len);
	memcpy(b, f->pbc.data, f->pbc.len);
	b[0] = 'X';
	assert_null(vm_load(b, f->pbc.len, err, sizeof err));
	assert_non_null(strstr(err, "magic"));
	memcpy(b, f->pbc.data, f->pbc.len);
	b[8] = 9;
	assert_null(vm_load(b, f->pbc.len, err, sizeof err));
	assert_non_null(strstr(err, "version"));
	memcpy(b, f->pbc.data, f->pbc.len);
	b[f->pbc.len - 1] ^= 1;
	assert_null(vm_load(b, f->pbc.len, err, sizeof err));
	assert_non_null(strstr(err, "checksum"));
	free(b);
}

/* The offset in b of the first instruction of the code section with opcode
 * op (the fixture has one of each asked for). */
static uint32_t find_op(const vm_program_t *p, const uint8_t *b, uint8_t op)
{
	uint32_t code_off = rd_u32(b + PBC_HEADER + (SEC_CODE - 1) * PBC_SECTION_ENTRY + 4);
	uint32_t pc = p->acts[0].code;
	while (b[code_off + pc] != op)
		pc += vm_op_len(b[code_off + pc]);
	return code_off + pc;
}

/* The first ladder step's jump distance (a JUMP_UNLESS: its jump operand
 * comes last, as every jump's does) set to `distance`, re-sealed: the
 * verifier must refuse it with a message containing `want`. */
static void expect_ladder_jump_refused(fixture_t *f, uint32_t distance, const char *want)
{
	char err[256];
	uint8_t *b = malloc(f->pbc.len);
	memcpy(b, f->pbc.data, f->pbc.len);
	vm_program_t *p = vm_load(b, f->pbc.len, err, sizeof err);
	assert_non_null(p);
	uint32_t next = find_op(p, b, OP_JUMP_UNLESS) + vm_op_len(OP_JUMP_UNLESS);
	assert_true(vm_op_len(b[next]) > 1); /* a ladder step: another JUMP_UNLESS or an effect */
	wr_u32(b + next - 4, distance);
	seal(b, f->pbc.len);
	assert_null(vm_load(b, f->pbc.len, err, sizeof err));
	if (!strstr(err, want))
		fail_msg("expected \"%s\", got: %s", want, err);
	vm_program_free(p);
	free(b);
}

static void test_backward_jump_refused(void **state)
{
	expect_ladder_jump_refused(*state, 0xfffffff0u, "jump"); /* wraps to "backwards" */
}

/* One byte into the next instruction: refused, naming where it lands. */
static void test_jump_into_operands_refused(void **state)
{
	expect_ladder_jump_refused(*state, 1, "a jump lands inside an instruction");
}

/* REQUIRE_CMP's test operand: each of the three sources with each of the
 * six comparisons verifies and prices; a fourth source or a seventh
 * comparison is refused. */
static void test_test_operands(void **state)
{
	fixture_t *f = *state;
	char err[256];
	uint8_t *b = malloc(f->pbc.len);
	memcpy(b, f->pbc.data, f->pbc.len);
	vm_program_t *p = vm_load(b, f->pbc.len, err, sizeof err);
	assert_non_null(p);
	uint32_t at = find_op(p, b, OP_REQUIRE_CMP);
	vm_program_free(p);
	for (unsigned src = 0; src <= VM_SRC_ORDER + 1; src++)
		for (unsigned cmp = 0; cmp <= 6; cmp++) {
			b[at + 1] = (uint8_t)(src * 8 + cmp);
			seal(b, f->pbc.len);
			bool good = src <= VM_SRC_ORDER && cmp <= 5;
			assert_int_equal(try_load(f, b, f->pbc.len), good);
			if (!good) {
				assert_null(vm_load(b, f->pbc.len, err, sizeof err));
				assert_non_null(strstr(err, "bad test"));
			}
		}
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_intact_loads),
		cmocka_unit_test(test_truncations),
		cmocka_unit_test(test_flips_fail_checksum),
		cmocka_unit_test(test_flips_resealed),
		cmocka_unit_test(test_constants_at_their_edges),
		cmocka_unit_test(test_header_errors_name_the_offset),
		cmocka_unit_test(test_backward_jump_refused),
		cmocka_unit_test(test_jump_into_operands_refused),
		cmocka_unit_test(test_test_operands),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
