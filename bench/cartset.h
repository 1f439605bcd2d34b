/* cartset.h — the model's carts as plain structs with string SKUs,
 * categories and brands, the way a checkout service holds a cart before
 * it calls a pricing engine. The baseline prices these directly; the VM
 * bench turns them into promo_cart handles before the clock starts. */
#ifndef BENCH_CARTSET_H
#define BENCH_CARTSET_H
#include <stdbool.h>
#include <stdint.h>
#include "bench/model.h"

typedef struct cs_line {
	const char *sku, *category, *brand;
	int64_t qty, price;
} cs_line_t;

typedef struct cs_cart {
	int64_t at;
	const char *customer;     /* "u42" */
	const char *tier;         /* NULL when the customer has none */
	bool first_order, has_first_order;
	const char *coupon;       /* NULL when none */
	int64_t shipping;
	const char *channel;      /* cart.channel: "app" or "web" */
	const cs_line_t *lines;
	uint32_t nlines;
} cs_cart_t;

typedef struct cartset {
	cs_cart_t *carts;
	uint32_t ncarts;
	cs_line_t *lines;
	char *names;              /* every string above lives here */
	const char **sku_names, **cat_names, **brand_names, **coupon_codes;
} cartset_t;

/* 0, or -1 on out-of-memory. */
int cs_build(cartset_t *cs, const bm_model_t *m);
void cs_free(cartset_t *cs);

#endif
