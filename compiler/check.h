/* check.h — the semantic checker's passes, shared state and helpers.
 * Each check*.c file holds one job; fe_compile (check.c) runs them in
 * order. Internal to the front end. */
#ifndef PROMO_CHECK_H
#define PROMO_CHECK_H
#include <stdbool.h>
#include "compiler/ast.h"
#include "compiler/diag.h"
#include "compiler/symtab.h"
#include "support/limits.h"

typedef struct chk {
	program_t *p;
	diag_list_t *dl;
	const char *currency; /* the program's currency code, "CNY" when unset or unknown */
	bool syntax_errors;  /* the tree is partial: don't report names it lost */
	symtab_t defines;    /* name -> define_t* (the program's over the prelude's) */
	symtab_t members;    /* name -> activity_t* or group_t* (shared namespace) */
} chk_t;

/* Errors and notes at a node of the program being checked (or of the
 * file a define came from). */
diag_t *chk_error(chk_t *c, const src_file_t *f, span_t sp, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Passes, in the order fe_compile runs them. */
void chk_settings(chk_t *c);       /* check_settings.c */
void chk_names(chk_t *c);          /* check_names.c: defines, duplicates, aliases */
void chk_structure(chk_t *c);      /* check_struct.c: groups, flattening, clauses, windows */
void chk_defines(chk_t *c);        /* check_refs.c: define bodies, cycles */
void chk_activities(chk_t *c);
void chk_tests(chk_t *c);          /* check_test.c: test blocks (docs/testing.md) */     /* check_effects.c: targets, conditions, effects */

/* Literals (check_lit.c). Each reports at the literal and returns false
 * when it is unusable; on success it fills lit->minor. */
bool chk_money(chk_t *c, const src_file_t *f, lit_t *l, const char *what);
bool chk_count(chk_t *c, const src_file_t *f, lit_t *l, const char *what);
bool chk_percent(chk_t *c, const src_file_t *f, effect_t *e);

/* Targets (check_targets.c): SKU lists, combos, order amounts. */
void chk_target(chk_t *c, activity_t *a);

/* Windows (check_window.c): calendar validity and epoch seconds. */
void chk_window(chk_t *c, activity_t *a);
/* One datetime: reports an invalid one (false), else fills t->epoch. */
bool chk_datetime(chk_t *c, const src_file_t *f, datetime_t *t);

/* Names (check_refs.c): the define a reference names, following aliases,
 * or NULL (reported) when undefined or part of a cycle. */
define_t *chk_resolve(chk_t *c, const src_file_t *f, name_t ref, int depth);
/* True (after reporting) when depth passed FE_MAX_DEPTH. */
bool chk_too_deep(chk_t *c, const src_file_t *f, span_t sp, int depth);
/* Checks a condition tree (check_refs.c) and an effect's literals and
 * references, independent of any target (check_effects.c). */
bool chk_cond(chk_t *c, const src_file_t *f, cond_t *cond, int depth); /* false: too deep */
void chk_effect(chk_t *c, const src_file_t *f, effect_t *e, int depth);

#endif
