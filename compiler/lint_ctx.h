/* lint_ctx.h — what every lint rule reads: the program, the catalog (may
 * be NULL), the options, the per-activity facts, and where findings go. */
#ifndef PROMO_LINT_CTX_H
#define PROMO_LINT_CTX_H
#include "compiler/overlap.h"

typedef struct lctx {
	const program_t *p;
	const catalog_t *cat;  /* NULL: catalog rules are skipped */
	const lint_opts_t *o;
	diag_list_t *dl;
	arena_t *a;            /* scratch, freed after the run */
	oact_t *oa;            /* p->acts.n entries */
	bool oom;
} lctx_t;

/* The rules, one function per file or family. */
void lint_effects(lctx_t *c);   /* bare-percent, reduction-ge-threshold, ladder-not-better */
void lint_catalog(lctx_t *c);   /* price-above-catalog, unknown-sku */
void lint_floor(lctx_t *c);     /* below-floor */
void lint_never(lctx_t *c);     /* never-applies */
void lint_clauses(lctx_t *c);   /* window-ended, zero-limit, duplicate-coupon */

/* The effect a define names, through aliases; NULL when unresolved. */
const effect_t *lint_deref(const effect_t *e);
/* "120.00" in the program's currency. */
void lint_money(const lctx_t *c, int64_t minor, char out[24]);
/* The SKUs an item-level or combo target covers, from the catalog when it
 * names a category or brand; NULL items for order/shipping. Calls fn for
 * each catalog entry (or a NULL entry when a SKU is missing). */
typedef void (*lint_sku_fn)(lctx_t *c, const activity_t *a, const char *sku, const cat_item_t *it,
			    void *ud);
void lint_each_sku(lctx_t *c, const activity_t *a, lint_sku_fn fn, void *ud);

#endif
