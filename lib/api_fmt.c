/* api_fmt.c — promo_format: the canonical layout (compiler/fmt.h). */
#include "lib/api_internal.h"
#include "compiler/compile.h"
#include "compiler/fmt.h"

/* Formats a program that parsed without errors; NULL on out-of-memory. */
static char *format_tree(const program_t *p)
{
	buf_t b;
	buf_init(&b);
	if (fmt_program(p, &b) != 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_take(&b);
}

promo_status promo_format(const char *name, const char *src, size_t len, char **out, promo_diags **diags)
{
	if (out) *out = NULL;
	if (diags) *diags = NULL;
	if (!name || !src || !out) return PROMO_E_NULL;
	promo_diags *ds = pd_new();
	if (!ds) return PROMO_E_NOMEM;
	const src_file_t *f = pd_add_file(ds, name, src, len);
	program_t *p = f ? fe_parse(f, &ds->list) : NULL;
	promo_status st = p ? pd_finish(ds) : PROMO_E_NOMEM;
	if (st == PROMO_OK && !(*out = format_tree(p))) st = PROMO_E_NOMEM;
	ast_program_free(p);
	if (diags && st != PROMO_E_NOMEM) *diags = ds;
	else promo_diags_free(ds);
	return st;
}
