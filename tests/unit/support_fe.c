/* support_fe.c — see support_fe.h. */
#include <string.h>
#include "tests/unit/support_fe.h"
#include "promo.lex.h"

program_t *fe_run(fe_run_t *r, const char *src, size_t len, bool check)
{
	memset(r, 0, sizeof *r);
	r->file.name = "t.promo";
	r->file.text = src;
	r->file.len = len == (size_t)-1 ? strlen(src) : len;
	diag_list_init(&r->dl);
	r->p = check ? fe_compile(&r->file, &r->dl) : fe_parse(&r->file, &r->dl);
	diag_sort(&r->dl);
	return r->p;
}

void fe_run_free(fe_run_t *r)
{
	ast_program_free(r->p);
	r->p = NULL;
	diag_list_free(&r->dl);
}

const diag_t *fe_find(const fe_run_t *r, const char *needle)
{
	for (const diag_t *d = r->dl.head; d; d = d->next)
		if (strstr(d->msg, needle))
			return d;
	return NULL;
}

void fe_where(const fe_run_t *r, const diag_t *d, int *line, int *col)
{
	(void)r;
	src_linecol(d->file, d->span.off, line, col);
}

int fe_lex(fe_run_t *r, const char *src, fe_token_t *out, int max)
{
	memset(r, 0, sizeof *r);
	r->file.name = "t.promo";
	r->file.text = src;
	r->file.len = strlen(src);
	diag_list_init(&r->dl);
	r->p = ast_program_new(&r->file);
	parse_ctx_t c = { .prog = r->p, .arena = r->p->arena, .file = &r->file, .dl = &r->dl };
	yyscan_t sc;
	promo_yylex_init_extra(&c, &sc);
	YY_BUFFER_STATE b = promo_yy_scan_bytes(src, (int)r->file.len, sc);
	int n = 0;
	while (n < max) {
		int k = promo_yylex(&out[n].val, &out[n].span, sc);
		if (k == 0)
			break;
		out[n++].kind = k;
	}
	promo_yy_delete_buffer(b, sc);
	promo_yylex_destroy(sc);
	return n;
}
