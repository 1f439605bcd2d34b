/* program.h — the compiled program in memory (struct vm_program).
 * The .pbc file (docs/bytecode.md) is the same tables written out field by
 * field; vm_load() decodes them and vm_verify() checks every reference
 * before anything runs. Code generation fills the same struct, so the
 * interpreter sees no difference between a fresh and a loaded program. */
#ifndef PROMO_PROGRAM_H
#define PROMO_PROGRAM_H
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "vm/vm.h"

#define VM_NONE UINT32_MAX
/* A member reference: an activity index, or VM_GROUP_BIT | group index. */
#define VM_GROUP_BIT 0x80000000u
/* Deepest group nesting a verified program may have (the resolver recurses). */
#define VM_NEST_MAX 256
/* Deepest evaluation stack a verified code block may use. */
#define VM_STACK_MAX 512

typedef enum { VM_LVL_ITEM, VM_LVL_COMBO, VM_LVL_ORDER, VM_LVL_SHIP, VM_LVL__COUNT } vm_level_t;
typedef enum {
	VM_TGT_ITEM, VM_TGT_ITEMS, VM_TGT_CATEGORY, VM_TGT_BRAND, VM_TGT_COMBO, VM_TGT_ORDER,
	VM_TGT_SHIPPING, VM_TGT__COUNT
} vm_target_t;
typedef enum { VM_GRP_BEST, VM_GRP_FIRST, VM_GRP_STACK, VM_GRP__COUNT } vm_group_kind_t;
/* What an index key names: the item level looks up a line's SKU, category
 * and brand; the combo level a line's SKU among the combos. */
typedef enum { VM_KEY_SKU, VM_KEY_CATEGORY, VM_KEY_BRAND, VM_KEY_COMBO, VM_KEY__COUNT } vm_key_kind_t;
#define VM_ITEM_KEYS 3 /* the item level's key kinds: SKU, category, brand */

/* Activity flags: which clauses were written. */
#define VM_F_WINDOW 1u
#define VM_F_STOCK 2u
#define VM_F_LIMIT 4u
#define VM_F_BUDGET 8u
#define VM_F_COUPON 16u
#define VM_F__ALL 31u

typedef struct vm_act {
	uint32_t name, title;     /* string ids; title VM_NONE when absent */
	uint8_t level, target, flags;
	bool spans;               /* derived: under an exclusive group spanning levels */
	uint32_t parent;          /* group id, VM_NONE at top level */
	uint32_t root;            /* derived: its top-level member reference */
	int64_t start, end;       /* window [start, end) in epoch seconds */
	int64_t stock, limit, budget; /* as declared (budget in minor units) */
	uint32_t coupon;          /* string id when VM_F_COUPON */
	uint32_t names, nnames;   /* slice of refs: SKUs / category / brand (string ids) */
	uint32_t code, code_len;  /* slice of the code section */
	/* derived: its code's leading condition on the cart alone (conds.c):
	 * an id shared by every activity with the same one (VM_NONE: none),
	 * and its length in bytes, the REQUIRE that ends it included */
	uint32_t cond, cond_len;
} vm_act_t;

typedef struct vm_group {
	uint32_t name;
	uint8_t kind;
	uint32_t parent;          /* group id, VM_NONE at top level */
	uint32_t members, nmembers; /* slice of refs: member references, in order */
	uint8_t levels;           /* derived at load: LV_* bits of its activities */
	bool leaves;              /* derived at load: its members are all activities */
	/* derived at load: one past its last activity (its activities are the
	 * ids [first, acts_end), declaration order being depth-first) */
	uint32_t acts_end;
} vm_group_t;

/* The index: sorted by (kind, key bytes); acts ascending within a key. */
typedef struct vm_key {
	uint8_t kind;
	uint32_t key;             /* string id */
	uint32_t acts, nacts;     /* slice of refs: activity indices */
} vm_key_t;

struct vm_program {
	uint32_t currency;        /* string id */
	uint8_t decimals, rounding;
	int32_t tz_minutes;
	uint32_t top, ntop;       /* slice of refs: top-level members */
	char *blob;               /* string table: NUL-terminated strings */
	uint32_t blob_len;
	uint32_t *str;            /* string id -> offset in blob */
	uint32_t nstr;
	int64_t *consts;
	uint32_t nconsts;
	vm_act_t *acts;
	uint32_t nacts;
	vm_group_t *groups;
	uint32_t ngroups;
	uint32_t *refs;           /* shared pool of u32 lists (members, names, index) */
	uint32_t nrefs;
	vm_key_t *keys;
	uint32_t nkeys;
	uint8_t *code;
	uint32_t code_len;
	/* derived by vm_verify, not stored in the file */
	uint32_t *by_level;       /* activity ids grouped by level, ascending */
	uint32_t lvl_first[VM_LVL__COUNT + 1]; /* level l: by_level[lvl_first[l] .. lvl_first[l+1]) */
	bool spans;               /* some exclusive group spans levels (acts[].spans) */
	uint32_t nconds;          /* distinct leading cart conditions (acts[].cond) */
	/* built on the first price (vm/index.c), NULL before */
	_Atomic(struct vm_keyhash *) keyhash;
};

static inline const char *vm_str(const vm_program_t *p, uint32_t id)
{
	return p->blob + p->str[id];
}

/* Semantic checks shared by the loader and the tests (code generation's
 * output must pass them too). 0, or -1 with a message in err. */
int vm_verify(vm_program_t *p, char *err, size_t errlen);
/* Finds the activities' leading cart conditions (conds.c), on verified
 * code: 0, or -1 when memory ran out. */
int vm_derive_conds(vm_program_t *p);
/* The activities a key selects (NULL/0 when absent): binary search. */
const uint32_t *vm_index_lookup(const vm_program_t *p, vm_key_kind_t kind, const char *key,
				uint32_t *n);
/* The key index as a hash table (vm/index.c): built on first use and kept
 * with the program; NULL when memory ran out (use vm_index_lookup then). */
typedef struct vm_keyhash vm_keyhash_t;
const vm_keyhash_t *vm_keyhash_ready(const vm_program_t *p);
/* A key string's keys: of each kind, its index in keys, or VM_NONE. */
typedef struct vm_keyent {
	uint32_t str;             /* string id */
	uint32_t len;             /* its length in bytes */
	uint32_t key[VM_KEY__COUNT];
	bool addon;               /* an ADDON effect names it: a line of this SKU is read by others */
} vm_keyent_t;
/* The entries of k key strings (of len[i] bytes) at once, in O(1) each,
 * NULL for a string no key has, or a NULL key (a cart line's SKU, category
 * and brand: one call per line). */
void vm_keyhash_find_n(const vm_program_t *p, const vm_keyhash_t *t, size_t k, const char *const *key,
		       const size_t *len, const vm_keyent_t **out);
/* The activities of keys[key] (NULL/0 when key is VM_NONE). */
static inline const uint32_t *vm_key_acts(const vm_program_t *p, uint32_t key, uint32_t *n)
{
	*n = key == VM_NONE ? 0 : p->keys[key].nacts;
	return key == VM_NONE ? NULL : p->refs + p->keys[key].acts;
}
void vm_keyhash_free(vm_program_t *p);
size_t vm_keyhash_bytes(const vm_program_t *p);
/* Formats a loader/verifier message into err; returns -1 (the failure). */
int vm_fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* FNV-1a 64 (string hashing; the .pbc checksum is pbc_checksum). */
uint64_t vm_fnv1a(uint64_t h, const void *data, size_t n);
#define VM_FNV_INIT 0xcbf29ce484222325ull

/* Grows *arr to hold need elements (doubling); false on out-of-memory. */
bool vm_grow_to(void **arr, size_t *cap, size_t need, size_t elem);
/* Inline: pricing asks at every step, and a warm result always has room. */
static inline bool vm_grow(void **arr, size_t *cap, size_t need, size_t elem)
{
	return need <= *cap || vm_grow_to(arr, cap, need, elem);
}

const char *vm_level_name(vm_level_t l);
const char *vm_target_name(vm_target_t t);
const char *vm_group_kind_name(vm_group_kind_t k);

#endif
