/* test_diag.c — the diagnostics list (order, duplicates, notes), line and
 * column in code points, and the one printer (caret under wide
 * characters, tabs, long lines, end of file, colour). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "compiler/diag.h"

static src_file_t file_of(const char *text)
{
	src_file_t f = { "f.promo", text, strlen(text) };
	return f;
}

static span_t sp(uint32_t off, uint32_t len)
{
	span_t s = { off, len };
	return s;
}

static void test_linecol(void **state)
{
	(void)state;
	src_file_t f = file_of("ab\r\n第二件 x\n\nz");
	int line, col;
	src_linecol(&f, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	src_linecol(&f, 4 + 9 + 1, &line, &col); /* the x after three CJK characters */
	assert_int_equal(line, 2);
	assert_int_equal(col, 5);
	src_linecol(&f, (uint32_t)f.len, &line, &col);
	assert_int_equal(line, 4);
	assert_int_equal(col, 2);
	uint32_t s, n;
	src_line_at(&f, 1, &s, &n);
	assert_int_equal(s, 0);
	assert_int_equal(n, 2); /* without the CR */
	src_line_at(&f, 16, &s, &n);
	assert_int_equal(n, 0); /* the empty line */
}

static void test_sort_and_dedupe(void **state)
{
	(void)state;
	src_file_t f = file_of("aaaa bbbb cccc\n");
	diag_list_t l;
	diag_list_init(&l);
	diag_add(&l, DIAG_ERROR, NULL, &f, sp(10, 4), "third");
	diag_add(&l, DIAG_WARNING, "rule", &f, sp(0, 4), "first");
	diag_add(&l, DIAG_ERROR, NULL, &f, sp(10, 4), "third");   /* the same again */
	diag_add(&l, DIAG_ERROR, NULL, &f, sp(5, 4), "second");
	diag_add(&l, DIAG_ERROR, NULL, &f, sp(5, 4), "second b"); /* same place, other text */
	assert_int_equal(l.n, 5);
	diag_sort(&l);
	assert_int_equal(l.n, 4);
	assert_int_equal(l.errors, 3);
	assert_int_equal(l.warnings, 1);
	const char *want[] = { "first", "second", "second b", "third" };
	int i = 0;
	for (const diag_t *d = l.head; d; d = d->next)
		assert_string_equal(d->msg, want[i++]);
	assert_string_equal(l.head->code, "rule");
	assert_ptr_equal(l.tail, l.head->next->next->next);
	diag_list_free(&l);
}

static char *render(const diag_list_t *l, bool color)
{
	static char out[4096];
	buf_t b;
	buf_init(&b);
	diag_render_all(l, color, &b);
	assert_false(buf_failed(&b));
	assert_true(b.len < sizeof out);
	memcpy(out, b.data, b.len + 1);
	buf_free(&b);
	return out;
}

static void test_render(void **state)
{
	(void)state;
	src_file_t f = file_of("define 第二件 = x\n\tactivity y\n");
	diag_list_t l;
	diag_list_init(&l);
	diag_t *d = diag_add(&l, DIAG_ERROR, NULL, &f, sp(7 + 9 + 3, 1), "bad %s", "x");
	diag_note(d, &f, sp(7, 9), "named here");
	diag_add(&l, DIAG_WARNING, NULL, &f, sp(22, 8), "tab before");
	diag_add(&l, DIAG_ERROR, NULL, NULL, sp(0, 0), "no place");
	const char *want =
		"f.promo:1:14: error: bad x\n"
		"    1 | define 第二件 = x\n"
		"      | " "       " "      " "   " "^\n" /* 7 + three wide characters + 3 */
		"f.promo:1:8: note: named here\n"
		"    1 | define 第二件 = x\n"
		"      |        ^~~~~~\n"
		"f.promo:2:2: warning: tab before\n"
		"    2 | \tactivity y\n"
		"      | \t^~~~~~~~\n"
		"promo: error: no place\n";
	assert_string_equal(render(&l, false), want);
	const char *c = render(&l, true);
	assert_non_null(strstr(c, "\033[1;31merror:"));
	assert_non_null(strstr(c, "\033[1;35mwarning:"));
	assert_non_null(strstr(c, "\033[1;36mnote:"));
	diag_list_free(&l);
}

static void test_render_edges(void **state)
{
	(void)state;
	char longline[600];
	memset(longline, 'a', sizeof longline - 2);
	longline[sizeof longline - 2] = '\n';
	longline[sizeof longline - 1] = 0;
	src_file_t f = file_of(longline);
	diag_list_t l;
	diag_list_init(&l);
	diag_add(&l, DIAG_ERROR, NULL, &f, sp(300, 2), "deep inside");
	diag_add(&l, DIAG_ERROR, NULL, &f, sp((uint32_t)f.len, 0), "at the end");
	const char *r = render(&l, false);
	/* a window around the place, marked with "..." on both sides */
	assert_non_null(strstr(r, "f.promo:1:301: error: deep inside\n    1 | ...aaaa"));
	assert_non_null(strstr(r, "aaa...\n      |    "));
	assert_non_null(strstr(r, "f.promo:2:1: error: at the end\n    2 | \n      | ^\n"));
	diag_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_linecol),
		cmocka_unit_test(test_sort_and_dedupe),
		cmocka_unit_test(test_render),
		cmocka_unit_test(test_render_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
