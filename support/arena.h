/* arena.h — bump allocator: the compiler allocates the AST here and frees
 * it in one call, so error recovery cannot leak. Allocation goes through the
 * library's allocator hook (alloc.h), so fault injection reaches it. */
#ifndef PROMO_ARENA_H
#define PROMO_ARENA_H
#include <stddef.h>

typedef struct arena arena_t;

arena_t *arena_new(void);
void arena_free(arena_t *a);
/* Zeroed memory, aligned for any type; NULL only when memory runs out. */
void *arena_alloc(arena_t *a, size_t n);
char *arena_strndup(arena_t *a, const char *s, size_t n);
char *arena_strdup(arena_t *a, const char *s);
/* Bytes handed out so far (for the benchmarks' memory figures). */
size_t arena_used(const arena_t *a);

/* A growable array of pointers, stored in an arena. */
typedef struct vec {
	void **items;
	size_t n, cap;
} vec_t;

/* Appends p; returns 0, or -1 when memory runs out. */
int vec_push(arena_t *a, vec_t *v, void *p);

#endif
