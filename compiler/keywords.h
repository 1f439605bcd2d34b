/* keywords.h — the one table of reserved words. The lexer turns a word
 * into its token through it, the syntax-error printer quotes and suggests
 * from it ("did you mean 'activity'?"), docs/language.md lists it.
 * ROW(TOKEN, "spelling"): the grammar declares KW_TOKEN for each row.
 * Not in the table: "x" in "gift SKU x 2", a keyword only right after a
 * gift's SKU (lex_word), so activities and SKUs may still be called x. */
#ifndef PROMO_KEYWORDS_H
#define PROMO_KEYWORDS_H

#define PROMO_KEYWORDS(ROW) \
	ROW(CURRENCY, "currency") \
	ROW(TIMEZONE, "timezone") \
	ROW(ROUNDING, "rounding") \
	ROW(DEFINE, "define") \
	ROW(ACTIVITY, "activity") \
	ROW(WINDOW, "window") \
	ROW(STOCK, "stock") \
	ROW(LIMIT, "limit") \
	ROW(PER, "per") \
	ROW(CUSTOMER, "customer") \
	ROW(BUDGET, "budget") \
	ROW(COUPON, "coupon") \
	ROW(ITEM, "item") \
	ROW(ITEMS, "items") \
	ROW(CATEGORY, "category") \
	ROW(BRAND, "brand") \
	ROW(COMBO, "combo") \
	ROW(ORDER, "order") \
	ROW(SHIPPING, "shipping") \
	ROW(WHEN, "when") \
	ROW(AND, "and") \
	ROW(OR, "or") \
	ROW(NOT, "not") \
	ROW(IN, "in") \
	ROW(TIER, "tier") \
	ROW(SPEND, "spend") \
	ROW(EVERY, "every") \
	ROW(MAX, "max") \
	ROW(NTH, "nth") \
	ROW(PICK, "pick") \
	ROW(FOR, "for") \
	ROW(GIFT, "gift") \
	ROW(ADDON, "addon") \
	ROW(AT, "at") \
	ROW(FREE, "free") \
	ROW(PRICE, "price") \
	ROW(EACH, "each") \
	ROW(EXCLUSIVE, "exclusive") \
	ROW(BEST, "best") \
	ROW(FIRST, "first") \
	ROW(STACK, "stack") \
	ROW(CART, "cart") \
	ROW(QTY, "qty") \
	ROW(TRUE, "true") \
	ROW(FALSE, "false") \
	ROW(TEST, "test")

/* Words that are reserved only inside a test block (docs/testing.md), so
 * programs may still use them as names: ROW(TOKEN, "spelling") as above. */
#define PROMO_TEST_KEYWORDS(ROW) \
	ROW(EXPECT, "expect") \
	ROW(LINE, "line") \
	ROW(STATE, "state") \
	ROW(USED, "used") \
	ROW(TOTAL, "total") \
	ROW(SUBTOTAL, "subtotal") \
	ROW(DISCOUNT, "discount") \
	ROW(APPLIED, "applied") \
	ROW(OFFER, "offer")

/* The token for a test-block word, or 0. */
int kw_lookup_test(const char *s, size_t n);

/* The token for a reserved word, or 0 when s[0..n) is not one. */
int kw_lookup(const char *s, size_t n);
/* True when the spelling is a reserved word (for quoting token names). */
int kw_is_keyword(const char *s);
/* The reserved word closest to s within a small edit distance, or NULL. */
const char *kw_suggest(const char *s, size_t n);
/* The same among the words that start an effect (effect: tier, price,
 * free, ...) and/or a condition (cond: customer, order, coupon, ...):
 * where a name made with define may stand, a misspelt one of these is
 * read as a name ("prise 80", "custmer.vip", "shipping: fre"). */
const char *kw_suggest_start(const char *s, size_t n, int effect, int cond);

#endif
