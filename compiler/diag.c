/* diag.c — collecting diagnostics, ordering them, and the one printer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/diag.h"
#include "support/alloc.h"

void diag_list_init(diag_list_t *l)
{
	memset(l, 0, sizeof *l);
}

static void free_chain(diag_t *d)
{
	while (d) {
		diag_t *next = d->next;
		free_chain(d->notes);
		px_free(d->msg);
		px_free(d);
		d = next;
	}
}

void diag_list_free(diag_list_t *l)
{
	free_chain(l->head);
	diag_list_init(l);
}

static diag_t *make(diag_sev_t sev, const char *code, const src_file_t *f, span_t sp,
		    const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	diag_t *d = px_calloc(1, sizeof *d);
	char *msg = n < 0 ? NULL : px_malloc((size_t)n + 1);
	if (!d || !msg) {
		px_free(d);
		px_free(msg);
		return NULL;
	}
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	d->sev = sev;
	d->code = code;
	d->file = f;
	d->span = sp;
	d->msg = msg;
	return d;
}

diag_t *diag_add(diag_list_t *l, diag_sev_t sev, const char *code, const src_file_t *f,
		 span_t sp, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_t *d = make(sev, code, f, sp, fmt, ap);
	va_end(ap);
	if (!d) {
		l->oom = true;
		return NULL;
	}
	if (l->tail)
		l->tail->next = d;
	else
		l->head = d;
	l->tail = d;
	l->n++;
	l->errors += sev == DIAG_ERROR;
	l->warnings += sev == DIAG_WARNING;
	return d;
}

void diag_note(diag_t *d, const src_file_t *f, span_t sp, const char *fmt, ...)
{
	if (!d)
		return;
	va_list ap;
	va_start(ap, fmt);
	diag_t *n = make(DIAG_NOTE, NULL, f, sp, fmt, ap);
	va_end(ap);
	if (!n)
		return;
	diag_t **tail = &d->notes;
	while (*tail)
		tail = &(*tail)->next;
	*tail = n;
}

/* ---- ordering ---- */
typedef struct sort_key {
	diag_t *d;
	size_t rank; /* order of the diagnostic's file's first appearance */
	size_t seq;  /* insertion order, for ties */
} sort_key_t;

static int cmp_key(const void *a, const void *b)
{
	const sort_key_t *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->d->span.off != y->d->span.off)
		return x->d->span.off < y->d->span.off ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Files are few (the program, the prelude): a short list of those seen. */
enum { DIAG_MAX_FILES = 16 };
static size_t file_rank(const src_file_t **seen, size_t *nseen, const src_file_t *f)
{
	for (size_t i = 0; i < *nseen; i++)
		if (seen[i] == f)
			return i;
	if (*nseen < DIAG_MAX_FILES)
		seen[(*nseen)++] = f;
	return *nseen - 1;
}

/* The same message at the same place is one diagnostic. */
static bool same(const diag_t *a, const diag_t *b)
{
	return a->file == b->file && a->span.off == b->span.off && a->span.len == b->span.len &&
	       a->sev == b->sev && strcmp(a->msg, b->msg) == 0;
}

static void relink(diag_list_t *l, sort_key_t *k, size_t n)
{
	l->head = l->tail = NULL;
	l->n = l->errors = l->warnings = 0;
	for (size_t i = 0; i < n; i++) {
		diag_t *d = k[i].d;
		d->next = NULL;
		if (l->tail && same(l->tail, d)) {
			free_chain(d);
			continue;
		}
		if (l->tail)
			l->tail->next = d;
		else
			l->head = d;
		l->tail = d;
		l->n++;
		l->errors += d->sev == DIAG_ERROR;
		l->warnings += d->sev == DIAG_WARNING;
	}
}

void diag_sort(diag_list_t *l)
{
	if (l->n < 2)
		return;
	sort_key_t *k = px_malloc(l->n * sizeof *k);
	if (!k)
		return; /* unsorted is still correct, only less tidy */
	const src_file_t *seen[DIAG_MAX_FILES];
	size_t nseen = 0, i = 0;
	for (diag_t *d = l->head; d; d = d->next, i++) {
		k[i].d = d;
		k[i].seq = i;
		k[i].rank = file_rank(seen, &nseen, d->file);
	}
	qsort(k, i, sizeof *k, cmp_key);
	relink(l, k, i);
	px_free(k);
}
