/* test_lexer.c — every token, every Unicode alternate, identifiers in any
 * script, numbers, dates, strings, comments and the lexical errors. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "compiler/keywords.h"
#include "tests/unit/support_fe.h"

enum { MAXT = 64 };

/* Lexes src and asserts it is exactly the given kinds, then frees. */
static void expect_kinds(const char *src, const int *kinds, int n)
{
	fe_run_t r;
	fe_token_t t[MAXT];
	int got = fe_lex(&r, src, t, MAXT);
	assert_int_equal(got, n);
	for (int i = 0; i < n; i++)
		assert_int_equal(t[i].kind, kinds[i]);
	assert_int_equal(r.dl.errors, 0);
	fe_run_free(&r);
}

#define KINDS(src, ...) do { \
	static const int k_[] = { __VA_ARGS__ }; \
	expect_kinds(src, k_, (int)(sizeof k_ / sizeof k_[0])); \
} while (0)

static void test_keywords(void **state)
{
	(void)state;
#define KW_CHECK(id, spelling) KINDS(spelling, KW_##id); assert_int_equal(kw_lookup(spelling, strlen(spelling)), KW_##id);
	PROMO_KEYWORDS(KW_CHECK)
#undef KW_CHECK
	assert_int_equal(kw_lookup("activities", 10), 0);
	assert_string_equal(kw_suggest("activty", 7), "activity");
	assert_null(kw_suggest("zzzzzz", 6));
	/* only the words that start an effect, or a condition, as asked */
	assert_string_equal(kw_suggest_start("prise", 5, 1, 0), "price");
	assert_null(kw_suggest_start("prise", 5, 0, 1));
	assert_string_equal(kw_suggest_start("custmer", 7, 0, 1), "customer");
	assert_null(kw_suggest_start("custmer", 7, 1, 0));
	assert_null(kw_suggest_start("itme", 4, 1, 1)); /* item starts a target, not an effect */
}

static void test_operators_ascii_and_unicode(void **state)
{
	(void)state;
	KINDS("-> \xE2\x86\x92", ARROW, ARROW);           /* → */
	KINDS(">= \xE2\x89\xA5", GE, GE);                 /* ≥ */
	KINDS("<= \xE2\x89\xA4", LE, LE);                 /* ≤ */
	KINDS("!= \xE2\x89\xA0", NE, NE);                 /* ≠ */
	KINDS("- \xE2\x88\x92", MINUS, MINUS);            /* − U+2212 */
	KINDS("== .. < > = . % : , ( ) { }", EQ, DOTDOT, '<', '>', '=', '.', '%', ':', ',', '(', ')', '{', '}');
	KINDS("gift A x 2", KW_GIFT, IDENT, KW_X, NUMBER);
	KINDS("gift A \xC3\x97 2", KW_GIFT, IDENT, KW_X, NUMBER); /* × */
	KINDS("activity x", KW_ACTIVITY, IDENT);          /* x is only a keyword after gift SKU */
	KINDS("a->b", IDENT, ARROW, IDENT);
}

static void test_identifiers(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "SKU-1001 half-up 第二件半价 _x9 a- café", t, MAXT);
	assert_int_equal(n, 7);
	assert_string_equal(t[0].val.name.s, "SKU-1001");
	assert_string_equal(t[1].val.name.s, "half-up");
	assert_string_equal(t[2].val.name.s, "第二件半价");
	assert_int_equal(t[2].span.len, strlen("第二件半价"));
	assert_string_equal(t[3].val.name.s, "_x9");
	assert_string_equal(t[4].val.name.s, "a");
	assert_int_equal(t[5].kind, MINUS); /* a dash not followed by a letter or digit */
	assert_string_equal(t[6].val.name.s, "café");
	fe_run_free(&r);
	/* after customer. / cart. any word is an attribute */
	KINDS("customer.first cart.items", KW_CUSTOMER, '.', IDENT, KW_CART, '.', IDENT);
	KINDS("first", KW_FIRST);
}

static void test_numbers(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "500 9.90 87.5 99999999999999999999 8折 9.5折", t, MAXT);
	assert_int_equal(n, 6);
	assert_int_equal(t[0].val.lit.digits, 500);
	assert_int_equal(t[0].val.lit.scale, 0);
	assert_int_equal(t[1].val.lit.digits, 990);
	assert_int_equal(t[1].val.lit.scale, 2);
	assert_int_equal(t[2].val.lit.digits, 875);
	assert_true(t[3].val.lit.overflow);
	assert_false(t[2].val.lit.overflow);
	assert_int_equal(t[4].kind, ZHE);
	assert_int_equal(t[4].val.lit.digits, 8);
	assert_int_equal(t[5].kind, ZHE);
	assert_int_equal(t[5].val.lit.digits, 95);
	assert_int_equal(t[5].val.lit.scale, 1);
	fe_run_free(&r);
}

static void test_dates_and_zones(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "2026-11-11 20:05 .. 2026-11-12 00:00:30+08:00 2026-01-02 2026-11-11T01:02Z +05:30 -03:00", t, MAXT);
	assert_int_equal(n, 7);
	datetime_t a = t[0].val.dt, b = t[2].val.dt, c = t[3].val.dt, d = t[4].val.dt;
	assert_int_equal(t[0].kind, DATETIME);
	assert_int_equal(a.year, 2026);
	assert_int_equal(a.month, 11);
	assert_int_equal(a.day, 11);
	assert_int_equal(a.hour, 20);
	assert_int_equal(a.minute, 5);
	assert_false(a.has_zone);
	assert_int_equal(t[1].kind, DOTDOT);
	assert_int_equal(b.second, 30);
	assert_true(b.has_zone);
	assert_int_equal(b.zone_minutes, 480);
	assert_int_equal(c.day, 2);
	assert_int_equal(c.hour, 0);
	assert_true(d.has_zone);
	assert_int_equal(d.zone_minutes, 0);
	assert_int_equal(d.minute, 2);
	assert_int_equal(t[5].kind, ZONE);
	assert_int_equal(t[5].val.zone, 330);
	assert_int_equal(t[6].val.zone, -180);
	assert_int_equal(r.dl.errors, 0);
	fe_run_free(&r);

	/* − (U+2212) is '-' in zones too */
	n = fe_lex(&r, "\xE2\x88\x92" "05:30 2026-11-11 00:00\xE2\x88\x92" "05:00", t, MAXT);
	assert_int_equal(n, 2);
	assert_int_equal(t[0].kind, ZONE);
	assert_int_equal(t[0].val.zone, -330);
	assert_int_equal(t[1].kind, DATETIME);
	assert_true(t[1].val.dt.has_zone);
	assert_int_equal(t[1].val.dt.zone_minutes, -300);
	assert_int_equal(r.dl.errors, 0);
	fe_run_free(&r);
}

static void test_strings(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "\"a\\\"b\\\\c\\nd\\te\" \"满99包邮\"", t, MAXT);
	assert_int_equal(n, 2);
	assert_string_equal(t[0].val.name.s, "a\"b\\c\nd\te");
	assert_string_equal(t[1].val.name.s, "满99包邮");
	assert_int_equal(r.dl.errors, 0);
	fe_run_free(&r);

	fe_lex(&r, "\"open\nx", t, MAXT);
	assert_non_null(fe_find(&r, "string not closed"));
	fe_run_free(&r);
	fe_lex(&r, "\"a\\qb\"", t, MAXT);
	assert_non_null(fe_find(&r, "unknown escape '\\q'"));
	fe_run_free(&r);
}

static void test_comments(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "# one\nactivity # two\n## three", t, MAXT);
	assert_int_equal(n, 1);
	assert_int_equal(r.p->comments.n, 3);
	comment_t *c = r.p->comments.items[1];
	assert_int_equal(c->span.off, 15);
	assert_int_equal(c->span.len, 5);
	fe_run_free(&r);
}

static void test_spans(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	fe_lex(&r, "item  手机-1:", t, MAXT);
	assert_int_equal(t[0].span.off, 0);
	assert_int_equal(t[0].span.len, 4);
	assert_int_equal(t[1].span.off, 6);
	assert_int_equal(t[1].span.len, strlen("手机-1"));
	assert_int_equal(t[2].span.off, 6 + strlen("手机-1"));
	fe_run_free(&r);
}

static void test_fullwidth_and_curly(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "a\xEF\xBC\x9A" "b", t, MAXT); /* a：b */
	assert_int_equal(n, 3);
	assert_int_equal(t[1].kind, ':'); /* read as ':' after the message */
	const diag_t *d = fe_find(&r, "full-width '：' — did you mean ':'?");
	assert_non_null(d);
	int line, col;
	fe_where(&r, d, &line, &col);
	assert_int_equal(col, 2);
	fe_run_free(&r);

	n = fe_lex(&r, "\xE2\x80\x9Cvip\xE2\x80\x9D", t, MAXT); /* “vip” */
	assert_int_equal(n, 1);
	assert_int_equal(t[0].kind, STRING);
	assert_string_equal(t[0].val.name.s, "vip");
	assert_non_null(fe_find(&r, "curly quote"));
	fe_run_free(&r);

	n = fe_lex(&r, "a\xE3\x80\x80" "b", t, MAXT); /* ideographic space */
	assert_int_equal(n, 2);
	assert_non_null(fe_find(&r, "full-width space"));
	fe_run_free(&r);
}

/* What operators write by habit: one message each, read as meant. */
static void test_habits(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "'耳机八折' +8:00 +8 -5:30 2026/11/11 00:00 .. 2026-11-11 8:00", t, MAXT);
	assert_int_equal(n, 7);
	assert_int_equal(r.dl.errors, 6);
	assert_int_equal(t[0].kind, STRING);
	assert_string_equal(t[0].val.name.s, "耳机八折");
	assert_non_null(fe_find(&r, "single quotes: write \"耳机八折\" in double quotes"));
	assert_int_equal(t[1].kind, ZONE);
	assert_int_equal(t[1].val.zone, 480);
	assert_int_equal(t[2].val.zone, 480);
	assert_int_equal(t[3].val.zone, -330);
	assert_non_null(fe_find(&r, "time zone '+8:00': write it as +HH:MM, e.g. +08:00"));
	assert_int_equal(t[4].kind, DATETIME); /* one token: date and time */
	assert_non_null(fe_find(&r, "malformed date '2026/11/11 00:00': write YYYY-MM-DD HH:MM"));
	assert_int_equal(t[5].kind, DOTDOT);
	assert_int_equal(t[6].kind, DATETIME);
	assert_non_null(fe_find(&r, "malformed date '2026-11-11 8:00'"));
	fe_run_free(&r);
}

static void test_stray_and_limits(void **state)
{
	(void)state;
	fe_run_t r;
	fe_token_t t[MAXT];
	int n = fe_lex(&r, "a @ b", t, MAXT);
	assert_int_equal(n, 2);
	assert_non_null(fe_find(&r, "unexpected character '@'"));
	fe_run_free(&r);

	fe_lex(&r, "2026-11-1", t, MAXT);
	assert_non_null(fe_find(&r, "malformed date"));
	fe_run_free(&r);
	fe_lex(&r, "+15:00", t, MAXT);
	assert_non_null(fe_find(&r, "out of range"));
	fe_run_free(&r);
}

/* Invalid UTF-8 and NUL are found by the parse driver before lexing. */
static void test_invalid_bytes(void **state)
{
	(void)state;
	fe_run_t r;
	static const char src[] = "activity a item S: 80%\n# \xFF\xFE\nactivity b item \0T: 80%\n";
	fe_run(&r, src, sizeof src - 1, false);
	const diag_t *d = fe_find(&r, "invalid UTF-8 (byte 0xFF)");
	assert_non_null(d);
	int line, col;
	fe_where(&r, d, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 3);
	assert_int_equal(d->span.len, 2); /* one message for the run of bad bytes */
	d = fe_find(&r, "NUL byte");
	assert_non_null(d);
	fe_where(&r, d, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 17);
	assert_int_equal(r.dl.errors, 2); /* no follow-on syntax error */
	fe_run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords),
		cmocka_unit_test(test_operators_ascii_and_unicode),
		cmocka_unit_test(test_identifiers),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_dates_and_zones),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_spans),
		cmocka_unit_test(test_fullwidth_and_curly),
		cmocka_unit_test(test_habits),
		cmocka_unit_test(test_stray_and_limits),
		cmocka_unit_test(test_invalid_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
