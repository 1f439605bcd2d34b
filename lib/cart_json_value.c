/* cart_json_value.c — reading one JSON value of a cart: money, counts,
 * strings, attributes. No double ever takes part in arithmetic: a JSON
 * number with a fraction is re-read as the decimal text it was written as
 * (real_text), then parsed like a string. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/cart_json.h"
#include "support/money.h"

/* Records "PATH: message" once; later failures keep the first. */
bool cj_fail(cj_t *x, const char *fmt, ...)
{
	if (x->st != PROMO_OK)
		return false;
	x->st = PROMO_E_CART;
	char msg[200];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (x->err && x->errlen)
		snprintf(x->err, x->errlen, "%s: %s", x->path[0] ? x->path : "cart", msg);
	return false;
}

bool cj_oom(cj_t *x)
{
	if (x->st == PROMO_OK)
		x->st = PROMO_E_NOMEM;
	api_set_err(x->err, x->errlen, "out of memory");
	return false;
}

size_t cj_push_key(cj_t *x, const char *key)
{
	size_t n = strlen(x->path);
	snprintf(x->path + n, sizeof x->path - n, n ? ".%s" : "%s", key);
	return n;
}

size_t cj_push_index(cj_t *x, size_t i)
{
	size_t n = strlen(x->path);
	snprintf(x->path + n, sizeof x->path - n, "[%zu]", i);
	return n;
}

void cj_pop(cj_t *x, size_t n)
{
	x->path[n] = '\0';
}

const char *cj_type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: return "a whole number";
	case JSON_REAL: return "a number with a fraction";
	case JSON_TRUE: case JSON_FALSE: return "true/false";
	default: return "null";
	}
}

/* A string field: valid UTF-8 (jansson checked), no NUL, maybe non-empty. */
bool cj_string(cj_t *x, const json_t *v, bool nonempty, const char **out)
{
	if (!json_is_string(v))
		return cj_fail(x, "must be a string, not %s", cj_type_name(v));
	size_t n = json_string_length(v);
	const char *s = json_string_value(v);
	if (memchr(s, '\0', n))
		return cj_fail(x, "must not contain a NUL character");
	if (nonempty && n == 0)
		return cj_fail(x, "must not be empty");
	if (n > PROMO_MAX_STRING_BYTES)
		return cj_fail(x, "is %zu bytes long; at most %d are allowed (docs/limits.md)", n,
			       PROMO_MAX_STRING_BYTES);
	*out = s;
	return true;
}

/* An object key that names something (an attribute, an activity): held to
 * the same length limit as string values. Checked before the key joins the
 * path, so the message shows where it stands, not the key itself. */
bool cj_key(cj_t *x, const char *key)
{
	size_t n = strlen(key);
	return n <= PROMO_MAX_STRING_BYTES ||
	       cj_fail(x, "a key of %zu bytes; at most %d are allowed (docs/limits.md)", n,
		       PROMO_MAX_STRING_BYTES);
}

/* "%.15g" of a double: with at most 15 significant digits (DBL_DIG) the
 * decimal the writer meant comes back exactly. Refused when it would not
 * (more digits than a double carries) or needs an exponent. */
static bool real_text(cj_t *x, double d, char buf[40])
{
	snprintf(buf, 40, "%.15g", d);
	if (strchr(buf, 'e') || strchr(buf, 'n') || strchr(buf, 'i') || strtod(buf, NULL) != d)
		return cj_fail(x, "cannot be read exactly as a JSON number: write it as a string");
	return true;
}

static bool money_from_text(cj_t *x, const char *s, size_t n, int64_t *out)
{
	switch (money_parse(s, n, x->decimals, out)) {
	case 0: return true;
	case 2: return cj_fail(x, "has more decimals than %s allows (at most %d)", x->currency,
			       x->decimals);
	case 3: return cj_fail(x, "is too large");
	default: return cj_fail(x, "is not an amount (write it like \"12.50\")");
	}
}

/* Money: a decimal string (exact, preferred) or a JSON number; >= 0. */
bool cj_money(cj_t *x, const json_t *v, int64_t *out)
{
	char buf[40];
	if (json_is_string(v)) {
		if (!money_from_text(x, json_string_value(v), json_string_length(v), out))
			return false;
	} else if (json_is_integer(v)) {
		int64_t scale = 1;
		for (int i = 0; i < x->decimals; i++)
			scale *= 10;
		if (!money_mul(json_integer_value(v), scale, out))
			return cj_fail(x, "is too large");
	} else if (json_is_real(v)) {
		x->saw_real = true;
		if (!real_text(x, json_real_value(v), buf) || !money_from_text(x, buf, strlen(buf), out))
			return false;
	} else {
		return cj_fail(x, "must be an amount such as \"12.50\", not %s", cj_type_name(v));
	}
	return *out >= 0 || cj_fail(x, "must not be negative");
}

/* A count (qty, state.used, state.stock): a whole number in [lo, hi]. */
bool cj_count(cj_t *x, const json_t *v, int64_t lo, int64_t hi, int64_t *out)
{
	if (!json_is_integer(v))
		return cj_fail(x, "must be a whole number, not %s", cj_type_name(v));
	*out = json_integer_value(v);
	if (*out < lo)
		return cj_fail(x, "must be at least %lld, not %lld", (long long)lo, (long long)*out);
	if (*out > hi)
		return cj_fail(x, "must be at most %lld", (long long)hi);
	return true;
}

/* An exact decimal for attribute numbers: digits / 10^scale. */
static bool decimal_from_text(cj_t *x, const char *s, int64_t *digits, uint8_t *scale)
{
	const char *dot = strchr(s, '.');
	int sc = dot ? (int)strlen(dot + 1) : 0;
	if (money_parse(s, strlen(s), sc, digits) != 0)
		return cj_fail(x, "is too large");
	*scale = (uint8_t)sc;
	return true;
}

bool cj_attr(cj_t *x, bool customer, const char *key, const json_t *v)
{
	cart_attr_t a = { .key = key };
	char buf[40];
	if (json_is_string(v)) {
		a.kind = ATTR_STR;
		if (!cj_string(x, v, false, &a.str))
			return false;
	} else if (json_is_boolean(v)) {
		a.kind = ATTR_BOOL;
		a.b = json_is_true(v);
	} else if (json_is_integer(v)) {
		a.kind = ATTR_NUM;
		a.digits = json_integer_value(v);
	} else if (json_is_real(v)) {
		x->saw_real = true;
		a.kind = ATTR_NUM;
		if (!real_text(x, json_real_value(v), buf) ||
		    !decimal_from_text(x, buf, &a.digits, &a.scale))
			return false;
	} else {
		return cj_fail(x, "must be a string, a number or true/false, not %s", cj_type_name(v));
	}
	return cart_set_attr(x->c, customer, &a) == 0 || cj_oom(x);
}

bool cj_expect(cj_t *x, const json_t *v, json_type t, const char *what)
{
	return json_typeof(v) == t || cj_fail(x, "must be %s, not %s", what, cj_type_name(v));
}

