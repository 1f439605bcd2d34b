/* result_json.c — a priced cart as the JSON `promo price` prints and
 * promo_result_json returns (docs/cart.md). Money goes out as decimal
 * strings ("80.00") so no reader ever rounds it through a double. Lists are
 * always present, empty or not, so consumers need no existence checks. */
#include <string.h>
#include "lib/api.h"
#include "support/money.h"

typedef struct rj {
	const result_t *r;
	const vm_program_t *p;
	buf_t *out;
} rj_t;

/* "key": — appended piece by piece: printf's format parsing was a third
 * of `promo price --jsonl`'s time. */
static void rj_key(rj_t *x, const char *key)
{
	buf_putc(x->out, '"');
	buf_puts(x->out, key);
	buf_put(x->out, "\":", 2);
}

static void rj_money(rj_t *x, const char *key, int64_t v)
{
	char s[24];
	money_format(v, vm_decimals(x->p), s);
	rj_key(x, key);
	buf_putc(x->out, '"');
	buf_puts(x->out, s);
	buf_putc(x->out, '"');
}

static void rj_int(rj_t *x, const char *key, int64_t v)
{
	char s[24];
	money_format(v, 0, s); /* an integer is money without decimals */
	rj_key(x, key);
	buf_puts(x->out, s);
}

static void rj_str(rj_t *x, const char *key, const char *s)
{
	rj_key(x, key);
	buf_put_json_str(x->out, s, strlen(s));
}

static void rj_act(rj_t *x, uint32_t act)
{
	rj_str(x, "activity", vm_activity_name(x->p, act));
}

static void rj_shares(rj_t *x, const res_line_t *l)
{
	buf_puts(x->out, ",\"activities\":[");
	for (uint32_t j = 0; j < l->nshares; j++) {
		const res_share_t *s = &x->r->shares[l->first_share + j];
		buf_puts(x->out, j ? ",{" : "{");
		rj_act(x, s->act);
		buf_putc(x->out, ',');
		rj_money(x, "share", s->amount);
		buf_putc(x->out, '}');
	}
	buf_putc(x->out, ']');
}

static void rj_line(rj_t *x, const res_line_t *l)
{
	buf_putc(x->out, '{');
	rj_str(x, "sku", l->sku);
	buf_putc(x->out, ',');
	rj_int(x, "qty", l->qty);
	buf_putc(x->out, ',');
	rj_money(x, "price", l->price);
	buf_putc(x->out, ',');
	rj_money(x, "amount", l->amount);
	buf_putc(x->out, ',');
	rj_money(x, "discount", l->discount);
	buf_putc(x->out, ',');
	rj_money(x, "total", l->total);
	if (l->gift)
		buf_puts(x->out, ",\"gift\":true");
	if (l->addon)
		buf_puts(x->out, ",\"addon\":true");
	rj_shares(x, l);
	buf_putc(x->out, '}');
}

static void rj_applied(rj_t *x, const res_applied_t *a)
{
	const char *title = vm_activity_title(x->p, a->act);
	buf_putc(x->out, '{');
	rj_act(x, a->act);
	if (title) {
		buf_putc(x->out, ',');
		rj_str(x, "title", title);
	}
	buf_putc(x->out, ',');
	rj_money(x, "discount", a->discount);
	buf_putc(x->out, '}');
}

static void rj_gift(rj_t *x, const res_gift_t *g)
{
	buf_putc(x->out, '{');
	rj_act(x, g->act);
	buf_putc(x->out, ',');
	rj_str(x, "sku", g->sku);
	buf_putc(x->out, ',');
	rj_int(x, "qty", g->qty);
	buf_putc(x->out, '}');
}

static void rj_offer(rj_t *x, const res_offer_t *o)
{
	buf_putc(x->out, '{');
	rj_act(x, o->act);
	buf_putc(x->out, ',');
	rj_str(x, "sku", o->sku);
	buf_putc(x->out, ',');
	rj_money(x, "price", o->price);
	buf_putc(x->out, '}');
}

static void rj_hint(rj_t *x, const res_hint_t *h)
{
	char s[24];
	money_format(h->missing, vm_decimals(x->p), s);
	buf_putc(x->out, '{');
	rj_act(x, h->act);
	buf_putc(x->out, ',');
	rj_money(x, "missing", h->missing);
	buf_putc(x->out, ',');
	rj_key(x, "text");
	const char *name = vm_activity_name(x->p, h->act);
	buf_puts(x->out, "\"spend "); /* "spend 20.00 more for big_order" */
	buf_puts(x->out, s);
	buf_puts(x->out, " more for ");
	buf_put_json_chars(x->out, name, strlen(name));
	buf_putc(x->out, '"');
	buf_putc(x->out, '}');
}

static void rj_skip(rj_t *x, const res_skip_t *k)
{
	buf_putc(x->out, '{');
	rj_act(x, k->act);
	buf_putc(x->out, ',');
	rj_str(x, "reason", reason_code(k->reason));
	if (k->by != UINT32_MAX) {
		buf_putc(x->out, ',');
		rj_str(x, "by", vm_activity_name(x->p, k->by));
	}
	buf_putc(x->out, '}');
}

/* ,"key":[item,item,...] for one of the result's arrays. */
#define RJ_LIST(x, key, arr, n, fn)                       \
	do {                                              \
		buf_puts((x)->out, ",\"" key "\":[");     \
		for (size_t i_ = 0; i_ < (n); i_++) {     \
			if (i_)                           \
				buf_putc((x)->out, ',');  \
			fn((x), &(arr)[i_]);              \
		}                                         \
		buf_putc((x)->out, ']');                  \
	} while (0)

void result_to_json(const result_t *r, const vm_program_t *p, buf_t *out)
{
	rj_t x = { r, p, out };
	buf_putc(out, '{');
	rj_str(&x, "currency", vm_currency(p));
	buf_putc(out, ',');
	rj_money(&x, "subtotal", r->subtotal);
	buf_putc(out, ',');
	rj_money(&x, "discount", r->discount);
	buf_putc(out, ',');
	rj_money(&x, "shipping", r->shipping);
	buf_putc(out, ',');
	rj_money(&x, "shipping_discount", r->shipping_discount);
	buf_putc(out, ',');
	rj_money(&x, "total", r->total);
	RJ_LIST(&x, "lines", r->lines, r->n_lines, rj_line);
	RJ_LIST(&x, "applied", r->applied, r->n_applied, rj_applied);
	RJ_LIST(&x, "gifts", r->gifts, r->n_gifts, rj_gift);
	RJ_LIST(&x, "offers", r->offers, r->n_offers, rj_offer);
	RJ_LIST(&x, "hints", r->hints, r->n_hints, rj_hint);
	RJ_LIST(&x, "not_applied", r->skipped, r->n_skipped, rj_skip);
	buf_putc(out, '}');
}
