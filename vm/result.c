/* result.c — a reusable priced cart: its arrays (and the VM's scratch
 * memory) keep their capacity across result_reset(). */
#include "vm/result.h"
#include <string.h>
#include "support/alloc.h"
#include "vm/interp.h"

#define X(e, code, text) code,
static const char *const codes[] = { REASON_LIST(X) };
#undef X
#define X(e, code, text) text,
static const char *const texts[] = { REASON_LIST(X) };
#undef X

const char *reason_code(reason_t r)
{
	return (unsigned)r < REASON__COUNT ? codes[r] : "?";
}

const char *reason_text(reason_t r)
{
	return (unsigned)r < REASON__COUNT ? texts[r] : "?";
}

void result_init(result_t *r)
{
	memset(r, 0, sizeof *r);
}

void result_free(result_t *r)
{
	px_free(r->lines);
	px_free(r->shares);
	px_free(r->applied);
	px_free(r->gifts);
	px_free(r->offers);
	px_free(r->hints);
	px_free(r->skipped);
	vm_scratch_free(r->scratch);
	struct buf *trace = r->trace;
	result_init(r);
	r->trace = trace;
}

void result_reset(result_t *r)
{
	r->status = 0;
	r->error[0] = 0;
	r->decimals = 0;
	r->subtotal = r->discount = r->shipping = r->shipping_discount = r->total = 0;
	r->n_lines = r->n_shares = r->n_applied = r->n_gifts = r->n_offers = r->n_hints = 0;
	r->n_skipped = 0;
}

bool vm_grow_to(void **arr, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return true;
	size_t n = *cap ? *cap : 8;
	while (n < need)
		n *= 2;
	void *p = px_realloc(*arr, n * elem);
	if (!p)
		return false;
	*arr = p;
	*cap = n;
	return true;
}
