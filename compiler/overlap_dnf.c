/* overlap_dnf.c — conditions to disjunctive normal form. Negation is pushed
 * down to the atoms; and distributes over or. The result is capped
 * (ODNF_MAX_CONJ conjunctions, OCONJ_MAX_LITS literals each): past the cap
 * the condition is marked unknown instead of growing exponentially. */
#include <string.h>
#include "compiler/overlap.h"

static bool odnf_true(arena_t *a, odnf_t *out, bool unknown)
{
	out->c = arena_alloc(a, sizeof *out->c);
	out->n = 1;
	out->unknown = unknown;
	return out->c != NULL;
}

static bool odnf_atom(arena_t *a, const cond_t *c, bool neg, odnf_t *out)
{
	olit_t *l = arena_alloc(a, sizeof *l);
	out->c = arena_alloc(a, sizeof *out->c);
	if (!l || !out->c)
		return false;
	l->atom = c;
	l->neg = neg;
	out->c[0].lits = l;
	out->c[0].n = 1;
	out->n = 1;
	out->unknown = false;
	return true;
}

static bool odnf_or(arena_t *a, const odnf_t *x, const odnf_t *y, odnf_t *out)
{
	if (x->unknown || y->unknown || x->n + y->n > ODNF_MAX_CONJ)
		return odnf_true(a, out, true);
	out->n = x->n + y->n;
	out->unknown = false;
	out->c = arena_alloc(a, (size_t)(out->n ? out->n : 1) * sizeof *out->c);
	if (!out->c)
		return false;
	if (x->n) /* memcpy wants a real pointer even for 0 bytes */
		memcpy(out->c, x->c, (size_t)x->n * sizeof *x->c);
	if (y->n)
		memcpy(out->c + x->n, y->c, (size_t)y->n * sizeof *y->c);
	return true;
}

static bool oconj_concat(arena_t *a, const oconj_t *x, const oconj_t *y, oconj_t *out)
{
	out->n = x->n + y->n;
	out->lits = arena_alloc(a, (size_t)(out->n ? out->n : 1) * sizeof *out->lits);
	if (!out->lits)
		return false;
	if (x->n)
		memcpy(out->lits, x->lits, (size_t)x->n * sizeof *x->lits);
	if (y->n)
		memcpy(out->lits + x->n, y->lits, (size_t)y->n * sizeof *y->lits);
	return true;
}

bool odnf_and(arena_t *a, const odnf_t *x, const odnf_t *y, odnf_t *out)
{
	if (x->unknown || y->unknown || (long)x->n * y->n > ODNF_MAX_CONJ)
		return odnf_true(a, out, true);
	int m = x->n * y->n;
	out->n = 0;
	out->unknown = false;
	out->c = arena_alloc(a, (size_t)(m > 0 ? m : 1) * sizeof *out->c);
	if (!out->c)
		return false;
	for (int i = 0; i < x->n; i++)
		for (int j = 0; j < y->n; j++) {
			if (x->c[i].n + y->c[j].n > OCONJ_MAX_LITS)
				return odnf_true(a, out, true);
			if (!oconj_concat(a, &x->c[i], &y->c[j], &out->c[out->n++]))
				return false;
		}
	return true;
}

/* A define used as a condition; aliases are followed by the checker,
 * which leaves the target's condition in def->cond. */
static const cond_t *odnf_deref(const cond_t *c)
{
	return c->def ? c->def->cond : NULL;
}

bool odnf_build(arena_t *a, const cond_t *c, bool neg, odnf_t *out)
{
	if (!c && neg) { /* not true: no conjunction at all */
		out->c = NULL;
		out->n = 0;
		out->unknown = false;
		return true;
	}
	if (!c)
		return odnf_true(a, out, false);
	odnf_t x, y;
	switch (c->kind) {
	case COND_NOT:
		return odnf_build(a, c->a, !neg, out);
	case COND_REF:
		if (!odnf_deref(c))
			return odnf_true(a, out, true);
		return odnf_build(a, odnf_deref(c), neg, out);
	case COND_AND:
	case COND_OR:
		if (!odnf_build(a, c->a, neg, &x) || !odnf_build(a, c->b, neg, &y))
			return false;
		/* De Morgan: not (a and b) = not a or not b */
		return ((c->kind == COND_AND) != neg) ? odnf_and(a, &x, &y, out) : odnf_or(a, &x, &y, out);
	default:
		return odnf_atom(a, c, neg, out);
	}
}

void odnf_prune(odnf_t *d)
{
	if (d->unknown)
		return;
	odnf_t one = { NULL, 1, false };
	oconj_t empty = { NULL, 0 };
	one.c = &empty;
	int k = 0;
	for (int i = 0; i < d->n; i++) {
		odnf_t ci = { &d->c[i], 1, false };
		if (odnf_meet(&ci, &one, NULL, 0, NULL))
			d->c[k++] = d->c[i];
	}
	d->n = k;
}
