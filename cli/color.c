/* color.c — the --color option and the NO_COLOR / terminal decision. */
#include "cli/color.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int color_parse(const char *when, cli_color_mode *mode)
{
	if (strcmp(when, "auto") == 0) *mode = CLI_COLOR_AUTO;
	else if (strcmp(when, "always") == 0) *mode = CLI_COLOR_ALWAYS;
	else if (strcmp(when, "never") == 0) *mode = CLI_COLOR_NEVER;
	else {
		fprintf(stderr, "promo: --color must be auto, always or never (got '%s')\n", when);
		return -1;
	}
	return 0;
}

/* How many argv slots argv[i] uses as a colour option (0: not one); the
 * value "--color" alone takes the next word only when it is a WHEN. */
static int color_arg(int argc, char **argv, int i, const char **when)
{
	const char *a = argv[i];
	if (strncmp(a, "--color=", 8) == 0) { *when = a + 8; return 1; }
	if (strcmp(a, "--color") != 0) return 0;
	if (i + 1 < argc && (strcmp(argv[i + 1], "auto") == 0 || strcmp(argv[i + 1], "always") == 0 ||
			     strcmp(argv[i + 1], "never") == 0)) {
		*when = argv[i + 1];
		return 2;
	}
	*when = "always";
	return 1;
}

int cli_color_take(int *argc, char **argv, cli_color_mode *mode)
{
	int out = 0, i = 0;
	while (i < *argc) {
		if (strcmp(argv[i], "--") == 0) {
			while (i < *argc) argv[out++] = argv[i++];
			break;
		}
		const char *when = NULL;
		int used = color_arg(*argc, argv, i, &when);
		if (used == 0) {
			argv[out++] = argv[i++];
			continue;
		}
		if (color_parse(when, mode) != 0) return -1;
		i += used;
	}
	*argc = out;
	argv[out] = NULL;
	return 0;
}

bool cli_color_enabled(cli_color_mode mode, int fd)
{
	if (mode != CLI_COLOR_AUTO) return mode == CLI_COLOR_ALWAYS;
	const char *no = getenv("NO_COLOR");
	if (no && no[0]) return false;
	const char *term = getenv("TERM");
	if (term && strcmp(term, "dumb") == 0) return false;
	return isatty(fd) == 1;
}
