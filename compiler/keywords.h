/* keywords.h — the one table of reserved words. The lexer turns a word
 * into its token through it, the syntax-error printer quotes and suggests
 * from it ("did you mean 'activity'?"), docs/language.md lists it.
 * X(TOKEN, "spelling"): the grammar declares KW_TOKEN for each row. */
#ifndef PROMO_KEYWORDS_H
#define PROMO_KEYWORDS_H

#define PROMO_KEYWORDS(X) \
	X(CURRENCY, "currency") \
	X(TIMEZONE, "timezone") \
	X(ROUNDING, "rounding") \
	X(DEFINE, "define") \
	X(ACTIVITY, "activity") \
	X(WINDOW, "window") \
	X(STOCK, "stock") \
	X(LIMIT, "limit") \
	X(PER, "per") \
	X(CUSTOMER, "customer") \
	X(BUDGET, "budget") \
	X(COUPON, "coupon") \
	X(ITEM, "item") \
	X(ITEMS, "items") \
	X(CATEGORY, "category") \
	X(BRAND, "brand") \
	X(COMBO, "combo") \
	X(ORDER, "order") \
	X(SHIPPING, "shipping") \
	X(WHEN, "when") \
	X(AND, "and") \
	X(OR, "or") \
	X(NOT, "not") \
	X(IN, "in") \
	X(TIER, "tier") \
	X(SPEND, "spend") \
	X(EVERY, "every") \
	X(MAX, "max") \
	X(NTH, "nth") \
	X(PICK, "pick") \
	X(FOR, "for") \
	X(GIFT, "gift") \
	X(ADDON, "addon") \
	X(AT, "at") \
	X(FREE, "free") \
	X(PRICE, "price") \
	X(EACH, "each") \
	X(EXCLUSIVE, "exclusive") \
	X(BEST, "best") \
	X(FIRST, "first") \
	X(STACK, "stack") \
	X(CART, "cart") \
	X(QTY, "qty") \
	X(TRUE, "true") \
	X(FALSE, "false") \
	X(TEST, "test") \
	X(X, "x")

/* The token for a reserved word, or 0 when s[0..n) is not one. */
int kw_lookup(const char *s, size_t n);
/* True when the spelling is a reserved word (for quoting token names). */
int kw_is_keyword(const char *s);
/* The reserved word closest to s within a small edit distance, or NULL. */
const char *kw_suggest(const char *s, size_t n);

#endif
