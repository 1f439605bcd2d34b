/* support_lint.h — helpers for the overlap and lint tests: compile a
 * program (it must check clean), optionally load a catalog from a string,
 * run the overlap checker or every lint rule, and query the findings. */
#ifndef PROMO_TEST_SUPPORT_LINT_H
#define PROMO_TEST_SUPPORT_LINT_H
#include "compiler/lint.h"
#include "tests/unit/support_fe.h"

typedef struct lint_run {
	fe_run_t fe;
	src_file_t cat_file;
	catalog_t *cat;
	diag_list_t dl;  /* the findings */
	int rc;          /* what overlap_check / lint_program returned */
} lint_run_t;

/* all: every rule (lint_program, now = `now`); else overlap_check only.
 * catalog may be NULL. Fails the test when the program has check errors. */
void lint_run(lint_run_t *r, const char *src, const char *catalog, bool all, int64_t now);
void lint_run_free(lint_run_t *r);
/* Findings with that code (any severity when sev < 0). */
int lint_count(const lint_run_t *r, const char *code, int sev);
/* The n-th (0-based) finding with that code, or NULL. */
const diag_t *lint_nth(const lint_run_t *r, const char *code, int n);
int lint_line(const diag_t *d);

#endif
