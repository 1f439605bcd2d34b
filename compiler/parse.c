/* parse.c — the parse driver: source text to AST (fe_parse). Invalid
 * UTF-8 and NUL bytes are reported here, once each, before lexing, so no
 * rule of the lexer has to care where they hide (comments, strings). */
#include <stdarg.h>
#include "compiler/compile.h"
#include "compiler/lex_util.h"
#include "compiler/parse_ctx.h"
#include <stdio.h>
#include <string.h>
#include "support/alloc.h"
#include "support/utf8.h"
#include "promo.tab.h"
#include "promo.lex.h"

/* Enough to find the problem; a binary file would otherwise print pages. */
enum { PARSE_MAX_BYTE_ERRORS = 10 };

void pctx_error(parse_ctx_t *c, span_t sp, const char *fmt, ...)
{
	char tmp[512]; /* lexical messages are short; quoted text is cut */
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	c->quiet = 1;
	diag_add(c->dl, DIAG_ERROR, NULL, c->file, sp, "%s", tmp);
}

/* Length of the run of bytes from i that are not valid UTF-8. */
static size_t bad_run(const unsigned char *s, size_t n, size_t i)
{
	size_t j = i + 1;
	while (j < n && s[j] != 0 && utf8_valid_len(s + j, n - j) == 0)
		j++;
	return j - i;
}

static void scan_bytes(parse_ctx_t *c)
{
	const unsigned char *s = (const unsigned char *)c->file->text;
	size_t n = c->file->len, reported = 0;
	for (size_t i = 0; i < n && reported <= PARSE_MAX_BYTE_ERRORS;) {
		size_t l = s[i] ? utf8_valid_len(s + i, n - i) : 0;
		if (l) {
			i += l;
			continue;
		}
		size_t run = s[i] ? bad_run(s, n, i) : 1;
		span_t sp = { (uint32_t)i, (uint32_t)run };
		if (++reported > PARSE_MAX_BYTE_ERRORS)
			diag_add(c->dl, DIAG_ERROR, NULL, c->file, sp, "more invalid bytes follow; not reported");
		else if (s[i] == 0)
			diag_add(c->dl, DIAG_ERROR, NULL, c->file, sp, "NUL byte in the program (is this a text file?)");
		else
			diag_add(c->dl, DIAG_ERROR, NULL, c->file, sp, "invalid UTF-8 (byte 0x%02X): save the file as UTF-8", s[i]);
		i += run;
	}
}

/* The scanner reads a copy we own, ending in the two NULs flex needs:
 * yy_scan_bytes would leak its copy if its second allocation failed. */
static void run_parser(parse_ctx_t *c)
{
	size_t n = c->file->len;
	char *copy = px_malloc(n + 2);
	yyscan_t sc;
	if (!copy || promo_yylex_init_extra(c, &sc) != 0) {
		px_free(copy);
		c->prog->oom = true;
		return;
	}
	memcpy(copy, c->file->text, n);
	copy[n] = copy[n + 1] = 0;
	YY_BUFFER_STATE volatile b = NULL;
	if (setjmp(c->fatal) == 0) {
		b = promo_yy_scan_buffer(copy, n + 2, sc);
		if (promo_yyparse(sc, c) == 2 && !c->stop)
			c->prog->oom = true;
	}
	if (b)
		promo_yy_delete_buffer(b, sc);
	promo_yylex_destroy(sc);
	lex_release_all(c); /* nothing left unless a fatal error cut flex short */
	px_free(copy);
}

program_t *fe_parse(const src_file_t *f, diag_list_t *dl)
{
	program_t *p = ast_program_new(f);
	if (!p)
		return NULL;
	parse_ctx_t c = { .prog = p, .arena = p->arena, .file = f, .dl = dl };
	if (f->len > LIM_SOURCE_BYTES) {
		diag_add(dl, DIAG_ERROR, NULL, f, (span_t){ 0, 0 },
			 "the program is %zu bytes; at most %d are allowed (docs/limits.md): split the campaign",
			 f->len, LIM_SOURCE_BYTES);
	} else {
		scan_bytes(&c);
		run_parser(&c);
	}
	if (p->oom) {
		ast_program_free(p);
		return NULL;
	}
	return p;
}
