/* cli_util.h — what every command needs: reading input files, deciding
 * on colour, and the standard messages. */
#ifndef PROMO_CLI_UTIL_H
#define PROMO_CLI_UTIL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum { CLI_OK = 0, CLI_FINDINGS = 1, CLI_USAGE = 2 };

/* Reads a whole file ("-": standard input) into *data (free with free()).
 * Prints "promo: cannot read 'PATH': reason" and returns -1 on failure. */
int cli_read_file(const char *path, char **data, size_t *len);
/* Parses "--color=auto|always|never"; returns -1 (after a message) when
 * the value is unknown, 0 when arg is not a colour option, 1 when taken. */
int cli_color_option(const char *arg, int *mode);
/* Whether to colour output to f: mode 1 always, 0 never, -1 auto (a
 * terminal, and NO_COLOR unset). */
bool cli_use_color(FILE *f, int mode);
/* "promo: CMD: message" to stderr; returns CLI_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
