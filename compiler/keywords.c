/* keywords.c — lookups over the reserved-word table (keywords.h). */
#include <string.h>
#include "compiler/keywords.h"
#include "compiler/suggest.h"
#include "promo.tab.h"

typedef struct kw {
	const char *s;
	int tok;
} kw_t;

#define KW_ROW(id, spelling) { spelling, KW_##id },
static const kw_t kw_table[] = { PROMO_KEYWORDS(KW_ROW) };
#undef KW_ROW
enum { KW_COUNT = sizeof kw_table / sizeof kw_table[0] };

#define KW_ROW(id, spelling) { spelling, KW_##id },
static const kw_t kw_test_table[] = { PROMO_TEST_KEYWORDS(KW_ROW) };
#undef KW_ROW
enum { KW_TEST_COUNT = sizeof kw_test_table / sizeof kw_test_table[0] };

int kw_lookup_test(const char *s, size_t n)
{
	for (size_t i = 0; i < KW_TEST_COUNT; i++)
		if (strlen(kw_test_table[i].s) == n && memcmp(kw_test_table[i].s, s, n) == 0)
			return kw_test_table[i].tok;
	return 0;
}

int kw_lookup(const char *s, size_t n)
{
	for (size_t i = 0; i < KW_COUNT; i++)
		if (strlen(kw_table[i].s) == n && memcmp(kw_table[i].s, s, n) == 0)
			return kw_table[i].tok;
	return 0;
}

int kw_is_keyword(const char *s)
{
	return kw_lookup(s, strlen(s)) != 0 || kw_lookup_test(s, strlen(s)) != 0;
}

/* The words an effect (effect_core, simple_core in promo.y) or a condition
 * (cond) can start with, where a name made with define could stand too. */
static const int effect_starts[] = { KW_TIER, KW_SPEND, KW_EVERY, KW_NTH, KW_PICK,
				     KW_PRICE, KW_GIFT, KW_ADDON, KW_FREE };
static const int cond_starts[] = { KW_CUSTOMER, KW_CART, KW_ORDER, KW_QTY, KW_COUPON, KW_NOT };

static void offer_tokens(sugg_t *sg, const int *toks, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < KW_COUNT; j++)
			if (kw_table[j].tok == toks[i])
				sugg_offer(sg, kw_table[j].s);
}

const char *kw_suggest_start(const char *s, size_t n, int effect, int cond)
{
	sugg_t sg;
	sugg_init(&sg, s, n);
	if (effect)
		offer_tokens(&sg, effect_starts, sizeof effect_starts / sizeof effect_starts[0]);
	if (cond)
		offer_tokens(&sg, cond_starts, sizeof cond_starts / sizeof cond_starts[0]);
	return sugg_result(&sg);
}

const char *kw_suggest(const char *s, size_t n)
{
	sugg_t sg;
	sugg_init(&sg, s, n);
	for (size_t i = 0; i < KW_COUNT; i++)
		sugg_offer(&sg, kw_table[i].s);
	return sugg_result(&sg);
}
