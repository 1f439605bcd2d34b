/* test_run.h — running the test blocks of a checked program: build each
 * test's cart, price it with the compiled program, compare every
 * expectation. Failing expectations become diagnostics (code "test", an
 * error at the expect line, a note with the actual value) so `promo lint`
 * shows them like any finding; the report keeps them for `promo test`'s
 * expected/actual listing. Internal to the library. */
#ifndef PROMO_TEST_RUN_H
#define PROMO_TEST_RUN_H
#include <stdbool.h>
#include <stddef.h>
#include "compiler/ast.h"
#include "compiler/ast_test.h"
#include "compiler/diag.h"
#include "support/arena.h"
#include "vm/vm.h"

typedef struct tr_failure {
	const test_stmt_t *stmt;   /* the expect that failed */
	char expected[192];        /* "expect total 550.00" */
	char actual[192];          /* "actual total 560.00" */
	struct tr_failure *next;
} tr_failure_t;

typedef struct tr_case {
	const test_t *test;
	bool passed;
	char error[256];           /* pricing refused the cart (overflow...), or "" */
	tr_failure_t *failures;    /* in source order */
	struct tr_case *next;
} tr_case_t;

typedef struct tr_report {
	arena_t *arena;
	const src_file_t *file;
	size_t ntests, nfailed;
	tr_case_t *cases, *tail;   /* in source order */
} tr_report_t;

/* Runs every test of p (checked clean) against vm. Appends one case per
 * test to rep (rep->arena must be set) and the failures to dl.
 * Returns 0, or -1 when memory ran out. */
int tr_run(const program_t *p, const vm_program_t *vm, tr_report_t *rep, diag_list_t *dl);

/* For `promo lint`: runs p's tests (if any) with a throwaway report, only
 * adding the failures to dl (code "test", a row of compiler/lint_rules.h).
 * Returns the number of failed tests, or -1 when memory ran out. */
int tr_check(const program_t *p, diag_list_t *dl);

/* The cart a test describes (lib/test_cart.c). 0, or -1 on out-of-memory. */
int tr_build_cart(const program_t *p, const test_t *t, cart_t *c);

#endif
