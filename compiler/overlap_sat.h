/* overlap_sat.h — the pieces the satisfiability check is made of, shared
 * by overlap_sat.c (variables, order, qty, coupons), overlap_ival.c
 * (integer intervals and values) and overlap_attr.c (attributes). */
#ifndef PROMO_OVERLAP_SAT_H
#define PROMO_OVERLAP_SAT_H
#include "compiler/overlap.h"

#define NUM_SCALE 6 /* numeric attributes are compared in millionths */

typedef enum { VAR_ORDER, VAR_QTY, VAR_COUPON, VAR_ATTR } var_t;

typedef struct ival {
	int64_t lo, hi;
	bool empty, bounded; /* bounded: some comparison constrained it */
	int64_t excl[OCONJ_MAX_LITS * 2];
	int nx;
} ival_t;

/* The literals on one variable, as the evaluators see them. */
typedef struct vlits {
	const olit_t *l[OCONJ_MAX_LITS * 2];
	int n;
} vlits_t;

cmp_op_t op_not(cmp_op_t op);
void ival_init(ival_t *v, int64_t lo);
void ival_apply(ival_t *v, cmp_op_t op, int64_t x);
bool ival_excluded(const ival_t *v, int64_t x);
/* The value closest to zero (from below when the interval is negative). */
bool ival_pick(const ival_t *v, int64_t *out);
/* Values h in H and l in L with h - gap - ceil(rate x h) <= l <= h (the
 * low side reads what the high side read less what came in between),
 * preferring the l that taking the most in between leaves, as a cart would
 * give it. rate is in ppm; RATE_ONE lets l fall to zero. */
bool ival_linked(const ival_t *H, const ival_t *L, int64_t gap, int64_t rate, int64_t *h, int64_t *l);
/* A number as written, in millionths; saturates on overflow. */
int64_t num_scaled(const lit_t *l);
bool val_eq(const value_t *a, const value_t *b);
void put_value(buf_t *w, const value_t *v);
void put_attr(buf_t *w, const cond_t *c);
/* Decides one attribute; the witness goes to w when given. */
bool eval_attr(const vlits_t *vl, buf_t *w);

#endif
