/* bench.h — the pieces of bench_vm, one file each. */
#ifndef BENCH_BENCH_H
#define BENCH_BENCH_H
#include <stdbool.h>
#include <stdint.h>
#include "promo.h"
#include "bench/baseline.h"
#include "bench/cartset.h"
#include "bench/model.h"

/* bench_alloc.c: every library allocation counted through the allocator
 * hook, so the bench can show what a loaded program occupies and that
 * pricing allocates nothing once warm. */
void bn_count_allocations(void);
uint64_t bn_alloc_calls(void);   /* allocations and resizes so far */
int64_t bn_alloc_live(void);     /* bytes currently held by the library */

/* bench_time.c */
uint64_t bn_now_ns(void);
/* Sorts v[0..n) and returns the value at per-mille q (500 = median). */
uint64_t bn_quantile(uint64_t *v, size_t n, unsigned q);

/* bench_carts.c: the cartset as promo_cart handles (built before timing). */
promo_cart **bn_promo_carts(const cartset_t *cs);
void bn_free_promo_carts(promo_cart **pc, uint32_t n);

/* bench_price.c / bench_load.c: the two modes; each returns the exit code. */
int bn_pricing(const char *pbc, const bm_sizes_t *sz, unsigned rounds, bool agree_only);
int bn_load(const char *pbc, uint32_t activities);

#endif
