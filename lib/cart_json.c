/* cart_json.c — a JSON cart (docs/cart.md) into a cart_t, with jansson.
 * Every error names its place: line and column for malformed JSON, the
 * field path ("lines[2].price") for everything else, because an operator
 * fixing a cart by hand needs to find the spot. Unknown fields are refused
 * everywhere, so a misspelt "qtty" is never silently ignored. */
#include <stdio.h>
#include <string.h>
#include "lib/cart_json.h"
#include "support/utf8.h"

/* An object of attributes: customer.KEY or cart.KEY. */
static bool cj_attrs(cj_t *x, const json_t *obj, bool customer)
{
	const char *key;
	json_t *v;
	if (!cj_expect(x, obj, JSON_OBJECT, "an object"))
		return false;
	json_object_foreach((json_t *)obj, key, v) {
		if (!cj_key(x, key))
			return false;
		size_t mark = cj_push_key(x, key);
		if (!cj_attr(x, customer, key, v))
			return false;
		cj_pop(x, mark);
	}
	return true;
}

/* customer: {"id": "u42", "first_order": true, "tier": "vip", ...};
 * the id is also the customer's identity, so it must be a string. */
static bool cj_customer(cj_t *x, const json_t *obj)
{
	if (!cj_attrs(x, obj, true))
		return false;
	const cart_attr_t *id = cart_attr(x->c, true, "id");
	if (!id)
		return true;
	if (id->kind != ATTR_STR) {
		cj_push_key(x, "id");
		return cj_fail(x, "must be a string, not %s",
			       cj_type_name(json_object_get(obj, "id")));
	}
	x->c->customer_id = id->str;
	return true;
}

/* cart: {"channel": "app", ...}: attributes read as cart.KEY. */
static bool cj_cart_attrs(cj_t *x, const json_t *obj)
{
	return cj_attrs(x, obj, false);
}

static bool cj_coupons(cj_t *x, const json_t *arr)
{
	size_t i;
	json_t *v;
	if (!cj_expect(x, arr, JSON_ARRAY, "an array of strings"))
		return false;
	json_array_foreach(arr, i, v) {
		size_t mark = cj_push_index(x, i);
		const char *s;
		if (!cj_string(x, v, true, &s))
			return false;
		if (cart_add_coupon(x->c, s) != 0)
			return cj_oom(x);
		cj_pop(x, mark);
	}
	return true;
}


/* Refuses any key of o not in `known` (NULL-terminated), naming it. */
static bool cj_known(cj_t *x, const json_t *o, const char *const *known, const char *list)
{
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)o, key, v) {
		size_t i = 0;
		while (known[i] && strcmp(known[i], key) != 0)
			i++;
		if (!known[i]) {
			cj_push_key(x, key);
			return cj_fail(x, "unknown field (expected %s)", list);
		}
	}
	return true;
}

/* The value of a required field, or NULL after "PATH.key: is missing". */
static json_t *cj_required(cj_t *x, const json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!v) {
		size_t mark = cj_push_key(x, key);
		cj_fail(x, "is missing");
		cj_pop(x, mark);
	}
	return v;
}

/* An optional string field; *out stays NULL when absent. */
static bool cj_opt_string(cj_t *x, const json_t *o, const char *key, const char **out)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return true;
	size_t mark = cj_push_key(x, key);
	bool ok = cj_string(x, v, true, out);
	cj_pop(x, mark);
	return ok;
}

static bool cj_field_money(cj_t *x, const json_t *v, const char *key, int64_t *out)
{
	size_t mark = cj_push_key(x, key);
	bool ok = cj_money(x, v, out);
	cj_pop(x, mark);
	return ok;
}

static const char *const line_keys[] = { "sku", "qty", "price", "category", "brand", NULL };

/* {"sku": "SKU-1001", "qty": 2, "price": "100.00", "category": ..., "brand": ...} */
static bool cj_line(cj_t *x, const json_t *o)
{
	const char *sku = NULL, *category = NULL, *brand = NULL;
	int64_t qty, price;
	json_t *vsku, *vqty, *vprice;
	if (!cj_expect(x, o, JSON_OBJECT, "an object") ||
	    !cj_known(x, o, line_keys, "sku, qty, price, category, brand"))
		return false;
	if (!(vsku = cj_required(x, o, "sku")) || !(vqty = cj_required(x, o, "qty")) ||
	    !(vprice = cj_required(x, o, "price")))
		return false;
	size_t mark = cj_push_key(x, "sku");
	bool ok = cj_string(x, vsku, true, &sku);
	cj_pop(x, mark);
	mark = cj_push_key(x, "qty");
	ok = ok && cj_count(x, vqty, 1, PROMO_MAX_QTY, &qty);
	cj_pop(x, mark);
	if (!ok || !cj_field_money(x, vprice, "price", &price) ||
	    !cj_opt_string(x, o, "category", &category) || !cj_opt_string(x, o, "brand", &brand))
		return false;
	return cart_add_line(x->c, sku, qty, price, category, brand) == 0 || cj_oom(x);
}

static bool cj_lines(cj_t *x, const json_t *arr)
{
	size_t i;
	json_t *v;
	if (!cj_expect(x, arr, JSON_ARRAY, "an array of lines"))
		return false;
	if (json_array_size(arr) > PROMO_MAX_CART_LINES)
		return cj_fail(x, "has more than %d lines (the limit, docs/limits.md)", PROMO_MAX_CART_LINES);
	json_array_foreach(arr, i, v) {
		size_t mark = cj_push_index(x, i);
		if (!cj_line(x, v))
			return false;
		cj_pop(x, mark);
	}
	return true;
}

/* state.used / state.stock (counts) or state.budget (money), by activity. */
static bool cj_state_table(cj_t *x, const json_t *o, char which)
{
	const char *name;
	json_t *v;
	if (!cj_expect(x, o, JSON_OBJECT, "an object keyed by activity name"))
		return false;
	json_object_foreach((json_t *)o, name, v) {
		if (!cj_key(x, name))
			return false;
		size_t mark = cj_push_key(x, name);
		int64_t n;
		bool ok = which == 'b' ? cj_money(x, v, &n) : cj_count(x, v, 0, INT64_MAX, &n);
		if (!ok)
			return false;
		if (cart_set_count(x->c, which, name, n) != 0)
			return cj_oom(x);
		cj_pop(x, mark);
	}
	return true;
}

static const char *const state_keys[] = { "used", "stock", "budget", NULL };

static bool cj_state(cj_t *x, const json_t *o)
{
	if (!cj_expect(x, o, JSON_OBJECT, "an object") ||
	    !cj_known(x, o, state_keys, "used, stock, budget"))
		return false;
	for (size_t i = 0; state_keys[i]; i++) {
		json_t *t = json_object_get(o, state_keys[i]);
		if (!t)
			continue;
		size_t mark = cj_push_key(x, state_keys[i]);
		if (!cj_state_table(x, t, state_keys[i][0]))
			return false;
		cj_pop(x, mark);
	}
	return true;
}

static bool cj_at(cj_t *x, const json_t *v)
{
	const char *s;
	if (!cj_string(x, v, true, &s))
		return false;
	const char *why = rfc3339_parse(s, strlen(s), &x->c->at);
	if (why)
		return cj_fail(x, "\"%s\" %s", s, why);
	x->c->has_at = true;
	return true;
}

static bool cj_currency(cj_t *x, const json_t *v)
{
	const char *s;
	if (!cj_string(x, v, true, &s))
		return false;
	return strcmp(s, x->currency) == 0 ||
	       cj_fail(x, "is %s but the program prices in %s", s, x->currency);
}

static bool cj_channel(cj_t *x, const json_t *v)
{
	return cj_attr(x, false, "channel", v);
}

static bool cj_shipping(cj_t *x, const json_t *v)
{
	return cj_money(x, v, &x->c->shipping);
}

/* One table for the top-level fields: name and reader. */
typedef struct cj_field {
	const char *key;
	bool (*read)(cj_t *x, const json_t *v);
} cj_field_t;

static const cj_field_t top_fields[] = {
	{ "at", cj_at },             { "currency", cj_currency }, { "customer", cj_customer },
	{ "coupons", cj_coupons },   { "shipping", cj_shipping }, { "channel", cj_channel },
	{ "cart", cj_cart_attrs },   { "lines", cj_lines },       { "state", cj_state },
};
#define TOP_LIST "at, currency, customer, coupons, shipping, channel, cart, lines, state"

static bool cj_top(cj_t *x, const json_t *o)
{
	const char *key;
	json_t *v;
	if (!cj_expect(x, o, JSON_OBJECT, "an object"))
		return false;
	if (!json_object_get(o, "lines"))
		return cj_required(x, o, "lines") != NULL;
	json_object_foreach((json_t *)o, key, v) {
		size_t i = 0, n = sizeof top_fields / sizeof top_fields[0];
		while (i < n && strcmp(top_fields[i].key, key) != 0)
			i++;
		size_t mark = cj_push_key(x, key);
		if (i == n)
			return cj_fail(x, "unknown field (expected " TOP_LIST ")");
		if (!top_fields[i].read(x, v))
			return false;
		cj_pop(x, mark);
	}
	return true;
}

/* Line (from 1) and column (code points, from 1) of byte off of t: for
 * messages only, so a scan from the start is fine. */
static void text_pos(const char *t, size_t off, int *line, size_t *col)
{
	size_t bol = 0;
	*line = 1;
	for (size_t i = 0; i < off; i++)
		if (t[i] == '\n')
			++*line, bol = i + 1;
	*col = utf8_count((const unsigned char *)t + bol, off - bol) + 1;
}

/* Malformed JSON: jansson's line and column, in the operator's words
 * where jansson's own are misleading (a NUL byte reads to it as the end
 * of the text; an empty file as a missing '{'). */
static void cj_syntax_error(const char *json, size_t len, const json_error_t *e,
			    char *err, size_t errlen)
{
	const char *nul = memchr(json, 0, len);
	size_t blank = 0; /* not strspn: the text need not end in a NUL */
	while (blank < len && strchr(" \t\r\n", json[blank]) && json[blank])
		blank++;
	if (!err || !errlen)
		return;
	if (nul) {
		int line;
		size_t col;
		text_pos(json, (size_t)(nul - json), &line, &col);
		snprintf(err, errlen, "line %d, column %zu: a NUL byte (a cart is JSON text)", line, col);
	} else if (blank >= len)
		snprintf(err, errlen, "the cart is empty (expected a JSON object)");
	else if (json_error_code(e) == json_error_null_character)
		snprintf(err, errlen, "line %d, column %d: \\u0000 is not allowed in a string",
			 e->line, e->column);
	else
		snprintf(err, errlen, "line %d, column %d: %s", e->line, e->column, e->text);
}

/* Significant digits of a JSON number literal's mantissa (leading zeros
 * and trailing zeros of the fraction do not count). */
static int sig_digits(const char *s, size_t n)
{
	size_t end = n, i = 0;
	for (size_t k = 0; k < n; k++)
		if (s[k] == 'e' || s[k] == 'E')
			end = k;
	if (memchr(s, '.', end))
		while (end > 0 && (s[end - 1] == '0' || s[end - 1] == '.'))
			end--;
	while (i < end && (s[i] == '-' || s[i] == '0' || s[i] == '.'))
		i++;
	int d = 0;
	for (; i < end; i++)
		d += s[i] >= '0' && s[i] <= '9';
	return d;
}

/* A number such as 0.10000000000000001 reads as the same double as 0.1,
 * so its extra decimals would pass unseen: numbers with a fraction or an
 * exponent may carry at most 15 significant digits (what a double keeps
 * exactly). Strings are skipped; jansson has checked the syntax. */
static bool cj_exact_numbers(cj_t *x, const char *t, size_t len)
{
	bool in_str = false;
	for (size_t i = 0; i < len; i++) {
		char ch = t[i];
		if (in_str) {
			i += ch == '\\';
			in_str = ch != '"';
		} else if (ch == '"') {
			in_str = true;
		} else if (ch == '-' || (ch >= '0' && ch <= '9')) {
			size_t j = i;
			bool frac = false;
			while (j < len && strchr("0123456789+-.eE", t[j]) && t[j])
				frac |= t[j] == '.' || t[j] == 'e' || t[j] == 'E', j++;
			if (frac && sig_digits(t + i, j - i) > 15) {
				int line;
				size_t col;
				text_pos(t, i, &line, &col);
				return cj_fail(x, "line %d, column %zu: the number %.*s has more digits than a JSON "
					       "number keeps exactly: write it as a string", line, col,
					       (int)(j - i > 40 ? 40 : j - i), t + i);
			}
			i = j - 1;
		}
	}
	return true;
}

promo_status cart_from_json(cart_t *c, const char *json, size_t len, int decimals,
			    const char *currency, char *err, size_t errlen)
{
	cj_t x = { .c = c, .decimals = decimals, .currency = currency, .err = err,
		   .errlen = errlen, .st = PROMO_OK };
	json_error_t e;
	cart_reset(c);
	if (len > PROMO_MAX_CART_BYTES) {
		if (err && errlen)
			snprintf(err, errlen, "the cart is %zu bytes; at most %d are allowed (docs/limits.md)",
				 len, PROMO_MAX_CART_BYTES);
		return PROMO_E_CART;
	}
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &e);
	if (!root) {
		bool oom = json_error_code(&e) == json_error_out_of_memory;
		if (oom)
			api_set_err(err, errlen, "out of memory");
		else
			cj_syntax_error(json, len, &e, err, errlen);
		return oom ? PROMO_E_NOMEM : PROMO_E_CART;
	}
	cj_top(&x, root);
	if (x.st == PROMO_OK && x.saw_real)
		cj_exact_numbers(&x, json, len);
	json_decref(root);
	if (x.st != PROMO_OK)
		cart_reset(c);
	return x.st;
}
