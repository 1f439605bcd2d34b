/* compile.h — the front end as the rest of the system calls it:
 * source text → AST (parse) → checked AST (prelude defines visible,
 * names resolved, literals in minor units, windows in epoch seconds). */
#ifndef PROMO_COMPILE_H
#define PROMO_COMPILE_H
#include "compiler/ast.h"
#include "compiler/diag.h"

/* Parse only: the tree as written (the formatter uses this). Syntax errors
 * go to dl. Returns NULL only on out-of-memory; otherwise a (possibly
 * partial) tree even when there were errors. */
program_t *fe_parse(const src_file_t *f, diag_list_t *dl);

/* Parse and check. The result is usable by overlap analysis, lint and code
 * generation only when dl->errors is 0. NULL only on out-of-memory. */
program_t *fe_compile(const src_file_t *f, diag_list_t *dl);

#endif
