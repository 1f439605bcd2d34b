/* cmd_check.c — `promo check FILE...`: diagnostics to stderr, gcc style. */
#include <stdlib.h>
#include <string.h>
#include "promo.h"
#include "cli/cli_util.h"
#include "cli/commands.h"

/* Checks one file; returns its exit code. */
static int check_one(const char *path, bool color)
{
	char *src;
	size_t len;
	if (cli_read_file(path, &src, &len) != 0)
		return CLI_USAGE;
	promo_diags *ds = NULL;
	promo_status st = promo_check(strcmp(path, "-") == 0 ? "<stdin>" : path, src, len, &ds);
	free(src);
	char *text = NULL;
	if (ds && promo_diags_render(ds, color, &text) == PROMO_OK)
		fputs(text, stderr);
	promo_free(text);
	promo_diags_free(ds);
	if (st == PROMO_OK)
		return CLI_OK;
	if (st == PROMO_E_COMPILE)
		return CLI_FINDINGS;
	fprintf(stderr, "promo: %s: %s\n", path, promo_strerror(st));
	return CLI_USAGE;
}

int cmd_check(int argc, char **argv)
{
	int color = -1, files = 0, rc = CLI_OK;
	for (int i = 1; i < argc; i++) {
		int taken = cli_color_option(argv[i], &color);
		if (taken < 0)
			return CLI_USAGE;
		if (!taken && argv[i][0] == '-' && argv[i][1] != 0)
			return cli_usage_error("check", "unknown option '%s'", argv[i]);
	}
	bool use = cli_use_color(stderr, color);
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != 0)
			continue;
		files++;
		int r = check_one(argv[i], use);
		rc = r > rc ? r : rc;
	}
	if (files == 0)
		return cli_usage_error("check", "no FILE given");
	return rc;
}
