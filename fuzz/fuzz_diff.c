/* fuzz_diff — differential: the input picks a seed and sizes for the
 * bench's generator (bench/model.h), which writes a valid campaign and
 * carts; the campaign is compiled, every cart is priced by the program
 * from source and by the program after a .pbc round trip, and the two
 * results must be identical. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench/emit.h"
#include "fuzz/fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t take(const uint8_t **d, size_t *n, unsigned bytes)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < bytes && *n; i++, (*d)++, (*n)--)
		v = v << 8 | **d;
	return v;
}

static void to_cart(const bm_model_t *m, const bm_cart_t *bc, cart_t *c)
{
	char sku[24], cat[24], brand[24], code[24];
	static const char *tiers[] = { NULL, "normal", "vip", "svip" };
	cart_reset(c);
	c->at = bc->at;
	c->has_at = true;
	c->shipping = bc->shipping;
	if (bc->tier != TIER_NONE) {
		cart_attr_t a = { .key = "tier", .kind = ATTR_STR, .str = tiers[bc->tier] };
		cart_set_attr(c, true, &a);
	}
	if (bc->has_first_order) {
		cart_attr_t a = { .key = "first_order", .kind = ATTR_BOOL, .b = bc->first_order };
		cart_set_attr(c, true, &a);
	}
	if (bc->coupon >= 0)
		bm_coupon_code((uint32_t)bc->coupon, code), cart_add_coupon(c, code);
	for (uint32_t i = 0; i < bc->nlines; i++) {
		const bm_line_t *l = &m->lines[bc->first_line + i];
		const bm_sku_t *s = &m->skus[l->sku];
		bm_sku_name(l->sku, sku), bm_cat_name(s->cat, cat), bm_brand_name(s->brand, brand);
		cart_add_line(c, sku, l->qty, s->price, cat, brand);
	}
}

static char *campaign_text(const bm_model_t *m, size_t *len)
{
	char *text = NULL;
	FILE *f = open_memstream(&text, len);
	if (!f)
		return NULL;
	bm_write_campaign(m, f);
	fclose(f);
	return text;
}

static void check_world(const bm_model_t *m)
{
	size_t len = 0;
	char *text = campaign_text(m, &len);
	vm_program_t *p = text ? fz_compile("gen.promo", text, len) : NULL;
	if (!p) {
		fprintf(stderr, "fuzz_diff: the generator's campaign does not compile:\n%s\n", text ? text : "");
		abort();
	}
	vm_program_t *q = fz_roundtrip(p);
	cart_t c;
	result_t a, b;
	cart_init(&c), result_init(&a), result_init(&b);
	for (uint32_t i = 0; i < m->sz.carts; i++) {
		to_cart(m, &m->carts[i], &c);
		fz_price(p, &c, &a);
		fz_price(q, &c, &b);
		fz_same(&a, &b, "source and round-tripped .pbc");
	}
	result_free(&a), result_free(&b), cart_free(&c);
	vm_program_free(q);
	vm_program_free(p);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bm_sizes_t sz = { 0 };
	sz.seed = take(&data, &size, 8);
	sz.activities = 20 + (uint32_t)(take(&data, &size, 1) % 60);
	sz.skus = sz.activities * 10 + (uint32_t)(take(&data, &size, 2) % 2000);
	sz.carts = 1 + (uint32_t)(take(&data, &size, 1) % 16);
	sz.max_lines = 1 + (uint32_t)(take(&data, &size, 1) % 30);
	bm_model_t m;
	if (bm_build(&m, &sz) == 0)
		check_world(&m);
	bm_free(&m);
	return 0;
}
