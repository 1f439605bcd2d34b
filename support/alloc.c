/* alloc.c — the one allocation path of the library (see alloc.h). */
#include "support/alloc.h"
#include <stdlib.h>
#include <string.h>

static px_realloc_fn hook;
static void *hook_ud;

void px_set_allocator(px_realloc_fn fn, void *ud)
{
	hook = fn;
	hook_ud = ud;
}

void *px_realloc(void *p, size_t n)
{
	if (hook)
		return n ? hook(hook_ud, p, n) : (hook(hook_ud, p, 0), NULL);
	if (n == 0) {
		free(p);
		return NULL;
	}
	return realloc(p, n);
}

void *px_malloc(size_t n)
{
	return px_realloc(NULL, n ? n : 1);
}

void *px_calloc(size_t n, size_t size)
{
	size_t total;
	if (__builtin_mul_overflow(n, size, &total))
		return NULL;
	void *p = px_malloc(total);
	if (p)
		memset(p, 0, total ? total : 1);
	return p;
}

void px_free(void *p)
{
	if (p)
		px_realloc(p, 0);
}
