/* lex_util.h — the lexer's actions (grammar/promo.l stays a table of
 * patterns): turning matched text into token values, and the lexical
 * errors with their tailored messages. Internal to the front end. */
#ifndef PROMO_LEX_UTIL_H
#define PROMO_LEX_UTIL_H
#include <stddef.h>
#include "compiler/ast.h"
#include "compiler/parse_ctx.h"

/* Records tok, read at sp, as the latest token and returns it (0 once
 * ctx->stop). */
int lex_note_token(parse_ctx_t *c, int tok, span_t sp);
/* A word: a reserved word's token, or IDENT with its text in *out. */
int lex_word(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out);
void lex_number(parse_ctx_t *c, const char *s, size_t n, span_t sp, lit_t *out);
/* "8 折": reported (write it as one word) and read as 8折. */
void lex_spaced_zhe(parse_ctx_t *c, const char *s, size_t n, span_t sp, lit_t *out);
void lex_datetime(parse_ctx_t *c, const char *s, span_t sp, datetime_t *out);
void lex_bad_date(parse_ctx_t *c, const char *s, span_t sp, datetime_t *out);
int lex_zone(parse_ctx_t *c, const char *s, span_t sp);
/* A zone written without two-digit hours ("+8:00"): reported, read as meant. */
int lex_bad_zone(parse_ctx_t *c, const char *s, span_t sp);
void lex_string(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out);
void lex_unclosed_string(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out);
void lex_curly_string(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out);
void lex_single_quoted(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out);
void lex_comment(parse_ctx_t *c, span_t sp);
int lex_open_paren(parse_ctx_t *c, span_t sp);
void lex_open_brace(parse_ctx_t *c, span_t sp);
/* Full-width or CJK punctuation: reports it with the ASCII to write
 * instead, and returns the token it stands for (0: skip it). */
int lex_fullwidth(parse_ctx_t *c, const char *s, span_t sp);
/* End of file is placed just after the last thing written, so "expected
 * '}'" points at the line that needed it, not at an empty last line. */
span_t lex_eof_span(parse_ctx_t *c);
void lex_stray(parse_ctx_t *c, const char *s, span_t sp);

/* Records that flex's block old became new (either may be NULL). */
void lex_track(parse_ctx_t *c, void *old, void *new_block);
/* Frees every block flex still holds (after a fatal error). */
void lex_release_all(parse_ctx_t *c);

/* Whether a datetime was malformed (already reported by the lexer). */
#define LEX_BAD_YEAR (-1)

#endif
