/* ast_doc.c — "##" comments directly above a define become its doc, the
 * way the prelude documents itself (promo doc, editors' hover text). */
#include <string.h>
#include "compiler/ast_util.h"
#include "support/buf.h"

/* True when text[from..to) is blank and holds exactly one line break:
 * the comment sits on the line just above. */
static bool just_above(const char *text, uint32_t from, uint32_t to)
{
	int breaks = 0;
	for (uint32_t i = from; i < to; i++) {
		if (text[i] == '\n')
			breaks++;
		else if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
			return false;
	}
	return breaks == 1;
}

static bool is_doc(const char *text, const comment_t *c)
{
	return c->span.len >= 2 && text[c->span.off + 1] == '#';
}

const char *ast_doc_above(program_t *p, uint32_t off)
{
	const char *text = p->file->text;
	size_t n = p->comments.n, first = n;
	uint32_t below = off;
	while (first > 0) {
		const comment_t *c = p->comments.items[first - 1];
		if (!is_doc(text, c) || !just_above(text, c->span.off + c->span.len, below))
			break;
		below = c->span.off;
		first--;
	}
	if (first == n)
		return NULL;
	buf_t b;
	buf_init(&b);
	for (size_t i = first; i < n; i++) {
		const comment_t *c = p->comments.items[i];
		uint32_t s = c->span.off + 2, e = c->span.off + c->span.len;
		if (s < e && text[s] == ' ')
			s++;
		if (i > first)
			buf_putc(&b, '\n');
		buf_put(&b, text + s, e - s);
	}
	const char *doc = buf_failed(&b) ? NULL : arena_strndup(p->arena, b.data, b.len);
	buf_free(&b);
	if (!doc)
		p->oom = true;
	return doc;
}
