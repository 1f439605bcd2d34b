/* support_faults.c — see support_faults.h. */
#include <stdlib.h>
#include "tests/unit/support_faults.h"

void *faults_realloc(void *ud, void *p, size_t n)
{
	faults_t *f = ud;
	if (n == 0) {
		f->live -= p != NULL;
		free(p);
		return NULL;
	}
	if (f->countdown == 0)
		return NULL;
	if (f->countdown > 0)
		f->countdown--;
	void *q = realloc(p, n);
	f->live += q && !p;
	f->allocs += q && !p;
	return q;
}
