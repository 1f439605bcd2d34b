/* api_core.c — the API's small common pieces: version, status names,
 * freeing strings the library handed out. */
#include "promo.h"
#include "support/alloc.h"
#include "support/limits.h"

/* The public limits are the ones the compiler and the VM enforce. */
_Static_assert(PROMO_MAX_SOURCE_BYTES == LIM_SOURCE_BYTES, "limits differ: source");
_Static_assert(PROMO_MAX_DEPTH == LIM_DEPTH, "limits differ: depth");
_Static_assert(PROMO_MAX_ACTIVITIES == LIM_ACTIVITIES, "limits differ: activities");
_Static_assert(PROMO_MAX_SCOPE_SKUS == LIM_SCOPE_SKUS, "limits differ: scope SKUs");
_Static_assert(PROMO_MAX_STRING_BYTES == LIM_STRING_BYTES, "limits differ: strings");
_Static_assert(PROMO_MAX_CART_BYTES == LIM_CART_BYTES, "limits differ: cart bytes");
_Static_assert(PROMO_MAX_CART_LINES == LIM_CART_LINES, "limits differ: cart lines");
_Static_assert(PROMO_MAX_QTY == LIM_QTY, "limits differ: qty");

const char *promo_version(void)
{
	return PROMO_VERSION;
}

/* Indexed by promo_status, whose values are frozen. */
static const char *const status_text[] = {
	[PROMO_OK] = "ok",
	[PROMO_E_NULL] = "a required argument was NULL",
	[PROMO_E_NOMEM] = "out of memory",
	[PROMO_E_IO] = "a file could not be read or written",
	[PROMO_E_COMPILE] = "the program has errors",
	[PROMO_E_BYTECODE] = "the bytecode failed verification",
	[PROMO_E_CART] = "the cart is invalid",
	[PROMO_E_OVERFLOW] = "money arithmetic overflowed",
	[PROMO_E_LIMIT] = "a documented limit was exceeded",
	[PROMO_E_ARG] = "an argument is out of range",
	[PROMO_E_NOTFOUND] = "not found",
};

const char *promo_strerror(promo_status s)
{
	size_t i = (size_t)s;
	if (i < sizeof status_text / sizeof status_text[0] && status_text[i])
		return status_text[i];
	return "unknown status";
}

void promo_free(void *p)
{
	px_free(p);
}
