/* test_support.c — arena, vec, buf, the in-place sort, UTF-8 and the
 * allocator hook. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "support/alloc.h"
#include "support/arena.h"
#include "support/buf.h"
#include "support/sort.h"
#include "support/utf8.h"

static void test_arena_vec(void **state)
{
	(void)state;
	arena_t *a = arena_new();
	assert_non_null(a);
	char *s = arena_strdup(a, "第二件半价");
	assert_string_equal(s, "第二件半价");
	unsigned char *big = arena_alloc(a, 100000);
	assert_non_null(big);
	assert_int_equal(big[99999], 0); /* zeroed */
	vec_t v = { 0 };
	for (intptr_t i = 0; i < 1000; i++)
		assert_int_equal(vec_push(a, &v, (void *)i), 0);
	assert_int_equal(v.n, 1000);
	for (intptr_t i = 0; i < 1000; i++)
		assert_int_equal((intptr_t)v.items[i], i);
	assert_true(arena_used(a) >= 100000);
	assert_string_equal(s, "第二件半价"); /* not disturbed by later chunks */
	arena_free(a);
}

/* Records of the largest size sort_inplace takes, keys with many ties, the
 * index breaking them: sort_inplace gives qsort's order, every count. */
typedef struct rec { int64_t key, index; char pad[SORT_MAX_SIZE - 16]; } rec_t;

static int rec_cmp(const void *a, const void *b)
{
	const rec_t *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->index > y->index) - (x->index < y->index);
}

static int int_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void test_sort_inplace(void **state)
{
	(void)state;
	static rec_t a[300], b[300];
	static int u[300], v[300];
	unsigned seed = 1;
	for (size_t n = 0; n <= 300; n += n < 40 ? 1 : 37) {
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			a[i] = (rec_t){ .key = (int64_t)(seed >> 16) % 7, .index = (int64_t)i };
			memset(a[i].pad, (int)i, sizeof a[i].pad);
			u[i] = (int)(seed >> 8) - (1 << 22);
		}
		memcpy(b, a, n * sizeof *a);
		memcpy(v, u, n * sizeof *u);
		sort_inplace(a, n, sizeof *a, rec_cmp);
		qsort(b, n, sizeof *b, rec_cmp);
		assert_memory_equal(a, b, n * sizeof *a);
		sort_inplace(u, n, sizeof *u, int_cmp);
		qsort(v, n, sizeof *v, int_cmp);
		assert_memory_equal(u, v, n * sizeof *u);
	}
}

static void test_buf(void **state)
{
	(void)state;
	buf_t b;
	buf_init(&b);
	for (int i = 0; i < 1000; i++)
		buf_printf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 2000);
	buf_reset(&b);
	buf_put_json_str(&b, "a\"b\\c\n\x01满", strlen("a\"b\\c\n\x01满"));
	assert_string_equal(b.data, "\"a\\\"b\\\\c\\n\\u0001满\"");
	char *t = buf_take(&b);
	assert_string_equal(t, "\"a\\\"b\\\\c\\n\\u0001满\"");
	assert_null(b.data);
	px_free(t);
	/* An empty piece may come with no pointer at all (an empty source
	 * handed in as NULL, 0): nothing to copy, and still a string. */
	buf_put(&b, NULL, 0);
	assert_non_null(b.data);
	assert_string_equal(b.data, "");
	buf_free(&b);
}

static void test_utf8(void **state)
{
	(void)state;
	const unsigned char ok[] = "a→≥满";
	assert_int_equal(utf8_first_invalid(ok, sizeof ok - 1), sizeof ok - 1);
	assert_int_equal(utf8_count(ok, sizeof ok - 1), 4);
	uint32_t cp;
	assert_int_equal(utf8_decode((const unsigned char *)"→", 3, &cp), 3);
	assert_int_equal(cp, 0x2192);
	const unsigned char overlong[] = { 'a', 0xC0, 0xAF };
	assert_int_equal(utf8_first_invalid(overlong, 3), 1);
	const unsigned char surrogate[] = { 0xED, 0xA0, 0x80 };
	assert_int_equal(utf8_valid_len(surrogate, 3), 0);
	const unsigned char truncated[] = { 0xE6, 0xBB };
	assert_int_equal(utf8_valid_len(truncated, 2), 0);
	const unsigned char toobig[] = { 0xF4, 0x90, 0x80, 0x80 };
	assert_int_equal(utf8_valid_len(toobig, 4), 0);
}

/* An allocator that fails after a budget of calls, to prove failures are
 * reported, not crashed on. */
static int budget;
static void *failing(void *ud, void *p, size_t n)
{
	(void)ud;
	if (n == 0) {
		free(p);
		return NULL;
	}
	if (budget-- <= 0)
		return NULL;
	return realloc(p, n);
}

static void test_alloc_failure(void **state)
{
	(void)state;
	for (int k = 0; k < 6; k++) {
		px_set_allocator(failing, NULL);
		budget = k;
		arena_t *a = arena_new();
		if (a) {
			vec_t v = { 0 };
			int rc = 0;
			for (int i = 0; i < 5000 && rc == 0; i++)
				rc = vec_push(a, &v, a);
			assert_true(rc == 0 || rc == -1);
			arena_free(a);
		}
		buf_t b;
		buf_init(&b);
		for (int i = 0; i < 5000; i++)
			buf_puts(&b, "xxxxxxxxxxxxxxxx");
		if (buf_failed(&b))
			assert_null(buf_take(&b));
		buf_free(&b);
		px_set_allocator(NULL, NULL);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_vec),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_sort_inplace),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_alloc_failure),
	};
	return cmocka_run_group_tests_name("support", tests, NULL, NULL);
}
