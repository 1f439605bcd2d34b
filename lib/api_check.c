/* api_check.c — promo_check: parse and check, diagnostics to the caller. */
#include "lib/api_internal.h"
#include "compiler/compile.h"

promo_status promo_check(const char *name, const char *src, size_t len, promo_diags **out)
{
	if (out)
		*out = NULL;
	if (!name || !src)
		return PROMO_E_NULL;
	promo_diags *ds = pd_new();
	if (!ds)
		return PROMO_E_NOMEM;
	const src_file_t *f = pd_add_file(ds, name, src, len);
	program_t *p = f ? fe_compile(f, &ds->list) : NULL;
	promo_status st = p ? pd_finish(ds) : PROMO_E_NOMEM;
	ast_program_free(p);
	if (out && st != PROMO_E_NOMEM)
		*out = ds;
	else
		promo_diags_free(ds);
	return st;
}
