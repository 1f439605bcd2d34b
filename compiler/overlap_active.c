/* overlap_active.c — the sweep's active set, in lanes by outermost group
 * (see overlap_index.h). */
#include "compiler/overlap_index.h"
#include <string.h>
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
	if (l->head && l->head >= l->n / 2) { /* reclaim the closed front */
		memmove(l->e, l->e + l->head, (l->n - l->head) * sizeof *l->e);
		l->n -= l->head;
		l->head = 0;
	}
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

/* A visitor walks the lane from its head and may stop after its first
 * findings, so it must not pay for the whole lane (4,000 category
 * activities, each stopping early in a lane of 100k SKU activities, were
 * 34 million steps): the walked part alone is packed, its open entries
 * against the unwalked rest, and the head moves past the closed ones. */
static bool lane_visit(olane_t *l, int64_t start, const int64_t *end_of,
		       bool (*fn)(void *ud, const oentry_t *other), void *ud)
{
	size_t j = l->head, w;
	bool go = true;
	while (j < l->n && go) {
		const oentry_t *e = l->e[j++];
		if (end_of[e->act] > start)
			go = fn(ud, e);
	}
	w = j;
	for (size_t r = j; r-- > l->head;)
		if (end_of[l->e[r]->act] > start)
			l->e[--w] = l->e[r];
	l->head = w;
	return go;
}

bool oactive_visit(oactive_t *s, const group_t *root, int64_t start, const int64_t *end_of,
		   bool (*fn)(void *ud, const oentry_t *other), void *ud)
{
	for (size_t i = 0; i < s->n; i++) {
		olane_t *l = &s->lane[i];
		if ((!root || l->root != root) && !lane_visit(l, start, end_of, fn, ud))
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
