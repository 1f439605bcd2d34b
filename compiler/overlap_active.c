/* overlap_active.c — the sweep's active set, in lanes by outermost group
 * (see overlap_index.h). */
#include "compiler/overlap_index.h"
#include "support/alloc.h"

static olane_t *oactive_lane(oactive_t *s, const group_t *root)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->lane[i].root == root)
			return &s->lane[i];
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 8;
		olane_t *l = px_realloc(s->lane, cap * sizeof *l);
		if (!l)
			return NULL;
		s->lane = l;
		s->cap = cap;
	}
	s->lane[s->n] = (olane_t){ .root = root };
	return &s->lane[s->n++];
}

bool oactive_add(oactive_t *s, const oentry_t *e, const group_t *root)
{
	olane_t *l = oactive_lane(s, root);
	if (!l)
		return false;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		const oentry_t **x = px_realloc(l->e, cap * sizeof *x);
		if (!x)
			return false;
		l->e = x;
		l->cap = cap;
	}
	l->e[l->n++] = e;
	return true;
}

bool oactive_visit(oactive_t *s, const group_t *root, int64_t start, const int64_t *end_of,
		   bool (*fn)(void *ud, const oentry_t *other), void *ud)
{
	for (size_t i = 0; i < s->n; i++) {
		olane_t *l = &s->lane[i];
		if (root && l->root == root)
			continue;
		size_t k = 0;
		for (size_t j = 0; j < l->n; j++)
			if (end_of[l->e[j]->act] > start)
				l->e[k++] = l->e[j];
		l->n = k;
		for (size_t j = 0; j < l->n; j++)
			if (!fn(ud, l->e[j]))
				return false;
	}
	return true;
}

void oactive_free(oactive_t *s)
{
	for (size_t i = 0; i < s->n; i++)
		px_free(s->lane[i].e);
	px_free(s->lane);
	*s = (oactive_t){ 0 };
}
