/* cmd_lint.c — `promo lint FILE... [--catalog CSV] [--now TIME]
 * [--format text|json|sarif] [--werror]`: the pre-launch review. Text goes
 * to stderr gcc style (like `promo check`); json and sarif to stdout, for
 * CI. Exit 0 no errors, 1 errors, 2 usage or I/O failure. */
#include <stdlib.h>
#include <string.h>
#include "promo.h"
#include "cli/cli_util.h"
#include "cli/commands.h"

typedef enum { FMT_TEXT, FMT_JSON, FMT_SARIF } lint_fmt_t;

typedef struct lint_args {
	promo_lint_options o;
	lint_fmt_t fmt;
	int color;
	char *catalog; /* the catalog's text, read once for every FILE */
	promo_diags **ds;
	size_t n;
} lint_args_t;

/* Options with a value: "--opt VALUE" or "--opt=VALUE". */
static const char *opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] == 0 && *i + 1 < argc)
		return argv[++*i];
	return NULL;
}

static int lint_option(lint_args_t *a, int argc, char **argv, int *i)
{
	const char *v;
	int c = cli_color_option(argv[*i], &a->color);
	if (c != 0)
		return c < 0 ? CLI_USAGE : CLI_OK;
	if (strcmp(argv[*i], "--werror") == 0)
		a->o.werror = 1;
	else if ((v = opt_value(argc, argv, i, "--catalog")))
		a->o.catalog_name = v;
	else if ((v = opt_value(argc, argv, i, "--now")))
		a->o.now = v;
	else if ((v = opt_value(argc, argv, i, "--format"))) {
		if (strcmp(v, "text") == 0) a->fmt = FMT_TEXT;
		else if (strcmp(v, "json") == 0) a->fmt = FMT_JSON;
		else if (strcmp(v, "sarif") == 0) a->fmt = FMT_SARIF;
		else return cli_usage_error("lint", "unknown format '%s' (text, json or sarif)", v);
	} else
		return cli_usage_error("lint", "unknown option or missing value: '%s'", argv[*i]);
	return CLI_OK;
}

static int lint_print(lint_args_t *a, promo_diags *ds)
{
	char *text = NULL;
	promo_status st = a->fmt == FMT_JSON ? promo_diags_json(ds, &text)
						: promo_diags_render(ds, cli_use_color(stderr, a->color), &text);
	if (st != PROMO_OK)
		return CLI_USAGE;
	fputs(text, a->fmt == FMT_JSON ? stdout : stderr);
	promo_free(text);
	return CLI_OK;
}

/* Lints one file; keeps its diagnostics for SARIF. Returns its exit code. */
static int lint_one(lint_args_t *a, const char *path)
{
	char *src;
	size_t len;
	if (cli_read_file(path, &src, &len) != 0)
		return CLI_USAGE;
	promo_diags *ds = NULL;
	promo_status st = promo_lint(strcmp(path, "-") == 0 ? "<stdin>" : path, src, len, &a->o, &ds);
	free(src);
	if (ds && a->fmt != FMT_SARIF && lint_print(a, ds) != CLI_OK)
		st = PROMO_E_NOMEM;
	if (ds && a->fmt == FMT_SARIF)
		a->ds[a->n++] = ds;
	else
		promo_diags_free(ds);
	if (st == PROMO_OK || st == PROMO_E_COMPILE)
		return st == PROMO_OK ? CLI_OK : CLI_FINDINGS;
	if (st != PROMO_E_ARG)
		fprintf(stderr, "promo: %s: %s\n", path, promo_strerror(st));
	return CLI_USAGE;
}

static int lint_sarif(lint_args_t *a)
{
	char *text = NULL;
	if (promo_diags_sarif((const promo_diags *const *)a->ds, a->n, &text) != PROMO_OK)
		return CLI_USAGE;
	fputs(text, stdout);
	promo_free(text);
	return CLI_OK;
}

static int lint_files(lint_args_t *a, int argc, char **argv, const bool *is_file)
{
	int rc = CLI_OK, files = 0;
	for (int i = 1; i < argc; i++)
		if (is_file[i]) {
			files++;
			int r = lint_one(a, argv[i]);
			rc = r > rc ? r : rc;
		}
	if (files == 0)
		return cli_usage_error("lint", "no FILE given");
	if (a->fmt == FMT_SARIF && lint_sarif(a) != CLI_OK)
		rc = CLI_USAGE;
	return rc;
}

int cmd_lint(int argc, char **argv)
{
	lint_args_t a = { .color = -1 };
	bool *is_file = calloc((size_t)argc + 1, sizeof *is_file);
	a.ds = calloc((size_t)argc + 1, sizeof *a.ds);
	int rc = is_file && a.ds ? CLI_OK : CLI_USAGE;
	for (int i = 1; i < argc && rc == CLI_OK; i++) {
		if (argv[i][0] == '-' && argv[i][1] != 0)
			rc = lint_option(&a, argc, argv, &i);
		else
			is_file[i] = true;
	}
	size_t len = 0;
	if (rc == CLI_OK && a.o.catalog_name && cli_read_file(a.o.catalog_name, &a.catalog, &len) != 0)
		rc = CLI_USAGE;
	a.o.catalog_src = a.catalog;
	a.o.catalog_len = len;
	if (rc == CLI_OK)
		rc = lint_files(&a, argc, argv, is_file);
	for (size_t k = 0; k < a.n; k++)
		promo_diags_free(a.ds[k]);
	free(a.ds);
	free(is_file);
	free(a.catalog);
	return rc;
}
