/* api_result.c — pricing into a reusable result, and reading it back.
 * Nothing here allocates on the pricing path: the result's arrays and the
 * trace buffer keep their memory from one cart to the next. */
#include <stdio.h>
#include <time.h>
#include "lib/api.h"
#include "support/alloc.h"
#include "support/money.h"

PROMO_API promo_status promo_result_new(promo_result **out)
{
	if (!out)
		return PROMO_E_NULL;
	promo_result *r = px_malloc(sizeof *r);
	*out = r;
	if (!r)
		return PROMO_E_NOMEM;
	r->magic = API_MAGIC_RESULT;
	result_init(&r->res);
	buf_init(&r->trace);
	r->prog = NULL;
	r->priced = false;
	r->explain = false;
	return PROMO_OK;
}

PROMO_API void promo_result_free(promo_result *r)
{
	if (api_check_result(r) != PROMO_OK)
		return;
	r->res.trace = NULL;
	result_free(&r->res);
	buf_free(&r->trace);
	r->magic = API_MAGIC_DEAD;
	px_free(r);
}

PROMO_API promo_status promo_result_set_explain(promo_result *r, int on)
{
	promo_status st = api_check_result(r);
	if (st == PROMO_OK && on != 0 && on != 1)
		st = PROMO_E_ARG;
	if (st == PROMO_OK)
		r->explain = on;
	return st;
}

/* Records a failure that happened before the VM ran. */
static promo_status refuse(promo_result *r, promo_status st, const char *what)
{
	r->res.status = st;
	snprintf(r->res.error, sizeof r->res.error, "%s: %s", what, promo_strerror(st));
	return st;
}

PROMO_API promo_status promo_price(const promo_program *p, const promo_cart *c, promo_result *r)
{
	promo_status st = api_check_result(r);
	if (st != PROMO_OK)
		return st;
	r->priced = false;
	if ((st = api_check_program(p)) != PROMO_OK)
		return refuse(r, st, "program");
	if ((st = api_check_cart(c)) != PROMO_OK)
		return refuse(r, st, "cart");
	cart_t cart = c->cart; /* a shallow copy, so an unset time can default */
	if (!cart.has_at) {
		cart.at = (int64_t)time(NULL);
		cart.has_at = true;
	}
	result_reset(&r->res);
	buf_reset(&r->trace);
	r->res.trace = r->explain ? &r->trace : NULL;
	r->prog = p->vm;
	st = (promo_status)vm_price(p->vm, &cart, &r->res, r->explain);
	if (st == PROMO_OK && r->explain && buf_failed(&r->trace))
		st = refuse(r, PROMO_E_NOMEM, "explain");
	r->priced = st == PROMO_OK;
	return st;
}

PROMO_API const char *promo_result_error(const promo_result *r)
{
	if (api_check_result(r) != PROMO_OK)
		return "not a promo_result";
	return r->res.status != PROMO_OK ? r->res.error : "";
}

PROMO_API promo_status promo_result_explain(const promo_result *r, const char **text)
{
	promo_status st = text ? api_check_result(r) : PROMO_E_NULL;
	if (st == PROMO_OK)
		*text = r->trace.data && !r->trace.failed ? r->trace.data : "";
	return st;
}

PROMO_API promo_status promo_result_totals(const promo_result *r, promo_totals *out)
{
	promo_status st = out ? api_check_priced(r) : PROMO_E_NULL;
	if (st != PROMO_OK)
		return st;
	const result_t *s = &r->res;
	*out = (promo_totals){ vm_currency(r->prog), vm_decimals(r->prog), s->subtotal,
			       s->discount, s->shipping, s->shipping_discount, s->total };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_count(const promo_result *r, promo_list which, size_t *n)
{
	promo_status st = n ? api_check_priced(r) : PROMO_E_NULL;
	if (st != PROMO_OK)
		return st;
	const result_t *s = &r->res;
	switch (which) {
	case PROMO_LINES: *n = s->n_lines; return PROMO_OK;
	case PROMO_APPLIED: *n = s->n_applied; return PROMO_OK;
	case PROMO_GIFTS: *n = s->n_gifts; return PROMO_OK;
	case PROMO_OFFERS: *n = s->n_offers; return PROMO_OK;
	case PROMO_HINTS: *n = s->n_hints; return PROMO_OK;
	case PROMO_NOT_APPLIED: *n = s->n_skipped; return PROMO_OK;
	}
	return PROMO_E_ARG;
}

/* Common start of the indexed accessors: out given, r priced, i < n. */
static promo_status check_index(const promo_result *r, const void *out, size_t i, size_t n)
{
	promo_status st = out ? api_check_priced(r) : PROMO_E_NULL;
	if (st == PROMO_OK && i >= n)
		st = PROMO_E_NOTFOUND;
	return st;
}

/* The count of list `field` in r, or 0 for a handle that is not a result. */
#define COUNT(r, field) (api_check_result(r) == PROMO_OK ? (r)->res.n_##field : 0)

static const char *act_name(const promo_result *r, uint32_t act)
{
	return act == UINT32_MAX ? NULL : vm_activity_name(r->prog, act);
}

PROMO_API promo_status promo_result_line(const promo_result *r, size_t i, promo_line *out)
{
	promo_status st = check_index(r, out, i, COUNT(r, lines));
	if (st != PROMO_OK)
		return st;
	const res_line_t *l = &r->res.lines[i];
	*out = (promo_line){ l->sku, l->input == UINT32_MAX ? (size_t)-1 : l->input, l->qty,
			     l->price, l->amount, l->discount, l->total, l->nshares, l->gift,
			     l->addon };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_share(const promo_result *r, size_t line, size_t j,
					  promo_share *out)
{
	promo_status st = check_index(r, out, line, COUNT(r, lines));
	if (st != PROMO_OK)
		return st;
	const res_line_t *l = &r->res.lines[line];
	if (j >= l->nshares)
		return PROMO_E_NOTFOUND;
	const res_share_t *s = &r->res.shares[l->first_share + j];
	*out = (promo_share){ act_name(r, s->act), s->amount };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_applied(const promo_result *r, size_t i, promo_applied *out)
{
	promo_status st = check_index(r, out, i, COUNT(r, applied));
	if (st != PROMO_OK)
		return st;
	const res_applied_t *a = &r->res.applied[i];
	*out = (promo_applied){ act_name(r, a->act), vm_activity_title(r->prog, a->act),
				a->discount };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_gift(const promo_result *r, size_t i, promo_gift *out)
{
	promo_status st = check_index(r, out, i, COUNT(r, gifts));
	if (st != PROMO_OK)
		return st;
	const res_gift_t *g = &r->res.gifts[i];
	*out = (promo_gift){ act_name(r, g->act), g->sku, g->qty };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_offer(const promo_result *r, size_t i, promo_offer *out)
{
	promo_status st = check_index(r, out, i, COUNT(r, offers));
	if (st != PROMO_OK)
		return st;
	const res_offer_t *o = &r->res.offers[i];
	*out = (promo_offer){ act_name(r, o->act), o->sku, o->price };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_hint(const promo_result *r, size_t i, promo_hint *out)
{
	promo_status st = check_index(r, out, i, COUNT(r, hints));
	if (st != PROMO_OK)
		return st;
	const res_hint_t *h = &r->res.hints[i];
	*out = (promo_hint){ act_name(r, h->act), h->missing };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_not_applied(const promo_result *r, size_t i,
						promo_not_applied *out)
{
	promo_status st = check_index(r, out, i, COUNT(r, skipped));
	if (st != PROMO_OK)
		return st;
	const res_skip_t *k = &r->res.skipped[i];
	*out = (promo_not_applied){ act_name(r, k->act), reason_code(k->reason),
				    reason_text(k->reason), act_name(r, k->by) };
	return PROMO_OK;
}

PROMO_API promo_status promo_result_json(const promo_result *r, char **out)
{
	promo_status st = out ? api_check_priced(r) : PROMO_E_NULL;
	if (st != PROMO_OK)
		return st;
	buf_t b;
	buf_init(&b);
	result_to_json(&r->res, r->prog, &b);
	*out = buf_take(&b);
	return *out ? PROMO_OK : PROMO_E_NOMEM;
}

PROMO_API promo_status promo_money_format(int64_t minor, int decimals, char buf[24])
{
	if (!buf)
		return PROMO_E_NULL;
	if (decimals < 0 || decimals > 18)
		return PROMO_E_ARG;
	money_format(minor, decimals, buf);
	return PROMO_OK;
}
