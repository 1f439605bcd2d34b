/* test_vm_props.c — properties over thousands of generated carts (fixed
 * seed, so a failure replays): line totals add up to the total, nothing is
 * negative, every applied discount equals the sum of its shares (the
 * allocation is exact), and the saved+loaded .pbc prices exactly like the
 * fresh program. Also: overflow is an error, never a wrapped number. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "support/buf.h"
#include "support/money.h"
#include "tests/unit/support_vm.h"
#include "vm/exec.h"

static const char *src =
	"currency CNY\ntimezone +08:00\n"
	"activity case_tiers window 2026-11-11 00:00 .. 2026-11-12 00:00 item SKU-1001: tier 2 -> 95%, 5 -> 80%\n"
	"activity earbuds item SKU-1002: 8折\n"
	"activity mug item SKU-1003: price 80\n"
	"activity socks item SKU-1007: -5 each\n"
	"activity tea item SKU-1004: spend 200 -> -10, 300 -> -30, 500 -> -60\n"
	"activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20\n"
	"activity lamp item SKU-1006: spend 300 -> gift SKU-9002\n"
	"activity shirts items (SKU-1101, SKU-1102): nth 2 -> 50%\n"
	"activity tees category tees: pick 3 for 99\n"
	"activity flash_tv stock 3 limit 2 per customer budget 5000 item SKU-2001: price 1999\n"
	"activity kitchen combo (SKU-3001, SKU-3002): spend 1000 -> -100\n"
	"activity acme brand acme: 87.5%\n"
	"activity free_ship shipping when order >= 99: free\n"
	"activity pct_off order when cart.channel == \"app\": 95%\n"
	TVM_CHECKOUT_SRC;

static const char *skus[] = { "SKU-1001", "SKU-1002", "SKU-1003", "SKU-1004", "SKU-1005",
			      "SKU-1006", "SKU-1007", "SKU-1101", "SKU-1102", "SKU-2001",
			      "SKU-3001", "SKU-3002", "SKU-9001", "X-1",      "X-2" };
static const char *cats[] = { NULL, "tees", "shoes" };
static const char *brands[] = { NULL, "acme", "other" };

static uint64_t rng = 42;
static uint64_t rnd(uint64_t n)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return rng % n;
}

static void gen_cart(cart_t *c)
{
	cart_reset(c);
	c->has_at = true;
	c->at = 1794326400 + (int64_t)rnd(2) * 86400 * 2; /* inside or after the window */
	c->shipping = (int64_t)rnd(3) * 500;
	size_t n = 1 + rnd(8);
	for (size_t i = 0; i < n; i++)
		tvm_line(c, skus[rnd(15)], 1 + (int64_t)rnd(7), (int64_t)rnd(100000), cats[rnd(3)],
			 brands[rnd(3)]);
	if (rnd(2))
		tvm_bool(c, "first_order", true);
	if (rnd(2))
		tvm_str(c, "tier", rnd(2) ? "vip" : "gold");
	if (rnd(2)) {
		cart_attr_t a = { .key = "channel", .kind = ATTR_STR, .str = "app" };
		assert_int_equal(cart_set_attr(c, false, &a), 0);
	}
	if (rnd(2))
		assert_int_equal(cart_add_coupon(c, "SAVE50"), 0);
	if (rnd(3) == 0)
		assert_int_equal(cart_set_count(c, 'u', "flash_tv", (int64_t)rnd(3)), 0);
	if (rnd(3) == 0)
		assert_int_equal(cart_set_count(c, 'b', "save50", (int64_t)rnd(8000)), 0);
}

/* Every applied discount is exactly the sum of its shares on lines
 * (shipping discounts live on the shipping, not on lines). */
static void check_allocation(const vm_program_t *p, const result_t *r)
{
	for (size_t a = 0; a < r->n_applied; a++) {
		int64_t sum = 0;
		for (size_t i = 0; i < r->n_lines; i++)
			for (uint32_t k = 0; k < r->lines[i].nshares; k++)
				if (r->shares[r->lines[i].first_share + k].act == r->applied[a].act)
					sum += r->shares[r->lines[i].first_share + k].amount;
		if (strcmp(vm_activity_name(p, r->applied[a].act), "free_ship") == 0)
			assert_int_equal(r->applied[a].discount, r->shipping_discount);
		else
			assert_int_equal(sum, r->applied[a].discount);
		assert_true(r->applied[a].discount >= 0);
	}
}

static void same(const result_t *a, const result_t *b)
{
	assert_int_equal(a->total, b->total);
	assert_int_equal(a->discount, b->discount);
	assert_int_equal(a->shipping, b->shipping);
	assert_int_equal(a->n_lines, b->n_lines);
	assert_int_equal(a->n_shares, b->n_shares);
	assert_int_equal(a->n_applied, b->n_applied);
	assert_int_equal(a->n_skipped, b->n_skipped);
	assert_int_equal(a->n_hints, b->n_hints);
	for (size_t i = 0; i < a->n_lines; i++)
		assert_int_equal(a->lines[i].total, b->lines[i].total);
	for (size_t i = 0; i < a->n_applied; i++)
		assert_int_equal(a->applied[i].discount, b->applied[i].discount);
}

/* same(), and every list entry alike too: shares line by line, applied,
 * not applied with reasons and winners, hints, gifts, offers. */
static void same_lists(const result_t *a, const result_t *b)
{
	same(a, b);
	for (size_t i = 0; i < a->n_lines; i++) {
		assert_int_equal(a->lines[i].nshares, b->lines[i].nshares);
		for (uint32_t k = 0; k < a->lines[i].nshares; k++) {
			const res_share_t *u = &a->shares[a->lines[i].first_share + k];
			const res_share_t *v = &b->shares[b->lines[i].first_share + k];
			assert_true(u->act == v->act && u->amount == v->amount);
		}
	}
	for (size_t i = 0; i < a->n_applied; i++)
		assert_int_equal(a->applied[i].act, b->applied[i].act);
	for (size_t i = 0; i < a->n_skipped; i++) {
		const res_skip_t *u = &a->skipped[i], *v = &b->skipped[i];
		assert_true(u->act == v->act && u->reason == v->reason && u->by == v->by);
	}
	for (size_t i = 0; i < a->n_hints; i++)
		assert_true(a->hints[i].act == b->hints[i].act && a->hints[i].missing == b->hints[i].missing);
	assert_int_equal(a->n_gifts, b->n_gifts);
	for (size_t i = 0; i < a->n_gifts; i++)
		assert_true(a->gifts[i].act == b->gifts[i].act && a->gifts[i].qty == b->gifts[i].qty);
	assert_int_equal(a->n_offers, b->n_offers);
	for (size_t i = 0; i < a->n_offers; i++)
		assert_true(a->offers[i].act == b->offers[i].act && a->offers[i].price == b->offers[i].price);
}

/* Without a trace, pricing takes shortcuts (closed activities left out of
 * their groups, a lone winner's discount given in pass 1): the result must
 * be the one the traced path gives, list by list. */
static void price_explained(const vm_program_t *p, const cart_t *c, result_t *r)
{
	buf_t t;
	buf_init(&t);
	r->trace = &t;
	assert_int_equal(vm_price(p, c, r, true), 0);
	r->trace = NULL;
	buf_free(&t);
}

static void test_generated_carts(void **state)
{
	(void)state;
	vm_program_t *p = tvm_compile(src), *q = tvm_roundtrip(p);
	cart_t c;
	result_t warm, fresh, loaded, explained;
	cart_init(&c);
	result_init(&warm);
	result_init(&loaded);
	result_init(&explained);
	int applied_any = 0;
	for (int n = 0; n < 3000; n++) {
		gen_cart(&c);
		tvm_price(p, &c, &warm); /* one result reused for every cart */
		result_init(&fresh);
		tvm_price(p, &c, &fresh);
		tvm_price(q, &c, &loaded);
		price_explained(p, &c, &explained);
		same(&warm, &fresh);
		same(&warm, &loaded);
		same_lists(&warm, &explained);
		check_allocation(p, &warm);
		assert_true(warm.discount <= warm.subtotal);
		applied_any += warm.n_applied > 0;
		result_free(&fresh);
	}
	assert_true(applied_any > 1000); /* the generator does reach the activities */
	result_free(&warm);
	result_free(&loaded);
	result_free(&explained);
	cart_free(&c);
	vm_program_free(p);
	vm_program_free(q);
}

static void test_overflow_is_an_error(void **state)
{
	(void)state;
	vm_program_t *p = tvm_compile("activity socks item S: -5 each");
	cart_t c;
	result_t r;
	cart_init(&c);
	result_init(&r);
	c.has_at = true;
	tvm_line(&c, "A", 3, INT64_MAX / 2, NULL, NULL);
	assert_int_equal(vm_price(p, &c, &r, false), 7);
	assert_non_null(strstr(r.error, "lines[0]"));
	cart_reset(&c);
	tvm_line(&c, "A", 1, INT64_MAX / 2 + 1, NULL, NULL);
	tvm_line(&c, "B", 1, INT64_MAX / 2 + 1, NULL, NULL);
	assert_int_equal(vm_price(p, &c, &r, false), 7);
	cart_reset(&c);
	tvm_line(&c, "S", 1000000000, 1000000000, NULL, NULL); /* -5 each: 5e11 fits */
	assert_int_equal(vm_price(p, &c, &r, false), 0);
	assert_int_equal(r.total, 1000000000LL * 1000000000LL - 500LL * 1000000000LL);
	result_free(&r);
	cart_free(&c);
	vm_program_free(p);
}

static void test_explain_trace(void **state)
{
	(void)state;
	vm_program_t *p = tvm_compile(src);
	cart_t c;
	result_t r;
	buf_t t;
	cart_init(&c);
	result_init(&r);
	buf_init(&t);
	r.trace = &t;
	c.has_at = true;
	c.at = 1794326400;
	tvm_line(&c, "SKU-1002", 1, 70000, NULL, NULL);
	assert_int_equal(vm_price(p, &c, &r, true), 0);
	assert_non_null(t.data);
	assert_non_null(strstr(t.data, "earbuds -140.00"));
	assert_non_null(strstr(t.data, "big_order: -30.00"));
	buf_free(&t);
	r.trace = NULL;
	result_free(&r);
	cart_free(&c);
	vm_program_free(p);
}

/* The O(n log n) largest remainder the VM uses gives money_allocate's
 * exact answer (ties, zero weights and all), on random inputs. */
static void test_allocate_matches_money_allocate(void **state)
{
	(void)state;
	money_rem_t rem[64];
	int64_t w[64], a[64], b[64];
	for (int t = 0; t < 20000; t++) {
		size_t n = 1 + rnd(64);
		int64_t total = (int64_t)rnd(t % 2 ? 1000 : 1000000000000ull);
		for (size_t i = 0; i < n; i++)
			w[i] = rnd(4) == 0 ? 0 : (int64_t)rnd(t % 3 ? 7 : 100000000); /* many ties */
		assert_true(money_allocate(total, w, n, a));
		assert_true(money_allocate_sorted(total, w, n, b, rem));
		assert_memory_equal(a, b, n * sizeof *a);
	}
}

/* Conditions on the cart alone are run once per cart (vm/conds.c): the
 * activities sharing one get one id, and every activity's code answers
 * the same through the per-cart memo, asked first or again, as run whole
 * without it. */
static void test_cart_conditions_once_per_cart(void **state)
{
	(void)state;
	static const char *csrc =
		"define vip = customer.tier in (\"vip\", \"svip\")\n"
		"activity a item SKU-1001 when vip: 90%\n"
		"activity b item SKU-1002 when vip: tier 2 -> 80%\n"
		"activity c item SKU-1003 when not coupon \"SAVE50\" and customer.first_order: -1\n"
		"activity d item SKU-1004 when vip and qty >= 2: -1 each\n"
		"stack s {\n"
		"  activity e order >= 100 when vip: -5\n"
		"  activity f order when not coupon \"SAVE50\" and customer.first_order: -2\n"
		"  activity g order when cart.channel == \"app\": 95%\n"
		"}\n";
	vm_program_t *p = tvm_compile(csrc);
	uint32_t a = tvm_act(p, "a"), b = tvm_act(p, "b"), c = tvm_act(p, "c"), d = tvm_act(p, "d");
	uint32_t e = tvm_act(p, "e"), f = tvm_act(p, "f"), g = tvm_act(p, "g");
	assert_int_equal(p->nconds, 3); /* vip, the coupon-and-first-order one, the channel */
	assert_true(p->acts[a].cond == p->acts[b].cond && p->acts[a].cond == p->acts[e].cond);
	assert_int_equal(p->acts[c].cond, p->acts[f].cond);
	assert_int_not_equal(p->acts[g].cond, VM_NONE);
	assert_int_equal(p->acts[d].cond, VM_NONE); /* reads the units: not the cart's alone */
	vm_cond_seen_t seen[3];
	vm_attr_memo_t memo = { .gen = 0, .conds = seen };
	memset(seen, 0, sizeof seen);
	cart_t cart;
	cart_init(&cart);
	for (int t = 0; t < 400; t++) {
		gen_cart(&cart);
		memo.gen++;
		memset(memo.e, 0, sizeof memo.e);
		for (int pass = 0; pass < 2; pass++) /* first asks record, second ones read */
			for (uint32_t k = 0; k < p->nacts; k++) {
				vm_env_t with = { .qty = 1 + (int64_t)rnd(3), .base = (int64_t)rnd(30000),
						  .cart = &cart, .memo = &memo };
				vm_env_t without = with;
				without.order = with.order = with.base;
				without.memo = NULL;
				vm_out_t o1, o2;
				vm_exec(p, k, &with, &o1);
				vm_exec(p, k, &without, &o2);
				assert_int_equal(o1.ok, o2.ok);
				if (o1.ok)
					assert_int_equal(o1.eff.op, o2.eff.op);
				else
					assert_int_equal(o1.reason, o2.reason);
				assert_int_equal(o1.has_hint, o2.has_hint);
			}
	}
	cart_free(&cart);
	vm_program_free(p);
}

/* The edges: an empty cart, an empty program, a zero-price cart. */
static void test_empty(void **state)
{
	(void)state;
	vm_program_t *p = tvm_compile(src), *e = tvm_compile("currency CNY\n");
	cart_t c;
	result_t r;
	cart_init(&c);
	result_init(&r);
	c.has_at = true;
	c.shipping = 500;
	tvm_price(p, &c, &r);
	assert_int_equal(r.total, 500);
	assert_int_equal(r.n_lines, 0);
	tvm_line(&c, "SKU-1002", 3, 0, "tees", "acme");
	tvm_line(&c, "SKU-3001", 1, 0, NULL, NULL);
	tvm_line(&c, "SKU-3002", 1, 0, NULL, NULL);
	tvm_price(p, &c, &r);
	assert_int_equal(r.total, 500);
	tvm_price(e, &c, &r);
	assert_int_equal(r.total, 500);
	assert_int_equal(r.n_applied + r.n_skipped, 0);
	result_free(&r);
	cart_free(&c);
	vm_program_free(p);
	vm_program_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generated_carts),
		cmocka_unit_test(test_overflow_is_an_error),
		cmocka_unit_test(test_explain_trace),
		cmocka_unit_test(test_allocate_matches_money_allocate),
		cmocka_unit_test(test_cart_conditions_once_per_cart),
		cmocka_unit_test(test_empty),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
