/* bench_vm — the VM through the public API (promo.h) against the
 * hand-written baseline, one after the other in one process, on the same
 * pre-built carts. Checks that both give the same totals and line totals
 * on every cart (exit 1 if not) and prints markdown table rows.
 *   bench_vm PROGRAM.pbc [--skus N] [--activities N] [--carts N] [--seed N]
 *            [--rounds N] [--agree-only]
 *   bench_vm --load FILE.pbc --activities N   (load+verify time, memory)
 * The sizes and seed must be the ones given to bench/gen for the .pbc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench/bench.h"

typedef struct opts {
	const char *pbc, *load;
	bm_sizes_t sz;
	unsigned rounds;
	bool agree_only;
} opts_t;

static int parse(int argc, char **argv, opts_t *o)
{
	for (int i = 1; i < argc; i++) {
		const char *f = argv[i];
		if (!strcmp(f, "--agree-only")) {
			o->agree_only = true;
			continue;
		}
		if (f[0] != '-') {
			o->pbc = f;
			continue;
		}
		if (i + 1 >= argc) {
			fprintf(stderr, "bench_vm: %s needs a value\n", f);
			return -1;
		}
		const char *v = argv[++i];
		unsigned long long x = strtoull(v, NULL, 10);
		if (!strcmp(f, "--load")) o->load = v;
		else if (!strcmp(f, "--skus")) o->sz.skus = (uint32_t)x;
		else if (!strcmp(f, "--activities")) o->sz.activities = (uint32_t)x;
		else if (!strcmp(f, "--carts")) o->sz.carts = (uint32_t)x;
		else if (!strcmp(f, "--seed")) o->sz.seed = x;
		else if (!strcmp(f, "--rounds")) o->rounds = (unsigned)x;
		else {
			fprintf(stderr, "bench_vm: unknown option %s\n", f);
			return -1;
		}
	}
	if (!o->pbc && !o->load) {
		fprintf(stderr, "usage: bench_vm PROGRAM.pbc [--skus N] [--activities N] [--carts N] "
				"[--seed N] [--rounds N] [--agree-only]\n"
				"       bench_vm --load FILE.pbc --activities N\n");
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	opts_t o = { .sz = { .skus = 10000, .activities = 1000, .carts = 10000, .max_lines = 30,
			     .seed = 20261111 },
		     .rounds = 5 };
	bn_count_allocations(); /* before any other promo_* call */
	if (parse(argc, argv, &o))
		return 2;
	if (o.load)
		return bn_load(o.load, o.sz.activities);
	return bn_pricing(o.pbc, &o.sz, o.rounds, o.agree_only);
}
