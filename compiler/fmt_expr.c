/* fmt_expr.c — the formatter's small pieces: names, literals, dates,
 * conditions, effects and targets, always in their ASCII spelling. */
#include "compiler/fmt.h"
#include <stdio.h>
#include <string.h>
#include "compiler/keywords.h"
#include "support/utf8.h"

/* Code points the lexer never puts in a name (the Unicode operators, the
 * gift "×", CJK and full-width punctuation). */
static bool cp_is_name(uint32_t cp)
{
	if (cp < 0x80) return false;
	if (cp == 0xD7 || cp == 0x2192 || cp == 0x2265 || cp == 0x2264 || cp == 0x2260 || cp == 0x2212)
		return false;
	return !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFFEF);
}

/* Whether s lexes as one identifier (docs/language.md), so it may be
 * written without quotes. Keywords may not. */
static bool is_bare_name(const char *s)
{
	size_t n = strlen(s), i = 0;
	if (n == 0 || kw_is_keyword(s)) return false;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp = c;
		size_t len = c < 0x80 ? 1 : utf8_decode((const unsigned char *)s + i, n - i, &cp);
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || cp_is_name(cp);
		if (i > 0 && c >= '0' && c <= '9') ok = true;
		if (i > 0 && c == '-' && i + 1 < n && (unsigned char)s[i + 1] < 0x80 &&
		    (s[i + 1] == '_' || (s[i + 1] >= '0' && s[i + 1] <= '9') ||
		     ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z')))
			ok = true;
		if (!ok || len == 0) return false;
		i += len;
	}
	return true;
}

void fmt_string(fmt_t *f, const char *s)
{
	fmt_tok(f, "\"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\') buf_putc(f->out, '\\'), buf_putc(f->out, *s);
		else if (*s == '\n') buf_puts(f->out, "\\n");
		else if (*s == '\t') buf_puts(f->out, "\\t");
		else buf_putc(f->out, *s);
	}
	buf_putc(f->out, '"');
}

void fmt_name(fmt_t *f, const name_t *n)
{
	fmt_at(f, n->span);
	if (is_bare_name(n->s)) fmt_tok(f, n->s);
	else fmt_string(f, n->s);
	fmt_done(f, n->span);
}

void fmt_ident(fmt_t *f, const name_t *n)
{
	fmt_at(f, n->span);
	fmt_tok(f, n->s);
	fmt_done(f, n->span);
}

/* digits / 10^scale, as written ("9.90"); a literal too big for int64 is
 * copied from the source, since its digits were not kept. */
static void lit_text(const fmt_t *f, const lit_t *l, char *out, size_t cap)
{
	if (l->overflow) {
		size_t n = l->span.len < cap - 1 ? l->span.len : cap - 1;
		memcpy(out, f->p->file->text + l->span.off, n);
		out[n] = '\0';
		return;
	}
	/* Digits as text, zero-padded so there is one before the point. */
	char d[300];
	int n = snprintf(d, sizeof d, "%0*lld", l->scale + 1, (long long)l->digits);
	if (n < 0 || (size_t)n + 2 > cap) { snprintf(out, cap, "0"); return; }
	size_t whole = (size_t)n - l->scale;
	memcpy(out, d, whole);
	out[whole] = '\0';
	if (l->scale) { out[whole] = '.'; memcpy(out + whole + 1, d + whole, l->scale); out[whole + 1 + l->scale] = '\0'; }
}

void fmt_lit(fmt_t *f, const lit_t *l)
{
	char s[300];
	lit_text(f, l, s, sizeof s);
	fmt_at(f, l->span);
	fmt_tok(f, s);
	fmt_done(f, l->span);
}

/* A literal glued to a prefix or suffix: "-30", "80%", "8折". */
static void lit_affix(fmt_t *f, const char *pre, const lit_t *l, const char *suf)
{
	char s[300], t[320];
	lit_text(f, l, s, sizeof s);
	snprintf(t, sizeof t, "%s%s%s", pre, s, suf);
	fmt_at(f, l->span);
	fmt_tok(f, t);
	fmt_done(f, l->span);
}

static void zone_text(int minutes, char *out, size_t cap)
{
	int m = minutes < 0 ? -minutes : minutes;
	snprintf(out, cap, "%c%02d:%02d", minutes < 0 ? '-' : '+', m / 60 % 100, m % 60);
}

void fmt_datetime(fmt_t *f, const datetime_t *t)
{
	char s[64], z[16] = "";
	if (t->has_zone) zone_text(t->zone_minutes, z, sizeof z);
	fmt_at(f, t->span);
	snprintf(s, sizeof s, "%04d-%02d-%02d", t->year % 10000, t->month % 100, t->day % 100);
	fmt_tok(f, s);
	if (t->second) snprintf(s, sizeof s, "%02d:%02d:%02d%s", t->hour % 100, t->minute % 100, t->second % 100, z);
	else snprintf(s, sizeof s, "%02d:%02d%s", t->hour % 100, t->minute % 100, z);
	fmt_tok(f, s);
	fmt_done(f, t->span);
}

void fmt_value(fmt_t *f, const value_t *v)
{
	fmt_at(f, v->span);
	if (v->kind == VAL_STR) fmt_string(f, v->str);
	else if (v->kind == VAL_NUM) fmt_lit(f, &v->num);
	else fmt_tok(f, v->b ? "true" : "false");
	fmt_done(f, v->span);
}

const char *fmt_cmp(cmp_op_t op)
{
	static const char *const names[] = { "==", "!=", "<", "<=", ">", ">=" };
	return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "==";
}

/* or < and < not < everything else; binary operators group to the left. */
static int cond_prec(const cond_t *c)
{
	return c->kind == COND_OR ? 1 : c->kind == COND_AND ? 2 : c->kind == COND_NOT ? 3 : 4;
}

static void cond_at(fmt_t *f, const cond_t *c, int min_prec);

static void cond_attr(fmt_t *f, const cond_t *c)
{
	char s[16];
	snprintf(s, sizeof s, "%s.", c->subject == SUBJ_CART ? "cart" : "customer");
	fmt_at(f, c->span);
	fmt_tok(f, s);
	f->tight = true;
	fmt_tok(f, c->attr.s); /* any word is an attribute after the dot */
	fmt_done(f, c->attr.span);
	if (c->kind == COND_ATTR_CMP) {
		fmt_tok(f, fmt_cmp(c->op));
		fmt_value(f, &c->val);
	} else if (c->kind == COND_ATTR_IN) {
		fmt_tok(f, "in");
		fmt_open_paren(f);
		for (size_t i = 0; i < c->vals.n; i++) {
			if (i) fmt_punct(f, ",");
			fmt_value(f, c->vals.items[i]);
		}
		fmt_punct(f, ")");
	}
}

static void cond_leaf(fmt_t *f, const cond_t *c)
{
	fmt_at(f, c->span);
	switch (c->kind) {
	case COND_ATTR: case COND_ATTR_CMP: case COND_ATTR_IN: cond_attr(f, c); break;
	case COND_ORDER: case COND_QTY:
		fmt_tok(f, c->kind == COND_ORDER ? "order" : "qty");
		fmt_tok(f, fmt_cmp(c->op));
		fmt_lit(f, &c->amount);
		break;
	case COND_COUPON: fmt_tok(f, "coupon"); fmt_string(f, c->code.s); fmt_done(f, c->code.span); break;
	case COND_REF: fmt_ident(f, &c->ref); break;
	default: break;
	}
}

static void cond_at(fmt_t *f, const cond_t *c, int min_prec)
{
	bool paren = cond_prec(c) < min_prec;
	if (paren) fmt_open_paren(f);
	if (c->kind == COND_OR || c->kind == COND_AND) {
		int p = cond_prec(c);
		cond_at(f, c->a, p);
		fmt_tok(f, c->kind == COND_OR ? "or" : "and");
		cond_at(f, c->b, p + 1);
	} else if (c->kind == COND_NOT) {
		fmt_at(f, c->span);
		fmt_tok(f, "not");
		cond_at(f, c->a, 3);
	} else cond_leaf(f, c);
	if (paren) fmt_punct(f, ")");
}

void fmt_cond(fmt_t *f, const cond_t *c)
{
	cond_at(f, c, 1);
}

static void effect_steps(fmt_t *f, const vec_t *steps)
{
	for (size_t i = 0; i < steps->n; i++) {
		const step_t *s = steps->items[i];
		if (i) fmt_punct(f, ",");
		fmt_lit(f, &s->at);
		fmt_tok(f, "->");
		fmt_effect(f, s->eff);
	}
}

static void effect_percent(fmt_t *f, const effect_t *e)
{
	if (e->form == PCT_ZHE) lit_affix(f, "", &e->pct, "折");
	else lit_affix(f, e->form == PCT_OFF ? "-" : "", &e->pct, "%");
}

void fmt_effect(fmt_t *f, const effect_t *e)
{
	fmt_at(f, e->span);
	switch (e->kind) {
	case EFF_PERCENT: effect_percent(f, e); break;
	case EFF_OFF: lit_affix(f, "-", &e->money, ""); break;
	case EFF_OFF_EACH: lit_affix(f, "-", &e->money, ""); fmt_tok(f, "each"); break;
	case EFF_PRICE: fmt_tok(f, "price"); fmt_lit(f, &e->money); break;
	case EFF_TIER: fmt_tok(f, "tier"); effect_steps(f, &e->steps); break;
	case EFF_SPEND: fmt_tok(f, "spend"); effect_steps(f, &e->steps); break;
	case EFF_EVERY:
		fmt_tok(f, "every"); fmt_lit(f, &e->money); fmt_tok(f, "->"); lit_affix(f, "-", &e->off, "");
		if (e->has_max) { fmt_tok(f, "max"); lit_affix(f, "-", &e->max, ""); }
		break;
	case EFF_NTH: fmt_tok(f, "nth"); fmt_lit(f, &e->count); fmt_tok(f, "->"); fmt_effect(f, e->sub); break;
	case EFF_PICK: fmt_tok(f, "pick"); fmt_lit(f, &e->count); fmt_tok(f, "for"); fmt_lit(f, &e->money); break;
	case EFF_GIFT:
		fmt_tok(f, "gift"); fmt_name(f, &e->sku);
		if (e->count.span.len > 0) { fmt_tok(f, "x"); fmt_lit(f, &e->count); }
		break;
	case EFF_ADDON: fmt_tok(f, "addon"); fmt_name(f, &e->sku); fmt_tok(f, "at"); fmt_lit(f, &e->money); break;
	case EFF_FREE: fmt_tok(f, "free"); break;
	case EFF_REF: fmt_ident(f, &e->ref); break;
	}
	fmt_done(f, e->span);
}

static void target_list(fmt_t *f, const char *kw, const vec_t *names)
{
	fmt_tok(f, kw);
	fmt_open_paren(f);
	for (size_t i = 0; i < names->n; i++) {
		if (i) fmt_punct(f, ",");
		fmt_name(f, names->items[i]);
	}
	fmt_punct(f, ")");
}

void fmt_target(fmt_t *f, const target_t *t)
{
	static const char *const kw[] = { "item", "items", "category", "brand", "combo", "order", "shipping" };
	fmt_at(f, t->span);
	if (t->kind == TGT_ITEMS || t->kind == TGT_COMBO) target_list(f, kw[t->kind], &t->names);
	else {
		fmt_tok(f, kw[t->kind]);
		if (t->names.n) fmt_name(f, t->names.items[0]);
	}
	if (t->has_cmp) { fmt_tok(f, fmt_cmp(t->op)); fmt_lit(f, &t->amount); }
	fmt_done(f, t->span);
}
