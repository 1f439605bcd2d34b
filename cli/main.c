/* main.c — `promo COMMAND ...`: dispatch through the command table
 * (commands.h), --help, --version, COMMAND --help. */
#include <stdio.h>
#include <string.h>
#include "promo.h"
#include "cli/cli_util.h"
#include "cli/commands.h"

typedef struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *usage, *summary, *help;
} command_t;

#define CLI_ROW(name, usage, summary, help) { #name, cmd_##name, usage, summary, help },
static const command_t commands[] = { CLI_COMMANDS(CLI_ROW) };
#undef CLI_ROW
enum { N_COMMANDS = sizeof commands / sizeof commands[0] };

static void print_usage(FILE *f)
{
	fprintf(f, "usage: promo COMMAND [ARGS...]\n       promo --help | --version\n\n"
		   "promo checks, compiles and runs e-commerce promotion programs (.promo).\n\ncommands:\n");
	for (size_t i = 0; i < N_COMMANDS; i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'promo COMMAND --help' tells more about a command.\n");
}

static void print_command_help(const command_t *c)
{
	printf("usage: promo %s\n\n%s", c->usage, c->help);
}

static const command_t *find(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static bool wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return false;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return true;
	}
	return false;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		print_usage(stderr);
		return CLI_USAGE;
	}
	const char *a = argv[1];
	if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "help") == 0) {
		const command_t *c = argc > 2 ? find(argv[2]) : NULL;
		if (c)
			print_command_help(c);
		else
			print_usage(stdout);
		return CLI_OK;
	}
	if (strcmp(a, "--version") == 0) {
		printf("promo %s\n", promo_version());
		return CLI_OK;
	}
	const command_t *c = find(a);
	if (!c)
		return cli_usage_error(NULL, "unknown command '%s' (see 'promo --help')", a);
	if (wants_help(argc - 1, argv + 1)) {
		print_command_help(c);
		return CLI_OK;
	}
	return c->run(argc - 1, argv + 1);
}
