/* program.c — facts about a compiled program, its index lookup, and
 * freeing it. */
#include "vm/program.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "support/alloc.h"

void vm_program_free(vm_program_t *p)
{
	if (!p)
		return;
	px_free(p->blob);
	px_free(p->str);
	px_free(p->consts);
	px_free(p->acts);
	px_free(p->groups);
	px_free(p->refs);
	px_free(p->keys);
	px_free(p->code);
	px_free(p->by_level);
	vm_keyhash_free(p);
	px_free(p);
}

size_t vm_activity_count(const vm_program_t *p)
{
	return p->nacts;
}

const char *vm_activity_name(const vm_program_t *p, uint32_t act)
{
	return act < p->nacts ? vm_str(p, p->acts[act].name) : NULL;
}

const char *vm_activity_title(const vm_program_t *p, uint32_t act)
{
	if (act >= p->nacts || p->acts[act].title == VM_NONE)
		return NULL;
	return vm_str(p, p->acts[act].title);
}

int vm_decimals(const vm_program_t *p)
{
	return p->decimals;
}

const char *vm_currency(const vm_program_t *p)
{
	return vm_str(p, p->currency);
}

size_t vm_program_bytes(const vm_program_t *p)
{
	return sizeof *p + p->blob_len + p->nstr * sizeof *p->str + p->nconsts * sizeof *p->consts +
	       p->nacts * sizeof *p->acts + p->ngroups * sizeof *p->groups +
	       p->nrefs * sizeof *p->refs + p->nkeys * sizeof *p->keys + p->code_len + vm_keyhash_bytes(p);
}

/* Keys are sorted by (kind, bytes): pricing a line costs O(log keys). */
static int key_cmp(const vm_program_t *p, const vm_key_t *k, vm_key_kind_t kind, const char *key)
{
	if (k->kind != kind)
		return k->kind < kind ? -1 : 1;
	return strcmp(vm_str(p, k->key), key);
}

const uint32_t *vm_index_lookup(const vm_program_t *p, vm_key_kind_t kind, const char *key,
				uint32_t *n)
{
	size_t lo = 0, hi = p->nkeys;
	*n = 0;
	if (!key)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = key_cmp(p, &p->keys[mid], kind, key);
		if (c == 0) {
			*n = p->keys[mid].nacts;
			return p->refs + p->keys[mid].acts;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

uint64_t vm_fnv1a(uint64_t h, const void *data, size_t n)
{
	const uint8_t *b = data;
	for (size_t i = 0; i < n; i++) {
		h ^= b[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

const char *vm_level_name(vm_level_t l)
{
	static const char *const names[] = { "item", "combo", "order", "shipping" };
	return l < VM_LVL__COUNT ? names[l] : "?";
}

const char *vm_target_name(vm_target_t t)
{
	static const char *const names[] = { "item",  "items", "category", "brand",
					     "combo", "order", "shipping" };
	return t < VM_TGT__COUNT ? names[t] : "?";
}

const char *vm_group_kind_name(vm_group_kind_t k)
{
	static const char *const names[] = { "exclusive best", "exclusive first", "stack" };
	return k < VM_GRP__COUNT ? names[k] : "?";
}

int vm_fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (errlen)
		vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}
