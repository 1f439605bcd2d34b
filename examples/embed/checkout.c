/* checkout.c — a checkout service in miniature: load a compiled program
 * once, then price carts from several threads, each with its own reusable
 * cart and result, all sharing the one immutable program. No JSON in
 * between: carts are built through the API.
 *
 *   cc checkout.c $(pkg-config --cflags --libs promo) -pthread -o checkout
 *   ./checkout double11.pbc [THREADS]
 *
 * It prints each cart's totals once, and exits 1 if any thread priced any
 * cart differently from the first (which would be a bug in the library). */
#define _POSIX_C_SOURCE 200809L
#include <promo.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCARTS 4
#define ROUNDS 250
#define MAX_THREADS 64

/* One line of a cart: SKU, quantity, unit price in fen, category. */
typedef struct item {
	const char *sku;
	int64_t qty, price;
	const char *category;
} item_t;

/* The carts every thread prices (SKUs from examples/double11.promo). */
static const item_t carts[NCARTS][4] = {
	{ { "SKU-1002", 1, 10000, "audio" } },
	{ { "SKU-1001", 5, 3000, "phone" }, { "SKU-1004", 2, 15000, "tea" } },
	{ { "SKU-3001", 1, 40000, "kitchen" }, { "SKU-3002", 1, 35000, "kitchen" },
	  { "SKU-3003", 1, 25000, "kitchen" } },
	{ { "SKU-2001", 1, 399900, "tv" }, { "SKU-1007", 3, 2500, "socks" } },
};

typedef struct job {
	const promo_program *prog;
	int64_t at;
	int64_t totals[NCARTS]; /* what this thread got, per cart */
	promo_status st;
} job_t;

/* Rebuilds cart k in c: reset keeps the memory, so this allocates nothing
 * once the cart is warm. */
static promo_status fill(promo_cart *c, int k, int64_t at)
{
	promo_status st = promo_cart_reset(c);
	for (int i = 0; st == PROMO_OK && i < 4 && carts[k][i].sku; i++) {
		const item_t *it = &carts[k][i];
		st = promo_cart_add_line(c, it->sku, it->qty, it->price, it->category, NULL);
	}
	if (st == PROMO_OK)
		st = promo_cart_set_customer(c, "u42");
	if (st == PROMO_OK)
		st = promo_cart_set_bool(c, PROMO_CUSTOMER, "first_order", k == 0);
	if (st == PROMO_OK)
		st = promo_cart_set_shipping(c, 1000);
	if (st == PROMO_OK)
		st = promo_cart_set_time(c, at);
	return st;
}

static void *worker(void *arg)
{
	job_t *j = arg;
	promo_cart *c = NULL;
	promo_result *r = NULL;
	promo_totals t;
	j->st = promo_cart_new(&c);
	if (j->st == PROMO_OK)
		j->st = promo_result_new(&r);
	for (int round = 0; j->st == PROMO_OK && round < ROUNDS; round++) {
		for (int k = 0; j->st == PROMO_OK && k < NCARTS; k++) {
			j->st = fill(c, k, j->at);
			if (j->st == PROMO_OK)
				j->st = promo_price(j->prog, c, r);
			if (j->st == PROMO_OK)
				j->st = promo_result_totals(r, &t);
			if (j->st == PROMO_OK)
				j->totals[k] = t.total;
		}
	}
	promo_result_free(r);
	promo_cart_free(c);
	return NULL;
}

/* Prints cart k's totals and what applied, priced once more. */
static int describe(const promo_program *p, int k, int64_t at)
{
	promo_cart *c = NULL;
	promo_result *r = NULL;
	promo_totals t;
	promo_applied a;
	size_t n = 0;
	char sub[24], disc[24], total[24], off[24];
	promo_status st = promo_cart_new(&c);
	if (st == PROMO_OK && (st = promo_result_new(&r)) == PROMO_OK && (st = fill(c, k, at)) == PROMO_OK)
		st = promo_price(p, c, r);
	if (st == PROMO_OK && (st = promo_result_totals(r, &t)) == PROMO_OK)
		st = promo_result_count(r, PROMO_APPLIED, &n);
	if (st != PROMO_OK) {
		fprintf(stderr, "checkout: cart %d: %s (%s)\n", k, promo_strerror(st),
			promo_result_error(r));
	} else {
		promo_money_format(t.subtotal, t.decimals, sub);
		promo_money_format(t.discount, t.decimals, disc);
		promo_money_format(t.total, t.decimals, total);
		printf("cart %d: subtotal %s %s, discount %s, total %s", k, sub, t.currency, disc, total);
		for (size_t i = 0; i < n && promo_result_applied(r, i, &a) == PROMO_OK; i++) {
			promo_money_format(a.discount, t.decimals, off);
			printf("%s %s -%s", i ? "," : " |", a.activity, off);
		}
		putchar('\n');
	}
	promo_result_free(r);
	promo_cart_free(c);
	return st == PROMO_OK ? 0 : 1;
}

static int run_threads(const promo_program *p, int nthreads, int64_t at)
{
	pthread_t tid[MAX_THREADS];
	job_t jobs[MAX_THREADS];
	int bad = 0;
	for (int i = 0; i < nthreads; i++) {
		jobs[i] = (job_t){ .prog = p, .at = at };
		if (pthread_create(&tid[i], NULL, worker, &jobs[i]) != 0)
			return fprintf(stderr, "checkout: cannot start a thread\n"), 1;
	}
	for (int i = 0; i < nthreads; i++)
		pthread_join(tid[i], NULL);
	for (int i = 0; i < nthreads; i++) {
		if (jobs[i].st != PROMO_OK) {
			fprintf(stderr, "checkout: thread %d: %s\n", i, promo_strerror(jobs[i].st));
			bad = 1;
		} else if (memcmp(jobs[i].totals, jobs[0].totals, sizeof jobs[0].totals) != 0) {
			fprintf(stderr, "checkout: thread %d priced differently\n", i);
			bad = 1;
		}
	}
	if (!bad)
		printf("%d threads x %d carts: identical totals\n", nthreads, NCARTS * ROUNDS);
	return bad;
}

int main(int argc, char **argv)
{
	char err[256];
	promo_program *p = NULL;
	int64_t at;
	int nthreads = argc > 2 ? atoi(argv[2]) : 8;
	if (argc < 2 || nthreads < 1 || nthreads > MAX_THREADS) {
		fprintf(stderr, "usage: checkout PROGRAM.pbc [THREADS (1-%d)]\n", MAX_THREADS);
		return 2;
	}
	/* Verified on load: a damaged or tampered file is refused here. */
	if (promo_program_load_file(argv[1], &p, err, sizeof err) != PROMO_OK) {
		fprintf(stderr, "checkout: %s\n", err);
		return 1;
	}
	promo_time_parse("2026-11-11T20:05:00+08:00", &at);
	printf("libpromo %s\n", promo_version());
	int rc = 0;
	for (int k = 0; k < NCARTS; k++)
		rc |= describe(p, k, at);
	rc |= run_threads(p, nthreads, at);
	promo_program_free(p);
	return rc;
}
