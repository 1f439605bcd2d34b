/* cmd_disasm.c — `promo disasm FILE.pbc`: the readable listing of a
 * program's bytecode (activities, index, code with opcode names). A .promo
 * is compiled first, so the listing of what a source becomes is one step. */
#include <stdio.h>
#include <string.h>
#include "cli/program_io.h"

static const char disasm_usage[] =
	"usage: promo disasm FILE.pbc|FILE.promo\n"
	"\n"
	"Prints the bytecode of a program: its activities, the SKU/category/brand\n"
	"index and the code of every activity with opcode names.\n"
	"Exit status: 0 listed, 1 the program is invalid, 2 usage or I/O error.\n";

int cmd_disasm(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		fputs(disasm_usage, stdout);
		return 0;
	}
	if (argc != 2 || (argv[1][0] == '-' && argv[1][1])) {
		fprintf(stderr, "promo disasm: expected one FILE\n%s", disasm_usage);
		return 2;
	}
	promo_program *p = NULL;
	char *text = NULL;
	int rc = cli_program_get(argv[1], &p);
	if (rc == 0 && promo_program_disasm(p, &text) != PROMO_OK) {
		fprintf(stderr, "promo: out of memory\n");
		rc = 2;
	}
	if (rc == 0)
		fputs(text, stdout);
	promo_free(text);
	promo_program_free(p);
	return rc;
}
