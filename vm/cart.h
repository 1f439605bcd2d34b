/* cart.h — a cart as the VM reads it: plain C structs, no JSON.
 * lib/cart_json.c fills one from JSON; promo.h's cart functions fill one
 * through the API. A cart owns its strings in a pool that is kept across
 * cart_reset(), so a reused cart allocates nothing once warmed up. */
#ifndef PROMO_CART_H
#define PROMO_CART_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum { ATTR_STR, ATTR_NUM, ATTR_BOOL } attr_kind_t;

/* customer.KEY / cart.KEY. Numbers are exact decimals: digits / 10^scale. */
typedef struct cart_attr {
	const char *key;
	attr_kind_t kind;
	const char *str;
	int64_t digits;
	uint8_t scale;
	bool b;
} cart_attr_t;

/* Written by cart_add_line only: the lengths must match the strings. */
typedef struct cart_line {
	const char *sku;
	const char *category; /* may be NULL */
	const char *brand;    /* may be NULL */
	int64_t qty;          /* > 0 */
	int64_t price;        /* unit price, minor units, >= 0 */
	/* strlen of sku, category, brand (0 when NULL): known when they are
	 * copied in, so pricing hashes the keys a word at a time */
	size_t sku_len, category_len, brand_len;
} cart_line_t;

/* state.used / state.stock / state.budget, keyed by activity name. */
typedef struct cart_count {
	const char *activity;
	int64_t value;
} cart_count_t;

typedef struct cart {
	int64_t at;           /* seconds since the epoch, UTC */
	bool has_at;
	int64_t shipping;     /* minor units */
	const char *customer_id;
	cart_line_t *lines;   size_t nlines, lines_cap;
	cart_attr_t *customer; size_t ncustomer, customer_cap;
	cart_attr_t *attrs;   size_t nattrs, attrs_cap;   /* cart.KEY (channel, ...) */
	const char **coupons; size_t ncoupons, coupons_cap;
	cart_count_t *used;   size_t nused, used_cap;
	cart_count_t *stock;  size_t nstock, stock_cap;
	cart_count_t *budget; size_t nbudget, budget_cap; /* minor units */
	/* string pool: chunks kept across resets */
	struct cart_chunk *chunks;
	struct cart_chunk *cur;
} cart_t;

void cart_init(cart_t *c);
void cart_free(cart_t *c);
void cart_reset(cart_t *c);           /* empty it, keep the memory */
/* Copies s into the cart's pool; NULL on out-of-memory. */
const char *cart_str(cart_t *c, const char *s, size_t n);
/* Each returns 0, or -1 on out-of-memory. Strings are copied. */
int cart_add_line(cart_t *c, const char *sku, int64_t qty, int64_t price,
		  const char *category, const char *brand);
int cart_set_attr(cart_t *c, bool customer, const cart_attr_t *a);
int cart_add_coupon(cart_t *c, const char *code);
int cart_set_count(cart_t *c, char which /* 'u' used, 's' stock, 'b' budget */,
		   const char *activity, int64_t value);
/* Lookups; NULL / false when absent. */
const cart_attr_t *cart_attr(const cart_t *c, bool customer, const char *key);
/* Inline: every coupon activity asks, and most carts hold no coupon. */
static inline bool cart_has_coupon(const cart_t *c, const char *code)
{
	for (size_t i = 0; i < c->ncoupons; i++)
		if (strcmp(c->coupons[i], code) == 0)
			return true;
	return false;
}
bool cart_count(const cart_t *c, char which, const char *activity, int64_t *out);

#endif
