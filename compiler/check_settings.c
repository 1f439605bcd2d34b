/* check_settings.c — currency, timezone, rounding: known values, each
 * set at most once. */
#include <string.h>
#include "compiler/check.h"
#include "compiler/currencies.h"
#include "compiler/suggest.h"

typedef struct currency {
	const char *code;
	int decimals;
} currency_t;

#define CUR_ROW(code, dec) { #code, dec },
static const currency_t currencies[] = { PROMO_CURRENCIES(CUR_ROW) };
#undef CUR_ROW
enum { N_CURRENCIES = sizeof currencies / sizeof currencies[0] };

#define ALIAS_ROW(written, iso) { #written, #iso },
static const char *const aliases[][2] = { PROMO_CURRENCY_ALIASES(ALIAS_ROW) };
#undef ALIAS_ROW

/* The ISO code for a common non-ISO name ("RMB"), or NULL. */
static const char *alias_of(const char *written)
{
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcmp(aliases[i][0], written) == 0)
			return aliases[i][1];
	return NULL;
}

static void check_currency(chk_t *c)
{
	program_t *p = c->p;
	p->decimals = 2; /* CNY, the default */
	c->currency = "CNY";
	if (!p->has_currency)
		return;
	sugg_t sg;
	sugg_init(&sg, p->currency.s, strlen(p->currency.s));
	for (size_t i = 0; i < N_CURRENCIES; i++) {
		if (strcmp(currencies[i].code, p->currency.s) == 0) {
			p->decimals = currencies[i].decimals;
			c->currency = currencies[i].code;
			return;
		}
		sugg_offer(&sg, currencies[i].code);
	}
	const char *s = alias_of(p->currency.s);
	if (!s)
		s = sugg_result(&sg);
	chk_error(c, p->file, p->currency.span, "unknown currency '%s'%s%s%s", p->currency.s,
		  s ? ": did you mean '" : " (write an ISO 4217 code such as CNY, USD or JPY)", s ? s : "",
		  s ? "'?" : "");
}

static void check_rounding(chk_t *c)
{
	program_t *p = c->p;
	if (!p->has_rounding)
		return;
	const char *t = p->file->text + p->rounding_span.off;
	size_t n = p->rounding_span.len;
	if ((n == 7 && memcmp(t, "half-up", 7) == 0) || (n == 9 && memcmp(t, "half-even", 9) == 0))
		return;
	sugg_t sg;
	sugg_init(&sg, t, n);
	sugg_offer(&sg, "half-up");
	sugg_offer(&sg, "half-even");
	const char *s = sugg_result(&sg);
	chk_error(c, p->file, p->rounding_span, "unknown rounding mode '%.*s': %s%s%s", (int)n, t,
		  s ? "did you mean '" : "write half-up or half-even", s ? s : "", s ? "'?" : "");
}

static const char *setting_name(decl_kind_t k)
{
	return k == DECL_CURRENCY ? "currency" : k == DECL_TIMEZONE ? "timezone" : "rounding";
}

/* Each setting once: a repeat is an error pointing at the first. */
static void check_repeats(chk_t *c)
{
	const decl_t *first[DECL_ROUNDING + 1] = { 0 };
	for (size_t i = 0; i < c->p->decls.n; i++) {
		const decl_t *d = c->p->decls.items[i];
		if (d->kind > DECL_ROUNDING)
			continue;
		if (!first[d->kind]) {
			first[d->kind] = d;
			continue;
		}
		diag_t *e = chk_error(c, c->p->file, d->span, "'%s' is set twice", setting_name(d->kind));
		diag_note(e, c->p->file, first[d->kind]->span, "first set here");
	}
}

void chk_settings(chk_t *c)
{
	check_repeats(c);
	check_currency(c);
	check_rounding(c);
}
