/* program_io.h — how build, price and disasm get a program: compile a
 * .promo (its diagnostics to stderr) or load and verify a .pbc, with every
 * error printed the same way. Uses promo.h only, like any embedder. */
#ifndef PROMO_CLI_PROGRAM_IO_H
#define PROMO_CLI_PROGRAM_IO_H
#include "promo.h"

/* A .promo is compiled (its diagnostics printed only when it has errors:
 * pricing is not the place to review warnings, `promo build` and
 * `promo lint` are), anything else loaded as .pbc. Returns 0, 1 (the
 * program has errors or fails verification) or 2 (I/O, out of memory). */
int cli_program_get(const char *path, promo_program **out);
/* Compiles a .promo; diagnostics (warnings too) go to stderr. */
int cli_program_compile(const char *path, promo_program **out);

#endif
