/* cmd_fmt.c — `promo fmt [--check] FILE...`: rewrite files in the
 * canonical layout, or (--check) only list the ones that are not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "promo.h"
#include "cli/cli_util.h"
#include "cli/commands.h"

/* Replaces path's content through a temporary file and a rename, so an
 * interrupted write never leaves half a program. */
static int write_file(const char *path, const char *text)
{
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	if (!tmp) return -1;
	snprintf(tmp, n, "%s.fmt~", path);
	FILE *f = fopen(tmp, "wb");
	int ok = f && fputs(text, f) >= 0;
	if (f && fclose(f) != 0) ok = 0;
	ok = ok && rename(tmp, path) == 0;
	if (!ok) {
		perror("promo: fmt");
		remove(tmp);
	}
	free(tmp);
	return ok ? 0 : -1;
}

/* Formats one file; returns its exit code. */
static int fmt_one(const char *path, bool check, bool color)
{
	char *src, *out = NULL, *text = NULL;
	size_t len;
	bool std = strcmp(path, "-") == 0;
	if (cli_read_file(path, &src, &len) != 0) return CLI_USAGE;
	promo_diags *ds = NULL;
	promo_status st = promo_format(std ? "<stdin>" : path, src, len, &out, &ds);
	if (ds && promo_diags_errors(ds) && promo_diags_render(ds, color, &text) == PROMO_OK) fputs(text, stderr);
	promo_free(text);
	promo_diags_free(ds);
	int rc = st == PROMO_OK ? CLI_OK : st == PROMO_E_COMPILE ? CLI_FINDINGS : CLI_USAGE;
	if (st != PROMO_OK && st != PROMO_E_COMPILE) fprintf(stderr, "promo: %s: %s\n", path, promo_strerror(st));
	bool same = out && strlen(out) == len && memcmp(out, src, len) == 0;
	if (out && std && !check) fputs(out, stdout);
	else if (out && check && !same) {
		printf("%s: not formatted (run 'promo fmt %s')\n", path, path);
		rc = CLI_FINDINGS;
	} else if (out && !same && write_file(path, out) != 0) rc = CLI_USAGE;
	promo_free(out);
	free(src);
	return rc;
}

int cmd_fmt(int argc, char **argv)
{
	int color = -1, files = 0, rc = CLI_OK;
	bool check = false;
	for (int i = 1; i < argc; i++) {
		int taken = cli_color_option(argv[i], &color);
		if (taken < 0) return CLI_USAGE;
		if (taken) continue;
		if (strcmp(argv[i], "--check") == 0) check = true;
		else if (argv[i][0] == '-' && argv[i][1] != 0)
			return cli_usage_error("fmt", "unknown option '%s'", argv[i]);
	}
	bool use = cli_use_color(stderr, color);
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != 0) continue;
		files++;
		int r = fmt_one(argv[i], check, use);
		rc = r > rc ? r : rc;
	}
	if (files == 0) return cli_usage_error("fmt", "no FILE given");
	return rc;
}
