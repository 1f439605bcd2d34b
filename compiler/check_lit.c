/* check_lit.c — literals to exact integers: money in minor units of the
 * program's currency, counts, and percentages as pay rates in parts per
 * million (RATE_ONE = pay everything). No floating point anywhere. */
#include "compiler/check.h"
#include "support/money.h"

static const char *text_of(const src_file_t *f, const lit_t *l, int *n)
{
	*n = (int)l->span.len;
	return f->text + l->span.off;
}

/* digits * 10^(want - scale); false on overflow. scale <= want. */
static bool scale_up(int64_t digits, int scale, int want, int64_t *out)
{
	int64_t v = digits;
	for (int i = scale; i < want; i++)
		if (!money_mul(v, 10, &v))
			return false;
	*out = v;
	return true;
}

static bool too_big(chk_t *c, const src_file_t *f, lit_t *l, const char *what)
{
	int n;
	const char *t = text_of(f, l, &n);
	chk_error(c, f, l->span, "%s '%.*s' is too large", what, n, t);
	return false;
}

bool chk_money(chk_t *c, const src_file_t *f, lit_t *l, const char *what)
{
	int dec = c->p->decimals, n;
	if (l->overflow)
		return too_big(c, f, l, what);
	if (l->scale > dec) {
		const char *t = text_of(f, l, &n);
		chk_error(c, f, l->span, "%s '%.*s' has more decimals than %s allows (%d)", what, n, t,
			  c->currency, dec);
		return false;
	}
	if (!scale_up(l->digits, l->scale, dec, &l->minor))
		return too_big(c, f, l, what);
	return true;
}

bool chk_count(chk_t *c, const src_file_t *f, lit_t *l, const char *what)
{
	int n;
	const char *t = text_of(f, l, &n);
	if (l->overflow)
		return too_big(c, f, l, what);
	if (l->scale > 0 || l->digits < 1) {
		chk_error(c, f, l->span, "%s must be a whole number of at least 1, not '%.*s'", what, n, t);
		return false;
	}
	l->minor = l->digits;
	return true;
}

/* P% -> P * 10,000 ppm; N折 -> N * 100,000 ppm. */
static bool rate_of(chk_t *c, const src_file_t *f, effect_t *e, int ppm_digits, int64_t *ppm)
{
	int n;
	const char *t = text_of(f, &e->pct, &n);
	if (e->pct.overflow || e->pct.scale > ppm_digits || !scale_up(e->pct.digits, e->pct.scale, ppm_digits, ppm)) {
		chk_error(c, f, e->pct.span, "percentage '%.*s' is too precise or too large", n, t);
		return false;
	}
	return true;
}

bool chk_percent(chk_t *c, const src_file_t *f, effect_t *e)
{
	int64_t ppm;
	int n;
	const char *t = text_of(f, &e->pct, &n);
	if (e->form == PCT_ZHE) {
		if (!rate_of(c, f, e, 5, &ppm))
			return false;
		if (ppm <= 0 || ppm > RATE_ONE) {
			chk_error(c, f, e->span, "'%.*s' is out of range: N折 means pay N tenths, so N runs from above 0 up to 10", n, t);
			return false;
		}
		e->pct.minor = ppm;
		return true;
	}
	if (!rate_of(c, f, e, 4, &ppm))
		return false;
	if (ppm > RATE_ONE) {
		chk_error(c, f, e->span, "percentage %s%.*s%% is outside 0 to 100", e->form == PCT_OFF ? "-" : "", n, t);
		return false;
	}
	e->pct.minor = e->form == PCT_OFF ? RATE_ONE - ppm : ppm;
	return true;
}
