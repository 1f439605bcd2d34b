/* test_color.c — the --color option and the NO_COLOR / terminal rule. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/color.c" /* the CLI is not in libpromo: test its file directly */

static int take(char **argv, int argc, cli_color_mode *m)
{
	*m = CLI_COLOR_AUTO;
	return cli_color_take(&argc, argv, m) == 0 ? argc : -1;
}

static void test_forms(void **state)
{
	(void)state;
	cli_color_mode m;
	char *a1[] = { "promo", "check", "--color=always", "f.promo", NULL };
	assert_int_equal(take(a1, 4, &m), 3);
	assert_int_equal(m, CLI_COLOR_ALWAYS);
	assert_string_equal(a1[2], "f.promo");
	assert_null(a1[3]);
	char *a2[] = { "promo", "--color", "never", "check", NULL };
	assert_int_equal(take(a2, 4, &m), 2);
	assert_int_equal(m, CLI_COLOR_NEVER);
	assert_string_equal(a2[1], "check");
	char *a3[] = { "promo", "check", "--color", "f.promo", NULL }; /* bare: always */
	assert_int_equal(take(a3, 4, &m), 3);
	assert_int_equal(m, CLI_COLOR_ALWAYS);
	assert_string_equal(a3[2], "f.promo");
	char *a4[] = { "promo", "--color=never", "--color=auto", NULL }; /* last wins */
	assert_int_equal(take(a4, 3, &m), 1);
	assert_int_equal(m, CLI_COLOR_AUTO);
}

static void test_after_dashdash_kept(void **state)
{
	(void)state;
	cli_color_mode m;
	char *a[] = { "promo", "fmt", "--", "--color=always", NULL };
	assert_int_equal(take(a, 4, &m), 4);
	assert_int_equal(m, CLI_COLOR_AUTO);
	assert_string_equal(a[3], "--color=always");
}

static void test_bad_value(void **state)
{
	(void)state;
	cli_color_mode m;
	char *a[] = { "promo", "--color=sometimes", NULL };
	assert_int_equal(take(a, 2, &m), -1);
}

static void test_enabled(void **state)
{
	(void)state;
	int fd = open("/dev/null", O_WRONLY); /* never a terminal */
	assert_true(fd >= 0);
	unsetenv("NO_COLOR");
	assert_false(cli_color_enabled(CLI_COLOR_AUTO, fd));
	assert_true(cli_color_enabled(CLI_COLOR_ALWAYS, fd));
	setenv("NO_COLOR", "1", 1);
	assert_true(cli_color_enabled(CLI_COLOR_ALWAYS, fd)); /* the flag wins */
	assert_false(cli_color_enabled(CLI_COLOR_NEVER, fd));
	int tty = open("/dev/tty", O_WRONLY);
	if (tty >= 0) { /* only where a terminal exists */
		assert_false(cli_color_enabled(CLI_COLOR_AUTO, tty));
		setenv("NO_COLOR", "", 1); /* empty means unset */
		setenv("TERM", "xterm", 1);
		assert_true(cli_color_enabled(CLI_COLOR_AUTO, tty));
		setenv("TERM", "dumb", 1);
		assert_false(cli_color_enabled(CLI_COLOR_AUTO, tty));
		close(tty);
	}
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_after_dashdash_kept),
		cmocka_unit_test(test_bad_value),
		cmocka_unit_test(test_enabled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
