/* promo.h — the one public header of libpromo.
 *
 * libpromo compiles .promo programs (promotion rules) into verified bytecode
 * and prices carts with it, exactly, in integer minor units.
 *
 * Ownership, once for the whole API: every object a promo_*_new / _load /
 * _compile function returns belongs to the caller, who frees it with the
 * matching promo_*_free (NULL is accepted and ignored). Strings the library
 * returns through accessors belong to the object they came from and live as
 * long as it does. Strings the library returns as "char **out" are the
 * caller's, freed with promo_free(). Where a function differs, it says so.
 *
 * Errors: every function that can fail returns a promo_status (0 = OK);
 * promo_strerror() names a status. Functions never print.
 *
 * Threads: there is no global mutable state (the allocator hook aside, which
 * is set once before anything else). A loaded promo_program is immutable
 * and may be shared by any number of threads; a promo_cart and a
 * promo_result belong to one thread at a time.
 */
#ifndef PROMO_H
#define PROMO_H
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(PROMO_BUILDING) || defined(__GNUC__)
#define PROMO_API __attribute__((visibility("default")))
#else
#define PROMO_API
#endif

#define PROMO_VERSION_MAJOR 0
#define PROMO_VERSION_MINOR 1
#define PROMO_VERSION_PATCH 0
#define PROMO_VERSION "0.1.0"
/* Runtime version of the library actually linked ("0.1.0"). */
PROMO_API const char *promo_version(void);

/* Status codes. The values are frozen: new codes are only ever appended. */
typedef enum promo_status {
	PROMO_OK = 0,
	PROMO_E_NULL = 1,       /* a required argument was NULL */
	PROMO_E_NOMEM = 2,      /* out of memory */
	PROMO_E_IO = 3,         /* a file could not be read or written */
	PROMO_E_COMPILE = 4,    /* the program has errors (see diagnostics) */
	PROMO_E_BYTECODE = 5,   /* a .pbc failed verification */
	PROMO_E_CART = 6,       /* the cart is invalid (see promo_result_error) */
	PROMO_E_OVERFLOW = 7,   /* money arithmetic overflowed for this cart */
	PROMO_E_LIMIT = 8,      /* a documented limit was exceeded (docs/limits.md) */
	PROMO_E_ARG = 9,        /* an argument is out of its documented range */
	PROMO_E_NOTFOUND = 10,  /* an index or name does not exist */
} promo_status;

/* A short English description of a status ("out of memory"). Never NULL. */
PROMO_API const char *promo_strerror(promo_status s);

/* Frees a string the library returned as char ** (NULL is ignored). */
PROMO_API void promo_free(void *p);

/* ==== sections below are filled in by the compiler, VM and API work ==== */

#ifdef __cplusplus
}
#endif
#endif
