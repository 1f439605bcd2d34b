/* overlap_attr.c — deciding one attribute (customer.X, cart.X): the value
 * sets of == and in, the exclusions of != and not in, numeric ranges and
 * truthiness, and a value that satisfies them all for the witness, or the
 * attribute missing. */
#include <string.h>
#include "compiler/overlap_sat.h"
#include "support/money.h"

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

/* Some present value satisfies every literal. */
static bool attr_present(const vlits_t *vl, buf_t *w)
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

/* A missing attribute makes every comparison and the attribute itself
 * false (docs/pricing.md), so every negated literal holds and no other:
 * `not (age < 18) and not (age >= 18)` holds for a customer with no age. */
bool eval_attr(const vlits_t *vl, buf_t *w)
{
	if (attr_present(vl, NULL))
		return !w || attr_present(vl, w);
	for (int i = 0; i < vl->n; i++)
		if (!vl->l[i]->neg)
			return false;
	if (w) {
		put_attr(w, vl->l[0]->atom);
		buf_puts(w, " missing");
	}
	return true;
}

