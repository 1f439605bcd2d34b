/* commands.h — the one table of `promo` commands. Adding a command is one
 * row here and one cli/cmd_NAME.c defining
 *   int cmd_NAME(int argc, char **argv);   (argv[0] is the command name)
 * which returns the exit code: 0 clean, 1 problems in the input, 2 usage
 * or I/O error.
 * ROW(name, usage, summary, help): usage follows "promo "; help is the
 * text `promo NAME --help` prints under the usage line. */
#ifndef PROMO_CLI_COMMANDS_H
#define PROMO_CLI_COMMANDS_H

#define CLI_COMMANDS(ROW) \
	ROW(check, "check [--color=auto|always|never] FILE...", \
	    "check programs for errors", \
	    "Parses and checks each .promo FILE (- reads standard input) and prints\n" \
	    "every error and warning, gcc style: file:line:col, the source line, a\n" \
	    "caret under the place. Columns count characters, so they are right\n" \
	    "after Chinese text too. Colour: auto (the default) colours a terminal\n" \
	    "unless NO_COLOR is set.\n" \
	    "Exit status: 0 no errors, 1 errors in a program, 2 usage or I/O error.\n") \
	ROW(build, "build FILE.promo [-o FILE.pbc]", \
	    "compile a program to verified bytecode", \
	    "Checks FILE.promo and writes its bytecode to FILE.pbc (default: the same\n" \
	    "name with .pbc). Diagnostics go to standard error, gcc style; a program\n" \
	    "with errors is refused and nothing is written. The file is replaced\n" \
	    "whole (written aside, then renamed), so a service never reads half of it.\n" \
	    "Exit status: 0 built, 1 the program has errors, 2 usage or I/O error.\n") \
	ROW(price, "price PROGRAM [CART.json|-] [--jsonl] [--at TIME] [--explain]", \
	    "price carts (JSON in, JSON out)", \
	    "Prices a cart (JSON, docs/cart.md) with PROGRAM (.promo or .pbc) and\n" \
	    "prints the result as JSON. Without CART, or with -, reads standard input.\n" \
	    "  --jsonl     one cart per input line, one result per output line; a bad\n" \
	    "              line prints {\"error\": ..., \"line\": N} and the rest still price\n" \
	    "  --at TIME   price at TIME (RFC 3339 with a zone, 2026-11-11T20:05:00+08:00)\n" \
	    "              instead of the cart's \"at\"\n" \
	    "  --explain   print the trace of every decision to standard error\n" \
	    "Exit status: 0 all carts priced, 1 a cart or the program has errors,\n" \
	    "2 usage or I/O error.\n") \
	ROW(disasm, "disasm FILE.pbc|FILE.promo", \
	    "list a program's bytecode", \
	    "Prints the bytecode of a program: its activities, the SKU/category/brand\n" \
	    "index and the code of every activity with opcode names. A .promo is\n" \
	    "compiled first. A .pbc is verified before it is listed.\n" \
	    "Exit status: 0 listed, 1 the program is invalid, 2 usage or I/O error.\n") \
	ROW(lint, "lint FILE... [--catalog CSV] [--now TIME] [--format text|json|sarif] [--werror]", \
	    "review programs before launch: overlaps and lint rules", \
	    "Checks each FILE, then finds overlapping activities and runs every lint\n" \
	    "rule of docs/lint.md. --catalog CSV (sku,category,brand,price[,floor])\n" \
	    "decides category/brand overlaps and enables the price, floor and SKU\n" \
	    "rules. --now TIME (YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM], the program's zone\n" \
	    "when none) is the time window-ended compares with (default: now).\n" \
	    "--format: text (gcc style, stderr), json (one object per line, stdout),\n" \
	    "sarif (SARIF 2.1.0, stdout). --werror reports warnings as errors.\n" \
	    "Exit status: 0 no errors, 1 errors, 2 usage or I/O error.\n") \
	ROW(fmt, "fmt [--check] [--color=auto|always|never] FILE...", \
	    "format programs in the canonical layout", \
	    "Rewrites each .promo FILE in the one canonical layout: two spaces per\n" \
	    "level, one clause per line, ASCII operators, comments kept where they\n" \
	    "were. The meaning never changes, and formatting twice changes nothing.\n" \
	    "FILE - reads standard input and writes the result to standard output.\n" \
	    "--check changes nothing: it lists the files that are not formatted.\n" \
	    "Exit status: 0 done (--check: all formatted), 1 syntax errors or (with\n" \
	    "--check) a file not formatted, 2 usage or I/O error.\n") \
	ROW(test, "test [--color=auto|always|never] FILE...", \
	    "run the test blocks of programs", \
	    "Runs the test blocks of each .promo FILE (docs/testing.md): prices each\n" \
	    "test's cart and compares every expectation. Prints one line per test\n" \
	    "and, for each failed expectation, the expected and the actual value;\n" \
	    "then a count of passed and failed tests. A program with errors is\n" \
	    "reported like 'promo check' does and its tests do not run.\n" \
	    "Exit status: 0 every test passed, 1 a test failed or a program has\n" \
	    "errors, 2 usage or I/O error.\n")

#define CLI_DECLARE(name, usage, summary, help) int cmd_##name(int argc, char **argv);
CLI_COMMANDS(CLI_DECLARE)
#undef CLI_DECLARE

#endif
