/* parse_ctx.h — state shared by the lexer, the grammar and the parse
 * driver (compiler/parse.c) for one parse. Internal to the front end. */
#ifndef PROMO_PARSE_CTX_H
#define PROMO_PARSE_CTX_H
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include "compiler/ast.h"
#include "compiler/diag.h"
#include "support/limits.h"

/* Parentheses nest at most this deep; the checker uses the same limit for
 * conditions built without parentheses (a and b and c ...). */
#define FE_MAX_DEPTH LIM_DEPTH
/* Open braces remembered for "to close the group opened at line N". */
#define FE_MAX_BRACES 64
/* Flex holds a handful of blocks at once (scanner, buffer stack, buffer). */
#define FE_FLEX_BLOCKS 8

typedef struct parse_ctx {
	program_t *prog;
	arena_t *arena;          /* prog->arena */
	const src_file_t *file;
	diag_list_t *dl;
	/* lexer */
	uint32_t pos;            /* byte offset of the next token */
	int last_tok;            /* previous token kind (for customer.ATTR) */
	int before_last;         /* the token before that */
	int third_last;          /* and the one before that (what a name followed) */
	span_t last_span;        /* where last_tok was read */
	span_t before_last_span; /* where before_last was read */
	bool in_test;            /* inside test "..." { }: test words are keywords */
	int parens;              /* open '(' right now */
	int braces;              /* open '{' right now (may exceed FE_MAX_BRACES) */
	uint32_t brace_off[FE_MAX_BRACES];
	int quiet;               /* the next this-many tokens follow a lexical error */
	bool after_lex_error;    /* the current token is one of them: a syntax error
	                          * there is its consequence, not a new mistake */
	bool stop;               /* a limit was hit: the lexer reports EOF from now on */
	bool oom;                /* memory ran out: abandon the parse */
	jmp_buf fatal;           /* where the lexer's fatal errors (out of memory) land */
	void *flex_blocks[FE_FLEX_BLOCKS]; /* flex's live allocations: after a fatal
	                          * error flex cannot free them all itself */
} parse_ctx_t;

/* Reports an error at sp in the file being parsed. */
void pctx_error(parse_ctx_t *c, span_t sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
