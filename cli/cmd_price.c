/* cmd_price.c — `promo price PROGRAM [CART.json|-] [--jsonl] [--at TIME]
 * [--explain]`: JSON carts in, JSON results out, through promo.h only.
 * A bad cart never yields a partial result: its error is printed instead
 * (with --jsonl, as {"error": ..., "line": N}, and the other lines still
 * price). Exit 0 all priced, 1 some cart failed, 2 usage/I/O/program. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/line_reader.h"
#include "cli/program_io.h"

typedef struct price_opts {
	const char *program, *cart;
	bool jsonl, explain, has_at;
	int64_t at;
} price_opts_t;

typedef struct pricer {
	const price_opts_t *o;
	promo_program *prog;
	promo_cart *cart;
	promo_result *res;
	const char *name;     /* the cart file as the user named it */
} pricer_t;

/* Returns -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, price_opts_t *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--jsonl")) {
			o->jsonl = true;
		} else if (!strcmp(a, "--explain")) {
			o->explain = true;
		} else if (!strcmp(a, "--at")) {
			if (++i == argc || promo_time_parse(argv[i], &o->at) != PROMO_OK)
				return cli_usage_error("price", "--at needs an RFC 3339 time with a "
							"zone, such as 2026-11-11T20:05:00+08:00");
			o->has_at = true;
		} else if (a[0] == '-' && a[1]) {
			return cli_usage_error("price", "unknown option '%s'", a);
		} else if (!o->program) {
			o->program = a;
		} else if (!o->cart) {
			o->cart = a;
		} else {
			return cli_usage_error("price", "too many arguments");
		}
	}
	if (!o->program)
		return cli_usage_error("price", "no PROGRAM given");
	return -1;
}

/* One JSON value on one line, with spaces after ',' and ':'. */
static void put_value(const json_t *v)
{
	char *s = json_dumps(v, JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
	fputs(s ? s : "null", stdout);
	free(s);
}

/* Lays the library's one-line JSON out for people: one field per line,
 * one list item per line (a line or an activity reads at a glance). */
static void print_pretty(const char *json)
{
	json_t *o = json_loads(json, 0, NULL);
	const char *key;
	json_t *v;
	if (!json_is_object(o)) {
		puts(json);
		json_decref(o);
		return;
	}
	size_t i = 0, n = json_object_size(o);
	puts("{");
	json_object_foreach(o, key, v) {
		printf("  \"%s\": ", key);
		if (json_is_array(v) && json_array_size(v) > 0) {
			puts("[");
			for (size_t j = 0; j < json_array_size(v); j++) {
				fputs("    ", stdout);
				put_value(json_array_get(v, j));
				puts(j + 1 < json_array_size(v) ? "," : "");
			}
			fputs("  ]", stdout);
		} else {
			put_value(v);
		}
		puts(++i < n ? "," : "");
	}
	puts("}");
	json_decref(o);
}

/* Parses and prices one cart. Returns NULL on success, else a message
 * written into err. */
static const char *price_one(pricer_t *p, const char *text, size_t len, char *err,
			     size_t errlen)
{
	promo_status st = promo_cart_from_json(p->cart, p->prog, text, len, err, errlen);
	if (st != PROMO_OK)
		return err;
	if (p->o->has_at)
		promo_cart_set_time(p->cart, p->o->at);
	if (promo_price(p->prog, p->cart, p->res) != PROMO_OK) {
		snprintf(err, errlen, "%s", promo_result_error(p->res));
		return err;
	}
	return NULL;
}

static void print_explain(pricer_t *p, long line)
{
	const char *trace = "";
	if (!p->o->explain || promo_result_explain(p->res, &trace) != PROMO_OK)
		return;
	if (line > 0)
		fprintf(stderr, "# input line %ld\n", line);
	fputs(trace, stderr);
}

/* Prints the result, or an error as {"error", "line"}; 0 or 1. text is
 * NULL for a line the reader could not keep (over PROMO_MAX_CART_BYTES). */
static int emit_line(pricer_t *p, const char *text, size_t len, long line)
{
	char err[512], *json = NULL;
	size_t blank = 0; /* the input is not NUL-terminated: count within len */
	while (text && blank < len && (text[blank] == ' ' || text[blank] == '\t'))
		blank++;
	const char *why = err;
	if (!text)
		snprintf(err, sizeof err, "the cart is %zu bytes; at most %d are allowed (docs/limits.md)",
			 len, PROMO_MAX_CART_BYTES);
	else if (blank >= len)
		why = "empty line (one cart per line)";
	else
		why = price_one(p, text, len, err, sizeof err);
	if (!why && promo_result_json(p->res, &json) != PROMO_OK)
		why = "out of memory";
	if (why) {
		json_t *o = json_pack("{s:s, s:I}", "error", why, "line", (json_int_t)line);
		char *s = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
		puts(s ? s : "{\"error\": \"out of memory\"}");
		free(s);
		json_decref(o);
		return 1;
	}
	print_explain(p, line);
	puts(json);
	promo_free(json);
	return 0;
}

/* One result line per input line, in order, each written before the
 * next line is waited for. */
static int price_jsonl(pricer_t *p, int fd)
{
	line_reader_t r;
	const char *text;
	size_t len;
	long line = 0;
	int rc = 0, got;
	if (lr_init(&r, fd, PROMO_MAX_CART_BYTES) != 0) {
		fprintf(stderr, "promo: out of memory\n");
		return 2;
	}
	while ((got = lr_next(&r, &text, &len)) > 0)
		rc |= emit_line(p, text, len, ++line);
	if (got < 0) {
		fprintf(stderr, "promo: cannot read '%s' after line %ld: %s\n", p->name, line, strerror(errno));
		rc = 2;
	}
	lr_free(&r);
	fflush(stdout);
	return rc;
}

/* The --jsonl input, opened for price_jsonl; -1 after a message. */
static int open_input(const char *path)
{
	int fd = strcmp(path, "-") ? open(path, O_RDONLY) : 0;
	if (fd < 0)
		fprintf(stderr, "promo: cannot read '%s': %s\n", path, strerror(errno));
	return fd;
}

static int price_single(pricer_t *p, const char *data, size_t len)
{
	char err[512], *json = NULL;
	const char *why = price_one(p, data, len, err, sizeof err);
	if (why) {
		fprintf(stderr, "promo: %s: error: %s\n", p->name, why);
		return 1;
	}
	if (promo_result_json(p->res, &json) != PROMO_OK) {
		fprintf(stderr, "promo: out of memory\n");
		return 2;
	}
	print_explain(p, 0);
	print_pretty(json);
	promo_free(json);
	return 0;
}

static int run(pricer_t *p, const price_opts_t *o)
{
	if (promo_cart_new(&p->cart) != PROMO_OK || promo_result_new(&p->res) != PROMO_OK ||
	    promo_result_set_explain(p->res, o->explain) != PROMO_OK) {
		fprintf(stderr, "promo: out of memory\n");
		return 2;
	}
	if (o->jsonl) {
		int fd = open_input(o->cart), rc;
		if (fd < 0)
			return CLI_USAGE;
		rc = price_jsonl(p, fd);
		if (fd > 0)
			close(fd);
		return rc;
	}
	char *data = NULL;
	size_t len = 0;
	if (cli_read_file(o->cart, &data, &len) != 0)
		return CLI_USAGE;
	int rc = price_single(p, data, len);
	free(data);
	return rc;
}

int cmd_price(int argc, char **argv)
{
	price_opts_t o = { 0 };
	int rc = parse_args(argc, argv, &o);
	if (rc >= 0)
		return rc;
	if (!o.cart)
		o.cart = "-";
	pricer_t p = { .o = &o, .name = strcmp(o.cart, "-") ? o.cart : "<stdin>" };
	rc = cli_program_get(o.program, &p.prog);
	if (rc == 0)
		rc = run(&p, &o);
	promo_result_free(p.res);
	promo_cart_free(p.cart);
	promo_program_free(p.prog);
	return rc;
}
