/* symtab.h — a string-keyed hash table in an arena, so name lookups stay
 * fast for programs with tens of thousands of activities. */
#ifndef PROMO_SYMTAB_H
#define PROMO_SYMTAB_H
#include <stddef.h>
#include "support/arena.h"

typedef struct sym_slot {
	const char *key;
	void *val;
} sym_slot_t;

typedef struct symtab {
	arena_t *arena;
	sym_slot_t *slots;
	size_t n, cap;
	int oom;
} symtab_t;

void sym_init(symtab_t *t, arena_t *a);
void *sym_get(const symtab_t *t, const char *key);
/* Sets key to val, replacing any earlier value. */
void sym_put(symtab_t *t, const char *key, void *val);
/* Calls fn(ud, key) for every key (for did-you-mean over known names). */
void sym_each(const symtab_t *t, void (*fn)(void *ud, const char *key), void *ud);

#endif
