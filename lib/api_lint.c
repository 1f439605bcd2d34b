/* api_lint.c — promo_lint: check, then overlap analysis and the lint
 * rules, with an optional catalog; and the rule table for renderers. */
#include <time.h>
#include "lib/test_run.h"
#include "lib/api_internal.h"
#include "compiler/compile.h"
#include "compiler/lint.h"

size_t promo_lint_rule_count(void)
{
	return LINT_RULE_COUNT;
}

promo_status promo_lint_rule(size_t i, const char **id, promo_severity *sev, const char **description,
			     const char **help)
{
	if (i >= LINT_RULE_COUNT)
		return PROMO_E_NOTFOUND;
	const lint_rule_info_t *r = &lint_rule_table[i];
	if (id) *id = r->id;
	if (sev) *sev = (promo_severity)r->sev;
	if (description) *description = r->short_doc;
	if (help) *help = r->help;
	return PROMO_OK;
}

/* --werror: warnings become errors, in the counts too. */
static void lint_werror(diag_list_t *l)
{
	for (diag_t *d = l->head; d; d = d->next)
		if (d->sev == DIAG_WARNING) {
			d->sev = DIAG_ERROR;
			l->warnings--;
			l->errors++;
		}
}

static promo_status lint_now(const promo_lint_options *o, const program_t *p, diag_list_t *dl,
			     int64_t *now)
{
	if (!o || !o->now) {
		*now = (int64_t)time(NULL);
		return PROMO_OK;
	}
	if (lint_parse_time(o->now, p->tz_minutes, now))
		return PROMO_OK;
	diag_add(dl, DIAG_ERROR, NULL, NULL, (span_t){ 0, 0 },
		 "invalid time '%s' for now: write YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM]", o->now);
	return PROMO_E_ARG;
}

/* Everything after a clean check. */
static promo_status lint_run(promo_diags *ds, const program_t *p, const promo_lint_options *o)
{
	catalog_t *cat = NULL;
	lint_opts_t lo;
	promo_status st = lint_now(o, p, &ds->list, &lo.now);
	if (st != PROMO_OK)
		return st;
	if (o && o->catalog_src) {
		const src_file_t *cf = pd_add_file(ds, o->catalog_name ? o->catalog_name : "<catalog>",
						   o->catalog_src, o->catalog_len);
		if (!cf)
			return PROMO_E_NOMEM;
		cat = catalog_load(cf, p->decimals, &ds->list);
		if (!cat)
			return ds->list.errors ? PROMO_E_COMPILE : PROMO_E_NOMEM;
	}
	int rc = lint_program(p, cat, &lo, &ds->list);
	catalog_free(cat);
	if (rc < 0 || tr_check(p, &ds->list) < 0) /* the program's own tests (docs/testing.md) */
		return PROMO_E_NOMEM;
	if (o && o->werror)
		lint_werror(&ds->list);
	return PROMO_OK;
}

promo_status promo_lint(const char *name, const char *src, size_t len, const promo_lint_options *o,
			promo_diags **out)
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
	promo_status st = p ? PROMO_OK : PROMO_E_NOMEM;
	if (p && ds->list.errors == 0)
		st = lint_run(ds, p, o);
	if (st == PROMO_OK || st == PROMO_E_COMPILE)
		st = pd_finish(ds);
	else if (st == PROMO_E_ARG && pd_finish(ds) == PROMO_E_NOMEM)
		st = PROMO_E_NOMEM;
	ast_program_free(p);
	if (out && st != PROMO_E_NOMEM)
		*out = ds;
	else
		promo_diags_free(ds);
	return st;
}
