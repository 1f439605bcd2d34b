/* cart_json.h — the pieces lib/cart_json.c builds a cart from: a parse
 * context that tracks the JSON path of the value being read, and readers
 * for each kind of value (money, counts, strings, attributes). Each reader
 * returns false after recording the first error, "PATH: message". */
#ifndef PROMO_CART_JSON_H
#define PROMO_CART_JSON_H
#include <jansson.h>
#include <stdbool.h>
#include "lib/api.h"

typedef struct cj {
	cart_t *c;
	int decimals;
	const char *currency;
	char path[160];       /* where we are: "lines[2].price" */
	char *err;
	size_t errlen;
	promo_status st;      /* first failure; later ones are ignored */
	bool saw_real;        /* a JSON number with a fraction was read: the
	                       * text is checked for digits a double drops */
} cj_t;

__attribute__((format(printf, 2, 3))) bool cj_fail(cj_t *x, const char *fmt, ...);
bool cj_oom(cj_t *x);
/* Path segments: push returns the old length, for pop. */
size_t cj_push_key(cj_t *x, const char *key);
size_t cj_push_index(cj_t *x, size_t i);
void cj_pop(cj_t *x, size_t n);
const char *cj_type_name(const json_t *v);
bool cj_expect(cj_t *x, const json_t *v, json_type t, const char *what);
/* A string: no NUL inside; nonempty: refuse "". */
bool cj_string(cj_t *x, const json_t *v, bool nonempty, const char **out);
/* An object key within PROMO_MAX_STRING_BYTES. */
bool cj_key(cj_t *x, const char *key);
/* Money: a decimal string (exact, preferred) or a JSON number; >= 0. */
bool cj_money(cj_t *x, const json_t *v, int64_t *out);
/* A whole number in [lo, hi]. */
bool cj_count(cj_t *x, const json_t *v, int64_t lo, int64_t hi, int64_t *out);
/* customer.KEY / cart.KEY: a string, number or boolean, stored in the cart. */
bool cj_attr(cj_t *x, bool customer, const char *key, const json_t *v);

#endif
