/* bench_time.c — a monotonic clock in nanoseconds and quantiles. */
#include <stdlib.h>
#include <time.h>
#include "bench/bench.h"

uint64_t bn_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

uint64_t bn_quantile(uint64_t *v, size_t n, unsigned q)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, cmp_u64);
	size_t i = (n - 1) * q / 1000;
	return v[i];
}
