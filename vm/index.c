/* index.c — the key index as a hash table, built on a program's first
 * price. The sorted keys (program.h) stay the format's index and the
 * fallback: a binary search costs about log2(keys) string compares per
 * lookup, and pricing looks up every line's SKU, category and brand — the
 * largest cost of a cart before this table. The table holds one entry per
 * key string with its key of every kind, so a line's SKU is hashed and
 * compared once for the item level (SKU) and the combo level (COMBO); and
 * whether an ADDON effect names the string as its SKU (the item level then
 * keeps that line's discount for its second pass, where add-ons read it).
 * Built lazily, not at load, so loading stays a read of the file; a shared
 * program may be priced by many threads at once, so the table is
 * published with a compare-and-swap and a loser frees its copy. */
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>
#include "support/alloc.h"
#include "vm/bytes.h"
#include "vm/opcodes.h"
#include "vm/program.h"

#define SLOT_EMPTY UINT32_MAX

typedef struct slot {
	uint32_t hash; /* of the key bytes: most misses end here */
	uint32_t ent;  /* index in ents, SLOT_EMPTY when free */
} slot_t;

struct vm_keyhash {
	uint32_t mask;     /* slots - 1; slots a power of two, at least twice the entries */
	size_t bytes;      /* the block's size */
	vm_keyent_t *ents; /* one per distinct key or add-on SKU string, in the same block */
	slot_t slot[];
};

static uint64_t rd64(const char *s)
{
	uint64_t v;
	memcpy(&v, s, sizeof v);
	return v;
}

static uint64_t rd32(const char *s)
{
	uint32_t v;
	memcpy(&v, s, sizeof v);
	return v;
}

static uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x9e3779b97f4a7c15ull;
	return h ^ (h >> 32);
}

/* The n bytes at s, eight at a time (a key is hashed on every line of
 * every cart; byte by byte it cost more than the probe): the last word
 * overlaps the one before, short keys read two overlapping halves. The
 * end is murmur3's finalizer, so every byte reaches the slot bits. Only
 * this process sees the values: the byte order does not matter. */
static inline uint32_t key_hash(const char *s, size_t n)
{
	uint64_t h = n;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8)
			h = mix(h, rd64(s + i));
		h = mix(h, rd64(s + n - 8));
	} else if (n >= 4) {
		h = mix(h, rd32(s) | rd32(s + n - 4) << 32);
	} else if (n > 0) {
		h = mix(h, (uint64_t)(uint8_t)s[0] | (uint64_t)(uint8_t)s[n / 2] << 8 |
				   (uint64_t)(uint8_t)s[n - 1] << 16);
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	return (uint32_t)(h ^ (h >> 33));
}

/* Whether the n bytes at a and b are the same, read as they are hashed. */
static inline bool same_key(const char *a, const char *b, size_t n)
{
	if (n < 4)
		return memcmp(a, b, n) == 0;
	if (n < 8)
		return rd32(a) == rd32(b) && rd32(a + n - 4) == rd32(b + n - 4);
	for (size_t i = 0; i + 8 < n; i += 8)
		if (rd64(a + i) != rd64(b + i))
			return false;
	return rd64(a + n - 8) == rd64(b + n - 8);
}

/* The slot holding key s (n bytes), or the free slot where it would go. */
static inline slot_t *find_slot(const vm_program_t *p, const vm_keyhash_t *t, const char *s, size_t n,
				uint32_t h)
{
	uint32_t i = h & t->mask;
	for (; t->slot[i].ent != SLOT_EMPTY; i = (i + 1) & t->mask) {
		const vm_keyent_t *e = &t->ents[t->slot[i].ent];
		if (t->slot[i].hash == h && e->len == n && same_key(vm_str(p, e->str), s, n))
			break;
	}
	return (slot_t *)&t->slot[i];
}

/* The entry of string id str, added (with no key) when it has none yet. */
static vm_keyent_t *entry(const vm_program_t *p, vm_keyhash_t *t, uint32_t str, uint32_t *nents)
{
	const char *s = vm_str(p, str);
	size_t n = strlen(s);
	uint32_t h = key_hash(s, n);
	slot_t *sl = find_slot(p, t, s, n, h);
	if (sl->ent == SLOT_EMPTY) {
		vm_keyent_t *e = &t->ents[*nents];
		*e = (vm_keyent_t){ .str = str, .len = (uint32_t)n }; /* strings are at most a blob long */
		memset(e->key, 0xff, sizeof e->key);
		*sl = (slot_t){ h, (*nents)++ };
	}
	return &t->ents[sl->ent];
}

/* The SKU of each ADDON effect in the activities' code (out NULL: only
 * counted). Each block is walked on its own: verified blocks, not the
 * bytes between them, are instructions. */
static uint32_t addon_skus(const vm_program_t *p, uint32_t *out)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < p->nacts; i++) {
		const vm_act_t *a = &p->acts[i];
		for (uint32_t pc = a->code; pc < a->code + a->code_len; pc += vm_op_len((opcode_t)p->code[pc])) {
			if (p->code[pc] != OP_ADDON)
				continue;
			if (out)
				out[n] = rd_u32(p->code + pc + 1);
			n++;
		}
	}
	return n;
}

static vm_keyhash_t *build(const vm_program_t *p)
{
	uint32_t naddons = addon_skus(p, NULL), nents = 0;
	size_t slots = 16, most = (size_t)p->nkeys + naddons; /* entries at most */
	while (slots < most * 2)
		slots *= 2;
	size_t bytes = sizeof(vm_keyhash_t) + slots * sizeof(slot_t) + (most + 1) * sizeof(vm_keyent_t);
	vm_keyhash_t *t = px_malloc(bytes);
	uint32_t *addons = px_malloc((naddons + 1) * sizeof *addons);
	if (!t || !addons) {
		px_free(t), px_free(addons);
		return NULL;
	}
	t->mask = (uint32_t)(slots - 1);
	t->bytes = bytes;
	t->ents = (vm_keyent_t *)(t->slot + slots);
	memset(t->slot, 0xff, slots * sizeof *t->slot);
	for (uint32_t k = 0; k < p->nkeys; k++)
		entry(p, t, p->keys[k].key, &nents)->key[p->keys[k].kind] = k;
	addon_skus(p, addons);
	for (uint32_t i = 0; i < naddons; i++)
		entry(p, t, addons[i], &nents)->addon = true;
	px_free(addons);
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
	return t ? t->bytes : 0;
}

static inline const vm_keyent_t *find(const vm_program_t *p, const vm_keyhash_t *t, const char *key,
				      size_t n)
{
	const slot_t *sl = find_slot(p, t, key, n, key_hash(key, n));
	return sl->ent == SLOT_EMPTY ? NULL : &t->ents[sl->ent];
}

void vm_keyhash_find_n(const vm_program_t *p, const vm_keyhash_t *t, size_t k, const char *const *key,
		       const size_t *len, const vm_keyent_t **out)
{
	for (size_t i = 0; i < k; i++)
		out[i] = key[i] ? find(p, t, key[i], len[i]) : NULL;
}
