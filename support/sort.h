/* sort.h — an in-place sort that allocates nothing. The C library's qsort
 * may call malloc (glibc's merge sort does, for anything over 1 KiB), and
 * pricing must not allocate once warm. */
#ifndef PROMO_SORT_H
#define PROMO_SORT_H
#include <stddef.h>

typedef int (*sort_cmp_fn)(const void *a, const void *b);

/* The largest element sort_inplace takes, in bytes. */
#define SORT_MAX_SIZE 64

/* Sorts n elements of size (<= SORT_MAX_SIZE) bytes at base ascending by
 * cmp, as qsort does: O(n log n) comparisons in the worst case, no memory.
 * Not stable, so cmp must be a total order (the callers break ties by
 * index). */
void sort_inplace(void *base, size_t n, size_t size, sort_cmp_fn cmp);

#endif
