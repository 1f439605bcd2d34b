/* fuzz_pbc — untrusted .pbc bytes → load/verify → price the fixed cart.
 * The verifier must refuse anything it cannot run safely; whatever it
 * accepts must price without a sanitizer report, a hang or a line whose
 * total is not amount - discount. */
#include "fuzz/fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	vm_program_t *p = vm_load(data, size, err, sizeof err);
	if (!p)
		return 0;
	cart_t c;
	result_t r;
	cart_init(&c);
	result_init(&r);
	fz_fixed_cart(&c);
	fz_price(p, &c, &r);
	buf_t out;
	buf_init(&out);
	vm_disasm(p, &out);
	buf_free(&out);
	result_free(&r);
	cart_free(&c);
	vm_program_free(p);
	return 0;
}
