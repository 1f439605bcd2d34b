/* overlap_ival.c — integer intervals with excluded points (order, qty,
 * numeric attributes) and attribute values: the arithmetic under the
 * satisfiability check, and how a witness prints them. */
#include <string.h>
#include "compiler/overlap_sat.h"
#include "support/money.h"

cmp_op_t op_not(cmp_op_t op)
{
	static const cmp_op_t flip[] = { [CMP_EQ] = CMP_NE, [CMP_NE] = CMP_EQ, [CMP_LT] = CMP_GE,
					 [CMP_LE] = CMP_GT, [CMP_GT] = CMP_LE, [CMP_GE] = CMP_LT };
	return flip[op];
}

void ival_init(ival_t *v, int64_t lo)
{
	memset(v, 0, sizeof *v);
	v->lo = lo;
	v->hi = INT64_MAX;
}

void ival_apply(ival_t *v, cmp_op_t op, int64_t x)
{
	v->bounded = true;
	switch (op) {
	case CMP_EQ: ival_apply(v, CMP_GE, x); ival_apply(v, CMP_LE, x); break;
	case CMP_NE: if (v->nx < (int)(sizeof v->excl / sizeof v->excl[0])) v->excl[v->nx++] = x; break;
	case CMP_LT: if (x == INT64_MIN) v->empty = true; else if (x - 1 < v->hi) v->hi = x - 1; break;
	case CMP_LE: if (x < v->hi) v->hi = x; break;
	case CMP_GT: if (x == INT64_MAX) v->empty = true; else if (x + 1 > v->lo) v->lo = x + 1; break;
	case CMP_GE: if (x > v->lo) v->lo = x; break;
	}
}

bool ival_excluded(const ival_t *v, int64_t x)
{
	for (int i = 0; i < v->nx; i++)
		if (v->excl[i] == x)
			return true;
	return false;
}

/* The value closest to zero (from below when the interval is negative). */
bool ival_pick(const ival_t *v, int64_t *out)
{
	if (v->empty || v->lo > v->hi)
		return false;
	bool down = v->hi < 0;
	int64_t x = down ? v->hi : (v->lo > 0 ? v->lo : 0);
	if (!down && x > v->hi)
		x = v->lo;
	for (int i = 0; i <= v->nx; i++) {
		if (!ival_excluded(v, x)) {
			*out = x;
			return true;
		}
		if (x == (down ? v->lo : v->hi))
			return false;
		x += down ? -1 : 1;
	}
	return false;
}

/* The least the low side can read when the high side reads h. */
static int64_t low_bound(int64_t h, int64_t gap, int64_t rate)
{
	if (rate >= RATE_ONE)
		return 0;
	__int128 lo = (__int128)h - gap - ((__int128)h * rate + RATE_ONE - 1) / RATE_ONE;
	return lo < 0 ? 0 : (int64_t)lo;
}

/* The cart a campaign would see: the least h whose low bound reaches L,
 * and l that bound. false when exclusions or a rate of one get in the way. */
static bool linked_exact(const ival_t *H, const ival_t *L, int64_t gap, int64_t rate, int64_t *h, int64_t *l)
{
	if (rate >= RATE_ONE)
		return false;
	__int128 x = ((__int128)L->lo + gap) * RATE_ONE / (RATE_ONE - rate);
	x = x < H->lo ? H->lo : x;
	for (int k = 0; k < 4 && x <= H->hi && low_bound((int64_t)x, gap, rate) < L->lo; k++)
		x++;
	if (x > H->hi)
		return false;
	*h = (int64_t)x;
	*l = low_bound(*h, gap, rate);
	return *l >= L->lo && *l <= L->hi && !H->empty && !L->empty && !ival_excluded(H, *h) &&
	       !ival_excluded(L, *l);
}

bool ival_linked(const ival_t *H, const ival_t *L, int64_t gap, int64_t rate, int64_t *h, int64_t *l)
{
	if (linked_exact(H, L, gap, rate, h, l))
		return true;
	ival_t hv = *H; /* h >= l >= L's least */
	ival_apply(&hv, CMP_GE, L->lo);
	for (int k = 0; k <= H->nx + L->nx + 1; k++) { /* each miss is an excluded point */
		if (!ival_pick(&hv, h) || low_bound(*h, gap, rate) > L->hi)
			return false;
		ival_t lv = *L;
		ival_apply(&lv, CMP_GE, low_bound(*h, gap, rate));
		ival_apply(&lv, CMP_LE, *h);
		if (ival_pick(&lv, l))
			return true;
		ival_apply(&hv, CMP_GT, *h);
	}
	return false;
}

/* A number as written, in millionths; saturates on overflow. */
int64_t num_scaled(const lit_t *l)
{
	int64_t x = l->digits;
	for (int s = l->scale; s < NUM_SCALE; s++)
		if (__builtin_mul_overflow(x, 10, &x))
			return INT64_MAX;
	for (int s = l->scale; s > NUM_SCALE; s--)
		x /= 10;
	return x;
}

bool val_eq(const value_t *a, const value_t *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == VAL_STR)
		return strcmp(a->str, b->str) == 0;
	if (a->kind == VAL_BOOL)
		return a->b == b->b;
	return num_scaled(&a->num) == num_scaled(&b->num);
}

void put_value(buf_t *w, const value_t *v)
{
	if (v->kind == VAL_STR)
		buf_put_json_str(w, v->str, strlen(v->str));
	else if (v->kind == VAL_BOOL)
		buf_puts(w, v->b ? "true" : "false");
	else {
		char s[24];
		money_format(v->num.digits, v->num.scale, s);
		buf_puts(w, s);
	}
}

void put_attr(buf_t *w, const cond_t *c)
{
	buf_printf(w, "%s.%s", c->subject == SUBJ_CUSTOMER ? "customer" : "cart", c->attr.s);
}

