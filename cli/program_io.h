/* program_io.h — what the build, price and disasm commands share: reading
 * input and getting a program from a .promo or a .pbc, with every error
 * printed the same way. Uses promo.h only, like any embedder. */
#ifndef PROMO_CLI_PROGRAM_IO_H
#define PROMO_CLI_PROGRAM_IO_H
#include <stddef.h>
#include "promo.h"

/* Reads all of path ("-": standard input) into *data (free()), NUL added.
 * Prints "promo: PATH: reason" and returns 2 on failure, else 0. */
int cli_read_all(const char *path, char **data, size_t *len);

/* Compiles a .promo (printing its diagnostics to stderr) or loads a .pbc.
 * Returns 0, 1 (the program has errors / fails verification) or 2 (I/O). */
int cli_program_get(const char *path, promo_program **out);

/* Compiles a .promo only; diagnostics (warnings too) go to stderr. */
int cli_program_compile(const char *path, promo_program **out);

int cmd_build(int argc, char **argv);
int cmd_price(int argc, char **argv);
int cmd_disasm(int argc, char **argv);

#endif
