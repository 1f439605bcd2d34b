/* bench_carts.c — the bench's carts built through the public cart API,
 * once, before any clock starts: a service would do the same while it
 * reads its own cart objects. */
#include <stdio.h>
#include <stdlib.h>
#include "bench/bench.h"

static promo_status fill(promo_cart *pc, const cs_cart_t *c)
{
	promo_status st = promo_cart_set_time(pc, c->at);
	if (!st) st = promo_cart_set_customer(pc, c->customer);
	if (!st && c->tier) st = promo_cart_set_str(pc, PROMO_CUSTOMER, "tier", c->tier);
	if (!st && c->has_first_order) st = promo_cart_set_bool(pc, PROMO_CUSTOMER, "first_order", c->first_order);
	if (!st && c->coupon) st = promo_cart_add_coupon(pc, c->coupon);
	if (!st) st = promo_cart_set_shipping(pc, c->shipping);
	if (!st) st = promo_cart_set_str(pc, PROMO_CART, "channel", c->channel);
	for (uint32_t i = 0; !st && i < c->nlines; i++) {
		const cs_line_t *l = &c->lines[i];
		st = promo_cart_add_line(pc, l->sku, l->qty, l->price, l->category, l->brand);
	}
	return st;
}

promo_cart **bn_promo_carts(const cartset_t *cs)
{
	promo_cart **pc = calloc(cs->ncarts ? cs->ncarts : 1, sizeof *pc);
	if (!pc)
		return NULL;
	for (uint32_t i = 0; i < cs->ncarts; i++) {
		promo_status st = promo_cart_new(&pc[i]);
		if (!st)
			st = fill(pc[i], &cs->carts[i]);
		if (st) {
			fprintf(stderr, "bench_vm: cart %u: %s\n", i, promo_strerror(st));
			bn_free_promo_carts(pc, i + 1);
			return NULL;
		}
	}
	return pc;
}

void bn_free_promo_carts(promo_cart **pc, uint32_t n)
{
	if (!pc)
		return;
	for (uint32_t i = 0; i < n; i++)
		promo_cart_free(pc[i]);
	free(pc);
}
