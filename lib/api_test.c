/* api_test.c — promo_test: run the test blocks of a program
 * (docs/testing.md) and report, per test, pass or the expected and actual
 * value of every failed expectation. */
#include <string.h>
#include "lib/api_internal.h"
#include "lib/test_run.h"
#include "compiler/compile.h"
#include "support/alloc.h"
#include "support/buf.h"

struct promo_tests {
	size_t count, failed;
	char *text[2];        /* the report, without and with colour */
};

#define C_RED "\033[1;31m"
#define C_GREEN "\033[1;32m"
#define C_OFF "\033[0m"

static void render_case(const tr_report_t *rep, const tr_case_t *tc, bool color, buf_t *b)
{
	int line, col;
	src_linecol(rep->file, tc->test->span.off, &line, &col);
	if (tc->passed) {
		buf_printf(b, "%sok%s   %s: \"%s\"\n", color ? C_GREEN : "", color ? C_OFF : "", rep->file->name,
			   tc->test->name.s);
		return;
	}
	buf_printf(b, "%sFAIL%s %s:%d: \"%s\"\n", color ? C_RED : "", color ? C_OFF : "", rep->file->name, line,
		   tc->test->name.s);
	if (tc->error[0]) buf_printf(b, "     the cart was refused: %s\n", tc->error);
	for (const tr_failure_t *f = tc->failures; f; f = f->next) {
		src_linecol(rep->file, f->stmt->span.off, &line, &col);
		buf_printf(b, "     %s- %s%s  (line %d)\n     %s+ %s%s\n", color ? C_GREEN : "", f->expected,
			   color ? C_OFF : "", line, color ? C_RED : "", f->actual, color ? C_OFF : "");
	}
}

static promo_status render(promo_tests *t, const tr_report_t *rep)
{
	for (int color = 0; color < 2; color++) {
		buf_t b;
		buf_init(&b);
		for (const tr_case_t *tc = rep->cases; tc; tc = tc->next) render_case(rep, tc, color, &b);
		if (buf_failed(&b)) { buf_free(&b); return PROMO_E_NOMEM; }
		t->text[color] = buf_take(&b);
	}
	t->count = rep->ntests;
	t->failed = rep->nfailed;
	return PROMO_OK;
}

/* Compiles and runs; the diagnostics (and failures) go to ds->list.
 * *compiled says whether the program had no errors (so the tests ran). */
static promo_status run_tests(promo_diags *ds, const src_file_t *f, promo_tests *t, bool *compiled)
{
	program_t *p = fe_compile(f, &ds->list);
	if (!p) return PROMO_E_NOMEM;
	promo_status st = PROMO_OK;
	*compiled = ds->list.errors == 0;
	if (*compiled) {
		tr_report_t rep = { .arena = arena_new() };
		vm_program_t *vm = rep.arena ? cg_generate(p) : NULL;
		if (!vm || tr_run(p, vm, &rep, &ds->list) != 0 || render(t, &rep) != PROMO_OK) st = PROMO_E_NOMEM;
		vm_program_free(vm);
		arena_free(rep.arena);
	}
	ast_program_free(p);
	return st;
}

promo_status promo_test(const char *name, const char *src, size_t len, promo_tests **out, promo_diags **diags)
{
	if (out) *out = NULL;
	if (diags) *diags = NULL;
	if (!name || !src) return PROMO_E_NULL;
	promo_tests *t = px_calloc(1, sizeof *t);
	promo_diags *ds = t ? pd_new() : NULL;
	const src_file_t *f = ds ? pd_add_file(ds, name, src, len) : NULL;
	bool compiled = false;
	promo_status st = f ? run_tests(ds, f, t, &compiled) : PROMO_E_NOMEM;
	if (st == PROMO_OK) st = pd_finish(ds);
	/* Failed expectations are errors in the list, not a compile error. */
	if (st == PROMO_E_COMPILE && compiled) st = PROMO_OK;
	if (st != PROMO_OK || !out) promo_tests_free(t);
	else *out = t;
	if (diags && st != PROMO_E_NOMEM) *diags = ds;
	else promo_diags_free(ds);
	return st;
}

size_t promo_tests_count(const promo_tests *t) { return t ? t->count : 0; }
size_t promo_tests_failed(const promo_tests *t) { return t ? t->failed : 0; }

promo_status promo_tests_render(const promo_tests *t, int color, char **out)
{
	if (!out) return PROMO_E_NULL;
	*out = NULL;
	if (!t) return PROMO_E_NULL;
	const char *s = t->text[color != 0] ? t->text[color != 0] : "";
	size_t n = strlen(s) + 1;
	*out = px_malloc(n);
	if (!*out) return PROMO_E_NOMEM;
	memcpy(*out, s, n);
	return PROMO_OK;
}

void promo_tests_free(promo_tests *t)
{
	if (!t) return;
	promo_free(t->text[0]);
	promo_free(t->text[1]);
	px_free(t);
}
