/* catalog_map.c — a string-keyed open-addressing hash map living in an
 * arena. The catalog indexes SKUs, categories and brands with it, and the
 * overlap checker its buckets: both need O(1) lookups at 100k entries. */
#include <string.h>
#include "compiler/catalog.h"

typedef struct cmap_slot {
	const char *key;
	void *v;
} cmap_slot_t;

struct cat_map {
	arena_t *arena;
	cmap_slot_t *slots;
	size_t cap, n; /* cap is a power of two, kept at most half full */
};

/* FNV-1a: short keys, no adversary (the catalog is the operator's own). */
static uint64_t cmap_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static cmap_slot_t *cmap_find(cmap_slot_t *slots, size_t cap, const char *key)
{
	size_t i = (size_t)cmap_hash(key) & (cap - 1);
	while (slots[i].key && strcmp(slots[i].key, key) != 0)
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

cat_map_t *cmap_new(arena_t *a)
{
	cat_map_t *m = arena_alloc(a, sizeof *m);
	if (!m)
		return NULL;
	m->arena = a;
	m->cap = 16;
	m->slots = arena_alloc(a, m->cap * sizeof *m->slots);
	return m->slots ? m : NULL;
}

void *cmap_get(const cat_map_t *m, const char *key)
{
	return cmap_find(m->slots, m->cap, key)->v;
}

static int cmap_grow(cat_map_t *m)
{
	size_t cap = m->cap * 2;
	cmap_slot_t *s = arena_alloc(m->arena, cap * sizeof *s);
	if (!s)
		return -1;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			*cmap_find(s, cap, m->slots[i].key) = m->slots[i];
	m->slots = s;
	m->cap = cap;
	return 0;
}

int cmap_put(cat_map_t *m, const char *key, void *v)
{
	if ((m->n + 1) * 2 > m->cap && cmap_grow(m) != 0)
		return -1;
	cmap_slot_t *s = cmap_find(m->slots, m->cap, key);
	if (!s->key) {
		s->key = key;
		m->n++;
	}
	s->v = v;
	return 0;
}

void cmap_each(const cat_map_t *m, void (*fn)(const char *key, void *v, void *ud), void *ud)
{
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			fn(m->slots[i].key, m->slots[i].v, ud);
}
