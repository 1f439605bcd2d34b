/* cmd_disasm.c — `promo disasm FILE.pbc`: the readable listing of a
 * program's bytecode (activities, index, code with opcode names). A .promo
 * is compiled first, so the listing of what a source becomes is one step. */
#include <stdio.h>
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/program_io.h"

int cmd_disasm(int argc, char **argv)
{
	if (argc != 2 || (argv[1][0] == '-' && argv[1][1]))
		return cli_usage_error("disasm", "expected one FILE");
	promo_program *p = NULL;
	char *text = NULL;
	int rc = cli_program_get(argv[1], &p);
	if (rc == CLI_OK && promo_program_disasm(p, &text) != PROMO_OK) {
		fprintf(stderr, "promo: out of memory\n");
		rc = CLI_USAGE;
	}
	if (rc == CLI_OK)
		fputs(text, stdout);
	promo_free(text);
	promo_program_free(p);
	return rc;
}
