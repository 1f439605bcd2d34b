/* lint_worst.h — the worst-case final unit price of one SKU under every
 * combination of activities the groups allow (below-floor). */
#ifndef PROMO_LINT_WORST_H
#define PROMO_LINT_WORST_H
#include "compiler/lint_ctx.h"

typedef struct worst {
	lctx_t *c;
	int64_t *scope_max; /* per activity: highest catalog price in its scope, -1 unknown */
	int64_t *threshold; /* per activity: least amount that unlocks it, -1 unknown */
	uint8_t *off;       /* per activity: left out of the combination being tried;
			       NULL when every activity may apply (lint_cross.c) */
	uint8_t *omask;     /* per group: levels of the order activities under it */
	uint8_t *gmask;     /* per group: levels of one SKU's activities under it ... */
	uint32_t *gstamp;   /* ... valid where gstamp is stamp */
	uint32_t stamp;
	uint8_t *offs;      /* backing store of off */
} worst_t;

/* The activities one SKU meets, by level, each sorted by declaration. */
typedef struct wsku {
	const activity_t *const *items, *const *combos, *const *orders;
	size_t nitems, ncombos, norders;
} wsku_t;

/* Unit price u after the item-level activity a, at its worst. */
int64_t worst_item(worst_t *w, const activity_t *a, int64_t u);
/* Unit price u after the combo- or order-level activity a, at its worst. */
int64_t worst_share(worst_t *w, const activity_t *a, int64_t u);

/* Applies acts[0..n) (sorted by declaration) to u as their groups allow:
 * `stack` members one after another, `exclusive` members and top-level
 * activities the worst one; leaf computes one activity. */
typedef int64_t (*worst_leaf_fn)(worst_t *w, const activity_t *a, int64_t u);
int64_t worst_tree(worst_t *w, const group_t *g, const activity_t *const *acts, size_t n, int64_t u,
		   worst_leaf_fn leaf);

/* lint_cross.c: the arrays above for p (false on OOM), then the worst
 * final price of a unit at u through the item, combo and order levels of
 * s — an exclusive group spanning levels taking one member in all, not one
 * per level. order gives the order level when nothing is left out (a memo). */
bool worst_cross_init(worst_t *w, arena_t *a, const program_t *p, const wsku_t *orders);
int64_t worst_levels(worst_t *w, const wsku_t *s, int64_t u, int64_t (*order)(void *ud, int64_t u), void *ud);

#endif
