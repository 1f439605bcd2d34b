/* api.h — what the public handles of promo.h hold, shared by lib/api_*.c.
 * Each handle starts with a magic number so that a handle of the wrong kind
 * (or one already freed) is refused with PROMO_E_ARG instead of being read
 * as something it is not. */
#ifndef PROMO_LIB_API_H
#define PROMO_LIB_API_H
#include <stdbool.h>
#include "promo.h"
#include "support/buf.h"
#include "vm/cart.h"
#include "vm/result.h"
#include "vm/vm.h"

#define API_MAGIC_PROGRAM 0x50524f47u /* "PROG" */
#define API_MAGIC_CART    0x43415254u /* "CART" */
#define API_MAGIC_RESULT  0x52534c54u /* "RSLT" */
#define API_MAGIC_DEAD    0xdeadbeefu /* written by the free functions */

struct promo_program {
	uint32_t magic;
	vm_program_t *vm;
};

struct promo_cart {
	uint32_t magic;
	cart_t cart;
};

struct promo_result {
	uint32_t magic;
	result_t res;
	const vm_program_t *prog; /* what res was priced with (names, currency) */
	bool priced;              /* res holds a successful pricing */
	bool explain;             /* record the trace on the next pricing */
	buf_t trace;              /* res.trace points here while explaining */
};

/* Wraps vm in a new handle; on out-of-memory frees vm. */
promo_status api_program_wrap(vm_program_t *vm, promo_program **out);

/* Handle checks: PROMO_OK, PROMO_E_NULL or PROMO_E_ARG. */
promo_status api_check_program(const promo_program *p);
promo_status api_check_cart(const promo_cart *c);
promo_status api_check_result(const promo_result *r);
/* Like api_check_result, and the result holds a successful pricing. */
promo_status api_check_priced(const promo_result *r);
/* A caller-supplied string: PROMO_E_NULL when NULL, PROMO_E_LIMIT when
 * longer than PROMO_MAX_STRING_BYTES, PROMO_E_ARG when empty (unless
 * empty_ok) or not UTF-8. */
promo_status api_string_check(const char *s, bool empty_ok);
/* Copies a message into a caller's buffer (either may be NULL/0). */
void api_set_err(char *err, size_t errlen, const char *msg);

/* lib/cart_json.c: fills c (reset first) from JSON text. Money is read
 * with `decimals` digits of `currency`. Returns PROMO_OK, PROMO_E_CART
 * (message in err, naming the field or line:column) or PROMO_E_NOMEM;
 * on failure c is left empty. */
promo_status cart_from_json(cart_t *c, const char *json, size_t len, int decimals,
			    const char *currency, char *err, size_t errlen);

/* lib/result_json.c: appends r (priced with p) as one JSON object. */
void result_to_json(const result_t *r, const vm_program_t *p, buf_t *out);

/* lib/rfc3339.c: parses "2026-11-11T20:05:00+08:00" (a zone is required).
 * Returns NULL on success, else why the text is not such a time. */
const char *rfc3339_parse(const char *s, size_t n, int64_t *epoch);

#endif
