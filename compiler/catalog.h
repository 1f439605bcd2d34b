/* catalog.h — the product catalog the linter checks scopes and prices
 * against: a CSV file "sku,category,brand,price[,floor]" (a header line
 * starting with "sku" is skipped; fields may be "quoted"). Money is parsed
 * in the program's currency. Errors name file:line:col of the field. */
#ifndef PROMO_CATALOG_H
#define PROMO_CATALOG_H
#include <stdbool.h>
#include <stdint.h>
#include "compiler/diag.h"
#include "support/arena.h"

typedef struct cat_item {
	const char *sku, *category, *brand; /* NUL-terminated, in the arena */
	int64_t price;     /* minor units */
	bool has_floor;    /* the optional fifth column was given */
	int64_t floor;     /* lowest final unit price allowed (底价) */
	uint32_t off;      /* byte offset of the line (diagnostics) */
} cat_item_t;

typedef struct cat_map cat_map_t;

typedef struct catalog {
	const src_file_t *file;
	arena_t *arena;
	vec_t items;        /* cat_item_t*, in file order */
	cat_map_t *by_sku;  /* sku -> cat_item_t* */
	cat_map_t *by_cat;  /* category -> vec_t* of cat_item_t* */
	cat_map_t *by_brand;/* brand -> vec_t* of cat_item_t* */
} catalog_t;

/* Parses f (which must outlive the catalog) with money in `decimals`
 * digits. Errors go to dl; returns NULL on any error or out-of-memory. */
catalog_t *catalog_load(const src_file_t *f, int decimals, diag_list_t *dl);
void catalog_free(catalog_t *c);
const cat_item_t *catalog_sku(const catalog_t *c, const char *sku);
/* The SKUs of a category / brand, or NULL when there are none. */
const vec_t *catalog_category(const catalog_t *c, const char *name);
const vec_t *catalog_brand(const catalog_t *c, const char *name);

/* A string-keyed hash map in an arena (the catalog's and the overlap
 * index's). Keys are not copied: they must live as long as the map. */
cat_map_t *cmap_new(arena_t *a);
void *cmap_get(const cat_map_t *m, const char *key);
/* Sets key to v; returns 0, or -1 when memory runs out. */
int cmap_put(cat_map_t *m, const char *key, void *v);
/* Calls fn for every entry (order unspecified). */
void cmap_each(const cat_map_t *m, void (*fn)(const char *key, void *v, void *ud), void *ud);

#endif
