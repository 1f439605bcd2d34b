/* test_api_program.c — the program half of promo.h: compile, save, load
 * (file and memory, trusted and corrupted), accessors, and every error path
 * (NULL arguments, handles of the wrong kind, damaged bytes). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests/unit/support_lib.h"

static void test_version_and_strerror(void **state)
{
	(void)state;
	assert_string_equal(promo_version(), PROMO_VERSION);
	char v[32];
	snprintf(v, sizeof v, "%d.%d.%d", PROMO_VERSION_MAJOR, PROMO_VERSION_MINOR,
		 PROMO_VERSION_PATCH);
	assert_string_equal(v, PROMO_VERSION);
	assert_string_equal(promo_strerror(PROMO_OK), "ok");
	assert_string_equal(promo_strerror(PROMO_E_NOMEM), "out of memory");
	/* every status has its own message; an unknown value still gets one */
	for (int a = PROMO_OK; a <= PROMO_E_NOTFOUND; a++)
		for (int b = a + 1; b <= PROMO_E_NOTFOUND; b++)
			assert_string_not_equal(promo_strerror(a), promo_strerror(b));
	assert_string_equal(promo_strerror((promo_status)999), "unknown status");
	promo_free(NULL);
	/* The values are frozen: a service built against an older promo.h
	 * compares them as numbers. */
	static const promo_status frozen[] = { PROMO_OK, PROMO_E_NULL, PROMO_E_NOMEM, PROMO_E_IO,
					       PROMO_E_COMPILE, PROMO_E_BYTECODE, PROMO_E_CART,
					       PROMO_E_OVERFLOW, PROMO_E_LIMIT, PROMO_E_ARG,
					       PROMO_E_NOTFOUND };
	for (int i = 0; i < (int)(sizeof frozen / sizeof frozen[0]); i++)
		assert_int_equal(frozen[i], i);
}

static void test_compile_and_accessors(void **state)
{
	(void)state;
	promo_program *p = tl_compile(tl_program_src);
	size_t n = 0;
	const char *name = NULL, *title = NULL, *cur = NULL;
	int dec = -1;
	assert_int_equal(promo_program_activity_count(p, &n), PROMO_OK);
	assert_int_equal(n, 7);
	assert_int_equal(promo_program_activity(p, 0, &name, &title), PROMO_OK);
	assert_string_equal(name, "earbuds");
	assert_string_equal(title, "耳机八折");
	assert_int_equal(promo_program_activity(p, 1, &name, &title), PROMO_OK);
	assert_string_equal(name, "tea");
	assert_null(title);
	assert_int_equal(promo_program_activity(p, 6, &name, NULL), PROMO_OK);
	assert_string_equal(name, "free_ship");
	assert_int_equal(promo_program_activity(p, 7, &name, NULL), PROMO_E_NOTFOUND);
	assert_int_equal(promo_program_currency(p, &cur, &dec), PROMO_OK);
	assert_string_equal(cur, "CNY");
	assert_int_equal(dec, 2);
	char *listing = NULL;
	assert_int_equal(promo_program_disasm(p, &listing), PROMO_OK);
	assert_non_null(strstr(listing, "earbuds"));
	assert_non_null(strstr(listing, "big_order"));
	promo_free(listing);
	promo_program_free(p);
}

static void test_compile_errors_go_to_the_caller(void **state)
{
	(void)state;
	const char *src = "currency CNY\nactivity a item X: 120%\nactivity a item Y: -5\n";
	promo_program *p = (promo_program *)&p; /* must be overwritten with NULL */
	promo_diags *d = NULL;
	assert_int_equal(promo_compile("bad.promo", src, strlen(src), &p, &d), PROMO_E_COMPILE);
	assert_null(p);
	assert_non_null(d);
	char *text = NULL;
	assert_int_equal(promo_diags_render(d, 0, &text), PROMO_OK);
	assert_non_null(strstr(text, "bad.promo:2:"));
	assert_non_null(strstr(text, "bad.promo:3:"));
	promo_free(text);
	promo_diags_free(d);
	assert_int_equal(promo_compile(NULL, src, strlen(src), &p, &d), PROMO_E_NULL);
	assert_int_equal(promo_compile("x", NULL, 0, &p, &d), PROMO_E_NULL);
	assert_int_equal(promo_compile("x", src, strlen(src), NULL, &d), PROMO_E_NULL);
}

static void test_save_load_roundtrip(void **state)
{
	(void)state;
	promo_program *p = tl_compile(tl_program_src), *q = NULL;
	size_t len = 0, len2 = 0;
	void *bytes = tl_save(p, &len);
	char err[256] = "x";
	assert_int_equal(promo_program_load_memory(bytes, len, &q, err, sizeof err), PROMO_OK);
	void *bytes2 = tl_save(q, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(bytes, bytes2, len); /* loading loses nothing */
	/* through a file, replaced atomically */
	char path[] = "/tmp/promo-test-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(promo_program_save_file(q, path), PROMO_OK);
	promo_program *r = NULL;
	assert_int_equal(promo_program_load_file(path, &r, err, sizeof err), PROMO_OK);
	size_t n = 0;
	assert_int_equal(promo_program_activity_count(r, &n), PROMO_OK);
	assert_int_equal(n, 7);
	remove(path);
	promo_free(bytes);
	promo_free(bytes2);
	promo_program_free(p);
	promo_program_free(q);
	promo_program_free(r);
}

static void test_corrupted_bytes_are_refused(void **state)
{
	(void)state;
	promo_program *p = tl_compile(tl_program_src), *q = NULL;
	size_t len = 0;
	unsigned char *bytes = tl_save(p, &len);
	unsigned char *copy = malloc(len);
	char err[256];
	for (size_t i = 0; i < len; i += 1 + len / 97) { /* flip a byte */
		memcpy(copy, bytes, len);
		copy[i] ^= 0x5a;
		err[0] = '\0';
		q = (promo_program *)&q;
		assert_int_equal(promo_program_load_memory(copy, len, &q, err, sizeof err),
				 PROMO_E_BYTECODE);
		assert_null(q);
		assert_true(err[0] != '\0');
	}
	for (size_t cut = 0; cut < len; cut += 1 + len / 31) { /* truncate */
		assert_int_equal(promo_program_load_memory(bytes, cut, &q, err, sizeof err),
				 PROMO_E_BYTECODE);
		assert_null(q);
	}
	/* the message is truncated to the caller's buffer, NUL included */
	memcpy(copy, bytes, len);
	copy[0] ^= 0xff;
	char tiny[8];
	assert_int_equal(promo_program_load_memory(copy, len, &q, tiny, sizeof tiny),
			 PROMO_E_BYTECODE);
	assert_true(strlen(tiny) < sizeof tiny);
	assert_int_equal(promo_program_load_memory(copy, len, &q, NULL, 0), PROMO_E_BYTECODE);
	free(copy);
	promo_free(bytes);
	promo_program_free(p);
}

static void test_load_errors(void **state)
{
	(void)state;
	promo_program *q = NULL;
	char err[256] = "";
	assert_int_equal(promo_program_load_file("/nonexistent/x.pbc", &q, err, sizeof err),
			 PROMO_E_IO);
	assert_non_null(strstr(err, "/nonexistent/x.pbc"));
	assert_null(q);
	assert_int_equal(promo_program_load_file(NULL, &q, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_program_load_file("x", NULL, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_program_load_memory(NULL, 3, &q, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_program_load_memory("abc", 3, NULL, err, sizeof err), PROMO_E_NULL);
	assert_int_equal(promo_program_load_memory("", 0, &q, err, sizeof err), PROMO_E_BYTECODE);
	/* a directory opens but does not read */
	assert_int_not_equal(promo_program_load_file("/", &q, err, sizeof err), PROMO_OK);
	assert_null(q);
}

static void test_bad_handles(void **state)
{
	(void)state;
	promo_cart *c = NULL;
	assert_int_equal(promo_cart_new(&c), PROMO_OK);
	const promo_program *notp = (const promo_program *)(const void *)c;
	size_t n;
	const char *s;
	int dec;
	char *text;
	void *bytes;
	assert_int_equal(promo_program_activity_count(notp, &n), PROMO_E_ARG);
	assert_int_equal(promo_program_activity(notp, 0, &s, NULL), PROMO_E_ARG);
	assert_int_equal(promo_program_currency(notp, &s, &dec), PROMO_E_ARG);
	assert_int_equal(promo_program_disasm(notp, &text), PROMO_E_ARG);
	assert_int_equal(promo_program_save(notp, &bytes, &n), PROMO_E_ARG);
	assert_int_equal(promo_program_save_file(notp, "/tmp/never"), PROMO_E_ARG);
	promo_program_free((promo_program *)(void *)c); /* ignored: not a program */
	assert_int_equal(promo_program_activity_count(NULL, &n), PROMO_E_NULL);
	assert_int_equal(promo_program_activity(NULL, 0, &s, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_currency(NULL, &s, &dec), PROMO_E_NULL);
	assert_int_equal(promo_program_disasm(NULL, &text), PROMO_E_NULL);
	assert_int_equal(promo_program_save(NULL, &bytes, &n), PROMO_E_NULL);
	assert_int_equal(promo_program_save_file(NULL, "/tmp/never"), PROMO_E_NULL);
	promo_program_free(NULL);
	promo_cart_free(c);

	promo_program *p = tl_compile(tl_program_src);
	assert_int_equal(promo_program_activity_count(p, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_activity(p, 0, NULL, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_currency(p, NULL, &dec), PROMO_E_NULL);
	assert_int_equal(promo_program_currency(p, &s, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_disasm(p, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_save(p, NULL, &n), PROMO_E_NULL);
	assert_int_equal(promo_program_save(p, &bytes, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_save_file(p, NULL), PROMO_E_NULL);
	assert_int_equal(promo_program_save_file(p, "/nonexistent/dir/x.pbc"), PROMO_E_IO);
	promo_program_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_version_and_strerror),
		cmocka_unit_test(test_compile_and_accessors),
		cmocka_unit_test(test_compile_errors_go_to_the_caller),
		cmocka_unit_test(test_save_load_roundtrip),
		cmocka_unit_test(test_corrupted_bytes_are_refused),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_bad_handles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
