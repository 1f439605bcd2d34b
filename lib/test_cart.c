/* test_cart.c — the cart a test block describes (docs/testing.md). */
#include "lib/test_run.h"
#include <string.h>

/* Without "at", tests run at 2000-01-01 00:00 program time, so a test
 * gives the same answer every day (docs/testing.md). */
#define TR_DEFAULT_AT 946684800

static int add_attrs(cart_t *c, bool customer, const vec_t *attrs)
{
	for (size_t i = 0; i < attrs->n; i++) {
		const test_attr_t *a = attrs->items[i];
		cart_attr_t ca = { .key = a->key.s, .kind = ATTR_BOOL, .b = true };
		if (a->has_val && a->val.kind == VAL_STR) { ca.kind = ATTR_STR; ca.str = a->val.str; }
		else if (a->has_val && a->val.kind == VAL_NUM) {
			ca.kind = ATTR_NUM;
			ca.digits = a->val.num.digits;
			ca.scale = a->val.num.scale;
		} else if (a->has_val) ca.b = a->val.b;
		if (cart_set_attr(c, customer, &ca) != 0) return -1;
		if (customer && ca.kind == ATTR_STR && strcmp(a->key.s, "id") == 0) {
			c->customer_id = cart_str(c, ca.str, strlen(ca.str));
			if (!c->customer_id) return -1;
		}
	}
	return 0;
}

static int add_stmt(cart_t *c, const test_stmt_t *s)
{
	switch (s->kind) {
	case TST_AT: c->at = s->at.epoch; c->has_at = true; return 0;
	case TST_CUSTOMER: return add_attrs(c, true, &s->attrs);
	case TST_CART: return add_attrs(c, false, &s->attrs);
	case TST_COUPON: return cart_add_coupon(c, s->name.s);
	case TST_LINE:
		return cart_add_line(c, s->name.s, s->qty.minor, s->amount.minor,
				     s->has_category ? s->category.s : NULL, s->has_brand ? s->brand.s : NULL);
	case TST_SHIPPING: c->shipping = s->amount.minor; return 0;
	case TST_STATE: return cart_set_count(c, s->which, s->name.s, s->amount.minor);
	case TST_EXPECT: return 0;
	}
	return 0;
}

int tr_build_cart(const program_t *p, const test_t *t, cart_t *c)
{
	cart_reset(c);
	c->at = TR_DEFAULT_AT - (int64_t)p->tz_minutes * 60;
	c->has_at = true;
	for (size_t i = 0; i < t->stmts.n; i++)
		if (add_stmt(c, t->stmts.items[i]) != 0) return -1;
	return 0;
}
