/* test_fmt.c — the formatter: exact layout on small cases (comments kept
 * in place, ASCII operators, clauses one a line), and over every .promo in
 * the tree: fmt(fmt(x)) == fmt(x) and the AST of fmt(x) equals the AST of
 * x (ast_dump, comments included). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "compiler/ast_dump.h"
#include "compiler/compile.h"
#include "compiler/fmt.h"

/* Formats text; NULL when it does not parse. *dump gets the AST dump. */
static char *fmt_text(const char *text, char **dump)
{
	src_file_t f = { "t.promo", text, strlen(text) };
	diag_list_t dl;
	diag_list_init(&dl);
	program_t *p = fe_parse(&f, &dl);
	char *out = NULL;
	if (p && dl.errors == 0) {
		buf_t b, d;
		buf_init(&b);
		buf_init(&d);
		assert_int_equal(fmt_program(p, &b), 0);
		ast_dump(p, &d);
		out = buf_take(&b);
		if (dump) *dump = buf_take(&d);
		buf_free(&d);
	}
	ast_program_free(p);
	diag_list_free(&dl);
	return out;
}

static void expect_fmt(const char *in, const char *want)
{
	char *got = fmt_text(in, NULL);
	assert_non_null(got);
	assert_string_equal(got, want);
	char *again = fmt_text(got, NULL);
	assert_non_null(again);
	assert_string_equal(again, want);
	free(again);
	free(got);
}

static void test_one_line_activity(void **state)
{
	(void)state;
	expect_fmt("activity   earbuds \"耳机八折\"   item SKU-1002 :8折",
		   "activity earbuds \"耳机八折\" item SKU-1002: 8折\n");
	expect_fmt("activity a items(SKU-1,SKU-2):tier 2→95%,5 → -20%",
		   "activity a items (SKU-1, SKU-2): tier 2 -> 95%, 5 -> -20%\n");
}

static void test_clauses_one_per_line(void **state)
{
	(void)state;
	expect_fmt("activity flash_tv \"电视秒杀\" limit 1 per customer stock 100\n"
		   "window 2026-11-11 20:00 .. 2026-11-11 20:10 item SKU-2001: price 1999\n",
		   "activity flash_tv \"电视秒杀\"\n"
		   "  window 2026-11-11 20:00 .. 2026-11-11 20:10\n"
		   "  stock 100\n"
		   "  limit 1 per customer\n"
		   "  item SKU-2001: price 1999\n");
}

static void test_conditions_keep_grouping(void **state)
{
	(void)state;
	expect_fmt("activity a order when (customer.tier == \"vip\" or customer.first_order) and not "
		   "(qty ≥ 2 and coupon \"X\"): -5",
		   "activity a order when (customer.tier == \"vip\" or customer.first_order) and not "
		   "(qty >= 2 and coupon \"X\"): -5\n");
	expect_fmt("activity a order when a and (b and c): -5", "activity a order when a and (b and c): -5\n");
	expect_fmt("activity a order when (a or b) or c: -5", "activity a order when a or b or c: -5\n");
}

static void test_comments_stay(void **state)
{
	(void)state;
	expect_fmt("# header\n\n## doc\ndefine 半 = 50%   # trailing\n\n\n"
		   "stack s {   # open\n  # inside\n  activity a order >= 500: -30\n"
		   "  activity b order: -1 # b\n  # last\n}\n# end\n",
		   "# header\n\n## doc\ndefine 半 = 50%  # trailing\n\n"
		   "stack s {  # open\n  # inside\n  activity a order >= 500: -30\n"
		   "  activity b order: -1  # b\n  # last\n}\n# end\n");
}

static void test_comment_inside_activity(void **state)
{
	(void)state;
	expect_fmt("activity a # why\n  item SKU-1: 8折\n", "activity a  # why\n  item SKU-1: 8折\n");
}

static void test_names_quoted_when_needed(void **state)
{
	(void)state;
	expect_fmt("activity a item \"12 34\": -1 each", "activity a item \"12 34\": -1 each\n");
	expect_fmt("activity a item \"SKU-1\": gift \"x y\" x 2", "activity a item SKU-1: gift \"x y\" x 2\n");
}

static void test_test_words_outside_tests(void **state)
{
	(void)state;
	/* "line" and "total" are keywords only inside test blocks: names here. */
	expect_fmt("define total = -5\nactivity line order >= 500: total\n"
		   "activity a item \"line\": 8折\n",
		   "define total = -5\nactivity line order >= 500: total\nactivity a item \"line\": 8折\n");
}

static void test_test_block(void **state)
{
	(void)state;
	expect_fmt("activity a item SKU-1: 8折\n"
		   "test \"t\" { at 2026-11-11 20:05:30+08:00 customer tier \"vip\",first_order "
		   "line SKU-1 x 2 at 100.00 brand acme category phones shipping 10 state used a 0 "
		   "expect total 160.00 expect not applied a expect offer SKU-9 at 20 }",
		   "activity a item SKU-1: 8折\n"
		   "test \"t\" {\n"
		   "  at 2026-11-11 20:05:30+08:00\n"
		   "  customer tier \"vip\", first_order\n"
		   "  line SKU-1 x 2 at 100.00 category phones brand acme\n"
		   "  shipping 10\n"
		   "  state used a 0\n"
		   "  expect total 160.00\n"
		   "  expect not applied a\n"
		   "  expect offer SKU-9 at 20\n"
		   "}\n");
}

/* ---- every .promo in the tree -------------------------------------------- */

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	if (s && fread(s, 1, (size_t)n, f) != (size_t)n) { free(s); s = NULL; }
	if (s) s[n] = '\0';
	fclose(f);
	return s;
}

static int checked, skipped;

static void check_file(const char *path)
{
	char *src = read_all(path), *d1 = NULL, *d2 = NULL;
	assert_non_null(src);
	char *once = fmt_text(src, &d1);
	if (!once) { skipped++; free(src); return; } /* syntax errors: fmt refuses those */
	char *twice = fmt_text(once, &d2);
	if (!twice || strcmp(once, twice) != 0 || strcmp(d1, d2) != 0)
		fail_msg("%s: %s", path, !twice ? "fmt output does not parse" :
			 strcmp(once, twice) ? "fmt is not idempotent" : "fmt changed the AST");
	checked++;
	free(src); free(once); free(twice); free(d1); free(d2);
}

static void walk(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) return;
	struct dirent *e;
	while ((e = readdir(d))) {
		char path[4096];
		/* build directories hold generated programs, not the repository's */
		if (e->d_name[0] == '.' || strcmp(e->d_name, "node_modules") == 0 ||
		    strncmp(e->d_name, "build", 5) == 0) continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0) continue;
		size_t n = strlen(e->d_name);
		if (S_ISDIR(st.st_mode)) walk(path);
		else if (n > 6 && strcmp(e->d_name + n - 6, ".promo") == 0) check_file(path);
	}
	closedir(d);
}

static void test_every_promo_file(void **state)
{
	(void)state;
	walk("."); /* every .promo of the repository: examples, stdlib, tests, bench, fuzz, ... */
	print_message("fmt: %d files round-tripped, %d skipped (syntax errors)\n", checked, skipped);
	assert_true(checked >= 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_line_activity),
		cmocka_unit_test(test_clauses_one_per_line),
		cmocka_unit_test(test_conditions_keep_grouping),
		cmocka_unit_test(test_comments_stay),
		cmocka_unit_test(test_comment_inside_activity),
		cmocka_unit_test(test_names_quoted_when_needed),
		cmocka_unit_test(test_test_words_outside_tests),
		cmocka_unit_test(test_test_block),
		cmocka_unit_test(test_every_promo_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
