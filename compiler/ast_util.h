/* ast_util.h — helpers shared by the AST constructors. Internal. */
#ifndef PROMO_AST_UTIL_H
#define PROMO_AST_UTIL_H
#include <stddef.h>
#include "compiler/ast.h"

/* Zeroed arena memory; on out-of-memory sets p->oom and returns NULL. */
void *ast_alloc(program_t *p, size_t n);
/* The "##" comment lines directly above offset off, joined with '\n'
 * (the "##" and one following space removed), or NULL. */
const char *ast_doc_above(program_t *p, uint32_t off);

#endif
