/* parse_err.c — syntax error messages in the operator's words. */
#include <ctype.h>
#include <string.h>
#include "compiler/keywords.h"
#include "compiler/parse_err.h"
#include "compiler/suggest.h"
#include "support/buf.h"
#include "promo.tab.h"

enum { PE_MAX_LISTED = 8, PE_MAX_QUOTE = 40 };

/* Reserved words and operators are quoted; token classes ("name",
 * "number", "end of file") are not. */
static void put_token_name(buf_t *b, const char *name)
{
	bool quoted = name[0] == '\'' || name[0] == '"';
	if (!quoted && (kw_is_keyword(name) || !isalpha((unsigned char)name[0])))
		buf_printf(b, "'%s'", name);
	else
		buf_puts(b, name);
}

static void put_found(buf_t *b, parse_ctx_t *c, span_t at, bool at_eof, const char *found)
{
	bool cls = !kw_is_keyword(found) && isalpha((unsigned char)found[0]);
	if (at_eof || !cls || at.len == 0) {
		put_token_name(b, found);
		return;
	}
	/* a class of tokens: show the text too, cut short if long */
	int n = at.len > PE_MAX_QUOTE ? PE_MAX_QUOTE : (int)at.len;
	buf_printf(b, "%s '%.*s%s'", found, n, c->file->text + at.off, at.len > PE_MAX_QUOTE ? "..." : "");
}

static void put_expected(buf_t *b, const char *const *expected, size_t n)
{
	if (n == 0 || n > PE_MAX_LISTED)
		return;
	buf_puts(b, ", expected ");
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, i + 1 == n ? " or " : ", ");
		put_token_name(b, expected[i]);
	}
}

/* A misspelt reserved word: the closest of the words expected here. */
static const char *suggest(parse_ctx_t *c, span_t at, const char *const *expected, size_t n)
{
	sugg_t sg;
	sugg_init(&sg, c->file->text + at.off, at.len);
	for (size_t i = 0; i < n; i++)
		if (kw_is_keyword(expected[i]))
			sugg_offer(&sg, expected[i]);
	return sugg_result(&sg);
}

static bool expects(const char *const *expected, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(expected[i], name) == 0)
			return true;
	return false;
}

static bool is_cmp(int tok)
{
	return tok == GE || tok == LE || tok == NE || tok == EQ || tok == '<' || tok == '>';
}

/* Where a name made with define may stand, a misspelt keyword is read as
 * such a name, and bison only stumbles on the token after it ("prise 80",
 * "when custmer.vip"). Then the word is the mistake: point at it and name
 * the keyword. The token before the word tells an effect from a condition;
 * after '(' only "custmer." or "ordr >=" count, as a SKU list opens with
 * '(' too. Returns whether it reported. */
static bool misspelt_name(parse_ctx_t *c)
{
	int before = c->third_last, next = c->last_tok;
	if (c->before_last != IDENT)
		return false;
	bool effect = before == ':' || before == ARROW || before == '=';
	bool cond = before == KW_WHEN || before == KW_AND || before == KW_OR || before == KW_NOT ||
		    before == '=' || (before == '(' && (next == '.' || is_cmp(next)));
	span_t w = c->before_last_span;
	const char *kw = effect || cond ? kw_suggest_start(c->file->text + w.off, w.len, effect, cond) : NULL;
	if (!kw)
		return false;
	diag_add(c->dl, DIAG_ERROR, NULL, c->file, w, "unknown word '%.*s'; did you mean '%s'?", (int)w.len,
		 c->file->text + w.off, kw);
	return true;
}

void pe_syntax_error(parse_ctx_t *c, span_t at, bool at_eof, bool at_name, const char *found,
		     const char *const *expected, size_t n)
{
	if (c->stop || c->after_lex_error)
		return; /* a limit or a lexical error was reported; this follows from it */
	const char *s = at_name ? suggest(c, at, expected, n) : NULL;
	if (!s && misspelt_name(c))
		return;
	buf_t b;
	buf_init(&b);
	buf_puts(&b, "unexpected ");
	put_found(&b, c, at, at_eof, found);
	if (s)
		buf_printf(&b, "; did you mean '%s'?", s);
	else
		put_expected(&b, expected, n);
	if (!s && at_name && expects(expected, n, "string"))
		buf_puts(&b, " (titles and coupon codes go in double quotes)");
	diag_t *d = buf_failed(&b) ? NULL : diag_add(c->dl, DIAG_ERROR, NULL, c->file, at, "%s", b.data);
	buf_free(&b);
	/* a "did you mean" says it all; the note is for what is missing */
	if (d && !s && c->braces > 0 && c->braces <= FE_MAX_BRACES && (at_eof || expects(expected, n, "'}'"))) {
		span_t open = { c->brace_off[c->braces - 1], 1 };
		int line, col;
		src_linecol(c->file, open.off, &line, &col);
		diag_note(d, c->file, open, "to close the group opened at line %d", line);
	}
}

void pe_parser_limit(parse_ctx_t *c, span_t at, const char *why)
{
	if (c->stop)
		return;
	c->stop = true;
	diag_add(c->dl, DIAG_ERROR, NULL, c->file, at, "the program is nested too deeply for the parser (%s)", why);
}
