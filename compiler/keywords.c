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

const char *kw_suggest(const char *s, size_t n)
{
	sugg_t sg;
	sugg_init(&sg, s, n);
	for (size_t i = 0; i < KW_COUNT; i++)
		sugg_offer(&sg, kw_table[i].s);
	return sugg_result(&sg);
}
