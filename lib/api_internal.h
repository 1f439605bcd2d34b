/* api_internal.h — what the library's API files share: the definition of
 * promo_diags, so every entry point that compiles (promo_check,
 * promo_compile) creates and fills one the same way:
 *
 *   promo_diags *ds = pd_new();
 *   const src_file_t *f = pd_add_file(ds, name, src, len);
 *   program_t *p = fe_compile(f, &ds->list);   ... more passes into ds->list
 *   promo_status st = pd_finish(ds);           sorts, indexes
 */
#ifndef PROMO_API_INTERNAL_H
#define PROMO_API_INTERNAL_H
#include "promo.h"
#include "compiler/diag.h"
#include "support/arena.h"

struct promo_diags {
	diag_list_t list;
	arena_t *arena;       /* the copies of the source files diagnostics point into */
	const diag_t **index; /* list in order, for promo_diags_at */
	size_t n;
};

/* NULL on out-of-memory. */
promo_diags *pd_new(void);
/* A copy of the source owned by ds, for the compiler to read and the
 * diagnostics to quote; NULL on out-of-memory. */
const src_file_t *pd_add_file(promo_diags *ds, const char *name, const char *src, size_t len);
/* Sorts the diagnostics (source order, duplicates dropped) and indexes
 * them. Returns PROMO_E_NOMEM if any was lost, else PROMO_E_COMPILE when
 * there are errors, else PROMO_OK. */
promo_status pd_finish(promo_diags *ds);

#endif
