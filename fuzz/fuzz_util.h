/* fuzz_util.h — what the fuzz targets share: compiling source text to a
 * verified program the way the library does, a fixed cart that touches
 * every level, and a hard stop when two answers that must agree do not. */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H
#include <stddef.h>
#include <stdint.h>
#include "vm/cart.h"
#include "vm/result.h"
#include "vm/vm.h"

/* Source → checked AST → bytecode. NULL when the source has errors (the
 * expected outcome for most fuzz inputs) or memory ran out. */
vm_program_t *fz_compile(const char *name, const char *text, size_t len);
/* Serialises p and loads the bytes back through the verifier; NULL (and
 * an abort, since the verifier must accept what codegen wrote) on failure. */
vm_program_t *fz_roundtrip(const vm_program_t *p);
/* The fixed cart: lines in an item, a category, a combo, a coupon, a VIP
 * first-order customer, shipping, state for limits, stock and budget. */
void fz_fixed_cart(cart_t *c);
/* Prices c with p; touches every result field so sanitizers see reads. */
int fz_price(const vm_program_t *p, const cart_t *c, result_t *r);
/* Aborts with both results when a and b differ in any total or line. */
void fz_same(const result_t *a, const result_t *b, const char *what);

#endif
