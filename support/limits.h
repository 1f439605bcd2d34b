/* limits.h — the size limits every layer enforces (docs/limits.md). The
 * public header repeats them as PROMO_MAX_* for embedders; lib/api_core.c
 * asserts at compile time that both say the same, so the compiler and the
 * VM need not include the embedding API. */
#ifndef PROMO_LIMITS_H
#define PROMO_LIMITS_H

#define LIM_SOURCE_BYTES (64 * 1024 * 1024) /* one program's source text */
#define LIM_DEPTH        256        /* nested parentheses, 'not's, groups */
#define LIM_ACTIVITIES   1000000    /* activities in one program */
#define LIM_SCOPE_SKUS   100000     /* SKUs in one items (...) or combo (...) */
#define LIM_STRING_BYTES 1024       /* a name, SKU, title, code, key or value */
#define LIM_CART_BYTES   (16 * 1024 * 1024) /* one cart's JSON text */
#define LIM_CART_LINES   100000     /* lines in one cart */
#define LIM_QTY          1000000000 /* units on one cart line */

#endif
