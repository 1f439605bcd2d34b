/* cmd_build.c — `promo build FILE.promo [-o FILE.pbc]`: check, analyse and
 * compile a program to verified bytecode. A program with errors is refused
 * (nothing is written); warnings are printed and the build goes on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/program_io.h"

/* "x.promo" -> "x.pbc"; any other name gets ".pbc" appended. */
static char *default_output(const char *in)
{
	size_t n = strlen(in);
	if (n > 6 && !strcmp(in + n - 6, ".promo"))
		n -= 6;
	char *out = malloc(n + 5);
	if (out) {
		memcpy(out, in, n);
		memcpy(out + n, ".pbc", 5);
	}
	return out;
}

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, const char **in, const char **out)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") && i + 1 < argc && !*out)
			*out = argv[++i];
		else if ((argv[i][0] != '-' || !argv[i][1]) && !*in)
			*in = argv[i];
		else
			return cli_usage_error("build", "unexpected '%s'",
					       argv[i]);
	}
	if (!*in)
		return cli_usage_error("build", "no FILE.promo given");
	return -1;
}

int cmd_build(int argc, char **argv)
{
	const char *in = NULL, *out = NULL;
	int rc = parse_args(argc, argv, &in, &out);
	if (rc >= 0)
		return rc;
	char *dflt = out ? NULL : default_output(in);
	const char *dst = out ? out : dflt;
	promo_program *p = NULL;
	rc = dst ? cli_program_compile(in, &p) : CLI_USAGE;
	if (rc == CLI_OK) {
		promo_status st = promo_program_save_file(p, dst);
		if (st != PROMO_OK) {
			fprintf(stderr, "promo: cannot write '%s': %s\n", dst, promo_strerror(st));
			rc = CLI_USAGE;
		}
	}
	promo_program_free(p);
	free(dflt);
	return rc;
}
