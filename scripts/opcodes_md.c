/* opcodes_md.c — prints the opcode table of docs/bytecode.md from vm/opcodes.h,
 * so the document cannot drift from the one table (make docs-opcodes;
 * tests/scripts/bytecode_doc.sh compares). */
#include <stdio.h>
#include "vm/opcodes.h"
int main(void)
{
	static const char *lv[] = {"item","combo","order","shipping"};
	printf("| code | opcode | operands | pops | pushes | levels | synopsis |\n|---|---|---|---|---|---|---|\n");
	for (int i = 0; i < OP__COUNT; i++) {
		const op_info_t *o = &vm_ops[i];
		printf("| %d | %s | ", i, o->name);
		int any = 0;
		for (int k = 0; k < 3; k++) if (o->kind[k]) { printf("%s%s", any ? ", " : "", vm_opk_label[o->kind[k]]); any = 1; }
		if (!any) printf("-");
		printf(" | %d | %d | ", o->pop, o->push);
		if (o->levels == 15) printf("all"); else { int f = 1; for (int l = 0; l < 4; l++) if (o->levels & (1 << l)) { printf("%s%s", f ? "" : ", ", lv[l]); f = 0; } }
		printf(" | %s |\n", o->synopsis);
	}
}
