/* cmd_test.c — `promo test FILE...`: run the test blocks of each program,
 * one line per test, expected and actual values of each failure, and a
 * closing count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "promo.h"
#include "cli/cli_util.h"
#include "cli/commands.h"

typedef struct totals {
	size_t tests, failed;
} totals_t;

static void print_diags(promo_diags *ds, bool color)
{
	char *text = NULL;
	if (ds && promo_diags_render(ds, color, &text) == PROMO_OK) fputs(text, stderr);
	promo_free(text);
}

/* Tests one file; returns its exit code. */
static int test_one(const char *path, bool color, totals_t *sum)
{
	char *src, *text = NULL;
	size_t len;
	if (cli_read_file(path, &src, &len) != 0) return CLI_USAGE;
	promo_tests *t = NULL;
	promo_diags *ds = NULL;
	promo_status st = promo_test(strcmp(path, "-") == 0 ? "<stdin>" : path, src, len, &t, &ds);
	free(src);
	int rc = CLI_OK;
	if (st == PROMO_OK && promo_tests_render(t, color, &text) == PROMO_OK) {
		fputs(text, stdout);
		sum->tests += promo_tests_count(t);
		sum->failed += promo_tests_failed(t);
		rc = promo_tests_failed(t) ? CLI_FINDINGS : CLI_OK;
	} else if (st == PROMO_E_COMPILE) {
		print_diags(ds, color);
		rc = CLI_FINDINGS;
	} else {
		fprintf(stderr, "promo: %s: %s\n", path, promo_strerror(st));
		rc = CLI_USAGE;
	}
	promo_free(text);
	promo_tests_free(t);
	promo_diags_free(ds);
	return rc;
}

int cmd_test(int argc, char **argv)
{
	int color = -1, files = 0, rc = CLI_OK;
	for (int i = 1; i < argc; i++) {
		int taken = cli_color_option(argv[i], &color);
		if (taken < 0) return CLI_USAGE;
		if (!taken && argv[i][0] == '-' && argv[i][1] != 0)
			return cli_usage_error("test", "unknown option '%s'", argv[i]);
	}
	bool use = cli_use_color(stdout, color);
	totals_t sum = { 0, 0 };
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != 0) continue;
		files++;
		int r = test_one(argv[i], use, &sum);
		rc = r > rc ? r : rc;
	}
	if (files == 0) return cli_usage_error("test", "no FILE given");
	printf("%zu test%s: %zu passed, %zu failed\n", sum.tests, sum.tests == 1 ? "" : "s", sum.tests - sum.failed,
	       sum.failed);
	return rc;
}
