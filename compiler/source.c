/* source.c — byte offsets to line and column, only when printing. */
#include "compiler/source.h"
#include <string.h>
#include "support/alloc.h"
#include "support/utf8.h"

void src_line_at(const src_file_t *f, uint32_t off, uint32_t *start, uint32_t *len)
{
	size_t o = off > f->len ? f->len : off;
	size_t s = o, e = o;
	while (s > 0 && f->text[s - 1] != '\n')
		s--;
	while (e < f->len && f->text[e] != '\n')
		e++;
	if (e > s && f->text[e - 1] == '\r')
		e--; /* CRLF files: the CR is not part of the line shown */
	*start = (uint32_t)s;
	*len = (uint32_t)(e - s);
}

/* Columns count code points, so an editor lands on the right character
 * after Chinese text. */
void src_linecol(const src_file_t *f, uint32_t off, int *line, int *col)
{
	size_t o = off > f->len ? f->len : off;
	int ln = 1;
	size_t bol = 0;
	for (size_t i = 0; i < o; i++) {
		if (f->text[i] == '\n') {
			ln++;
			bol = i + 1;
		}
	}
	*line = ln;
	*col = 1 + (int)utf8_count((const unsigned char *)f->text + bol, o - bol);
}

/* The offset just past the next newline at or after from, or 0 when none. */
static uint32_t next_line(const src_file_t *f, size_t from)
{
	const char *nl = from < f->len ? memchr(f->text + from, '\n', f->len - from) : NULL;
	return nl ? (uint32_t)(nl + 1 - f->text) : 0;
}

int src_lines_build(src_lines_t *l, const src_file_t *f)
{
	size_t n = 1;
	for (uint32_t o = next_line(f, 0); o; o = next_line(f, o))
		n++;
	*l = (src_lines_t){ .file = f, .start = px_malloc(n * sizeof *l->start) };
	if (!l->start)
		return -1;
	l->start[l->n++] = 0;
	for (uint32_t o = next_line(f, 0); o; o = next_line(f, o))
		l->start[l->n++] = o;
	return 0;
}

void src_lines_linecol(const src_lines_t *l, uint32_t off, int *line, int *col)
{
	const src_file_t *f = l->file;
	if (!l->start) {
		src_linecol(f, off, line, col);
		return;
	}
	size_t o = off > f->len ? f->len : off;
	size_t lo = 0, hi = l->n; /* the last line starting at or before o */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->start[mid] <= o)
			lo = mid;
		else
			hi = mid;
	}
	*line = (int)lo + 1;
	*col = 1 + (int)utf8_count((const unsigned char *)f->text + l->start[lo], o - l->start[lo]);
}

void src_lines_free(src_lines_t *l)
{
	px_free(l->start);
	*l = (src_lines_t){ 0 };
}
