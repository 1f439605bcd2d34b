/* color.h — when the CLI paints diagnostics: --color=auto|always|never,
 * the NO_COLOR convention (no-color.org) and whether the output is a
 * terminal. main.c takes the option out of argv before dispatching, so
 * every command accepts it in any position. */
#ifndef PROMO_CLI_COLOR_H
#define PROMO_CLI_COLOR_H
#include <stdbool.h>

typedef enum { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER } cli_color_mode;

/* Removes every "--color", "--color=WHEN" and "--color WHEN" from argv
 * (the last one wins) and stores the mode. Returns 0, or -1 after printing
 * a usage message to stderr when WHEN is not auto, always or never.
 * Arguments after "--" are left alone. */
int cli_color_take(int *argc, char **argv, cli_color_mode *mode);

/* Whether to paint text written to fd: always/never as asked; auto paints
 * when fd is a terminal, NO_COLOR is unset or empty, and TERM is not
 * "dumb". An explicit --color=always wins over NO_COLOR. */
bool cli_color_enabled(cli_color_mode mode, int fd);

#endif
