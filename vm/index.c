/* index.c — the key index as a hash table, built on a program's first
 * price. The sorted keys (program.h) stay the format's index and the
 * fallback: a binary search costs about log2(keys) string compares per
 * lookup, and pricing does three lookups per line (SKU, category, brand)
 * plus one for combos — the largest cost of a cart before this table.
 * Built lazily, not at load, so loading stays a read of the file; a shared
 * program may be priced by many threads at once, so the table is
 * published with a compare-and-swap and a loser frees its copy. */
#include <stdatomic.h>
#include <string.h>
#include "support/alloc.h"
#include "vm/program.h"

#define SLOT_EMPTY UINT32_MAX

typedef struct slot {
	uint32_t hash; /* of (kind, key bytes): most misses end here */
	uint32_t key;  /* index in p->keys, SLOT_EMPTY when free */
} slot_t;

struct vm_keyhash {
	uint32_t mask; /* slots - 1; slots a power of two, at least twice the keys */
	slot_t slot[];
};

static uint32_t key_hash(vm_key_kind_t kind, const char *s)
{
	uint32_t h = 2166136261u ^ (uint32_t)kind;
	for (; *s; s++) {
		h ^= (uint8_t)*s;
		h *= 16777619u;
	}
	return h ^ (h >> 15);
}

static vm_keyhash_t *build(const vm_program_t *p)
{
	size_t slots = 16;
	while (slots < (size_t)p->nkeys * 2)
		slots *= 2;
	vm_keyhash_t *t = px_malloc(sizeof *t + slots * sizeof *t->slot);
	if (!t)
		return NULL;
	t->mask = (uint32_t)(slots - 1);
	memset(t->slot, 0xff, slots * sizeof *t->slot);
	for (uint32_t k = 0; k < p->nkeys; k++) {
		uint32_t h = key_hash((vm_key_kind_t)p->keys[k].kind, vm_str(p, p->keys[k].key));
		uint32_t i = h & t->mask;
		while (t->slot[i].key != SLOT_EMPTY)
			i = (i + 1) & t->mask;
		t->slot[i] = (slot_t){ h, k };
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
	return t ? sizeof *t + ((size_t)t->mask + 1) * sizeof *t->slot : 0;
}

const uint32_t *vm_keyhash_lookup(const vm_program_t *p, const vm_keyhash_t *t, vm_key_kind_t kind,
				  const char *key, uint32_t *n)
{
	uint32_t h = key_hash(kind, key);
	for (uint32_t i = h & t->mask; t->slot[i].key != SLOT_EMPTY; i = (i + 1) & t->mask) {
		const vm_key_t *k = &p->keys[t->slot[i].key];
		if (t->slot[i].hash == h && k->kind == kind && strcmp(vm_str(p, k->key), key) == 0) {
			*n = k->nacts;
			return p->refs + k->acts;
		}
	}
	*n = 0;
	return NULL;
}
