/* ast_dump.h — a program's meaning as text: every field the parser fills,
 * no spans, no layout. Two sources mean the same when their dumps are equal
 * (the formatter's tests rely on it: fmt must never change a dump). */
#ifndef PROMO_AST_DUMP_H
#define PROMO_AST_DUMP_H
#include "compiler/ast.h"
#include "support/buf.h"

/* Appends the dump of p (as parsed: resolved fields are not shown).
 * Comments are included by text, in order, so none can be lost. */
void ast_dump(const program_t *p, buf_t *out);

#endif
