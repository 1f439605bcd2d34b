/* overlap_rel.h — for a pair of activities, how the `order` and `qty` they
 * read relate (orel_t in overlap.h), from facts gathered once per program. */
#ifndef PROMO_OVERLAP_REL_H
#define PROMO_OVERLAP_REL_H
#include "compiler/overlap.h"

typedef struct orel_ctx {
	int64_t *fixed[2], *rate[2]; /* combo [0], order [1]: sums of the most each activity
					before index i can take off the subtotal (n + 1 entries) */
	int64_t *nrate[2];           /* ... and how many of them take a rate */
} orel_ctx_t;

/* Fills c for p, in arena a; false on OOM. */
bool orel_init(orel_ctx_t *c, arena_t *a, const program_t *p);
/* The relation between x's and y's `order` and `qty`. */
void orel_pair(const orel_ctx_t *c, const activity_t *x, const activity_t *y, orel_t *out);

#endif
