/* overlap_sat.c — is a conjunction of condition literals satisfiable, and
 * by which customer and cart? Literals are grouped by the variable they
 * constrain (order, qty, one coupon code, one attribute); each variable is
 * decided on its own: integer intervals with excluded points for order,
 * qty and numeric attributes, value sets for equality and `in`, a polarity
 * for coupons and truthy attributes. */
#include <string.h>
#include "compiler/overlap_sat.h"
#include "support/money.h"

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
