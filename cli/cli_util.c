/* cli_util.c — file reading, colour, usage errors (cli_util.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli_util.h"

static int read_stream(FILE *f, char **data, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	while (b) {
		n += fread(b + n, 1, cap - n, f);
		if (n < cap)
			break;
		char *nb = cap < ((size_t)-1) / 2 ? realloc(b, cap * 2) : NULL;
		if (!nb) {
			free(b);
			b = NULL;
			errno = ENOMEM;
			break;
		}
		b = nb;
		cap *= 2;
	}
	if (!b || ferror(f)) {
		free(b);
		return -1;
	}
	*data = b;
	*len = n;
	return 0;
}

int cli_read_file(const char *path, char **data, size_t *len)
{
	bool std = strcmp(path, "-") == 0;
	FILE *f = std ? stdin : fopen(path, "rb");
	int rc = f ? read_stream(f, data, len) : -1;
	int err = errno;
	if (f && !std)
		fclose(f);
	if (rc != 0)
		fprintf(stderr, "promo: cannot read '%s': %s\n", path, strerror(err ? err : EIO));
	return rc;
}

int cli_color_option(const char *arg, int *mode)
{
	if (strncmp(arg, "--color", 7) != 0 || (arg[7] != '=' && arg[7] != 0))
		return 0;
	const char *v = arg[7] ? arg + 8 : "always";
	if (strcmp(v, "always") == 0)
		*mode = 1;
	else if (strcmp(v, "never") == 0)
		*mode = 0;
	else if (strcmp(v, "auto") == 0)
		*mode = -1;
	else
		return cli_usage_error(NULL, "unknown colour mode '%s': use auto, always or never", v), -1;
	return 1;
}

bool cli_use_color(FILE *f, int mode)
{
	if (mode >= 0)
		return mode == 1;
	const char *nc = getenv("NO_COLOR");
	return (!nc || !*nc) && isatty(fileno(f));
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, cmd ? "promo %s: " : "promo: ", cmd);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	if (cmd)
		fprintf(stderr, "Try 'promo %s --help'.\n", cmd);
	return CLI_USAGE;
}
