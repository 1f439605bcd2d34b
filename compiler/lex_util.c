/* lex_util.c — token values and lexical errors (see lex_util.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/ast_new.h"
#include "compiler/keywords.h"
#include "compiler/lex_util.h"
#include "support/alloc.h"
#include "support/utf8.h"
#include "promo.tab.h"

int lex_note_token(parse_ctx_t *c, int tok, span_t sp)
{
	if (c->stop)
		return 0;
	c->after_lex_error = c->quiet > 0;
	if (c->quiet > 0)
		c->quiet--;
	c->third_last = c->before_last;
	c->before_last = c->last_tok;
	c->last_tok = tok;
	c->before_last_span = c->last_span;
	c->last_span = sp;
	if (tok == KW_TEST)
		c->in_test = true;
	else if (tok == '}')
		c->in_test = false; /* test blocks hold no braces */
	return tok;
}

static const char *dup_text(parse_ctx_t *c, const char *s, size_t n)
{
	const char *d = arena_strndup(c->arena, s, n);
	if (!d) {
		c->prog->oom = true;
		c->stop = true;
		return "";
	}
	return d;
}

/* Names and strings are held to LIM_STRING_BYTES, the same bound a
 * cart's SKUs and codes have, so whatever a program names a cart can hold. */
static void check_len(parse_ctx_t *c, size_t n, span_t sp, const char *what)
{
	if (n > LIM_STRING_BYTES)
		pctx_error(c, sp, "%s is %zu bytes long; at most %d are allowed (docs/limits.md)", what, n,
			   LIM_STRING_BYTES);
}

/* After "customer." or "cart." any word is an attribute name, even a
 * reserved one (customer.first, cart.items). */
int lex_word(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out)
{
	bool attr = c->last_tok == '.' && (c->before_last == KW_CUSTOMER || c->before_last == KW_CART);
	/* In a test block, "customer tier \"vip\", first_order": after
	 * customer, cart or a comma any word is an attribute name. */
	if (c->in_test)
		attr = attr || c->last_tok == KW_CUSTOMER || c->last_tok == KW_CART || c->last_tok == ',';
	int kw = attr ? 0 : c->in_test && kw_lookup_test(s, n) ? kw_lookup_test(s, n) : kw_lookup(s, n);
	if (kw)
		return kw;
	if (n == 1 && s[0] == 'x' && (c->before_last == KW_GIFT || (c->in_test && c->before_last == KW_LINE)))
		return KW_X;
	check_len(c, n, sp, "this name");
	out->s = dup_text(c, s, n);
	out->span = sp;
	return IDENT;
}

/* digits / 10^scale, exactly; too big for int64 sets the overflow flag
 * and the checker reports it where a value is needed. */
void lex_number(parse_ctx_t *c, const char *s, size_t n, span_t sp, lit_t *out)
{
	(void)c;
	memset(out, 0, sizeof *out);
	out->span = sp;
	bool frac = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.') {
			frac = true;
			continue;
		}
		if (__builtin_mul_overflow(out->digits, 10, &out->digits) ||
		    __builtin_add_overflow(out->digits, s[i] - '0', &out->digits))
			out->overflow = true;
		if (frac && out->scale < 255)
			out->scale++;
	}
	if (out->overflow)
		out->digits = 0;
}

void lex_spaced_zhe(parse_ctx_t *c, const char *s, size_t n, span_t sp, lit_t *out)
{
	size_t digits = strcspn(s, " \t");
	pctx_error(c, sp, "write '%.*s折' without a space", (int)digits, s);
	lex_number(c, s, digits, sp, out);
	(void)n;
}

static int two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* The sign of a zone offset: '+', '-' or '−' (U+2212, as in the rest of
 * the language); *t is moved past it. */
static int zone_sign(const char **t)
{
	if (**t == '+' || **t == '-')
		return *(*t)++ == '-' ? -1 : 1;
	*t += 3; /* the pattern allows nothing else: U+2212 */
	return -1;
}

/* "YYYY-MM-DD[ HH:MM[:SS]][Z|+HH:MM]": the pattern guarantees the digits;
 * whether the date exists is the checker's question. */
void lex_datetime(parse_ctx_t *c, const char *s, span_t sp, datetime_t *out)
{
	(void)c;
	memset(out, 0, sizeof *out);
	out->span = sp;
	out->year = two(s) * 100 + two(s + 2);
	out->month = two(s + 5);
	out->day = two(s + 8);
	const char *t = s + 10;
	while (*t == ' ' || *t == '\t' || *t == 'T')
		t++;
	if (!*t)
		return;
	out->hour = two(t);
	out->minute = two(t + 3);
	t += 5;
	if (*t == ':') {
		out->second = two(t + 1);
		t += 3;
	}
	if (*t == 'Z') {
		out->has_zone = true;
	} else if (*t) {
		out->has_zone = true;
		int sign = zone_sign(&t), mm = two(t + 3);
		/* minutes past 59 make the offset out of range for the checker */
		out->zone_minutes = sign * (two(t) * 60 + (mm > 59 ? 24 * 60 : mm));
	}
}

void lex_bad_date(parse_ctx_t *c, const char *s, span_t sp, datetime_t *out)
{
	memset(out, 0, sizeof *out);
	out->span = sp;
	out->year = LEX_BAD_YEAR;
	if (strpbrk(s, " \t"))
		pctx_error(c, sp, "malformed date '%s': write YYYY-MM-DD HH:MM, e.g. 2026-11-11 08:00", s);
	else
		pctx_error(c, sp, "malformed date '%s': write dates as YYYY-MM-DD, e.g. 2026-11-11", s);
}

/* "+8:00", "+8", "-8:00": read as meant (one message, no cascade). */
int lex_bad_zone(parse_ctx_t *c, const char *s, span_t sp)
{
	pctx_error(c, sp, "time zone '%s': write it as +HH:MM, e.g. +08:00", s);
	const char *t = s, *colon = strchr(s, ':');
	int sign = zone_sign(&t), h = atoi(t), m = colon ? atoi(colon + 1) : 0;
	return sign * (h * 60 + m);
}

int lex_zone(parse_ctx_t *c, const char *s, span_t sp)
{
	const char *t = s;
	int sign = zone_sign(&t), h = two(t), m = two(t + 3);
	if (h > 14 || m > 59)
		pctx_error(c, sp, "time zone '%s' out of range: offsets run from -14:00 to +14:00", s);
	return sign * (h * 60 + m);
}

/* Unescapes \" \\ \n \t; any other escape is reported where it stands. */
static const char *unescape(parse_ctx_t *c, const char *s, size_t n, uint32_t off)
{
	char *d = arena_alloc(c->arena, n + 1);
	if (!d) {
		c->prog->oom = true;
		c->stop = true;
		return "";
	}
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			d[j++] = s[i];
			continue;
		}
		char e = s[++i];
		if (e == 'n') d[j++] = '\n';
		else if (e == 't') d[j++] = '\t';
		else if (e == '"' || e == '\\') d[j++] = e;
		else {
			span_t sp = { off + (uint32_t)i - 1, 2 };
			pctx_error(c, sp, "unknown escape '\\%c' in string: use \\\" \\\\ \\n or \\t", e);
			d[j++] = e;
		}
	}
	d[j] = 0;
	return d;
}

void lex_string(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out)
{
	check_len(c, n - 2, sp, "this string");
	out->span = sp;
	out->s = unescape(c, s + 1, n - 2, sp.off + 1);
}

void lex_unclosed_string(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out)
{
	pctx_error(c, sp, "string not closed: add '\"' before the end of the line");
	c->quiet = 2; /* the string swallowed the line: the next token is out of place too */
	out->span = sp;
	out->s = unescape(c, s + 1, n - 1, sp.off + 1);
}

/* “vip” typed by a Chinese input method: one message, read as "vip". */
void lex_curly_string(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out)
{
	span_t open = { sp.off, 3 };
	pctx_error(c, open, "curly quote '%.3s' — did you mean '\"'?", s);
	check_len(c, n - 6, sp, "this string");
	out->span = sp;
	out->s = dup_text(c, s + 3, n - 6);
}

/* 'title': single quotes are not string quotes; one message, read as
 * the string meant. */
void lex_single_quoted(parse_ctx_t *c, const char *s, size_t n, span_t sp, name_t *out)
{
	pctx_error(c, sp, "single quotes: write \"%.*s\" in double quotes", (int)(n - 2), s + 1);
	check_len(c, n - 2, sp, "this string");
	out->span = sp;
	out->s = dup_text(c, s + 1, n - 2);
}

void lex_comment(parse_ctx_t *c, span_t sp)
{
	ast_comment(c->prog, sp);
}

int lex_open_paren(parse_ctx_t *c, span_t sp)
{
	if (++c->parens > FE_MAX_DEPTH) {
		pctx_error(c, sp, "parentheses nested deeper than %d levels", FE_MAX_DEPTH);
		c->stop = true;
	}
	return '(';
}

void lex_open_brace(parse_ctx_t *c, span_t sp)
{
	if (c->braces >= FE_MAX_DEPTH) {
		pctx_error(c, sp, "groups nested deeper than %d levels", FE_MAX_DEPTH);
		c->stop = true;
	}
	if (c->braces < FE_MAX_BRACES)
		c->brace_off[c->braces] = sp.off;
	c->braces++;
}

/* The ASCII a full-width or CJK punctuation mark stands for, or 0. */
static char fullwidth_ascii(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return (char)(cp - 0xFEE0);
	switch (cp) {
	case 0x3000: return ' ';
	case 0x3001: return ',';
	case 0x3002: return '.';
	case 0x2018: case 0x2019: return '\'';
	case 0x201C: case 0x201D: return '"';
	default: return 0;
	}
}

/* The token for a one-character ASCII mark, keeping the nesting counts. */
static int ascii_token(parse_ctx_t *c, char a, span_t sp)
{
	switch (a) {
	case '(': return lex_open_paren(c, sp);
	case ')': if (c->parens > 0) c->parens--; return a;
	case '{': lex_open_brace(c, sp); return a;
	case '}': if (c->braces > 0) c->braces--; return a;
	case '-': return MINUS;
	case ':': case ',': case '=': case '.': case '%': case '<': case '>': return a;
	default: return 0;
	}
}

/* Returns the token the mark stands for, so parsing goes on as if the
 * operator had typed the ASCII one: one message, not a cascade. */
int lex_fullwidth(parse_ctx_t *c, const char *s, span_t sp)
{
	uint32_t cp = 0;
	utf8_decode((const unsigned char *)s, sp.len, &cp);
	char a = fullwidth_ascii(cp);
	if (cp == 0x3000) {
		pctx_error(c, sp, "full-width space — use an ordinary space");
		return 0;
	}
	if (!a) {
		pctx_error(c, sp, "full-width punctuation '%.*s' is not part of the language", (int)sp.len, s);
		return 0;
	}
	bool curly = cp >= 0x2018 && cp <= 0x201F;
	pctx_error(c, sp, "%s '%.*s' — did you mean '%c'?", curly ? "curly quote" : "full-width",
		   (int)sp.len, s, a);
	return ascii_token(c, a, sp);
}

/* Bytes that start no token. Invalid UTF-8 and NUL were reported before
 * lexing, so only printable strays are reported here. */
void lex_stray(parse_ctx_t *c, const char *s, span_t sp)
{
	unsigned char b = (unsigned char)s[0];
	if (b == 0 || b >= 0x80) {
		c->quiet = 1; /* reported by the byte scan */
		return;
	}
	if (b < 0x20 || b == 0x7F)
		pctx_error(c, sp, "control character 0x%02X in the program", b);
	else
		pctx_error(c, sp, "unexpected character '%c'", b);
}

span_t lex_eof_span(parse_ctx_t *c)
{
	uint32_t e = c->pos;
	const char *t = c->file->text;
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r'))
		e--;
	span_t sp = { e, 0 };
	return sp;
}

void lex_track(parse_ctx_t *c, void *old, void *new_block)
{
	for (int i = 0; i < FE_FLEX_BLOCKS; i++) {
		if (c->flex_blocks[i] == old) {
			c->flex_blocks[i] = new_block;
			return;
		}
	}
}

void lex_release_all(parse_ctx_t *c)
{
	for (int i = 0; i < FE_FLEX_BLOCKS; i++) {
		px_free(c->flex_blocks[i]);
		c->flex_blocks[i] = NULL;
	}
}
