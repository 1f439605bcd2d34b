/* opinfo.c — the views generated from vm/opcodes.h: names, stack effects,
 * operand kinds. The verifier and the disassembler read only these. */
#include "vm/opcodes.h"

#define X(name, pop, push, flow, lv, k1, k2, k3, syn) \
	{ #name, pop, push, flow, lv, { k1, k2, k3 }, syn },
const op_info_t vm_ops[OP__COUNT] = { OPCODE_LIST(X) };
#undef X

#define X(k, w, l) w,
const uint8_t vm_opk_width[OPK__COUNT] = { OPK_LIST(X) };
#undef X

#define X(k, w, l) l,
const char *const vm_opk_label[OPK__COUNT] = { OPK_LIST(X) };
#undef X

unsigned vm_op_len(opcode_t op)
{
	const op_info_t *o = &vm_ops[op];
	return 1u + vm_opk_width[o->kind[0]] + vm_opk_width[o->kind[1]] + vm_opk_width[o->kind[2]];
}
