/* symtab.c — open addressing with linear probing, FNV-1a hashing; the
 * arena frees the table with the program, so old slot arrays are simply
 * left behind when it grows. */
#include <string.h>
#include "compiler/symtab.h"

void sym_init(symtab_t *t, arena_t *a)
{
	memset(t, 0, sizeof *t);
	t->arena = a;
}

static size_t hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static sym_slot_t *find(sym_slot_t *slots, size_t cap, const char *key)
{
	size_t i = hash(key) & (cap - 1);
	while (slots[i].key && strcmp(slots[i].key, key) != 0)
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

void *sym_get(const symtab_t *t, const char *key)
{
	return t->cap ? find(t->slots, t->cap, key)->val : NULL;
}

static int grow(symtab_t *t)
{
	size_t cap = t->cap ? t->cap * 2 : 64;
	sym_slot_t *s = arena_alloc(t->arena, cap * sizeof *s);
	if (!s)
		return -1;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].key)
			*find(s, cap, t->slots[i].key) = t->slots[i];
	t->slots = s;
	t->cap = cap;
	return 0;
}

void sym_put(symtab_t *t, const char *key, void *val)
{
	if ((t->n + 1) * 2 > t->cap && grow(t) != 0) {
		t->oom = 1;
		return;
	}
	sym_slot_t *s = find(t->slots, t->cap, key);
	if (!s->key) {
		s->key = key;
		t->n++;
	}
	s->val = val;
}

void sym_each(const symtab_t *t, void (*fn)(void *ud, const char *key), void *ud)
{
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].key)
			fn(ud, t->slots[i].key);
}
