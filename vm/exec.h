/* exec.h — running one activity's code (exec.c), as the pricing levels
 * (interp_*.c) call it. The code reads the environment, decides whether the
 * activity applies, and names one effect; the level applies the effect. */
#ifndef PROMO_EXEC_H
#define PROMO_EXEC_H
#include <stdbool.h>
#include <stdint.h>
#include "vm/cart.h"
#include "vm/program.h"

/* The attributes one cart's conditions looked up, by key: they ask for the
 * same few (customer.tier, customer.first_order) again and again, and a
 * lookup compares strings. Entries of another cart (gen) do not count. */
typedef struct vm_attr_seen {
	uint32_t gen, key;        /* key: string id */
	bool customer;
	const cart_attr_t *attr;  /* NULL: absent */
} vm_attr_seen_t;
/* Whether a leading cart condition (conds.c) held in the cart gen. */
typedef struct vm_cond_seen {
	uint32_t gen;
	bool holds;
	uint8_t reason;           /* its REQUIRE's, when it did not hold */
} vm_cond_seen_t;
typedef struct vm_attr_memo {
	uint32_t gen;             /* the cart being priced */
	vm_attr_seen_t e[8];      /* by key & 7 */
	vm_cond_seen_t *conds;    /* by condition id: room for the program's nconds */
} vm_attr_memo_t;

typedef struct vm_env {
	int64_t qty;    /* units in scope */
	int64_t base;   /* amount the effect applies to */
	int64_t order;  /* order subtotal at this point */
	int64_t unit;   /* item level: the line's unit price (price P, nth) */
	const cart_t *cart;
	vm_attr_memo_t *memo; /* NULL: every attribute is looked up, every condition run */
} vm_env_t;

typedef struct vm_eff {
	uint8_t op;     /* the ending opcode: OP_PCT ... OP_FREE */
	int64_t a, b, c; /* its operands' values */
	uint32_t s;     /* GIFT/ADDON: SKU string id */
	int64_t nth;    /* NTH K before the effect; 0 when none */
} vm_eff_t;

typedef struct vm_out {
	bool ok;        /* an effect was selected */
	uint8_t reason; /* reason_t when !ok */
	vm_eff_t eff;   /* when ok (unset otherwise) */
	bool has_hint;
	int64_t missing; /* next threshold minus the amount, when has_hint */
} vm_out_t;

/* Runs a verified activity's code; cannot fail (verification ruled out
 * bad operands, stack use and loops). */
void vm_exec(const vm_program_t *p, uint32_t act, const vm_env_t *env, vm_out_t *out);
/* a OP b for the comparison codes of OPK_CMP (== != < <= > >=). */
bool vm_compare(int op, int64_t a, int64_t b);

#endif
