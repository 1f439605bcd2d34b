/* fuzz_cart — cart JSON → promo_cart_from_json → promo_price → result JSON,
 * through the public API against a fixed program (fuzz/fixed.promo, the
 * canonical example). Bad carts must end in a message, never in a crash,
 * a leak or a partial result. */
#include <stdio.h>
#include <stdlib.h>
#include "promo.h"
#include "fuzz/fuzz_util.h"
#include "support/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern const char fz_fixed_src[];
extern const unsigned long fz_fixed_src_len;

static promo_program *fixed_program(void)
{
	static promo_program *prog;
	if (prog)
		return prog;
	vm_program_t *p = fz_compile("fixed.promo", fz_fixed_src, fz_fixed_src_len);
	buf_t b;
	char err[256] = "";
	buf_init(&b);
	if (!p || vm_save(p, &b) || promo_program_load_memory(b.data, b.len, &prog, err, sizeof err)) {
		fprintf(stderr, "fuzz_cart: fuzz/fixed.promo does not compile or load: %s\n", err);
		abort();
	}
	buf_free(&b);
	vm_program_free(p);
	return prog;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	promo_program *prog = fixed_program();
	promo_cart *c = NULL;
	promo_result *r = NULL;
	char err[256];
	if (promo_cart_new(&c) || promo_result_new(&r))
		abort();
	if (promo_cart_from_json(c, prog, (const char *)data, size, err, sizeof err) == PROMO_OK &&
	    promo_price(prog, c, r) == PROMO_OK) {
		char *json = NULL;
		if (promo_result_json(r, &json) != PROMO_OK)
			abort();
		promo_free(json);
	}
	promo_result_free(r);
	promo_cart_free(c);
	return 0;
}
