/* gen — write the benchmark's world: DIR/catalog.csv, DIR/campaign.promo
 * and DIR/carts.jsonl, deterministic for a seed and sizes.
 *   gen [--skus N] [--activities N] [--carts N] [--lines N] [--seed N] [--out DIR]
 * Defaults are the standard campaign: 10,000 SKUs, 1,000 activities. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench/emit.h"

static const char usage[] =
	"usage: gen [--skus N] [--activities N] [--carts N] [--lines N] [--seed N] [--out DIR]\n"
	"  writes DIR/catalog.csv, DIR/campaign.promo (and .json), DIR/carts.jsonl (DIR defaults to .)\n"
	"  --lines is the most lines a cart may hold (1-30)\n";

static int parse_u(const char *flag, const char *s, uint64_t max, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s ? s : "", &end, 10);
	if (!s || !*s || *end || errno || v > max || *s == '-') {
		fprintf(stderr, "gen: %s needs a whole number up to %llu, got '%s'\n", flag,
			(unsigned long long)max, s ? s : "");
		return -1;
	}
	*out = v;
	return 0;
}

static int parse_args(int argc, char **argv, bm_sizes_t *sz, const char **out)
{
	for (int i = 1; i < argc; i += 2) {
		const char *f = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		uint64_t x = 0;
		if (!strcmp(f, "--out") && v) {
			*out = v;
		} else if (!strcmp(f, "--seed")) {
			if (parse_u(f, v, UINT64_MAX, &sz->seed))
				return -1;
		} else if (!strcmp(f, "--skus") || !strcmp(f, "--activities") || !strcmp(f, "--carts") ||
			   !strcmp(f, "--lines")) {
			if (parse_u(f, v, 10000000, &x))
				return -1;
			uint32_t *dst = f[2] == 's' ? &sz->skus : f[2] == 'a' ? &sz->activities
				      : f[2] == 'c' ? &sz->carts : &sz->max_lines;
			*dst = (uint32_t)x;
		} else {
			fprintf(stderr, "gen: unknown or incomplete option '%s'\n%s", f, usage);
			return -1;
		}
	}
	return 0;
}

static int write_file(const char *dir, const char *name, const bm_model_t *m,
		      void (*fn)(const bm_model_t *, FILE *))
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "gen: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	fn(m, f);
	if (fclose(f)) {
		fprintf(stderr, "gen: error writing %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	bm_sizes_t sz = { .skus = 10000, .activities = 1000, .carts = 10000, .max_lines = 30,
			  .seed = 20261111 };
	const char *out = ".";
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		return fputs(usage, stdout), 0;
	if (parse_args(argc, argv, &sz, &out))
		return 2;
	bm_model_t m;
	if (bm_build(&m, &sz)) {
		fprintf(stderr, "gen: %s\n", m.err);
		bm_free(&m);
		return 2;
	}
	int rc = write_file(out, "catalog.csv", &m, bm_write_catalog) ||
		 write_file(out, "campaign.promo", &m, bm_write_campaign) ||
		 write_file(out, "campaign.json", &m, bm_write_campaign_json) ||
		 write_file(out, "carts.jsonl", &m, bm_write_carts);
	bm_free(&m);
	return rc ? 2 : 0;
}
