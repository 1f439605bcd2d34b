/* codegen.h — code generation's working state, shared by codegen.c (the
 * tables: strings, activities, groups, index) and codegen_code.c (each
 * activity's code: conditions, ladders, effects). */
#ifndef PROMO_CODEGEN_H
#define PROMO_CODEGEN_H
#include <stdbool.h>
#include <stdint.h>
#include "compiler/ast.h"
#include "vm/opcodes.h"
#include "vm/program.h"

typedef struct cg {
	vm_program_t *p;        /* being filled; its arrays grow with the caps below */
	size_t cap_blob, cap_str, cap_consts, cap_refs, cap_code, cap_acts, cap_groups, cap_keys;
	uint32_t *hash;         /* string interning: id + 1, 0 empty */
	size_t hash_cap;
	bool oom;
} cg_t;

uint32_t cg_str(cg_t *g, const char *s);
uint32_t cg_const(cg_t *g, int64_t v);
/* Appends an instruction, operands encoded by the opcode table; returns
 * its offset in the code section. */
uint32_t cg_emit(cg_t *g, opcode_t op, uint32_t a, uint32_t b, uint32_t c);
/* Points the jump at offset `at` to the current end of code. */
void cg_patch(cg_t *g, uint32_t at);
/* The code of one activity: its target test, condition and effect. */
void cg_act_code(cg_t *g, const activity_t *a);

#endif
