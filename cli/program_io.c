/* program_io.c — programs for the commands that price or list them. */
#include "cli/program_io.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli_util.h"

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Compiles path; diagnostics are printed when `all` or when the program
 * has errors. */
static int compile(const char *path, promo_program **out, bool all)
{
	char *src = NULL, *text = NULL;
	size_t len = 0;
	if (cli_read_file(path, &src, &len) != 0)
		return CLI_USAGE;
	promo_diags *ds = NULL;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	promo_status st = promo_compile(name, src, len, out, &ds);
	free(src);
	if (ds && (all || st != PROMO_OK) &&
	    promo_diags_render(ds, cli_use_color(stderr, -1), &text) == PROMO_OK)
		fputs(text, stderr);
	promo_free(text);
	promo_diags_free(ds);
	if (st == PROMO_OK)
		return CLI_OK;
	if (st != PROMO_E_COMPILE)
		fprintf(stderr, "promo: %s: %s\n", name, promo_strerror(st));
	return st == PROMO_E_COMPILE ? CLI_FINDINGS : CLI_USAGE;
}

int cli_program_compile(const char *path, promo_program **out)
{
	return compile(path, out, true);
}

int cli_program_get(const char *path, promo_program **out)
{
	if (ends_with(path, ".promo"))
		return compile(path, out, false);
	char err[256] = "";
	promo_status st = promo_program_load_file(path, out, err, sizeof err);
	if (st == PROMO_OK)
		return CLI_OK;
	if (st == PROMO_E_BYTECODE)
		fprintf(stderr, "promo: %s: error: %s\n", path, err);
	else
		fprintf(stderr, "promo: %s\n", err[0] ? err : promo_strerror(st));
	return st == PROMO_E_BYTECODE ? CLI_FINDINGS : CLI_USAGE;
}
