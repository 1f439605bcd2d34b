/* api_handle.c — the allocator hook and the checks every API entry point
 * starts with: handles of the right kind, strings that are valid UTF-8,
 * messages into the caller's buffer. */
#include <stdio.h>
#include <string.h>
#include "lib/api.h"
#include "support/alloc.h"
#include "support/utf8.h"

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

promo_status api_string_check(const char *s, bool empty_ok)
{
	if (!s)
		return PROMO_E_NULL;
	size_t n = strnlen(s, PROMO_MAX_STRING_BYTES + 1); /* a huge string is not walked */
	if (n > PROMO_MAX_STRING_BYTES)
		return PROMO_E_LIMIT;
	if (n == 0 && !empty_ok)
		return PROMO_E_ARG;
	return utf8_first_invalid((const unsigned char *)s, n) == n ? PROMO_OK : PROMO_E_ARG;
}

void api_set_err(char *err, size_t errlen, const char *msg)
{
	if (err && errlen)
		snprintf(err, errlen, "%s", msg);
}
