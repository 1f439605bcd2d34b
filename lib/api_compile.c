/* api_compile.c — promo_compile: check, analyse, generate code. The
 * diagnostics go to the caller (never printed), through the same
 * promo_diags as promo_check, so a service that compiles in-process reports
 * errors the way `promo check` does. */
#include "lib/api.h"
#include "lib/api_internal.h"
#include "compiler/compile.h"
#include "compiler/lint.h"

/* Runs the passes after a clean check: overlap analysis (two activities
 * that can take the same line outside a group are an error: the program
 * would price by declaration order, which nobody chose), then code
 * generation. Returns PROMO_OK, PROMO_E_COMPILE (errors: nothing
 * generated) or PROMO_E_NOMEM. */
static promo_status generate(program_t *ast, promo_diags *ds, vm_program_t **vm)
{
	*vm = NULL;
	if (ds->list.errors)
		return PROMO_E_COMPILE;
	if (overlap_check(ast, NULL, &ds->list) < 0)
		return PROMO_E_NOMEM;
	if (ds->list.errors)
		return PROMO_E_COMPILE;
	*vm = cg_generate(ast);
	return *vm ? PROMO_OK : PROMO_E_NOMEM;
}

PROMO_API promo_status promo_compile(const char *name, const char *src, size_t len,
				     promo_program **out, promo_diags **diags)
{
	if (out)
		*out = NULL;
	if (diags)
		*diags = NULL;
	if (!name || !src || !out)
		return PROMO_E_NULL;
	promo_diags *ds = pd_new();
	if (!ds)
		return PROMO_E_NOMEM;
	const src_file_t *f = pd_add_file(ds, name, src, len);
	program_t *ast = f ? fe_compile(f, &ds->list) : NULL;
	vm_program_t *vm = NULL;
	promo_status st = ast ? generate(ast, ds, &vm) : PROMO_E_NOMEM;
	ast_program_free(ast);
	promo_status fin = pd_finish(ds);
	if (st == PROMO_OK && fin != PROMO_OK)
		st = fin;
	if (st == PROMO_OK)
		st = api_program_wrap(vm, out);
	else if (vm)
		vm_program_free(vm);
	if (diags && fin != PROMO_E_NOMEM)
		*diags = ds;
	else
		promo_diags_free(ds);
	return st;
}
