/* support_lint.c — see support_lint.h. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "tests/unit/support_lint.h"

void lint_run(lint_run_t *r, const char *src, const char *catalog, bool all, int64_t now)
{
	memset(r, 0, sizeof *r);
	diag_list_init(&r->dl);
	program_t *p = fe_run(&r->fe, src, (size_t)-1, true);
	assert_non_null(p);
	if (r->fe.dl.errors)
		fail_msg("program does not check: %s", r->fe.dl.head->msg);
	if (catalog) {
		r->cat_file = (src_file_t){ "cat.csv", catalog, strlen(catalog) };
		r->cat = catalog_load(&r->cat_file, p->decimals, &r->dl);
		if (!r->cat)
			fail_msg("catalog does not load: %s", r->dl.head ? r->dl.head->msg : "out of memory");
	}
	lint_opts_t o = { .now = now };
	r->rc = all ? lint_program(p, r->cat, &o, &r->dl) : overlap_check(p, r->cat, &r->dl);
	assert_true(r->rc >= 0);
}

void lint_run_free(lint_run_t *r)
{
	diag_list_free(&r->dl);
	catalog_free(r->cat);
	fe_run_free(&r->fe);
}

int lint_count(const lint_run_t *r, const char *code, int sev)
{
	int n = 0;
	for (const diag_t *d = r->dl.head; d; d = d->next)
		n += d->code && strcmp(d->code, code) == 0 && (sev < 0 || (int)d->sev == sev);
	return n;
}

const diag_t *lint_nth(const lint_run_t *r, const char *code, int n)
{
	for (const diag_t *d = r->dl.head; d; d = d->next)
		if (d->code && strcmp(d->code, code) == 0 && n-- == 0)
			return d;
	return NULL;
}

int lint_line(const diag_t *d)
{
	int line, col;
	src_linecol(d->file, d->span.off, &line, &col);
	return line;
}
