/* support_fe.h — helpers for the front-end tests: run the lexer, the
 * parser or the whole front end over a string, and ask about the
 * diagnostics it produced. */
#ifndef PROMO_TEST_SUPPORT_FE_H
#define PROMO_TEST_SUPPORT_FE_H
#include <stdbool.h>
#include "compiler/compile.h"
#include "compiler/parse_ctx.h"
#include "promo.tab.h"

typedef struct fe_run {
	src_file_t file;
	diag_list_t dl;
	program_t *p;
} fe_run_t;

/* Parse only (check == false) or parse and check. src is NUL-terminated
 * unless len is given (len != (size_t)-1: embedded NUL bytes). */
program_t *fe_run(fe_run_t *r, const char *src, size_t len, bool check);
void fe_run_free(fe_run_t *r);
/* The first diagnostic whose message contains needle, or NULL. */
const diag_t *fe_find(const fe_run_t *r, const char *needle);
/* Line and column of a diagnostic. */
void fe_where(const fe_run_t *r, const diag_t *d, int *line, int *col);

/* Lexes src into up to max tokens (kinds and values); returns the count,
 * stopping at end of input. Errors go to r->dl. */
typedef struct fe_token {
	int kind;
	PROMO_YYSTYPE val;
	span_t span;
} fe_token_t;
int fe_lex(fe_run_t *r, const char *src, fe_token_t *out, int max);

#endif
