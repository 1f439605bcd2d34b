/* support_lib.c — shared setup of the libpromo API tests. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "tests/unit/support_lib.h"

const char tl_program_src[] =
	"currency CNY\n"
	"timezone +08:00\n"
	"activity earbuds \"耳机八折\" item SKU-1002: 8折\n"
	"activity tea item SKU-1004: spend 200 -> -10, 300 -> -30, 500 -> -60\n"
	"activity blender item SKU-1005: spend 500 -> addon SKU-9001 at 20\n"
	"activity lamp item SKU-1006: spend 300 -> gift SKU-9002\n"
	"activity flash_tv\n"
	"  window 2026-11-11 20:00 .. 2026-11-11 20:10\n"
	"  stock 100\n"
	"  item SKU-2001: price 1999\n"
	"activity big_order \"满500减30\" order >= 500: -30\n"
	"activity free_ship shipping when order >= 99: free\n";

promo_program *tl_compile(const char *src)
{
	promo_program *p = NULL;
	promo_diags *d = NULL;
	promo_status st = promo_compile("test.promo", src, strlen(src), &p, &d);
	if (st != PROMO_OK) {
		char *text = NULL;
		promo_diags_render(d, 0, &text);
		fail_msg("promo_compile: %s\n%s", promo_strerror(st), text ? text : "");
	}
	promo_diags_free(d);
	assert_non_null(p);
	return p;
}

void *tl_save(const promo_program *p, size_t *len)
{
	void *bytes = NULL;
	assert_int_equal(promo_program_save(p, &bytes, len), PROMO_OK);
	assert_non_null(bytes);
	return bytes;
}

void tl_cart_json(promo_cart *c, const promo_program *p, const char *json)
{
	char err[256] = "";
	promo_status st = promo_cart_from_json(c, p, json, strlen(json), err, sizeof err);
	if (st != PROMO_OK)
		fail_msg("promo_cart_from_json: %s: %s", promo_strerror(st), err);
}
