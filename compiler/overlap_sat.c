/* overlap_sat.c — is a conjunction of condition literals satisfiable, and
 * by which customer and cart? Literals are grouped by the variable they
 * constrain (order, qty, one coupon code, one attribute); each variable is
 * decided on its own: integer intervals with excluded points for order,
 * qty and numeric attributes, value sets for equality and `in`, a polarity
 * for coupons and truthy attributes. */
#include <string.h>
#include "compiler/overlap.h"
#include "support/money.h"

#define NUM_SCALE 6 /* numeric attributes are compared in millionths */

typedef enum { VAR_ORDER, VAR_QTY, VAR_COUPON, VAR_ATTR } var_t;

typedef struct ival {
	int64_t lo, hi;
	bool empty, bounded; /* bounded: some comparison constrained it */
	int64_t excl[OCONJ_MAX_LITS * 2];
	int nx;
} ival_t;

static var_t var_of(const cond_t *c)
{
	switch (c->kind) {
	case COND_ORDER: return VAR_ORDER;
	case COND_QTY: return VAR_QTY;
	case COND_COUPON: return VAR_COUPON;
	default: return VAR_ATTR;
	}
}

static bool same_var(const cond_t *a, const cond_t *b)
{
	var_t v = var_of(a);
	if (v != var_of(b))
		return false;
	if (v == VAR_COUPON)
		return strcmp(a->code.s, b->code.s) == 0;
	if (v == VAR_ATTR)
		return a->subject == b->subject && strcmp(a->attr.s, b->attr.s) == 0;
	return true;
}

static cmp_op_t op_not(cmp_op_t op)
{
	static const cmp_op_t flip[] = { [CMP_EQ] = CMP_NE, [CMP_NE] = CMP_EQ, [CMP_LT] = CMP_GE,
					 [CMP_LE] = CMP_GT, [CMP_GT] = CMP_LE, [CMP_GE] = CMP_LT };
	return flip[op];
}

static void ival_init(ival_t *v, int64_t lo)
{
	memset(v, 0, sizeof *v);
	v->lo = lo;
	v->hi = INT64_MAX;
}

static void ival_apply(ival_t *v, cmp_op_t op, int64_t x)
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

static bool ival_excluded(const ival_t *v, int64_t x)
{
	for (int i = 0; i < v->nx; i++)
		if (v->excl[i] == x)
			return true;
	return false;
}

/* The value closest to zero (from below when the interval is negative). */
static bool ival_pick(const ival_t *v, int64_t *out)
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

/* A number as written, in millionths; saturates on overflow. */
static int64_t num_scaled(const lit_t *l)
{
	int64_t x = l->digits;
	for (int s = l->scale; s < NUM_SCALE; s++)
		if (__builtin_mul_overflow(x, 10, &x))
			return INT64_MAX;
	for (int s = l->scale; s > NUM_SCALE; s--)
		x /= 10;
	return x;
}

static bool val_eq(const value_t *a, const value_t *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == VAL_STR)
		return strcmp(a->str, b->str) == 0;
	if (a->kind == VAL_BOOL)
		return a->b == b->b;
	return num_scaled(&a->num) == num_scaled(&b->num);
}

static void put_value(buf_t *w, const value_t *v)
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

static void put_attr(buf_t *w, const cond_t *c)
{
	buf_printf(w, "%s.%s", c->subject == SUBJ_CUSTOMER ? "customer" : "cart", c->attr.s);
}

/* The literals on one variable, as the evaluators see them. */
typedef struct vlits {
	const olit_t *l[OCONJ_MAX_LITS * 2];
	int n;
} vlits_t;

static bool eval_amount(const vlits_t *vl, int decimals, buf_t *w)
{
	ival_t v;
	ival_init(&v, 0);
	for (int i = 0; i < vl->n; i++) {
		const cond_t *c = vl->l[i]->atom;
		ival_apply(&v, vl->l[i]->neg ? op_not(c->op) : c->op, c->amount.minor);
	}
	int64_t x;
	if (!ival_pick(&v, &x))
		return false;
	if (w) {
		char s[24];
		money_format(x, var_of(vl->l[0]->atom) == VAR_ORDER ? decimals : 0, s);
		buf_printf(w, "%s = %s", var_of(vl->l[0]->atom) == VAR_ORDER ? "order" : "qty", s);
	}
	return true;
}

static bool eval_coupon(const vlits_t *vl, buf_t *w)
{
	bool pos = false, neg = false;
	for (int i = 0; i < vl->n; i++)
		*(vl->l[i]->neg ? &neg : &pos) = true;
	if (pos && neg)
		return false;
	if (w) {
		buf_puts(w, pos ? "coupon " : "no coupon ");
		buf_put_json_str(w, vl->l[0]->atom->code.s, strlen(vl->l[0]->atom->code.s));
	}
	return true;
}

/* Everything the literals say about one attribute. */
typedef struct attrc {
	struct { void *const *v; size_t n; } sets[OCONJ_MAX_LITS * 2]; /* must be in each */
	const value_t *single[OCONJ_MAX_LITS * 2];
	int ns;
	const value_t *excl[OCONJ_MAX_LITS * 4]; /* must be none of these */
	int nx;
	ival_t num;       /* numeric comparisons, in millionths */
	int truthy;       /* +1 must be truthy, -1 must be false/absent, 0 free */
	bool conflict;
} attrc_t;

static void attr_set(attrc_t *a, void *const *v, size_t n)
{
	a->sets[a->ns].v = v;
	a->sets[a->ns++].n = n;
}

static void attr_exclude(attrc_t *a, const value_t *v)
{
	if (a->nx < (int)(sizeof a->excl / sizeof a->excl[0]))
		a->excl[a->nx++] = v; /* past the cap: fewer exclusions, still sound */
}

static void attr_lit(attrc_t *a, const olit_t *l)
{
	const cond_t *c = l->atom;
	if (c->kind == COND_ATTR) {
		int t = l->neg ? -1 : 1;
		a->conflict |= a->truthy == -t;
		a->truthy = t;
	} else if (c->kind == COND_ATTR_IN) {
		if (!l->neg)
			attr_set(a, (void *const *)c->vals.items, c->vals.n);
		else
			for (size_t i = 0; i < c->vals.n; i++)
				attr_exclude(a, c->vals.items[i]);
	} else {
		cmp_op_t op = l->neg ? op_not(c->op) : c->op;
		if (op == CMP_EQ) {
			a->single[a->ns] = &c->val;
			attr_set(a, (void *const *)&a->single[a->ns], 1);
		} else if (op == CMP_NE)
			attr_exclude(a, &c->val);
		else if (c->val.kind == VAL_NUM)
			ival_apply(&a->num, op, num_scaled(&c->val.num));
	}
}

static bool attr_in(void *const *v, size_t n, const value_t *x)
{
	for (size_t i = 0; i < n; i++)
		if (val_eq(v[i], x))
			return true;
	return false;
}

static bool attr_ok(const attrc_t *a, const value_t *v)
{
	for (int j = 0; j < a->ns; j++)
		if (!attr_in(a->sets[j].v, a->sets[j].n, v))
			return false;
	if (attr_in((void *const *)a->excl, (size_t)a->nx, v))
		return false;
	if (a->num.bounded) {
		int64_t x = v->kind == VAL_NUM ? num_scaled(&v->num) : 0;
		if (v->kind != VAL_NUM || x < a->num.lo || x > a->num.hi || a->num.empty)
			return false;
	}
	bool is_false = v->kind == VAL_BOOL && !v->b;
	return a->truthy == 0 || (a->truthy > 0) != is_false;
}

static void put_scaled(buf_t *w, int64_t x)
{
	char s[24];
	money_format(x, NUM_SCALE, s);
	size_t n = strlen(s);
	while (s[n - 1] == '0')
		s[--n] = '\0';
	if (s[n - 1] == '.')
		s[--n] = '\0';
	buf_puts(w, s);
}

static void put_excluded(buf_t *w, const attrc_t *a)
{
	buf_puts(w, " not in (");
	for (int i = 0; i < a->nx; i++) {
		buf_puts(w, i ? ", " : "");
		put_value(w, a->excl[i]);
	}
	buf_putc(w, ')');
}

/* No positive set: the attribute is free but for exclusions, a numeric
 * range and truthiness. */
static bool attr_free(attrc_t *a, const cond_t *c, buf_t *w)
{
	if (a->truthy < 0) {
		if (a->num.bounded)
			return false;
		if (w) { put_attr(w, c); buf_puts(w, " = false"); }
		return true;
	}
	if (a->num.bounded) {
		for (int i = 0; i < a->nx; i++)
			if (a->excl[i]->kind == VAL_NUM)
				ival_apply(&a->num, CMP_NE, num_scaled(&a->excl[i]->num));
		int64_t x;
		if (!ival_pick(&a->num, &x))
			return false;
		if (w) { put_attr(w, c); buf_puts(w, " = "); put_scaled(w, x); }
		return true;
	}
	if (w) {
		put_attr(w, c);
		if (a->nx)
			put_excluded(w, a);
		else
			buf_puts(w, " = true");
	}
	return true;
}

static bool eval_attr(const vlits_t *vl, buf_t *w)
{
	attrc_t a;
	memset(&a, 0, sizeof a);
	ival_init(&a.num, INT64_MIN);
	a.num.bounded = false;
	for (int i = 0; i < vl->n; i++)
		attr_lit(&a, vl->l[i]);
	if (a.conflict)
		return false;
	if (a.ns == 0)
		return attr_free(&a, vl->l[0]->atom, w);
	for (size_t i = 0; i < a.sets[0].n; i++) {
		const value_t *v = a.sets[0].v[i];
		if (attr_ok(&a, v)) {
			if (w) { put_attr(w, vl->l[0]->atom); buf_puts(w, " = "); put_value(w, v); }
			return true;
		}
	}
	return false;
}

static bool eval_var(const vlits_t *vl, int decimals, buf_t *w)
{
	switch (var_of(vl->l[0]->atom)) {
	case VAR_ORDER:
	case VAR_QTY: return eval_amount(vl, decimals, w);
	case VAR_COUPON: return eval_coupon(vl, w);
	default: return eval_attr(vl, w);
	}
}

/* Decides every variable of lits[0..n); the witness goes to w when given. */
static bool sat_lits(const olit_t *const *lits, int n, int decimals, buf_t *w)
{
	bool done[OCONJ_MAX_LITS * 2] = { false };
	bool first = true;
	for (int i = 0; i < n; i++) {
		if (done[i])
			continue;
		vlits_t vl = { .n = 0 };
		for (int j = i; j < n; j++)
			if (!done[j] && same_var(lits[i]->atom, lits[j]->atom)) {
				done[j] = true;
				vl.l[vl.n++] = lits[j];
			}
		if (w && !first)
			buf_puts(w, ", ");
		if (!eval_var(&vl, decimals, w))
			return false;
		first = false;
	}
	return true;
}

static bool conj_meet(const oconj_t *x, const oconj_t *y, int decimals, buf_t *w)
{
	const olit_t *l[OCONJ_MAX_LITS * 2];
	int n = 0;
	for (int i = 0; i < x->n; i++)
		l[n++] = &x->lits[i];
	for (int i = 0; i < y->n; i++)
		l[n++] = &y->lits[i];
	if (!sat_lits(l, n, decimals, NULL))
		return false;
	if (w)
		sat_lits(l, n, decimals, w);
	return true;
}

bool odnf_meet(const odnf_t *x, const odnf_t *y, int decimals, buf_t *w)
{
	if (x->unknown || y->unknown) {
		if (w)
			buf_puts(w, "a cart the checker cannot rule out (condition too complex to decide)");
		return true;
	}
	for (int i = 0; i < x->n; i++)
		for (int j = 0; j < y->n; j++)
			if (conj_meet(&x->c[i], &y->c[j], decimals, w))
				return true;
	return false;
}

int64_t odnf_order_min(const odnf_t *d)
{
	if (d->unknown || d->n == 0)
		return 0;
	int64_t m = INT64_MAX;
	for (int i = 0; i < d->n; i++) {
		ival_t v;
		ival_init(&v, 0);
		for (int k = 0; k < d->c[i].n; k++) {
			const olit_t *l = &d->c[i].lits[k];
			if (l->atom->kind == COND_ORDER)
				ival_apply(&v, l->neg ? op_not(l->atom->op) : l->atom->op, l->atom->amount.minor);
		}
		if (v.lo < m)
			m = v.lo;
	}
	return m;
}
