/* sort.c — sort_inplace: insertion sort for a handful of elements, beyond
 * that Floyd's bottom-up heapsort (in place, about n log2 n comparisons at
 * worst): the hole at the root walks down to a leaf along the larger
 * children, then the displaced element climbs back up from there. */
#include "support/sort.h"
#include <string.h>

#define AT(i) (b + (i) * size)

/* memcpy of one element; the sizes the library sorts are copied inline. */
static inline void move(unsigned char *d, const unsigned char *s, size_t size)
{
	switch (size) {
	case 4: memcpy(d, s, 4); return;
	case 16: memcpy(d, s, 16); return;
	case 32: memcpy(d, s, 32); return;
	case 48: memcpy(d, s, 48); return;
	default: memcpy(d, s, size); return;
	}
}

/* Restores the heap property below the hole at i (heap of n elements),
 * then puts the element in t where it belongs. */
static void fill_hole(unsigned char *b, size_t i, size_t n, size_t size, sort_cmp_fn cmp,
		      const unsigned char *t)
{
	size_t top = i, c;
	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && cmp(AT(c), AT(c + 1)) < 0)
			c++;
		move(AT(i), AT(c), size);
		i = c;
	}
	while (i > top) {
		size_t p = (i - 1) / 2;
		if (cmp(AT(p), t) >= 0)
			break;
		move(AT(i), AT(p), size);
		i = p;
	}
	move(AT(i), t, size);
}

void sort_inplace(void *base, size_t n, size_t size, sort_cmp_fn cmp)
{
	unsigned char *b = base, t[SORT_MAX_SIZE];
	if (n <= 12) {
		for (size_t i = 1; i < n; i++) {
			size_t j = i;
			move(t, AT(i), size);
			for (; j > 0 && cmp(AT(j - 1), t) > 0; j--)
				move(AT(j), AT(j - 1), size);
			move(AT(j), t, size);
		}
		return;
	}
	for (size_t i = n / 2; i-- > 0;) {
		move(t, AT(i), size);
		fill_hole(b, i, n, size, cmp, t);
	}
	for (size_t end = n; --end > 0;) {
		move(t, AT(end), size);
		move(AT(end), b, size);
		fill_hole(b, 0, end, size, cmp, t);
	}
}
