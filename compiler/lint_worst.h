/* lint_worst.h — the worst-case final unit price of one SKU under every
 * combination of activities the groups allow (below-floor). */
#ifndef PROMO_LINT_WORST_H
#define PROMO_LINT_WORST_H
#include "compiler/lint_ctx.h"

typedef struct worst {
	lctx_t *c;
	int64_t *scope_max; /* per activity: highest catalog price in its scope, -1 unknown */
	int64_t *threshold; /* per activity: least amount that unlocks it, -1 unknown */
} worst_t;

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

#endif
