/* diag_render.c — the one printer, gcc style:
 *   file:line:col: error: message
 *      12 | source line
 *         |      ^~~~~
 * then the notes the same way. The caret is placed by display width (a
 * Chinese character takes two terminal cells), while the column printed
 * counts code points, as editors do. */
#include <stdbool.h>
#include <stdint.h>
#include "compiler/diag.h"
#include "support/utf8.h"

#define C_BOLD "\033[1m"
#define C_RESET "\033[0m"
#define C_CARET "\033[1;32m"

static const char *sev_name[] = { "error", "warning", "note" };
static const char *sev_color[] = { "\033[1;31m", "\033[1;35m", "\033[1;36m" };

/* East Asian wide and full-width characters take two cells. */
static int cell_width(uint32_t cp)
{
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
	    (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

/* One character of the source line: its length in bytes, its code point
 * (U+FFFD for invalid bytes and control characters other than tab). */
static size_t next_char(const char *s, size_t n, uint32_t *cp)
{
	size_t l = utf8_decode((const unsigned char *)s, n, cp);
	if (l == 0 || (*cp < 0x20 && *cp != '\t') || *cp == 0x7F) {
		*cp = 0xFFFD;
		return l ? l : 1;
	}
	return l;
}

static void put_cp(buf_t *out, uint32_t cp)
{
	char tmp[4];
	if (cp < 0x80) {
		buf_putc(out, (char)cp);
	} else if (cp < 0x800) {
		tmp[0] = (char)(0xC0 | (cp >> 6));
		tmp[1] = (char)(0x80 | (cp & 0x3F));
		buf_put(out, tmp, 2);
	} else if (cp < 0x10000) {
		tmp[0] = (char)(0xE0 | (cp >> 12));
		tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		tmp[2] = (char)(0x80 | (cp & 0x3F));
		buf_put(out, tmp, 3);
	} else {
		tmp[0] = (char)(0xF0 | (cp >> 18));
		tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		tmp[3] = (char)(0x80 | (cp & 0x3F));
		buf_put(out, tmp, 4);
	}
}

static int digits(int v)
{
	int n = 1;
	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

/* Long lines (minified or generated files) are shown as a window of
 * EXCERPT_WIDTH characters around the start of the span. */
enum { EXCERPT_WIDTH = 160, EXCERPT_BEFORE = 60 };

/* Byte offset n code points after (forward) or before from, within [lo, hi). */
static uint32_t step_cps(const char *t, uint32_t from, uint32_t lo, uint32_t hi, int n, bool forward)
{
	uint32_t i = from;
	for (int k = 0; k < n; k++) {
		if (forward) {
			if (i >= hi)
				break;
			uint32_t cp;
			i += (uint32_t)next_char(t + i, hi - i, &cp);
		} else {
			if (i <= lo)
				break;
			do
				i--;
			while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80);
		}
	}
	return i;
}

/* Blanks up to the span (tabs kept, wide characters two cells, so the
 * caret lines up), a caret, tildes to the span's end within the window. */
static void put_marker(const diag_t *d, uint32_t ws, uint32_t we, bool color, buf_t *out)
{
	const char *t = d->file->text;
	uint32_t to = d->span.off + (d->span.len ? d->span.len : 1), cp;
	bool marked = false;
	for (uint32_t i = ws; i < we && i < to;) {
		size_t l = next_char(t + i, we - i, &cp);
		int cells = cell_width(cp);
		if (i >= d->span.off && !marked && color)
			buf_puts(out, C_CARET);
		for (int k = 0; k < cells; k++) {
			if (i < d->span.off)
				buf_putc(out, cp == '\t' ? '\t' : ' ');
			else
				buf_putc(out, marked || k > 0 ? '~' : '^');
		}
		marked |= i >= d->span.off;
		i += (uint32_t)l;
	}
	if (!marked) { /* the span starts at the end of the line (EOF, newline) */
		if (color)
			buf_puts(out, C_CARET);
		buf_putc(out, '^');
	}
	buf_puts(out, color ? C_RESET "\n" : "\n");
}

/* The source line (or its window), then the marker line. */
static void put_excerpt(const diag_t *d, int line, bool color, buf_t *out)
{
	uint32_t ls, ll;
	src_line_at(d->file, d->span.off, &ls, &ll);
	const char *t = d->file->text;
	uint32_t le = ls + ll, at = d->span.off < le ? d->span.off : le;
	uint32_t ws = step_cps(t, at, ls, le, EXCERPT_BEFORE, false);
	uint32_t we = step_cps(t, ws, ls, le, EXCERPT_WIDTH, true);
	int w = digits(line) < 4 ? 4 : digits(line);
	buf_printf(out, " %*d | %s", w, line, ws > ls ? "..." : "");
	uint32_t cp;
	for (uint32_t i = ws; i < we;) {
		i += (uint32_t)next_char(t + i, we - i, &cp);
		put_cp(out, cp);
	}
	buf_printf(out, "%s\n %*s | %s", we < le ? "..." : "", w, "", ws > ls ? "   " : "");
	put_marker(d, ws, we, color, out);
}

/* Line indexes of the files the diagnostics point into (a program, the
 * prelude, a catalog: a few), built on first use, so that N diagnostics
 * and their notes, which point anywhere, cost N binary searches rather
 * than N scans of the file. */
#define RENDER_FILES 4

typedef struct lines_cache {
	src_lines_t f[RENDER_FILES];
	int n;
} lines_cache_t;

static void locate(lines_cache_t *lc, const src_file_t *f, uint32_t off, int *line, int *col)
{
	for (int i = 0; lc && i < lc->n; i++) {
		if (lc->f[i].file == f) {
			src_lines_linecol(&lc->f[i], off, line, col);
			return;
		}
	}
	if (lc && lc->n < RENDER_FILES) {
		(void)src_lines_build(&lc->f[lc->n], f); /* on OOM it falls back to a scan */
		src_lines_linecol(&lc->f[lc->n++], off, line, col);
		return;
	}
	src_linecol(f, off, line, col);
}

static void render_one(const diag_t *d, bool color, lines_cache_t *lc, buf_t *out)
{
	int line = 0, col = 0;
	if (color)
		buf_puts(out, C_BOLD);
	if (d->file) {
		locate(lc, d->file, d->span.off, &line, &col);
		buf_printf(out, "%s:%d:%d: ", d->file->name, line, col);
	} else {
		buf_puts(out, "promo: ");
	}
	if (color)
		buf_printf(out, "%s%s:" C_RESET C_BOLD " %s" C_RESET "\n", sev_color[d->sev], sev_name[d->sev], d->msg);
	else
		buf_printf(out, "%s: %s\n", sev_name[d->sev], d->msg);
	if (d->file)
		put_excerpt(d, line, color, out);
}

static void render_with_notes(const diag_t *d, bool color, lines_cache_t *lc, buf_t *out)
{
	render_one(d, color, lc, out);
	for (const diag_t *n = d->notes; n; n = n->next)
		render_one(n, color, lc, out);
}

void diag_render(const diag_t *d, bool color, buf_t *out)
{
	render_with_notes(d, color, NULL, out);
}

void diag_render_all(const diag_list_t *l, bool color, buf_t *out)
{
	lines_cache_t lc = { .n = 0 };
	for (const diag_t *d = l->head; d; d = d->next)
		render_with_notes(d, color, &lc, out);
	for (int i = 0; i < lc.n; i++)
		src_lines_free(&lc.f[i]);
}
