/* program_io.c — input files and programs for the commands that price. */
#include "cli/program_io.h"
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends everything f holds to a malloc'd buffer. */
static int slurp(FILE *f, char **data, size_t *len)
{
	size_t cap = 8192, n = 0, got;
	char *p = malloc(cap);
	while (p && (got = fread(p + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (cap - n - 1 == 0) {
			char *q = cap > SIZE_MAX / 2 ? NULL : realloc(p, cap * 2);
			if (!q)
				free(p);
			p = q;
			cap *= 2;
		}
	}
	if (!p || ferror(f)) {
		free(p);
		return -1;
	}
	p[n] = '\0';
	*data = p;
	*len = n;
	return 0;
}

int cli_read_all(const char *path, char **data, size_t *len)
{
	bool std = strcmp(path, "-") == 0;
	FILE *f = std ? stdin : fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "promo: %s: %s\n", path, strerror(errno));
		return 2;
	}
	int rc = slurp(f, data, len);
	if (rc != 0)
		fprintf(stderr, "promo: %s: read error\n", std ? "<stdin>" : path);
	if (!std)
		fclose(f);
	return rc ? 2 : 0;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

int cli_program_get(const char *path, promo_program **out)
{
	if (ends_with(path, ".promo"))
		return cli_program_compile(path, out);
	char err[256] = "";
	promo_status st = promo_program_load_file(path, out, err, sizeof err);
	if (st == PROMO_OK)
		return 0;
	if (st == PROMO_E_BYTECODE)
		fprintf(stderr, "promo: %s: error: %s\n", path, err);
	else
		fprintf(stderr, "promo: %s\n", err[0] ? err : promo_strerror(st));
	return st == PROMO_E_BYTECODE ? 1 : 2;
}
