/* diag.h — diagnostics are collected, never printed by the compiler: the
 * library hands them to its caller, the CLI renders them (text, JSON, SARIF).
 * One printer renders gcc style: "file:line:col: error: message", the
 * source line, a caret underline, then the notes. */
#ifndef PROMO_DIAG_H
#define PROMO_DIAG_H
#include <stdbool.h>
#include <stddef.h>
#include "compiler/source.h"
#include "support/buf.h"

typedef enum { DIAG_ERROR = 0, DIAG_WARNING = 1, DIAG_NOTE = 2 } diag_sev_t;

typedef struct diag {
	diag_sev_t sev;
	const char *code;        /* lint rule id ("overlap") or NULL; static */
	const src_file_t *file;  /* NULL: no location (I/O, limits) */
	span_t span;
	char *msg;               /* owned */
	struct diag *notes;      /* owned, chained through next */
	struct diag *next;
} diag_t;

typedef struct diag_list {
	diag_t *head, *tail;
	size_t n, errors, warnings;
	bool oom;               /* a diagnostic was lost to out-of-memory */
} diag_list_t;

void diag_list_init(diag_list_t *l);
void diag_list_free(diag_list_t *l);
/* Adds a diagnostic; returns it (for diag_note), or NULL on out-of-memory. */
diag_t *diag_add(diag_list_t *l, diag_sev_t sev, const char *code, const src_file_t *f,
		 span_t sp, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Attaches a note ("first defined here") to d; d may be NULL (no-op). */
void diag_note(diag_t *d, const src_file_t *f, span_t sp, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Sorts by file order then offset, keeping insertion order for ties. */
void diag_sort(diag_list_t *l);

/* gcc-style text, with ANSI colour when color is true. */
void diag_render(const diag_t *d, bool color, buf_t *out);
void diag_render_all(const diag_list_t *l, bool color, buf_t *out);

#endif
