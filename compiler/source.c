/* source.c — byte offsets to line and column, only when printing. */
#include "compiler/source.h"
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
