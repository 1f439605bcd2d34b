/* source.h — a source file and byte spans into it. Spans are byte offsets;
 * line and column (1-based, columns in code points) are computed only when
 * a diagnostic is printed. */
#ifndef PROMO_SOURCE_H
#define PROMO_SOURCE_H
#include <stddef.h>
#include <stdint.h>

typedef struct span {
	uint32_t off, len;
} span_t;

typedef struct src_file {
	const char *name; /* as given on the command line, or "<prelude>" */
	const char *text; /* not necessarily NUL-terminated inside; len bytes */
	size_t len;
} src_file_t;

/* Line and column of byte offset off (1-based; column in code points). */
void src_linecol(const src_file_t *f, uint32_t off, int *line, int *col);
/* The start of every line of one file, so that printing thousands of
 * diagnostics (and their notes, which point anywhere) costs a binary
 * search each instead of a scan from the top of the file. */
typedef struct src_lines {
	const src_file_t *file;
	uint32_t *start; /* start[i] is the offset of line i + 1 */
	size_t n;
} src_lines_t;

/* Indexes f; returns 0, or -1 on OOM (l is then empty and src_lines_linecol
 * falls back to src_linecol). */
int src_lines_build(src_lines_t *l, const src_file_t *f);
/* The same answer as src_linecol(l->file, off, ...). */
void src_lines_linecol(const src_lines_t *l, uint32_t off, int *line, int *col);
void src_lines_free(src_lines_t *l);
/* Start offset and length of the line holding off, without the newline. */
void src_line_at(const src_file_t *f, uint32_t off, uint32_t *start, uint32_t *len);
static inline span_t span_join(span_t a, span_t b)
{
	span_t s = { a.off, (b.off + b.len > a.off) ? b.off + b.len - a.off : a.len };
	return s;
}

#endif
