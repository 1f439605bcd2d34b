/* support_lib.h — what the libpromo API tests share: a small program
 * compiled through the public API, and carts for it. */
#ifndef PROMO_TEST_SUPPORT_LIB_H
#define PROMO_TEST_SUPPORT_LIB_H
#include "promo.h"

/* One activity per effect the tests read back (hand-priced in the tests). */
extern const char tl_program_src[];

/* Compiles src through promo_compile; fails the test on any error. */
promo_program *tl_compile(const char *src);
/* The .pbc bytes of p (promo_free them). */
void *tl_save(const promo_program *p, size_t *len);
/* Fills c from JSON with program p; fails the test on error. */
void tl_cart_json(promo_cart *c, const promo_program *p, const char *json);

#endif
