/* api_diags.c — promo_diags: the diagnostics of one compilation, read
 * through accessors or rendered as gcc-style text. */
#include <string.h>
#include "lib/api_internal.h"
#include "support/alloc.h"
#include "support/buf.h"

promo_diags *pd_new(void)
{
	promo_diags *ds = px_calloc(1, sizeof *ds);
	if (!ds)
		return NULL;
	ds->arena = arena_new();
	if (!ds->arena) {
		px_free(ds);
		return NULL;
	}
	diag_list_init(&ds->list);
	return ds;
}

const src_file_t *pd_add_file(promo_diags *ds, const char *name, const char *src, size_t len)
{
	src_file_t *f = arena_alloc(ds->arena, sizeof *f);
	char *text = arena_alloc(ds->arena, len + 1);
	if (!f || !text)
		return NULL;
	if (len)
		memcpy(text, src, len);
	f->name = arena_strdup(ds->arena, name);
	f->text = text;
	f->len = len;
	return f->name ? f : NULL;
}

promo_status pd_finish(promo_diags *ds)
{
	diag_sort(&ds->list);
	ds->index = arena_alloc(ds->arena, (ds->list.n + 1) * sizeof *ds->index);
	if (!ds->index)
		return PROMO_E_NOMEM;
	ds->n = 0;
	for (const diag_t *d = ds->list.head; d; d = d->next)
		ds->index[ds->n++] = d;
	if (ds->list.oom)
		return PROMO_E_NOMEM;
	return ds->list.errors ? PROMO_E_COMPILE : PROMO_OK;
}

void promo_diags_free(promo_diags *ds)
{
	if (!ds)
		return;
	diag_list_free(&ds->list);
	arena_free(ds->arena);
	px_free(ds);
}

size_t promo_diags_count(const promo_diags *ds) { return ds ? ds->n : 0; }
size_t promo_diags_errors(const promo_diags *ds) { return ds ? ds->list.errors : 0; }
size_t promo_diags_warnings(const promo_diags *ds) { return ds ? ds->list.warnings : 0; }

const promo_diag *promo_diags_at(const promo_diags *ds, size_t i)
{
	return ds && i < ds->n ? (const promo_diag *)ds->index[i] : NULL;
}

static const diag_t *D(const promo_diag *d)
{
	return (const diag_t *)d;
}

promo_severity promo_diag_severity(const promo_diag *d) { return d ? (promo_severity)D(d)->sev : PROMO_SEV_ERROR; }
const char *promo_diag_code(const promo_diag *d) { return d ? D(d)->code : NULL; }
const char *promo_diag_message(const promo_diag *d) { return d ? D(d)->msg : NULL; }

const char *promo_diag_file(const promo_diag *d)
{
	return d && D(d)->file ? D(d)->file->name : NULL;
}

/* where: 0 start, 1 end; what: 0 line, 1 column. */
static int place(const promo_diag *d, int where, int what)
{
	if (!d || !D(d)->file)
		return 0;
	span_t sp = D(d)->span;
	int line, col;
	src_linecol(D(d)->file, where ? sp.off + sp.len : sp.off, &line, &col);
	return what ? col : line;
}

int promo_diag_line(const promo_diag *d) { return place(d, 0, 0); }
int promo_diag_col(const promo_diag *d) { return place(d, 0, 1); }
int promo_diag_end_line(const promo_diag *d) { return place(d, 1, 0); }
int promo_diag_end_col(const promo_diag *d) { return place(d, 1, 1); }

size_t promo_diag_note_count(const promo_diag *d)
{
	size_t n = 0;
	for (const diag_t *x = d ? D(d)->notes : NULL; x; x = x->next)
		n++;
	return n;
}

const promo_diag *promo_diag_note(const promo_diag *d, size_t j)
{
	const diag_t *x = d ? D(d)->notes : NULL;
	for (; x && j > 0; j--)
		x = x->next;
	return (const promo_diag *)x;
}

promo_status promo_diags_render(const promo_diags *ds, int color, char **out)
{
	if (!ds || !out)
		return PROMO_E_NULL;
	buf_t b;
	buf_init(&b);
	diag_render_all(&ds->list, color != 0, &b);
	if (buf_failed(&b)) {
		buf_free(&b);
		*out = NULL;
		return PROMO_E_NOMEM;
	}
	*out = buf_take(&b);
	return *out ? PROMO_OK : PROMO_E_NOMEM;
}
