/* baseline_int.h — the baseline's insides, shared by its two files. */
#ifndef BENCH_BASELINE_INT_H
#define BENCH_BASELINE_INT_H
#include <stdbool.h>
#include "bench/baseline.h"

typedef struct bl_entry {
	const char *key;
	int32_t item;   /* item-level activity (item, items, category, brand) */
	int32_t combo;  /* combo holding this SKU */
	int32_t addon;  /* activity offering this SKU as an add-on */
} bl_entry_t;

typedef struct bl_table {
	bl_entry_t *slots;
	uint32_t mask;
} bl_table_t;

struct baseline {
	const bm_model_t *m;
	bl_table_t skus, cats, brands;
	const char **coupon;     /* per activity: its code, or NULL */
	const char **reward_sku; /* per activity: add-on / gift SKU name */
	uint32_t *coupons;       /* coupon activities, in checkout order */
	uint32_t ncoupons;
	uint32_t *gfirst, *gcount;  /* per exclusive group: its contiguous members */
	int32_t ship;            /* the shipping activity, -1 none */
};

uint32_t bl_hash(const char *s);
const bl_entry_t *bl_find(const bl_table_t *t, const char *key);

#endif
