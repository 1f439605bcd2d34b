/* bench_load.c — .pbc load+verify: the median of repeated loads from
 * memory (the file is read once; disk time is not the VM's), the file's
 * bytes per activity, and what the loaded program holds in memory (counted
 * through the allocator hook), per activity. Prints one table row. */
#include <stdio.h>
#include <stdlib.h>
#include "bench/bench.h"

static void *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	void *b = n > 0 ? malloc((size_t)n) : NULL;
	if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
		free(b);
		b = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return b;
}

int bn_load(const char *pbc, uint32_t activities)
{
	enum { RUNS = 7 };
	uint64_t ns[RUNS];
	int64_t held = 0;
	size_t len = 0;
	char err[256] = "";
	void *bytes = read_all(pbc, &len);
	if (!bytes) {
		fprintf(stderr, "bench_vm: cannot read %s\n", pbc);
		return 2;
	}
	for (int k = 0; k < RUNS; k++) {
		promo_program *p = NULL;
		int64_t live0 = bn_alloc_live();
		uint64_t t0 = bn_now_ns();
		promo_status st = promo_program_load_memory(bytes, len, &p, err, sizeof err);
		ns[k] = bn_now_ns() - t0;
		held = bn_alloc_live() - live0;
		promo_program_free(p);
		if (st) {
			fprintf(stderr, "bench_vm: %s: %s\n", pbc, err);
			free(bytes);
			return 1;
		}
	}
	free(bytes);
	uint64_t med = bn_quantile(ns, RUNS, 500);
	printf("| %u | %.2f ms | %zu | %.0f | %lld | %.0f |\n", activities, med / 1e6, len,
	       (double)len / activities, (long long)held, (double)held / activities);
	return 0;
}
