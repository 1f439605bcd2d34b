/* fuzz_lint — source text (and optionally a catalog) → check → overlap
 * analysis and every lint rule. The overlap checker rewrites conditions
 * into disjunctive normal form, which can grow fast: this target is here to
 * find inputs that make it crash, leak or run away. An input holding a line
 * "%%catalog%%" is split there: the program before, catalog CSV after. */
#include <string.h>
#include "compiler/compile.h"
#include "compiler/lint.h"
#include "support/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MARK "\n%%catalog%%\n"

static const char *find_split(const char *s, size_t n)
{
	static const char mark[] = MARK;
	for (size_t i = 0; i + sizeof mark - 1 <= n; i++)
		if (!memcmp(s + i, mark, sizeof mark - 1))
			return s + i;
	return NULL;
}

/* cf must outlive dl: diagnostics point into it. */
static void lint_with(const program_t *p, const src_file_t *cf, diag_list_t *dl)
{
	catalog_t *cat = cf->text ? catalog_load(cf, p->decimals, dl) : NULL;
	lint_opts_t o = { .now = 1794398700 };
	if (!cf->text || cat)
		lint_program(p, cat, &o, dl);
	catalog_free(cat);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data, *split = find_split(text, size);
	size_t plen = split ? (size_t)(split - text) : size;
	src_file_t f = { "fuzz.promo", text, plen };
	diag_list_t dl;
	diag_list_init(&dl);
	const char *csv = split ? split + sizeof MARK - 1 : NULL;
	src_file_t cf = { "fuzz.csv", csv, csv ? size - (size_t)(csv - text) : 0 };
	program_t *p = fe_compile(&f, &dl);
	if (p && dl.errors == 0)
		lint_with(p, &cf, &dl);
	buf_t out;
	buf_init(&out);
	diag_render_all(&dl, false, &out);
	buf_free(&out);
	diag_list_free(&dl);
	ast_program_free(p);
	return 0;
}
