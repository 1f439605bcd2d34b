/* api_core.c — version, status names, freeing returned strings, the
 * allocator hook, and the handle checks every other api_*.c starts with. */
#include <stdio.h>
#include <string.h>
#include "lib/api.h"
#include "support/alloc.h"
#include "support/utf8.h"

PROMO_API const char *promo_version(void)
{
	return PROMO_VERSION;
}

PROMO_API const char *promo_strerror(promo_status s)
{
	switch (s) {
	case PROMO_OK: return "ok";
	case PROMO_E_NULL: return "a required argument was NULL";
	case PROMO_E_NOMEM: return "out of memory";
	case PROMO_E_IO: return "a file could not be read or written";
	case PROMO_E_COMPILE: return "the program has errors";
	case PROMO_E_BYTECODE: return "the bytecode failed verification";
	case PROMO_E_CART: return "the cart is invalid";
	case PROMO_E_OVERFLOW: return "an amount does not fit in 64 bits";
	case PROMO_E_LIMIT: return "a documented limit was exceeded";
	case PROMO_E_ARG: return "an argument is out of its documented range";
	case PROMO_E_NOTFOUND: return "no such index or name";
	}
	return "unknown status";
}

PROMO_API void promo_free(void *p)
{
	px_free(p);
}

PROMO_API promo_status promo_set_allocator(promo_alloc_fn fn, void *ud)
{
	px_set_allocator(fn, ud);
	return PROMO_OK;
}

/* The handles start with their magic; a NULL pointer is PROMO_E_NULL. */
static promo_status check_magic(const void *h, uint32_t magic)
{
	if (!h)
		return PROMO_E_NULL;
	uint32_t m;
	memcpy(&m, h, sizeof m);
	return m == magic ? PROMO_OK : PROMO_E_ARG;
}

promo_status api_check_program(const promo_program *p)
{
	return check_magic(p, API_MAGIC_PROGRAM);
}

promo_status api_check_cart(const promo_cart *c)
{
	return check_magic(c, API_MAGIC_CART);
}

promo_status api_check_result(const promo_result *r)
{
	return check_magic(r, API_MAGIC_RESULT);
}

promo_status api_check_priced(const promo_result *r)
{
	promo_status st = api_check_result(r);
	if (st == PROMO_OK && !r->priced)
		st = PROMO_E_ARG;
	return st;
}

bool api_string_ok(const char *s, bool empty_ok)
{
	size_t n = strlen(s);
	if (n == 0 && !empty_ok)
		return false;
	return utf8_first_invalid((const unsigned char *)s, n) == n;
}

void api_set_err(char *err, size_t errlen, const char *msg)
{
	if (err && errlen)
		snprintf(err, errlen, "%s", msg);
}
