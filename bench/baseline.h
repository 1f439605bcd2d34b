/* baseline.h — the standard campaign priced by hand-written C: what a team
 * would write instead of a rules engine. A hash from SKU (and category,
 * brand) to the deal, plain checked integer arithmetic, the same rounding
 * and the same rules as docs/pricing.md. Its time per cart is the floor the
 * VM is measured against, and its totals must equal the VM's. */
#ifndef BENCH_BASELINE_H
#define BENCH_BASELINE_H
#include <stdint.h>
#include "bench/cartset.h"
#include "bench/model.h"

typedef struct baseline baseline_t;

#define BL_MAX_LINES 64 /* the bench's carts hold at most 30 */

typedef struct bl_totals {
	int64_t subtotal, discount, shipping, total;
	int64_t line_total[BL_MAX_LINES]; /* per cart line: amount less its discounts */
} bl_totals_t;

/* Builds the lookup tables from the model; NULL on out-of-memory. The
 * model must outlive the baseline (the deals point into it). */
baseline_t *bl_new(const bm_model_t *m, const cartset_t *cs);
void bl_free(baseline_t *b);
/* 0, or -1 when money overflowed (the VM then fails the cart too). */
int bl_price(const baseline_t *b, const cs_cart_t *c, bl_totals_t *out);

#endif
