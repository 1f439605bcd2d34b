/* check.c — fe_compile: parse the prelude and the program, then run the
 * checker's passes (check.h) over the program. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include "compiler/check.h"
#include "compiler/compile.h"

extern const char promo_prelude_src[];
extern const unsigned long promo_prelude_src_len;

/* The prelude's file record outlives every program and diagnostic that
 * points into it; its length is only known at run time, so it is filled
 * once (pthread_once keeps that safe when threads compile at once). */
static src_file_t prelude_file;
static pthread_once_t prelude_once = PTHREAD_ONCE_INIT;

static void prelude_init(void)
{
	prelude_file.name = "<prelude>";
	prelude_file.text = promo_prelude_src;
	prelude_file.len = promo_prelude_src_len;
}

diag_t *chk_error(chk_t *c, const src_file_t *f, span_t sp, const char *fmt, ...)
{
	char msg[1024]; /* names are quoted whole up to this; longer ones are cut */
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return diag_add(c->dl, DIAG_ERROR, NULL, f, sp, "%s", msg);
}

/* The prelude is parsed on every call; it is a few lines (caching it is a
 * later optimisation). */
static program_t *parse_prelude(diag_list_t *dl)
{
	pthread_once(&prelude_once, prelude_init);
	return fe_parse(&prelude_file, dl);
}

program_t *fe_compile(const src_file_t *f, diag_list_t *dl)
{
	size_t before = dl->errors;
	program_t *p = fe_parse(f, dl);
	if (!p)
		return NULL;
	chk_t c = { .p = p, .dl = dl, .syntax_errors = dl->errors > before };
	p->prelude = parse_prelude(dl);
	if (!p->prelude) {
		ast_program_free(p);
		return NULL;
	}
	sym_init(&c.defines, p->arena);
	sym_init(&c.members, p->arena);
	chk_settings(&c);
	chk_names(&c);
	chk_structure(&c);
	chk_defines(&c);
	chk_activities(&c);
	chk_tests(&c);
	if (c.defines.oom || c.members.oom || p->oom) {
		ast_program_free(p);
		return NULL;
	}
	return p;
}
