/* emit.h — writing the benchmark's world out as files. */
#ifndef BENCH_EMIT_H
#define BENCH_EMIT_H
#include <stdio.h>
#include "bench/model.h"

void bm_write_catalog(const bm_model_t *m, FILE *f);
void bm_write_campaign(const bm_model_t *m, FILE *f);
/* One cart as one JSON line (newline included). */
void bm_write_cart(const bm_model_t *m, const bm_cart_t *c, FILE *f);
void bm_write_carts(const bm_model_t *m, FILE *f);
/* The campaign as plain JSON (bench/node reads it). */
void bm_write_campaign_json(const bm_model_t *m, FILE *f);

#endif
