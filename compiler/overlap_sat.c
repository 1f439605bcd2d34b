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

static void amount_ival(const vlits_t *vl, ival_t *v)
{
	ival_init(v, 0);
	for (int i = 0; i < vl->n; i++) {
		const cond_t *c = vl->l[i]->atom;
		ival_apply(v, vl->l[i]->neg ? op_not(c->op) : c->op, c->amount.minor);
	}
}

static void put_amount(buf_t *w, var_t v, int64_t x, int decimals)
{
	char s[24];
	money_format(x, v == VAR_ORDER ? decimals : 0, s);
	buf_puts(w, s);
}

static bool eval_amount(const vlits_t *vl, int decimals, buf_t *w)
{
	ival_t v;
	amount_ival(vl, &v);
	int64_t x;
	if (!ival_pick(&v, &x))
		return false;
	if (w) {
		var_t k = var_of(vl->l[0]->atom);
		buf_puts(w, k == VAR_ORDER ? "order = " : "qty = ");
		put_amount(w, k, x, decimals);
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

/* The relation between the two sides' values of v; NULL when they are one. */
static const orel_var_t *rel_of(const orel_t *rel, var_t v)
{
	const orel_var_t *r = !rel ? NULL : v == VAR_ORDER ? &rel->order : v == VAR_QTY ? &rel->qty : NULL;
	return r && r->kind != OREL_SAME ? r : NULL;
}

/* A variable each side reads apart: decided for one side, named. */
static bool eval_apart(const vlits_t *vl, const orel_t *rel, int side, int decimals, buf_t *w)
{
	if (!eval_amount(vl, decimals, w))
		return false;
	if (w)
		buf_printf(w, " at '%s'", rel->name[side]);
	return true;
}

/* Both sides constrain a related variable: values h (high side) and l. */
static bool eval_below(const vlits_t vl[2], const orel_t *rel, const orel_var_t *r, int decimals,
		       buf_t *w)
{
	const vlits_t *hi = &vl[!r->low], *lo = &vl[r->low];
	if (hi->n == 0 || lo->n == 0)
		return eval_amount(hi->n ? hi : lo, decimals, w);
	ival_t H, L;
	amount_ival(hi, &H);
	amount_ival(lo, &L);
	if (var_of(hi->l[0]->atom) == VAR_QTY) { /* only item and combo qty relate: a line has a unit */
		ival_apply(&H, CMP_GE, 1);
		ival_apply(&L, CMP_GE, 1);
	}
	int64_t h, l;
	if (!ival_linked(&H, &L, r->gap, r->rate, &h, &l))
		return false;
	if (!w)
		return true;
	var_t k = var_of(hi->l[0]->atom);
	buf_puts(w, k == VAR_ORDER ? "order = " : "qty = ");
	put_amount(w, k, h, decimals);
	if (h != l) {
		buf_printf(w, " at '%s' and ", rel->name[!r->low]);
		put_amount(w, k, l, decimals);
		buf_printf(w, " at '%s'", rel->name[r->low]);
	}
	return true;
}

/* Decides every variable of lits[0..n) (side[i]: 0 from x, 1 from y); the
 * witness goes to w when given. */
static bool sat_lits(const olit_t *const *lits, const uint8_t *side, int n, const orel_t *rel,
		     int decimals, buf_t *w)
{
	bool done[OCONJ_MAX_LITS * 2] = { false };
	bool first = true;
	for (int i = 0; i < n; i++) {
		if (done[i])
			continue;
		const orel_var_t *r = rel_of(rel, var_of(lits[i]->atom));
		vlits_t vl[2] = { { .n = 0 }, { .n = 0 } };
		for (int j = i; j < n; j++) {
			if (done[j] || !same_var(lits[i]->atom, lits[j]->atom) ||
			    (r && r->kind == OREL_APART && side[j] != side[i]))
				continue;
			done[j] = true;
			vlits_t *v = &vl[r ? side[j] : 0];
			v->l[v->n++] = lits[j];
		}
		if (w && !first)
			buf_puts(w, ", ");
		bool ok = !r ? eval_var(&vl[0], decimals, w)
		        : r->kind == OREL_APART ? eval_apart(&vl[side[i]], rel, side[i], decimals, w)
					       : eval_below(vl, rel, r, decimals, w);
		if (!ok)
			return false;
		first = false;
	}
	return true;
}

static bool conj_meet(const oconj_t *x, const oconj_t *y, const orel_t *rel, int decimals, buf_t *w)
{
	const olit_t *l[OCONJ_MAX_LITS * 2];
	uint8_t side[OCONJ_MAX_LITS * 2];
	int n = 0;
	for (int i = 0; i < x->n; i++, n++) {
		l[n] = &x->lits[i];
		side[n] = 0;
	}
	for (int i = 0; i < y->n; i++, n++) {
		l[n] = &y->lits[i];
		side[n] = 1;
	}
	if (!sat_lits(l, side, n, rel, decimals, NULL))
		return false;
	if (w)
		sat_lits(l, side, n, rel, decimals, w);
	return true;
}

bool odnf_meet(const odnf_t *x, const odnf_t *y, const orel_t *rel, int decimals, buf_t *w)
{
	if (x->unknown || y->unknown) {
		if (w)
			buf_puts(w, "a cart the checker cannot rule out (condition too complex to decide)");
		return true;
	}
	for (int i = 0; i < x->n; i++)
		for (int j = 0; j < y->n; j++)
			if (conj_meet(&x->c[i], &y->c[j], rel, decimals, w))
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
