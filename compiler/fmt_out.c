/* fmt_out.c — the formatter's output: tokens, spacing, line breaks, and
 * putting each comment back next to the code it was next to. */
#include "compiler/fmt.h"
#include <string.h>

static const comment_t *next_comment(const fmt_t *f)
{
	const vec_t *v = &f->p->comments;
	return f->next_comment < v->n ? v->items[f->next_comment] : NULL;
}

/* The comment's text without trailing blanks. */
static void put_comment(fmt_t *f, const comment_t *c)
{
	const char *s = f->p->file->text + c->span.off;
	size_t n = c->span.len;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
	buf_put(f->out, s, n);
	f->last_end = c->span.off + c->span.len;
	f->next_comment++;
}

static void start_line(fmt_t *f)
{
	if (!f->bol) return;
	for (int i = 0; i < f->indent + (f->cont ? 2 : 0); i++) buf_putc(f->out, ' ');
	f->bol = false;
}

static bool gap_has_newline(const fmt_t *f, uint32_t from, uint32_t to)
{
	const char *t = f->p->file->text;
	for (uint32_t i = from; i < to; i++)
		if (t[i] == '\n') return true;
	return false;
}

void fmt_blank_if_gap(fmt_t *f, uint32_t off)
{
	if (!f->bol || f->out->len == 0) return;
	if (f->out->len >= 2 && f->out->data[f->out->len - 2] == '\n') return; /* already blank */
	const char *t = f->p->file->text;
	int newlines = 0;
	for (uint32_t i = f->last_end; i < off; i++) {
		if (t[i] == '\n') newlines++;
		else if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r') newlines = 0;
		if (newlines >= 2) { buf_putc(f->out, '\n'); return; }
	}
}

void fmt_comments_before(fmt_t *f, uint32_t off)
{
	const comment_t *c;
	while ((c = next_comment(f)) && c->span.off < off) {
		if (f->bol) {
			fmt_blank_if_gap(f, c->span.off);
			start_line(f);
			put_comment(f, c);
			buf_putc(f->out, '\n');
			f->bol = true;
		} else { /* a comment inside a construct: it ends the line */
			buf_puts(f->out, "  ");
			put_comment(f, c);
			buf_putc(f->out, '\n');
			f->bol = true;
			f->cont = true;
		}
	}
}

void fmt_at(fmt_t *f, span_t sp)
{
	fmt_comments_before(f, sp.off);
}

void fmt_done(fmt_t *f, span_t sp)
{
	if (sp.off + sp.len > f->last_end) f->last_end = sp.off + sp.len;
}

void fmt_tok(fmt_t *f, const char *s)
{
	if (f->bol) start_line(f);
	else if (!f->tight) buf_putc(f->out, ' ');
	f->tight = false;
	buf_puts(f->out, s);
}

void fmt_punct(fmt_t *f, const char *s)
{
	if (f->bol) start_line(f);
	f->tight = false;
	buf_puts(f->out, s);
}

void fmt_open_paren(fmt_t *f)
{
	fmt_tok(f, "(");
	f->tight = true;
}

void fmt_newline(fmt_t *f)
{
	fmt_newline_before(f, UINT32_MAX);
}

void fmt_newline_before(fmt_t *f, uint32_t next)
{
	const comment_t *c;
	while ((c = next_comment(f)) && c->span.off >= f->last_end && c->span.off < next &&
	       !gap_has_newline(f, f->last_end, c->span.off)) {
		if (f->bol) start_line(f);
		else buf_puts(f->out, "  ");
		put_comment(f, c);
	}
	if (!f->bol) buf_putc(f->out, '\n');
	f->bol = true;
	f->cont = false;
	f->tight = false;
}

void fmt_block_open(fmt_t *f, span_t open)
{
	fmt_at(f, open);
	fmt_tok(f, "{");
	fmt_done(f, open);
	fmt_newline(f);
	f->indent += 2;
}

void fmt_block_close(fmt_t *f, span_t whole)
{
	span_t close = { whole.off + whole.len - 1, 1 };
	fmt_comments_before(f, close.off);
	f->indent -= 2;
	fmt_tok(f, "}");
	fmt_done(f, close);
	fmt_newline(f);
}
