/* index.c — the key index as a hash table, built on a program's first
 * price. The sorted keys (program.h) stay the format's index and the
 * fallback: a binary search costs about log2(keys) string compares per
 * lookup, and pricing looks up every line's SKU, category and brand — the
 * largest cost of a cart before this table. The table holds one entry per
 * key string with its key of every kind, so a line's SKU is hashed and
 * compared once for the item level (SKU) and the combo level (COMBO).
 * Built lazily, not at load, so loading stays a read of the file; a shared
 * program may be priced by many threads at once, so the table is
 * published with a compare-and-swap and a loser frees its copy. */
#include <stdatomic.h>
#include <string.h>
#include "support/alloc.h"
#include "vm/program.h"

#define SLOT_EMPTY UINT32_MAX

typedef struct slot {
	uint32_t hash; /* of the key bytes: most misses end here */
	uint32_t ent;  /* index in ents, SLOT_EMPTY when free */
} slot_t;

struct vm_keyhash {
	uint32_t mask;     /* slots - 1; slots a power of two, at least twice the keys */
	vm_keyent_t *ents; /* one per distinct key string, in the same block */
	slot_t slot[];
};

static uint32_t key_hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (uint8_t)*s;
		h *= 16777619u;
	}
	return h ^ (h >> 15);
}

/* The slot holding key s, or the free slot where it would go. */
static inline slot_t *find_slot(const vm_program_t *p, const vm_keyhash_t *t, const char *s, uint32_t h)
{
	uint32_t i = h & t->mask;
	for (; t->slot[i].ent != SLOT_EMPTY; i = (i + 1) & t->mask)
		if (t->slot[i].hash == h && strcmp(vm_str(p, t->ents[t->slot[i].ent].str), s) == 0)
			break;
	return (slot_t *)&t->slot[i];
}

static vm_keyhash_t *build(const vm_program_t *p)
{
	size_t slots = 16;
	while (slots < (size_t)p->nkeys * 2)
		slots *= 2;
	vm_keyhash_t *t = px_malloc(sizeof *t + slots * sizeof *t->slot + (p->nkeys + 1) * sizeof *t->ents);
	if (!t)
		return NULL;
	t->mask = (uint32_t)(slots - 1);
	t->ents = (vm_keyent_t *)(t->slot + slots);
	memset(t->slot, 0xff, slots * sizeof *t->slot);
	uint32_t nents = 0;
	for (uint32_t k = 0; k < p->nkeys; k++) {
		const char *s = vm_str(p, p->keys[k].key);
		uint32_t h = key_hash(s);
		slot_t *sl = find_slot(p, t, s, h);
		if (sl->ent == SLOT_EMPTY) {
			vm_keyent_t *e = &t->ents[nents];
			e->str = p->keys[k].key;
			memset(e->key, 0xff, sizeof e->key);
			*sl = (slot_t){ h, nents++ };
		}
		t->ents[sl->ent].key[p->keys[k].kind] = k;
	}
	return t;
}

const vm_keyhash_t *vm_keyhash_ready(const vm_program_t *p)
{
	vm_program_t *m = (vm_program_t *)p; /* only the published table changes */
	vm_keyhash_t *t = atomic_load_explicit(&m->keyhash, memory_order_acquire), *none = NULL;
	if (t || !(t = build(p)))
		return t; /* out of memory: lookups fall back to the binary search */
	if (!atomic_compare_exchange_strong_explicit(&m->keyhash, &none, t, memory_order_acq_rel,
						     memory_order_acquire)) {
		px_free(t);
		t = none;
	}
	return t;
}

void vm_keyhash_free(vm_program_t *p)
{
	px_free(atomic_load_explicit(&p->keyhash, memory_order_relaxed));
	atomic_store_explicit(&p->keyhash, NULL, memory_order_relaxed);
}

size_t vm_keyhash_bytes(const vm_program_t *p)
{
	vm_keyhash_t *t = atomic_load_explicit(&((vm_program_t *)p)->keyhash, memory_order_acquire);
	return t ? sizeof *t + ((size_t)t->mask + 1) * sizeof *t->slot + (p->nkeys + 1) * sizeof *t->ents
		 : 0;
}

const vm_keyent_t *vm_keyhash_find(const vm_program_t *p, const vm_keyhash_t *t, const char *key)
{
	const slot_t *sl = find_slot(p, t, key, key_hash(key));
	return sl->ent == SLOT_EMPTY ? NULL : &t->ents[sl->ent];
}
