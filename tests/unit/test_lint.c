/* test_lint.c — the lint rules (each firing and not), the catalog reader,
 * --now times, the rule table against docs/lint.md, and the public API
 * (promo_lint, the rule table, JSON and SARIF rendering, out of memory). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "promo.h"
#include "support/alloc.h"
#include "support/buf.h"
#include "tests/unit/support_faults.h"
#include "tests/unit/support_lint.h"

#define NOW 1793491200 /* 2026-11-01T00:00:00Z */

static const char *const catalog = "sku,category,brand,price,floor\n"
				   "SKU-1,shoes,stride,100.00,60.00\nSKU-2,shoes,acme,200.00,\n"
				   "SKU-3,hats,acme,50.00,10.00\nGIFT-1,gifts,acme,10.00,\n";

typedef struct rule_case {
	const char *code;
	const char *fires, *quiet; /* programs */
	int line;                  /* where it fires */
} rule_case_t;

static const rule_case_t cases[] = {
	{ "ladder-not-better", "activity a item SKU-1: tier 2 -> 80%, 5 -> 90%\n",
	  "activity a item SKU-1: tier 2 -> 90%, 5 -> 80%\n", 1 },
	{ "ladder-not-better", "activity a item SKU-1: spend 100 -> -10, 1000 -> -1%\n",
	  "activity a item SKU-1: spend 100 -> -10, 1000 -> -2%\n", 1 },
	{ "ladder-not-better", "activity a item SKU-1: tier 2 -> 95%, 3 -> price 96\n",
	  "activity a item SKU-1: tier 2 -> 95%, 3 -> price 94\n", 1 },
	{ "reduction-ge-threshold", "activity a item SKU-1: spend 100 -> -100\n",
	  "activity a item SKU-2: spend 100 -> -99\n", 1 },
	{ "reduction-ge-threshold", "\nactivity a order >= 50: -50\n", "\nactivity a order >= 50: -10\n", 2 },
	{ "bare-percent", "define d = 10%\nactivity a item SKU-1: d\n", "define d = -10%\nactivity a item SKU-1: d\n", 1 },
	{ "bare-percent", "activity a item SKU-2: nth 2 -> 49%\n", "activity a item SKU-2: nth 2 -> 50%\n", 1 },
	{ "price-above-catalog", "activity a category hats: price 51\n", "activity a category hats: price 50\n", 1 },
	{ "price-above-catalog", "activity a item SKU-1: spend 100 -> addon GIFT-1 at 11\n",
	  "activity a item SKU-1: spend 100 -> addon GIFT-1 at 10\n", 1 },
	{ "below-floor", "activity a item SKU-1: -20%\nstack g {\n activity o order >= 100: -20\n activity p order: -10%\n}\n",
	  "activity a item SKU-1: -20%\nexclusive g best {\n activity o order >= 100: -20\n activity p order: -10%\n}\n", 1 },
	{ "below-floor", "activity a item SKU-2: price 10\nactivity o order: -20\n",
	  "activity a item SKU-2: price 10\nactivity o order >= 100: -20\n", 1 },
	/* an exclusive group across levels: one member in all, not one per level */
	{ "below-floor", "stack s {\n exclusive g best {\n  activity a item SKU-1: -30%\n  activity o order >= 100: -20%\n }\n"
	  " activity k combo (SKU-1, SKU-2): -60\n}\n",
	  "exclusive g best {\n activity a item SKU-1: -30%\n activity o order >= 100: -20%\n}\n", 3 },
	/* a budget caps the discount on a unit too */
	{ "below-floor", "activity a budget 50 item SKU-1: -50%\n", "activity a budget 40 item SKU-1: -50%\n", 1 },
	{ "below-floor", "activity a item SKU-1: -20%\nactivity o budget 20.01 order: -50\n",
	  "activity a item SKU-1: -20%\nactivity o budget 9.99 order: -50\n", 1 },
	{ "window-ended", "activity a window 2026-10-01 00:00 .. 2026-11-01 00:00 item SKU-1: -10%\n",
	  "activity a window 2026-10-01 00:00 .. 2026-11-01 00:01 item SKU-1: -10%\n", 1 },
	{ "never-applies", "activity a item SKU-1 when qty > 3 and qty < 2: -10%\n",
	  "activity a item SKU-1 when qty > 3 or qty < 2: -10%\n", 1 },
	{ "never-applies", "exclusive g first {\n activity a item SKU-1: -10%\n activity b item SKU-1 when qty >= 2: -20%\n}\n",
	  "exclusive g first {\n activity a item SKU-1 when qty < 2: -10%\n activity b item SKU-1 when qty >= 2: -20%\n}\n", 3 },
	{ "never-applies", "exclusive g first {\n activity a category shoes: -10%\n activity b item SKU-2: -20%\n}\n",
	  "exclusive g first {\n activity a category hats: -10%\n activity b item SKU-2: -20%\n}\n", 3 },
	{ "unknown-sku", "activity a items (SKU-1, SKU-9): -10%\n", "activity a items (SKU-1, SKU-2): -10%\n", 1 },
	{ "unknown-sku", "activity a item SKU-1: spend 100 -> gift GIFT-9\n",
	  "activity a item SKU-1: spend 100 -> gift GIFT-1\n", 1 },
	{ "unknown-sku", "activity a brand nike: -10%\n", "activity a brand acme: -10%\n", 1 },
	{ "zero-limit", "activity a coupon \"Z\" budget 0 order: -5\n", "activity a coupon \"Z\" budget 0.01 order: -5\n", 1 },
	{ "duplicate-coupon", "exclusive g best {\n activity a coupon \"X\" order: -5\n activity b coupon \"X\" order: -6\n}\n",
	  "exclusive g best {\n activity a coupon \"X\" order: -5\n activity b coupon \"Y\" order: -6\n}\n", 3 },
};

static void test_each_rule(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lint_run_t r;
		lint_run(&r, cases[i].fires, catalog, true, NOW);
		const diag_t *d = lint_nth(&r, cases[i].code, 0);
		if (!d)
			fail_msg("case %zu: %s does not fire on\n%s", i, cases[i].code, cases[i].fires);
		if (lint_line(d) != cases[i].line)
			fail_msg("case %zu: %s fires on line %d, not %d", i, cases[i].code, lint_line(d), cases[i].line);
		lint_run_free(&r);
		lint_run(&r, cases[i].quiet, catalog, true, NOW);
		if (r.dl.n)
			fail_msg("case %zu: quiet program has a finding: [%s] %s", i, r.dl.head->code, r.dl.head->msg);
		lint_run_free(&r);
	}
}

static void test_severity_from_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lint_run_t r;
		lint_run(&r, cases[i].fires, catalog, true, NOW);
		for (const diag_t *d = r.dl.head; d; d = d->next) {
			size_t k = 0;
			while (k < LINT_RULE_COUNT && strcmp(lint_rule_table[k].id, d->code) != 0)
				k++;
			assert_true(k < LINT_RULE_COUNT);
			assert_int_equal(d->sev, lint_rule_table[k].sev);
		}
		lint_run_free(&r);
	}
}

static void test_catalog_rules_need_catalog(void **state)
{
	(void)state;
	lint_run_t r;
	lint_run(&r, "activity a item SKU-9: price 1000\nactivity b item SKU-8: -99%\n", NULL, true, NOW);
	assert_int_equal(r.dl.n, 0);
	lint_run_free(&r);
}

static void test_sorted(void **state)
{
	(void)state;
	lint_run_t r;
	lint_run(&r, "activity a item SKU-1: 10%\nactivity b coupon \"Z\" budget 0 order: -5\n"
		     "activity c item SKU-1: -5%\nactivity d item SKU-2: 20%\n", NULL, true, NOW);
	assert_true(r.dl.n >= 4);
	uint32_t last = 0;
	for (const diag_t *d = r.dl.head; d; d = d->next) {
		assert_true(d->span.off >= last);
		last = d->span.off;
	}
	lint_run_free(&r);
}

/* ---- the catalog reader ---------------------------------------------------- */

static void expect_catalog_error(const char *csv, const char *needle, int line, int col)
{
	src_file_t f = { "c.csv", csv, strlen(csv) };
	diag_list_t dl;
	diag_list_init(&dl);
	catalog_t *c = catalog_load(&f, 2, &dl);
	assert_null(c);
	const diag_t *d = dl.head;
	while (d && !strstr(d->msg, needle))
		d = d->next;
	if (!d)
		fail_msg("no catalog error \"%s\" (first: %s)", needle, dl.head ? dl.head->msg : "none");
	int l, k;
	src_linecol(&f, d->span.off, &l, &k);
	assert_int_equal(l, line);
	assert_int_equal(k, col);
	diag_list_free(&dl);
}

static void test_catalog_reader(void **state)
{
	(void)state;
	const char *csv = "SKU-1,shoes,acme,12.50,3\r\n\"SKU,2\",\"ha\"\"ts\",acme,7,\n\n";
	src_file_t f = { "c.csv", csv, strlen(csv) };
	diag_list_t dl;
	diag_list_init(&dl);
	catalog_t *c = catalog_load(&f, 2, &dl);
	assert_non_null(c);
	assert_int_equal(dl.n, 0);
	assert_int_equal(c->items.n, 2);
	const cat_item_t *a = catalog_sku(c, "SKU-1"), *b = catalog_sku(c, "SKU,2");
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(a->price, 1250);
	assert_true(a->has_floor);
	assert_int_equal(a->floor, 300);
	assert_string_equal(b->category, "ha\"ts");
	assert_false(b->has_floor);
	assert_int_equal(catalog_category(c, "shoes")->n, 1);
	assert_int_equal(catalog_brand(c, "acme")->n, 2);
	assert_null(catalog_sku(c, "SKU-3"));
	catalog_free(c);
	diag_list_free(&dl);
	expect_catalog_error("sku,category,brand,price\nA,b,c,1.234\n", "more decimals", 2, 7);
	expect_catalog_error("A,b,c\n", "too few fields", 1, 1);
	expect_catalog_error("A,b,c,1,2,3\n", "too many fields", 1, 1);
	expect_catalog_error("A,b,c,1\nA,b,c,2\n", "duplicate SKU A", 2, 1);
	expect_catalog_error("A,b,c,x\n", "is not a number", 1, 7);
	expect_catalog_error("A,b,c,1,-2\n", "is negative", 1, 9);
	expect_catalog_error("A,b,c,1\n\"B,c\n", "unterminated", 2, 1);
	expect_catalog_error(",b,c,1\n", "empty SKU", 1, 1);
	expect_catalog_error("A,b\xff,c,1\n", "invalid UTF-8", 1, 4);
}

/* A field costs its own size: 20,000 lines load in a few megabytes. */
static void test_catalog_large(void **state)
{
	(void)state;
	buf_t b;
	buf_init(&b);
	for (int i = 0; i < 20000; i++)
		buf_printf(&b, "SKU-%d,cat%d,brand%d,%d.50,1\n", i, i % 40, i % 7, 10 + i % 300);
	src_file_t f = { "big.csv", b.data, b.len };
	diag_list_t dl;
	diag_list_init(&dl);
	catalog_t *c = catalog_load(&f, 2, &dl);
	assert_non_null(c);
	assert_int_equal(c->items.n, 20000);
	assert_true(arena_used(c->arena) < 16u * b.len);
	assert_int_equal(catalog_sku(c, "SKU-19999")->price, (10 + 19999 % 300) * 100 + 50);
	assert_int_equal(catalog_category(c, "cat3")->n, 500);
	catalog_free(c);
	diag_list_free(&dl);
	buf_free(&b);
}

static void test_times(void **state)
{
	(void)state;
	int64_t t;
	assert_true(lint_parse_time("2026-11-01T00:00:00Z", 480, &t));
	assert_int_equal(t, NOW);
	assert_true(lint_parse_time("2026-11-01 08:00", 480, &t)); /* program zone +08:00 */
	assert_int_equal(t, NOW);
	assert_true(lint_parse_time("2026-10-31T19:00-05:00", 0, &t));
	assert_int_equal(t, NOW);
	assert_true(lint_parse_time("2026-11-01", 0, &t));
	assert_int_equal(t, NOW);
	assert_true(lint_parse_time("2024-02-29", 0, &t));
	assert_false(lint_parse_time("2026-02-29", 0, &t));
	assert_false(lint_parse_time("2026-13-01", 0, &t));
	assert_false(lint_parse_time("2026-11-01T24:00", 0, &t));
	assert_false(lint_parse_time("2026-11-01T10:00+8", 0, &t));
	assert_false(lint_parse_time("yesterday", 0, &t));
	char s[32];
	lint_format_time(NOW, 480, s);
	assert_string_equal(s, "2026-11-01 08:00");
	lint_format_time(NOW - 1, 0, s);
	assert_string_equal(s, "2026-10-31 23:59:59");
	lint_format_time(-1, 0, s);
	assert_string_equal(s, "1969-12-31 23:59:59");
}

/* ---- docs/lint.md is kept in step with the table ---------------------------- */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	return buf;
}

static void test_docs_match_table(void **state)
{
	(void)state;
	const char *doc = slurp("docs/lint.md");
	if (!doc)
		fail_msg("docs/lint.md not found (run from the repository root)");
	static const char *const sev[] = { "error", "warning", "note" };
	int headings = 0;
	for (const char *p = doc; (p = strstr(p, "\n## `")); p++)
		headings++;
	assert_int_equal(headings, LINT_RULE_COUNT);
	for (size_t i = 0; i < LINT_RULE_COUNT; i++) {
		const lint_rule_info_t *r = &lint_rule_table[i];
		char want[512];
		snprintf(want, sizeof want, "\n## `%s` — %s\n\n%s.\n", r->id, sev[r->sev], r->short_doc);
		if (!strstr(doc, want))
			fail_msg("docs/lint.md lacks the heading and description of %s:\n%s", r->id, want);
		snprintf(want, sizeof want, "**Fix:** %s\n", r->help);
		if (!strstr(doc, want))
			fail_msg("docs/lint.md lacks the fix of %s:\n%s", r->id, want);
	}
}

/* ---- the public API ---------------------------------------------------------- */

static const char *const prog = "activity a item SKU-1: 20%\nactivity b item SKU-1: -5%\n";

static void test_api_lint(void **state)
{
	(void)state;
	promo_diags *ds = NULL;
	assert_int_equal(promo_lint(NULL, prog, strlen(prog), NULL, &ds), PROMO_E_NULL);
	assert_null(ds);
	promo_lint_options o = { .now = "2026-11-01" };
	assert_int_equal(promo_lint("p.promo", prog, strlen(prog), &o, &ds), PROMO_E_COMPILE);
	assert_int_equal(promo_diags_errors(ds), 1);
	assert_int_equal(promo_diags_warnings(ds), 1);
	assert_string_equal(promo_diag_code(promo_diags_at(ds, 0)), "bare-percent");
	assert_string_equal(promo_diag_code(promo_diags_at(ds, 1)), "overlap");
	assert_int_equal(promo_diag_line(promo_diags_at(ds, 1)), 2);
	char *json = NULL;
	assert_int_equal(promo_diags_json(ds, &json), PROMO_OK);
	assert_non_null(strstr(json, "{\"rule\":\"bare-percent\",\"severity\":\"warning\",\"file\":\"p.promo\",\"line\":1,"));
	assert_non_null(strstr(json, "\"related\":[{\"file\":\"p.promo\",\"line\":1,"));
	int lines = 0;
	for (const char *p = json; *p; p++)
		lines += *p == '\n';
	assert_int_equal(lines, 2);
	promo_free(json);
	char *sarif = NULL;
	assert_int_equal(promo_diags_sarif((const promo_diags *const *)&ds, 1, &sarif), PROMO_OK);
	assert_non_null(strstr(sarif, "\"version\":\"2.1.0\""));
	assert_non_null(strstr(sarif, "\"ruleId\":\"overlap\",\"ruleIndex\":0,\"level\":\"error\""));
	promo_free(sarif);
	promo_diags_free(ds);
	/* --werror */
	o.werror = 1;
	assert_int_equal(promo_lint("p.promo", prog, strlen(prog), &o, &ds), PROMO_E_COMPILE);
	assert_int_equal(promo_diags_errors(ds), 2);
	assert_int_equal(promo_diags_warnings(ds), 0);
	promo_diags_free(ds);
	/* a bad --now */
	o = (promo_lint_options){ .now = "2026-11-31" };
	assert_int_equal(promo_lint("p.promo", prog, strlen(prog), &o, &ds), PROMO_E_ARG);
	assert_non_null(strstr(promo_diag_message(promo_diags_at(ds, 0)), "2026-11-31"));
	promo_diags_free(ds);
	/* the catalog: errors name its file */
	o = (promo_lint_options){ .now = "2026-11-01", .catalog_name = "c.csv", .catalog_src = "A,b,c\n",
				  .catalog_len = 6 };
	assert_int_equal(promo_lint("p.promo", prog, strlen(prog), &o, &ds), PROMO_E_COMPILE);
	assert_string_equal(promo_diag_file(promo_diags_at(ds, 0)), "c.csv");
	promo_diags_free(ds);
	/* a program that does not check is not linted */
	assert_int_equal(promo_lint("p.promo", "activity", 8, NULL, &ds), PROMO_E_COMPILE);
	assert_null(promo_diag_code(promo_diags_at(ds, 0)));
	promo_diags_free(ds);
	/* clean */
	assert_int_equal(promo_lint("p.promo", "activity a item SKU-1: -5%\n", 27, NULL, NULL), PROMO_OK);
}

static void test_api_rules(void **state)
{
	(void)state;
	assert_int_equal(promo_lint_rule_count(), LINT_RULE_COUNT);
	const char *id, *desc, *help;
	promo_severity sev;
	assert_int_equal(promo_lint_rule(0, &id, &sev, &desc, &help), PROMO_OK);
	assert_string_equal(id, "overlap");
	assert_int_equal(sev, PROMO_SEV_ERROR);
	assert_int_equal(promo_lint_rule(LINT_RULE_COUNT, &id, NULL, NULL, NULL), PROMO_E_NOTFOUND);
	assert_int_equal(promo_lint_rule(1, NULL, NULL, NULL, NULL), PROMO_OK);
	char *out = NULL;
	assert_int_equal(promo_diags_json(NULL, &out), PROMO_E_NULL);
	assert_int_equal(promo_diags_sarif(NULL, 0, NULL), PROMO_E_NULL);
	assert_int_equal(promo_diags_sarif(NULL, 0, &out), PROMO_OK);
	assert_non_null(strstr(out, "\"results\":[]"));
	promo_free(out);
}

/* Fault injection: the Nth allocation fails; promo_lint must report
 * PROMO_E_NOMEM or finish as usual, and never leak. */
static void test_api_out_of_memory(void **state)
{
	(void)state;
	const char *src = "activity a window 2026-10-01 00:00 .. 2026-10-02 00:00 item SKU-1: 20%\n"
			  "activity b category shoes: -5%\nactivity c order >= 100: -50\n"
			  "exclusive g first {\n activity d order: -1\n activity e order when qty > 1: -2\n}\n";
	promo_lint_options o = { .now = "2026-11-01", .catalog_src = catalog, .catalog_len = strlen(catalog) };
	faults_t f = { .countdown = -1 };
	px_set_allocator(faults_realloc, &f);
	promo_diags *ds = NULL;
	promo_status want = promo_lint("p.promo", src, strlen(src), &o, &ds);
	assert_int_equal(want, PROMO_E_COMPILE);
	promo_diags_free(ds);
	long total = f.allocs;
	int nomem = 0;
	for (long i = 0; i < total + 5; i++) {
		f = (faults_t){ .countdown = i };
		ds = NULL;
		promo_status st = promo_lint("p.promo", src, strlen(src), &o, &ds);
		assert_true(st == PROMO_E_NOMEM || st == want);
		nomem += st == PROMO_E_NOMEM;
		promo_diags_free(ds);
		if (f.live != 0)
			fail_msg("allocation %ld failing leaks %ld block(s)", i, f.live);
	}
	px_set_allocator(NULL, NULL);
	assert_true(nomem > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_rule),
		cmocka_unit_test(test_severity_from_table),
		cmocka_unit_test(test_catalog_rules_need_catalog),
		cmocka_unit_test(test_sorted),
		cmocka_unit_test(test_catalog_reader),
		cmocka_unit_test(test_catalog_large),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_docs_match_table),
		cmocka_unit_test(test_api_lint),
		cmocka_unit_test(test_api_rules),
		cmocka_unit_test(test_api_out_of_memory),
	};
	return cmocka_run_group_tests_name("lint", tests, NULL, NULL);
}
