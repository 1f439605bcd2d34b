/* parse_err.h — the wording of syntax errors (called from the grammar's
 * error hooks): what was found, what was expected, "did you mean", and
 * a note pointing back at the group left open. Internal. */
#ifndef PROMO_PARSE_ERR_H
#define PROMO_PARSE_ERR_H
#include <stdbool.h>
#include <stddef.h>
#include "compiler/parse_ctx.h"

/* found: bison's name of the unexpected token; expected: the names of
 * the tokens that would have been accepted (exact, from LAC). */
void pe_syntax_error(parse_ctx_t *c, span_t at, bool at_eof, bool at_name, const char *found,
		     const char *const *expected, size_t n);
/* The parser's own stack ran out ("memory exhausted"). */
void pe_parser_limit(parse_ctx_t *c, span_t at, const char *why);

#endif
