/* fmt.h — the canonical layout of a .promo program (`promo fmt`).
 *
 * Input is the tree as parsed (fe_parse, no errors); output is the program
 * in one layout: settings, defines and activities in source order, two
 * spaces per level, one clause per line, ASCII operators, comments kept
 * where they were (trailing comments stay on their line, standalone ones on
 * their own line), at most one blank line kept between declarations.
 * fmt(fmt(x)) == fmt(x), and ast_dump(parse(fmt(x))) == ast_dump(parse(x)):
 * tests/unit/test_fmt.c holds both over every .promo file in the tree. */
#ifndef PROMO_FMT_H
#define PROMO_FMT_H
#include <stdbool.h>
#include <stdint.h>
#include "compiler/ast.h"
#include "support/buf.h"

/* Appends the formatted program to out. 0, or -1 when out ran out of memory. */
int fmt_program(const program_t *p, buf_t *out);

/* ---- internal: shared by fmt.c, fmt_out.c and fmt_expr.c ---------------- */

typedef struct fmt {
	const program_t *p;
	buf_t *out;
	size_t next_comment; /* index into p->comments of the next one to place */
	uint32_t last_end;   /* source offset just past the last thing written */
	int indent;          /* spaces at the start of a line in this block */
	bool bol;            /* nothing written yet on the current output line */
	bool cont;           /* a comment broke the line: continue indented */
	bool tight;          /* no space before the next token (after "(") */
} fmt_t;

/* Places every comment that starts before source offset off. */
void fmt_comments_before(fmt_t *f, uint32_t off);
/* Writes one token: a space first unless at line start or after "(". */
void fmt_tok(fmt_t *f, const char *s);
/* Writes punctuation that hugs the previous token (",", ")", ":"). */
void fmt_punct(fmt_t *f, const char *s);
void fmt_open_paren(fmt_t *f);
/* The element at sp comes next: place comments before it; after writing
 * it, fmt_done(f, sp) records where the source has got to. */
void fmt_at(fmt_t *f, span_t sp);
void fmt_done(fmt_t *f, span_t sp);
/* Ends the output line, taking along comments that ended the source line. */
void fmt_newline(fmt_t *f);
/* The same, for a line whose source continues after it: a comment that
 * comes after source offset next belongs to a later line. */
void fmt_newline_before(fmt_t *f, uint32_t next);
/* One blank line when the source has one between the last thing written
 * and off (only between declarations, never at the top). */
void fmt_blank_if_gap(fmt_t *f, uint32_t off);
/* "{" then members indented; the closing "}" is the last byte of whole
 * (comments before it stay inside the block). */
void fmt_block_open(fmt_t *f, span_t open);
void fmt_block_close(fmt_t *f, span_t whole);

void fmt_name(fmt_t *f, const name_t *n);     /* bare when it can be */
/* A name the grammar only takes bare (activities, groups, defines, and
 * references to them): never quoted, even when it is a test-block word. */
void fmt_ident(fmt_t *f, const name_t *n);
void fmt_string(fmt_t *f, const char *s);     /* always quoted */
void fmt_lit(fmt_t *f, const lit_t *l);
void fmt_datetime(fmt_t *f, const datetime_t *t);
void fmt_value(fmt_t *f, const value_t *v);
void fmt_cond(fmt_t *f, const cond_t *c);
void fmt_effect(fmt_t *f, const effect_t *e);
void fmt_target(fmt_t *f, const target_t *t);
const char *fmt_cmp(cmp_op_t op);

/* The test-block part (fmt_test.c). */
struct test;
void fmt_test(fmt_t *f, const struct test *t);

#endif
