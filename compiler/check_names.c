/* check_names.c — the define namespace: the prelude's defines, then the
 * program's. A program's define silently takes the place of a prelude
 * define of the same name (documented); the same name twice in one file
 * is an error pointing at the first. */
#include "compiler/check.h"

static void add_defines(chk_t *c, program_t *from, bool may_shadow)
{
	for (size_t i = 0; i < from->defines.n; i++) {
		define_t *d = from->defines.items[i];
		define_t *old = sym_get(&c->defines, d->name.s);
		if (old && !(may_shadow && old->file != d->file)) {
			diag_t *e = chk_error(c, d->file, d->name.span, "'%s' is defined twice", d->name.s);
			diag_note(e, old->file, old->name.span, "first defined here");
			continue;
		}
		sym_put(&c->defines, d->name.s, d);
	}
}

void chk_names(chk_t *c)
{
	add_defines(c, c->p->prelude, false);
	add_defines(c, c->p, true);
}
