/* alloc.h — every allocation in the library goes through here, so an
 * embedder's allocator (promo_set_allocator) and the tests' fault
 * injection reach all of it. */
#ifndef PROMO_ALLOC_H
#define PROMO_ALLOC_H
#include <stddef.h>

void *px_malloc(size_t n);
void *px_calloc(size_t n, size_t size);
void *px_realloc(void *p, size_t n);
void px_free(void *p);

/* Hooks (set once, before any other call; see promo_set_allocator). */
typedef void *(*px_realloc_fn)(void *ud, void *p, size_t n); /* n == 0: free */
void px_set_allocator(px_realloc_fn fn, void *ud);

#endif
