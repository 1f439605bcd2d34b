/* arena.c — chunks chained from the newest; big requests get a chunk of
 * their own so the slack stays small. */
#include "support/arena.h"
#include <stdint.h>
#include <string.h>
#include "support/alloc.h"

#define ARENA_CHUNK 16384
#define ARENA_ALIGN 16

typedef struct chunk {
	struct chunk *prev;
	size_t used, size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
} chunk_t;

struct arena {
	chunk_t *cur;
	size_t total;
};

arena_t *arena_new(void)
{
	return px_calloc(1, sizeof(arena_t));
}

void arena_free(arena_t *a)
{
	if (!a)
		return;
	for (chunk_t *c = a->cur, *prev; c; c = prev) {
		prev = c->prev;
		px_free(c);
	}
	px_free(a);
}

static chunk_t *arena_grow(arena_t *a, size_t need)
{
	size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
	chunk_t *c = px_malloc(sizeof(chunk_t) + size);
	if (!c)
		return NULL;
	c->used = 0;
	c->size = size;
	/* A one-off big block goes behind the current chunk so the current
	 * chunk's free space is not abandoned. */
	if (a->cur && need > ARENA_CHUNK) {
		c->prev = a->cur->prev;
		a->cur->prev = c;
	} else {
		c->prev = a->cur;
		a->cur = c;
	}
	return c;
}

void *arena_alloc(arena_t *a, size_t n)
{
	if (n > SIZE_MAX / 2)
		return NULL;
	n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	chunk_t *c = a->cur;
	if (!c || c->size - c->used < n) {
		c = arena_grow(a, n);
		if (!c)
			return NULL;
	}
	void *p = c->data + c->used;
	c->used += n;
	a->total += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(arena_t *a, const char *s, size_t n)
{
	char *d = arena_alloc(a, n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = 0;
	}
	return d;
}

char *arena_strdup(arena_t *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

size_t arena_used(const arena_t *a)
{
	return a->total;
}

int vec_push(arena_t *a, vec_t *v, void *p)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 4;
		void **items = arena_alloc(a, cap * sizeof *items);
		if (!items)
			return -1;
		if (v->n)
			memcpy(items, v->items, v->n * sizeof *items);
		v->items = items;
		v->cap = cap;
	}
	v->items[v->n++] = p;
	return 0;
}
