/* cmd_build.c — `promo build FILE.promo [-o FILE.pbc]`: check, analyse and
 * compile a program to verified bytecode. A program with errors is refused
 * (nothing is written); warnings are printed and the build goes on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/program_io.h"

static const char build_usage[] =
	"usage: promo build FILE.promo [-o FILE.pbc]\n"
	"\n"
	"Checks FILE.promo and writes its bytecode to FILE.pbc (default: the same\n"
	"name with .pbc). Diagnostics go to standard error; with errors nothing\n"
	"is written.\n"
	"Exit status: 0 built, 1 the program has errors, 2 usage or I/O error.\n";

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
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(build_usage, stdout);
			return 0;
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc && !*out) {
			*out = argv[++i];
		} else if ((argv[i][0] != '-' || !argv[i][1]) && !*in) {
			*in = argv[i];
		} else {
			fprintf(stderr, "promo build: unexpected '%s'\n%s", argv[i], build_usage);
			return 2;
		}
	}
	if (!*in) {
		fprintf(stderr, "promo build: no FILE.promo given\n%s", build_usage);
		return 2;
	}
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
	rc = dst ? cli_program_compile(in, &p) : 2;
	if (rc == 0) {
		promo_status st = promo_program_save_file(p, dst);
		if (st != PROMO_OK) {
			fprintf(stderr, "promo: %s: %s\n", dst, promo_strerror(st));
			rc = 2;
		}
	}
	promo_program_free(p);
	free(dflt);
	return rc;
}
