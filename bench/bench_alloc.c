/* bench_alloc.c — a counting allocator installed through
 * promo_set_allocator. Each block carries its size in a header so frees
 * can be subtracted from the live total. Single-threaded, like the bench. */
#include <stdlib.h>
#include "bench/bench.h"

#define HDR 16 /* keeps the user pointer aligned for any type */

static uint64_t calls;
static int64_t live;

static void *counting(void *ud, void *p, size_t n)
{
	(void)ud;
	char *h = p ? (char *)p - HDR : NULL;
	size_t old = h ? *(size_t *)h : 0;
	if (n == 0) {
		live -= (int64_t)old;
		free(h);
		return NULL;
	}
	char *q = realloc(h, n + HDR);
	if (!q)
		return NULL;
	calls++;
	live += (int64_t)n - (int64_t)old;
	*(size_t *)q = n;
	return q + HDR;
}

void bn_count_allocations(void) { promo_set_allocator(counting, NULL); }
uint64_t bn_alloc_calls(void) { return calls; }
int64_t bn_alloc_live(void) { return live; }
