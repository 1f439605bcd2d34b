/* support_vm.c — see support_vm.h. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "compiler/compile.h"
#include "support/alloc.h"
#include "tests/unit/support_vm.h"

vm_program_t *tvm_compile(const char *src)
{
	src_file_t f = { "test.promo", src, strlen(src) };
	diag_list_t dl;
	diag_list_init(&dl);
	program_t *ast = fe_compile(&f, &dl);
	if (dl.errors) {
		buf_t b;
		buf_init(&b);
		diag_render_all(&dl, false, &b);
		fprintf(stderr, "%s", b.data ? b.data : "");
		buf_free(&b);
	}
	assert_non_null(ast);
	assert_int_equal(dl.errors, 0);
	vm_program_t *p = cg_generate(ast);
	assert_non_null(p);
	ast_program_free(ast);
	diag_list_free(&dl);
	return p;
}

vm_program_t *tvm_roundtrip(const vm_program_t *p)
{
	buf_t b;
	char err[256];
	buf_init(&b);
	assert_int_equal(vm_save(p, &b), 0);
	vm_program_t *q = vm_load(b.data, b.len, err, sizeof err);
	if (!q)
		fprintf(stderr, "vm_load: %s\n", err);
	assert_non_null(q);
	buf_free(&b);
	return q;
}

void tvm_line(cart_t *c, const char *sku, int64_t qty, int64_t price, const char *cat, const char *brand)
{
	assert_int_equal(cart_add_line(c, sku, qty, price, cat, brand), 0);
}

void tvm_bool(cart_t *c, const char *key, bool v)
{
	cart_attr_t a = { .key = key, .kind = ATTR_BOOL, .b = v };
	assert_int_equal(cart_set_attr(c, true, &a), 0);
}

void tvm_str(cart_t *c, const char *key, const char *v)
{
	cart_attr_t a = { .key = key, .kind = ATTR_STR, .str = v };
	assert_int_equal(cart_set_attr(c, true, &a), 0);
}

void tvm_price(const vm_program_t *p, const cart_t *c, result_t *r)
{
	int rc = vm_price(p, c, r, false);
	if (rc)
		fprintf(stderr, "vm_price: %s\n", r->error);
	assert_int_equal(rc, 0);
	tvm_check_invariants(r);
}

uint32_t tvm_act(const vm_program_t *p, const char *name)
{
	for (uint32_t i = 0; i < vm_activity_count(p); i++)
		if (strcmp(vm_activity_name(p, i), name) == 0)
			return i;
	fail_msg("no activity %s", name);
	return 0;
}

int64_t tvm_applied(const vm_program_t *p, const result_t *r, const char *name)
{
	uint32_t a = tvm_act(p, name);
	for (size_t i = 0; i < r->n_applied; i++)
		if (r->applied[i].act == a)
			return r->applied[i].discount;
	return 0;
}

int tvm_skipped(const vm_program_t *p, const result_t *r, const char *name)
{
	uint32_t a = tvm_act(p, name);
	for (size_t i = 0; i < r->n_skipped; i++)
		if (r->skipped[i].act == a)
			return (int)r->skipped[i].reason;
	return -1;
}

int64_t tvm_hint(const vm_program_t *p, const result_t *r, const char *name)
{
	uint32_t a = tvm_act(p, name);
	for (size_t i = 0; i < r->n_hints; i++)
		if (r->hints[i].act == a)
			return r->hints[i].missing;
	return -1;
}

void tvm_check_invariants(const result_t *r)
{
	int64_t sum = 0, disc = 0;
	for (size_t i = 0; i < r->n_lines; i++) {
		const res_line_t *l = &r->lines[i];
		int64_t shares = 0;
		assert_true(l->total >= 0);
		assert_true(l->discount >= 0);
		assert_int_equal(l->amount - l->discount, l->total);
		for (uint32_t k = 0; k < l->nshares; k++) {
			assert_true(r->shares[l->first_share + k].amount > 0);
			shares += r->shares[l->first_share + k].amount;
		}
		assert_int_equal(shares, l->discount);
		sum += l->total;
		disc += l->discount;
	}
	assert_int_equal(sum, r->total - r->shipping);
	assert_int_equal(disc, r->discount);
	assert_int_equal(r->subtotal - r->discount + r->shipping, r->total);
	assert_true(r->shipping >= 0 && r->total >= 0);
}
