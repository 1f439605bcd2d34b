/* api_cart.c — building carts through the API: every argument is checked
 * here, so the VM can trust a cart_t (qty > 0, prices >= 0, valid UTF-8). */
#include <string.h>
#include "lib/api.h"
#include "support/alloc.h"

PROMO_API promo_status promo_cart_new(promo_cart **out)
{
	if (!out)
		return PROMO_E_NULL;
	promo_cart *c = px_malloc(sizeof *c);
	*out = c;
	if (!c)
		return PROMO_E_NOMEM;
	c->magic = API_MAGIC_CART;
	cart_init(&c->cart);
	return PROMO_OK;
}

PROMO_API void promo_cart_free(promo_cart *c)
{
	if (api_check_cart(c) != PROMO_OK)
		return;
	cart_free(&c->cart);
	c->magic = API_MAGIC_DEAD;
	px_free(c);
}

PROMO_API promo_status promo_cart_reset(promo_cart *c)
{
	promo_status st = api_check_cart(c);
	if (st == PROMO_OK)
		cart_reset(&c->cart);
	return st;
}

/* Checks a cart handle and a string argument (api_string_check). */
static promo_status check_cart_str(const promo_cart *c, const char *s, bool empty_ok)
{
	promo_status st = api_check_cart(c);
	return st != PROMO_OK ? st : api_string_check(s, empty_ok);
}

PROMO_API promo_status promo_cart_add_line(promo_cart *c, const char *sku, int64_t qty,
					   int64_t unit_price, const char *category,
					   const char *brand)
{
	promo_status st = check_cart_str(c, sku, false);
	if (st == PROMO_OK && category)
		st = api_string_check(category, false);
	if (st == PROMO_OK && brand)
		st = api_string_check(brand, false);
	if (st != PROMO_OK)
		return st;
	if (qty < 1 || qty > PROMO_MAX_QTY || unit_price < 0)
		return PROMO_E_ARG;
	if (c->cart.nlines >= PROMO_MAX_CART_LINES)
		return PROMO_E_LIMIT;
	return cart_add_line(&c->cart, sku, qty, unit_price, category, brand) ? PROMO_E_NOMEM
									     : PROMO_OK;
}

static promo_status set_attr(promo_cart *c, promo_scope scope, const cart_attr_t *a)
{
	promo_status st = check_cart_str(c, a->key, false);
	if (st != PROMO_OK)
		return st;
	if (scope != PROMO_CUSTOMER && scope != PROMO_CART)
		return PROMO_E_ARG;
	if (cart_set_attr(&c->cart, scope == PROMO_CUSTOMER, a))
		return PROMO_E_NOMEM;
	if (scope == PROMO_CUSTOMER && strcmp(a->key, "id") == 0) /* customer.id is the identity */
		c->cart.customer_id = a->kind == ATTR_STR ? cart_attr(&c->cart, true, "id")->str : NULL;
	return PROMO_OK;
}

PROMO_API promo_status promo_cart_set_str(promo_cart *c, promo_scope scope, const char *key,
					  const char *value)
{
	promo_status st = api_string_check(value, true);
	if (st != PROMO_OK)
		return st;
	cart_attr_t a = { .key = key, .kind = ATTR_STR, .str = value };
	return set_attr(c, scope, &a);
}

PROMO_API promo_status promo_cart_set_num(promo_cart *c, promo_scope scope, const char *key,
					  int64_t digits, unsigned scale)
{
	if (scale > 18)
		return c ? PROMO_E_ARG : PROMO_E_NULL;
	cart_attr_t a = { .key = key, .kind = ATTR_NUM, .digits = digits, .scale = (uint8_t)scale };
	return set_attr(c, scope, &a);
}

PROMO_API promo_status promo_cart_set_bool(promo_cart *c, promo_scope scope, const char *key,
					   int value)
{
	cart_attr_t a = { .key = key, .kind = ATTR_BOOL, .b = value != 0 };
	return set_attr(c, scope, &a);
}

PROMO_API promo_status promo_cart_set_customer(promo_cart *c, const char *id)
{
	return promo_cart_set_str(c, PROMO_CUSTOMER, "id", id);
}

PROMO_API promo_status promo_cart_add_coupon(promo_cart *c, const char *code)
{
	promo_status st = check_cart_str(c, code, false);
	if (st != PROMO_OK)
		return st;
	return cart_add_coupon(&c->cart, code) ? PROMO_E_NOMEM : PROMO_OK;
}

PROMO_API promo_status promo_cart_set_time(promo_cart *c, int64_t epoch_seconds)
{
	promo_status st = api_check_cart(c);
	if (st == PROMO_OK) {
		c->cart.at = epoch_seconds;
		c->cart.has_at = true;
	}
	return st;
}

PROMO_API promo_status promo_cart_set_shipping(promo_cart *c, int64_t minor)
{
	promo_status st = api_check_cart(c);
	if (st == PROMO_OK && minor < 0)
		st = PROMO_E_ARG;
	if (st == PROMO_OK)
		c->cart.shipping = minor;
	return st;
}

static promo_status set_count(promo_cart *c, char which, const char *activity, int64_t v)
{
	promo_status st = check_cart_str(c, activity, false);
	if (st != PROMO_OK)
		return st;
	if (v < 0)
		return PROMO_E_ARG;
	return cart_set_count(&c->cart, which, activity, v) ? PROMO_E_NOMEM : PROMO_OK;
}

PROMO_API promo_status promo_cart_set_used(promo_cart *c, const char *activity, int64_t n)
{
	return set_count(c, 'u', activity, n);
}

PROMO_API promo_status promo_cart_set_stock(promo_cart *c, const char *activity, int64_t n)
{
	return set_count(c, 's', activity, n);
}

PROMO_API promo_status promo_cart_set_budget(promo_cart *c, const char *activity, int64_t minor)
{
	return set_count(c, 'b', activity, minor);
}

PROMO_API promo_status promo_cart_from_json(promo_cart *c, const promo_program *p,
					    const char *json, size_t len, char *err,
					    size_t errlen)
{
	promo_status st = api_check_cart(c);
	if (st == PROMO_OK)
		st = api_check_program(p);
	if (st == PROMO_OK && !json)
		st = PROMO_E_NULL;
	if (st != PROMO_OK) {
		api_set_err(err, errlen, promo_strerror(st));
		return st;
	}
	return cart_from_json(&c->cart, json, len, vm_decimals(p->vm), vm_currency(p->vm), err,
			      errlen);
}

PROMO_API promo_status promo_time_parse(const char *text, int64_t *epoch_seconds)
{
	if (!text || !epoch_seconds)
		return PROMO_E_NULL;
	return rfc3339_parse(text, strlen(text), epoch_seconds) ? PROMO_E_ARG : PROMO_OK;
}
