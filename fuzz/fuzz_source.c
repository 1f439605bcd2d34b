/* fuzz_source — source text → parse, check, codegen, verify, price.
 * Any input must end in diagnostics or a program; a program that checked
 * clean must survive the .pbc round trip and price the fixed cart the
 * same way before and after it. */
#include "fuzz/fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vm_program_t *p = fz_compile("fuzz.promo", (const char *)data, size);
	if (!p)
		return 0;
	vm_program_t *q = fz_roundtrip(p);
	cart_t c;
	result_t a, b;
	cart_init(&c);
	result_init(&a);
	result_init(&b);
	fz_fixed_cart(&c);
	fz_price(p, &c, &a);
	fz_price(q, &c, &b);
	fz_same(&a, &b, "source and round-tripped .pbc");
	result_free(&a);
	result_free(&b);
	cart_free(&c);
	vm_program_free(q);
	vm_program_free(p);
	return 0;
}
