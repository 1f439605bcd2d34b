/* vm.h — the compiled program and the VM, as the library (lib/) sees them.
 *
 * A vm_program is what code generation produces from a checked AST and what
 * vm_load() rebuilds from .pbc bytes after verifying them. It is immutable
 * once built: pricing only reads it, so one program serves many threads.
 * Pricing writes into a caller-owned result_t and allocates nothing once
 * the result's arrays have grown to the cart's size. */
#ifndef PROMO_VM_H
#define PROMO_VM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "support/buf.h"
#include "vm/cart.h"
#include "vm/result.h"

struct program; /* compiler/ast.h */
typedef struct vm_program vm_program_t;

/* Code generation from a program that checked clean. NULL on out-of-memory. */
vm_program_t *cg_generate(const struct program *p);

/* Serialise to the .pbc format (docs/bytecode.md). 0, or -1 on out-of-memory. */
int vm_save(const vm_program_t *p, buf_t *out);
/* Verify and load untrusted bytes. On failure returns NULL and writes a
 * message (which check failed, at which offset) into err. */
vm_program_t *vm_load(const void *bytes, size_t len, char *err, size_t errlen);
void vm_program_free(vm_program_t *p);

/* Price a cart. Returns a promo_status (0 ok); on failure r->status and
 * r->error say why, and the rest of r is not to be read.
 * explain: append the readable trace to r->trace (which must be set). */
int vm_price(const vm_program_t *p, const cart_t *c, result_t *r, bool explain);

/* Readable listing: activities, index, code with opcode names. */
int vm_disasm(const vm_program_t *p, buf_t *out);

/* Facts about the program, for results and the API. */
size_t vm_activity_count(const vm_program_t *p);
const char *vm_activity_name(const vm_program_t *p, uint32_t act);
const char *vm_activity_title(const vm_program_t *p, uint32_t act); /* NULL if none */
int vm_decimals(const vm_program_t *p);
const char *vm_currency(const vm_program_t *p);
/* Bytes the loaded program occupies (for the benchmarks). */
size_t vm_program_bytes(const vm_program_t *p);

#endif
