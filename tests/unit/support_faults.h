/* support_faults.h — fault injection for the API tests: an allocator
 * hook (px_set_allocator) whose Nth allocation fails, counting the blocks
 * still live so a test can prove nothing leaks on any failure path. */
#ifndef PROMO_TEST_SUPPORT_FAULTS_H
#define PROMO_TEST_SUPPORT_FAULTS_H
#include <stddef.h>

typedef struct faults {
	long countdown; /* allocations left before the failure; < 0: never */
	long live;      /* blocks allocated and not yet freed */
	long allocs;    /* blocks allocated in all */
} faults_t;

/* The hook: px_set_allocator(faults_realloc, &f). */
void *faults_realloc(void *ud, void *p, size_t n);

#endif
