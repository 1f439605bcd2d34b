/* conds.c — conditions decided once per cart. Many activities start with
 * the same condition on the customer (`when customer.tier in ("vip",
 * "svip")`), and an item activity's is asked again on every line it could
 * take, yet its answer is the same for the whole cart. At load, each
 * activity's code is searched for a leading condition that reads only the
 * cart's attributes and coupons and constants, up to the REQUIRE that
 * empties the stack; every activity whose condition has the same bytes
 * gets the same id. The interpreter (exec.c) runs a condition once per
 * cart and remembers whether it held. */
#include <string.h>
#include "support/alloc.h"
#include "vm/opcodes.h"
#include "vm/program.h"

/* The bytes of a's leading cart condition, its REQUIRE included; 0 when
 * its code starts otherwise. Only opcodes whose value the cart alone
 * decides may come before the REQUIRE: an opcode added to the table is
 * left out until it is listed here. */
static uint32_t cond_len(const vm_program_t *p, const vm_act_t *a)
{
	int depth = 0;
	for (uint32_t pc = a->code; pc < a->code + a->code_len;) {
		opcode_t op = (opcode_t)p->code[pc];
		pc += vm_op_len(op);
		switch (op) {
		case OP_PUSH: case OP_CMP: case OP_AND: case OP_OR: case OP_NOT:
		case OP_ATTR: case OP_ATTR_STR: case OP_ATTR_NUM: case OP_ATTR_BOOL: case OP_HAS_COUPON:
			depth += vm_ops[op].push - vm_ops[op].pop;
			break;
		case OP_REQUIRE: return depth == 1 ? pc - a->code : 0;
		default: return 0;
		}
	}
	return 0; /* verified code cannot end here: every path ends in FAIL or an effect */
}

static uint32_t cond_hash(const uint8_t *b, uint32_t n)
{
	return (uint32_t)vm_fnv1a(VM_FNV_INIT, b, n);
}

/* Activities whose conditions have the same bytes share an id: an open
 * addressing table of the activity first seen with each, sized by the
 * activities that have one (most have none: a big program loads fast). */
int vm_derive_conds(vm_program_t *p)
{
	size_t slots = 16, with = 0;
	for (uint32_t i = 0; i < p->nacts; i++) {
		p->acts[i].cond = VM_NONE;
		p->acts[i].cond_len = cond_len(p, &p->acts[i]);
		with += p->acts[i].cond_len > 0;
	}
	p->nconds = 0;
	if (with == 0)
		return 0;
	while (slots < with * 2)
		slots *= 2;
	uint32_t *first = px_malloc(slots * sizeof *first);
	if (!first)
		return -1;
	memset(first, 0xff, slots * sizeof *first);
	for (uint32_t i = 0; i < p->nacts; i++) {
		vm_act_t *a = &p->acts[i];
		if (a->cond_len == 0)
			continue;
		const uint8_t *b = p->code + a->code;
		size_t at = cond_hash(b, a->cond_len) & (slots - 1);
		for (;; at = (at + 1) & (slots - 1)) {
			const vm_act_t *f = first[at] == VM_NONE ? NULL : &p->acts[first[at]];
			if (!f) {
				first[at] = i;
				a->cond = p->nconds++;
				break;
			}
			if (f->cond_len == a->cond_len && memcmp(p->code + f->code, b, a->cond_len) == 0) {
				a->cond = f->cond;
				break;
			}
		}
	}
	px_free(first);
	return 0;
}
