/* test_api_threads.c — 8 threads share one program (loaded from .pbc bytes,
 * as a service would) and price the same carts over and over, each with its
 * own cart and result; every result must equal the single-threaded one,
 * byte for byte. The expected results come from a second copy of the
 * program, so the threads are the first to price with theirs and race to
 * build its lookup table (vm/index.c), released together by a barrier.
 * `make test-sanitize` also runs this under ThreadSanitizer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "tests/unit/support_lib.h"

#define NTHREADS 8
#define ROUNDS 60

static const char *const carts[] = {
	"{\"at\": \"2026-11-11T20:05:00+08:00\", \"lines\": ["
	"{\"sku\": \"SKU-1002\", \"qty\": 1, \"price\": \"100.00\"}]}",
	"{\"at\": \"2026-11-11T20:05:00+08:00\", \"shipping\": \"10.00\", \"lines\": ["
	"{\"sku\": \"SKU-1004\", \"qty\": 1, \"price\": \"350.00\"},"
	"{\"sku\": \"SKU-1006\", \"qty\": 1, \"price\": \"300.00\"},"
	"{\"sku\": \"SKU-1005\", \"qty\": 1, \"price\": \"500.00\"}]}",
	"{\"at\": \"2026-11-11T20:09:59+08:00\", \"state\": {\"stock\": {\"flash_tv\": 3}},"
	" \"lines\": [{\"sku\": \"SKU-2001\", \"qty\": 2, \"price\": \"3999.00\"}]}",
	"{\"at\": \"2026-11-11T20:10:00+08:00\", \"lines\": ["
	"{\"sku\": \"SKU-2001\", \"qty\": 1, \"price\": \"3999.00\"},"
	"{\"sku\": \"SKU-9001\", \"qty\": 1, \"price\": \"35.00\"}]}",
	"{\"at\": \"2026-11-12T00:00:00+08:00\", \"shipping\": \"8.00\", \"lines\": ["
	"{\"sku\": \"X\", \"qty\": 7, \"price\": \"13.33\"}]}",
};
#define NCARTS (sizeof carts / sizeof carts[0])

static promo_program *prog; /* shared by the threads, which price with it first */
static promo_program *ref;  /* the same bytes, priced alone for the expected results */
static char *expected[NCARTS];
static pthread_barrier_t start;

typedef struct job {
	int mismatches, failures;
} job_t;

/* Prices cart k with p into r; returns its JSON (promo_free) or NULL. */
static char *price_json(const promo_program *p, promo_cart *c, promo_result *r, size_t k)
{
	char *json = NULL;
	if (promo_cart_from_json(c, p, carts[k], strlen(carts[k]), NULL, 0) != PROMO_OK ||
	    promo_price(p, c, r) != PROMO_OK || promo_result_json(r, &json) != PROMO_OK)
		return NULL;
	return json;
}

static void *worker(void *arg)
{
	job_t *j = arg;
	promo_cart *c = NULL;
	promo_result *r = NULL;
	if (promo_cart_new(&c) != PROMO_OK || promo_result_new(&r) != PROMO_OK)
		j->failures++;
	pthread_barrier_wait(&start);
	for (int round = 0; round < ROUNDS && !j->failures; round++) {
		for (size_t k = 0; k < NCARTS; k++) {
			char *json = price_json(prog, c, r, (k + (size_t)round) % NCARTS);
			if (!json)
				j->failures++;
			else if (strcmp(json, expected[(k + (size_t)round) % NCARTS]) != 0)
				j->mismatches++;
			promo_free(json);
		}
	}
	promo_result_free(r);
	promo_cart_free(c);
	return NULL;
}

static void test_eight_threads_agree(void **state)
{
	(void)state;
	pthread_t tid[NTHREADS];
	job_t jobs[NTHREADS];
	memset(jobs, 0, sizeof jobs);
	assert_int_equal(pthread_barrier_init(&start, NULL, NTHREADS), 0);
	for (int i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_create(&tid[i], NULL, worker, &jobs[i]), 0);
	for (int i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_join(tid[i], NULL), 0);
	pthread_barrier_destroy(&start);
	for (int i = 0; i < NTHREADS; i++) {
		assert_int_equal(jobs[i].failures, 0);
		assert_int_equal(jobs[i].mismatches, 0);
	}
}

static int setup(void **state)
{
	(void)state;
	promo_program *src = tl_compile(tl_program_src);
	size_t len;
	void *bytes = tl_save(src, &len);
	promo_program_free(src);
	int bad = promo_program_load_memory(bytes, len, &prog, NULL, 0) != PROMO_OK ||
		  promo_program_load_memory(bytes, len, &ref, NULL, 0) != PROMO_OK;
	promo_free(bytes);
	promo_cart *c = NULL;
	promo_result *r = NULL;
	bad |= promo_cart_new(&c) != PROMO_OK || promo_result_new(&r) != PROMO_OK;
	for (size_t k = 0; !bad && k < NCARTS; k++)
		bad |= !(expected[k] = price_json(ref, c, r, k));
	promo_result_free(r);
	promo_cart_free(c);
	return bad;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t k = 0; k < NCARTS; k++)
		promo_free(expected[k]);
	promo_program_free(prog);
	promo_program_free(ref);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eight_threads_agree),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
