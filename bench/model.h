/* model.h — the benchmark's world, built in memory from a seed: a catalog,
 * a campaign and carts. bench/gen writes it out (catalog.csv, a .promo,
 * carts as JSON Lines); bench/baseline.c prices the same campaign by hand;
 * bench/bench_vm.c feeds the same carts to libpromo. Building it twice from
 * the same seed and sizes gives the same world, byte for byte.
 * Money is int64 minor units (2 decimals, CNY); rates are ppm of the price
 * paid (RATE_ONE = 100%). No floating point anywhere. */
#ifndef BENCH_MODEL_H
#define BENCH_MODEL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BM_RATE_ONE 1000000
#define BM_MAX_STEPS 4
#define BM_CUSTOMERS 100000 /* customer ids are u0 .. u99999 */

/* splitmix64: tiny, fast, and good enough to shuffle a catalog. */
typedef struct bm_rng {
	uint64_t s;
} bm_rng_t;
uint64_t bm_next(bm_rng_t *r);
uint64_t bm_below(bm_rng_t *r, uint64_t n); /* 0 <= x < n; n > 0 */

typedef struct bm_sku {
	uint32_t cat, brand;
	int64_t price;        /* minor units */
	int32_t act;          /* ITEM/ITEMS activity on it, -1 none */
	int32_t combo;        /* combo activity holding it, -1 none */
	int32_t addon;        /* activity offering it as an add-on, -1 none */
	bool reserved;        /* taken: no further activity may use it */
} bm_sku_t;

typedef enum {
	BK_PERCENT,     /* a: pay rate (ppm) */
	BK_TIER,        /* steps: qty -> pay rate */
	BK_PRICE,       /* a: unit price */
	BK_OFF_EACH,    /* a: money off each unit */
	BK_SPEND_OFF,   /* steps: line amount -> money off once */
	BK_NTH,         /* a: K, b: pay rate of every K-th unit */
	BK_PICK,        /* a: N units, b: for this money */
	BK_ADDON,       /* a: threshold, b: add-on price, sku2 */
	BK_GIFT,        /* a: threshold, sku2 */
	BK_COMBO,       /* a: threshold, b: money off */
	BK_ORDER_OFF,   /* a: threshold, b: money off */
	BK_ORDER_EVERY, /* a: every, b: off, c: max */
	BK_SHIP_FREE,   /* a: threshold */
} bm_kind_t;

typedef enum { BT_ITEM, BT_ITEMS, BT_CATEGORY, BT_BRAND, BT_COMBO, BT_ORDER, BT_SHIPPING } bm_target_t;
typedef enum { BC_NONE, BC_VIP, BC_FIRST } bm_cond_t;

typedef struct bm_act {
	char name[16];
	bm_kind_t kind;
	bm_target_t target;
	uint32_t first_sku, nskus; /* ITEM/ITEMS/COMBO: slice of model.act_skus */
	uint32_t scope;            /* CATEGORY/BRAND: its index */
	bm_cond_t cond;
	bool has_window;
	int64_t start, end;        /* epoch seconds, UTC; end exclusive */
	int64_t a, b, c;
	uint32_t nsteps;
	int64_t step_at[BM_MAX_STEPS], step_val[BM_MAX_STEPS];
	uint32_t sku2;             /* ADDON/GIFT */
	int32_t group;             /* ORDER_*: its exclusive group, -1 = none */
	int32_t coupon;            /* coupon index, -1 = none */
} bm_act_t;

typedef enum { TIER_NONE, TIER_NORMAL, TIER_VIP, TIER_SVIP } bm_tier_t;

typedef struct bm_line {
	uint32_t sku;
	int64_t qty;
} bm_line_t;

typedef struct bm_cart {
	int64_t at;                /* epoch seconds */
	uint32_t customer;
	bm_tier_t tier;
	bool first_order, has_first_order;
	int32_t coupon;            /* index into coupons, -1 none, -2 an unknown code */
	int64_t shipping;
	uint32_t first_line, nlines; /* slice of model.lines */
} bm_cart_t;

typedef struct bm_sizes {
	uint32_t skus, activities, carts, max_lines;
	uint32_t fixed_lines; /* when not 0, every cart holds exactly this many */
	uint64_t seed;
} bm_sizes_t;

typedef struct bm_model {
	bm_sizes_t sz;
	uint32_t ncats, nbrands;
	bm_sku_t *skus;
	bm_act_t *acts;       uint32_t nacts;
	uint32_t *act_skus;   uint32_t nact_skus;
	uint32_t ncat_acts;   /* categories 0..ncat_acts-1 carry an activity */
	uint32_t nbrand_acts; /* brands 0..nbrand_acts-1 carry an activity */
	uint32_t ngroups;     /* exclusive groups inside the checkout stack */
	uint32_t ncoupons;
	int32_t *cat_act, *brand_act; /* category/brand -> activity, -1 none */
	uint32_t *promoted;   uint32_t npromoted; /* SKUs some activity touches */
	bm_cart_t *carts;
	bm_line_t *lines;     uint32_t nlines;
	int64_t sale_start;   /* the sale day's start (epoch) */
	char err[128];
} bm_model_t;

#define BM_TZ_SECONDS (8 * 3600) /* the campaign's timezone: +08:00 */

/* Builds the whole world. 0, or -1 with m->err set (sizes too small,
 * out of memory). */
int bm_build(bm_model_t *m, const bm_sizes_t *sz);
void bm_free(bm_model_t *m);

/* Pieces of bm_build, one file each. */
int bm_catalog(bm_model_t *m, bm_rng_t *r);
int bm_campaign(bm_model_t *m, bm_rng_t *r);
int bm_carts(bm_model_t *m, bm_rng_t *r);
/* Whether a category with an activity runs "pick" (its goods are cheap). */
bool bm_pick_category(uint32_t cat);

/* Names as they appear in the files. buf needs 24 bytes. */
void bm_sku_name(uint32_t i, char *buf);
void bm_cat_name(uint32_t i, char *buf);
void bm_brand_name(uint32_t i, char *buf);
void bm_coupon_code(uint32_t i, char *buf);
/* "80", "79.9", "79.99": the shortest exact decimal of minor units. */
void bm_money(int64_t v, char *buf);
/* The cart's sales channel (cart.channel), derived from the customer. */
static inline const char *bm_channel(const bm_cart_t *c) { return c->customer % 3 ? "app" : "web"; }
/* Epoch seconds of a civil date and time at the campaign's zone. */
int64_t bm_epoch(int y, int mo, int d, int h, int mi);
/* Writes local civil time of epoch in the campaign's zone. */
void bm_civil(int64_t epoch, int *y, int *mo, int *d, int *h, int *mi, int *s);

#endif
