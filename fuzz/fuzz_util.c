/* fuzz_util.c — see fuzz_util.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/compile.h"
#include "fuzz/fuzz_util.h"
#include "support/buf.h"

vm_program_t *fz_compile(const char *name, const char *text, size_t len)
{
	src_file_t f = { name, text, len };
	diag_list_t dl;
	diag_list_init(&dl);
	program_t *ast = fe_compile(&f, &dl);
	vm_program_t *p = NULL;
	if (ast && dl.errors == 0)
		p = cg_generate(ast);
	/* rendering every diagnostic exercises line/column and caret code */
	buf_t out;
	buf_init(&out);
	diag_render_all(&dl, false, &out);
	buf_free(&out);
	diag_list_free(&dl);
	ast_program_free(ast);
	return p;
}

vm_program_t *fz_roundtrip(const vm_program_t *p)
{
	buf_t b;
	char err[256] = "";
	buf_init(&b);
	if (vm_save(p, &b) || buf_failed(&b)) {
		buf_free(&b);
		return NULL;
	}
	vm_program_t *q = vm_load(b.data, b.len, err, sizeof err);
	buf_free(&b);
	if (!q) {
		fprintf(stderr, "fuzz: the verifier refused what codegen wrote: %s\n", err);
		abort();
	}
	return q;
}

void fz_fixed_cart(cart_t *c)
{
	cart_attr_t tier = { .key = "tier", .kind = ATTR_STR, .str = "vip" };
	cart_attr_t first = { .key = "first_order", .kind = ATTR_BOOL, .b = true };
	cart_attr_t channel = { .key = "channel", .kind = ATTR_STR, .str = "app" };
	cart_reset(c);
	c->at = 1794398700; /* 2026-11-11T20:05:00+08:00 */
	c->has_at = true;
	c->shipping = 1000;
	cart_add_line(c, "SKU-1001", 5, 10000, "phone", "acme");
	cart_add_line(c, "SKU-1002", 1, 19900, "audio", "acme");
	cart_add_line(c, "SKU-1101", 3, 5990, "tees", "basic");
	cart_add_line(c, "SKU-3001", 1, 50000, "kitchen", NULL);
	cart_add_line(c, "SKU-3002", 2, 30000, "kitchen", NULL);
	cart_add_line(c, "SKU-2001", 1, 299900, "tv", "big");
	cart_set_attr(c, true, &tier);
	cart_set_attr(c, true, &first);
	cart_set_attr(c, false, &channel);
	cart_add_coupon(c, "SAVE50");
	cart_set_count(c, 'u', "flash_tv", 0);
	cart_set_count(c, 's', "flash_tv", 37);
	cart_set_count(c, 'b', "save50", 100000);
}

int fz_price(const vm_program_t *p, const cart_t *c, result_t *r)
{
	result_reset(r);
	int st = vm_price(p, c, r, false);
	if (st)
		return st;
	volatile int64_t sink = r->total + r->subtotal + r->discount + r->shipping;
	for (size_t i = 0; i < r->n_lines; i++) {
		const res_line_t *l = &r->lines[i];
		sink += l->total + l->discount + (int64_t)strlen(l->sku);
		if (l->total < 0 || l->discount < 0 || l->total != l->amount - l->discount) {
			fprintf(stderr, "fuzz: line %zu is inconsistent (amount %lld discount %lld total %lld)\n",
				i, (long long)l->amount, (long long)l->discount, (long long)l->total);
			abort();
		}
	}
	for (size_t i = 0; i < r->n_applied; i++)
		sink += (int64_t)strlen(vm_activity_name(p, r->applied[i].act));
	(void)sink;
	return 0;
}

void fz_same(const result_t *a, const result_t *b, const char *what)
{
	bool same = a->status == b->status && a->subtotal == b->subtotal && a->discount == b->discount &&
		    a->shipping == b->shipping && a->total == b->total && a->n_lines == b->n_lines;
	for (size_t i = 0; same && i < a->n_lines; i++)
		same = a->lines[i].total == b->lines[i].total && a->lines[i].discount == b->lines[i].discount;
	if (same)
		return;
	fprintf(stderr, "fuzz: %s disagree: status %d/%d total %lld/%lld discount %lld/%lld lines %zu/%zu\n",
		what, a->status, b->status, (long long)a->total, (long long)b->total, (long long)a->discount,
		(long long)b->discount, a->n_lines, b->n_lines);
	abort();
}
